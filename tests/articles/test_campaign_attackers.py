"""Campaign attackers: the side that attacks and the forces fighting beside it, never the side"
" attacked."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.rows import (
    FRIDAY_3_OCTOBER_2014,
    FRIDAY_11_MARCH_2022,
    MONDAY_17_JUNE_2024,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    campaign_attackers,
    campaign_attackers_by_name,
    campaign_rows,
    rule_attackers,
)


def test_it_does_not_take_the_side_attacked_for_the_attacker(dictionary):
    text = (
        "Israel said on Tuesday it had begun ground raids against Hezbollah positions around"
        " Khiam in southern Lebanon, "
        "the first Israeli incursion into the country in years."
    )
    [(_, attackers, targets, _, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert attackers == ["Israel"] and targets == ["Khiam"]


def test_it_takes_the_reporter_as_attacker_when_the_reported_clause_starts_with_it(dictionary):
    text = (
        "Chad's army said on Monday it had killed dozens of Boko Haram fighters on the islands, a"
        " week into "
        "its offensive.\nPresident Deby launched the operation, dubbed Sandstorm, on Saturday"
        " after an attack "
        "on a base."
    )
    [(name, attackers, _, _, _)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert name == "Sandstorm" and attackers == ["Chadian National Army"]


def test_it_keeps_the_state_as_attacker_when_the_article_names_no_forces_of_it(dictionary):
    text = (
        "Benin launched Operation Mirador against militants in the Alibori department in 2022,"
        " after attacks "
        "by jihadists on border posts."
    )
    [(_, attackers, _, _, _)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert attackers == ["Benin"]


def test_it_does_not_take_a_datelines_capital_for_the_attacker(dictionary):
    text = (
        "KYIV (AFP) - Russian troops have advanced to within 10 kilometres of the eastern"
        " Ukrainian city of "
        "Pokrovsk, the army chief said on Thursday."
    )
    [(name, attackers, targets, _, _)] = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (name, attackers, targets) == ("Pokrovsk offensive", ["Russia"], ["Pokrovsk"])


def test_it_makes_the_side_flying_air_strikes_for_the_attackers_an_attacker(dictionary):
    text = (
        "Syrian government forces, backed by Russian air strikes, launched an offensive on"
        " Palmyra on "
        "Sunday.\nIslamic State fighters fell back towards Deir Ezzor."
    )
    [(name, attackers, targets, _, _)] = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert (name, targets) == ("Palmyra offensive", ["Palmyra"])
    assert attackers == ["Syrian government forces", "Russia"]


def test_it_does_not_make_a_side_striking_the_attackers_an_attacker(dictionary):
    text = (
        "Islamic State fighters launched an offensive on Kobani on Friday.\n"
        "U.S.-led coalition aircraft struck Islamic State positions south of the town overnight."
    )
    [(_, attackers, _, _, _)] = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert attackers == ["Islamic State"]


def test_it_does_not_make_the_side_a_campaign_is_against_its_attacker_later(dictionary):
    text = (
        "Afghan forces launch counter-offensive to retake Ghazni from Taliban\n"
        "Afghan government forces launched a counter-offensive on Tuesday to retake the city of"
        " Ghazni, a day "
        "after Taliban fighters overran it, officials said.\n"
        "Troops pushed towards the city from the airport, where soldiers retreated after the"
        " Taliban stormed "
        "Ghazni on Monday.\n"
        '"Our forces have started the operation to clear the city," Interior Ministry spokesman '
        "Ahmad Karimi "
        "told reporters."
    )
    [(_, attackers, targets, _, _)] = campaign_rows(text, dictionary, dt.date(2015, 9, 29))
    # Afghanistan's forces have their own actor (states.FORCES), as the gold annotates them.
    assert (attackers, targets) == (["Afghan National Defence and Security Forces"], ["Ghazni"])


def test_it_makes_a_force_backing_the_attacker_on_the_ground_an_attacker(dictionary):
    text = (
        "Kurdish fighters launched an offensive on Tal Abyad on Friday.\n"
        "The Syrian Democratic Forces, backed by units of the Free Syrian Army, took three"
        " villages."
    )
    # The attacker is read from the sentence after the cue; its ground backer is named beside it
    # there.
    text_same_sentence = (
        "The Syrian Democratic Forces, backed by units of the Free Syrian Army, launched an "
        "offensive on Tal Abyad on Friday."
    )
    assert campaign_attackers(text_same_sentence, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ["Syrian Democratic Forces", "Free Syrian Army"]
    ]
    assert campaign_attackers(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ["Syrian Democratic Forces", "Free Syrian Army"]
    ]


def test_it_makes_named_troops_backing_the_attacker_an_attacker(dictionary):
    text = (
        "Free Syrian Army fighters, supported by Turkish troops, launched an offensive on Jarablus"
        " on Friday."
    )
    assert campaign_attackers(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ["Free Syrian Army", "Turkey"]
    ]


def test_it_does_not_make_a_state_that_only_backs_the_attacker_an_attacker(dictionary):
    text = (
        "Free Syrian Army fighters, backed by Turkey, launched an offensive on Jarablus on Friday."
    )
    assert campaign_attackers(text, dictionary, FRIDAY_3_OCTOBER_2014) == [["Free Syrian Army"]]


def test_it_makes_the_air_backer_of_the_assault_in_the_next_sentence_an_attacker(dictionary):
    # The second sentence names neither the attacker nor the target: "The assault" opening it is the
    # campaign.
    text = (
        "Syrian Democratic Forces launched an offensive on Manbij on Friday.\n"
        "The assault, launched with air support from the US-led coalition, has cleared most"
        " districts."
    )
    assert campaign_attackers(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ["Syrian Democratic Forces", "Global Coalition to Counter ISIS"]
    ]


def test_it_does_not_give_an_air_backer_to_a_campaign_two_sentences_back(dictionary):
    text = (
        "Syrian Democratic Forces launched an offensive on Manbij on Friday.\n"
        "Residents said food was running short.\n"
        "The assault, launched with air support from the US-led coalition, has cleared most"
        " districts."
    )
    assert campaign_attackers(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ["Syrian Democratic Forces"]
    ]


def test_it_takes_both_sides_of_a_joint_offensive(dictionary):
    text = (
        "Rwandan and Mozambican troops have recaptured the port town of Mocimboa da Praia after a "
        "two-week offensive, officials said on Sunday.\n"
    )
    result = extract(text, published=dt.date(2021, 8, 8), dictionary=dictionary)
    assert [c.attackers for c in result.campaigns] == [
        ["Rwanda Defence Force", "Mozambique Defence Armed Forces"]
    ]


def test_it_takes_the_agent_of_a_passive_campaign_sentence(dictionary):
    text = (
        "Armed gangs attacked the hillside town of Kenscoff for a fourth day on Sunday, Haitian"
        " police said.\n"
        "The assault, which began on Thursday, is led by Viv Ansanm, a coalition of gangs.\n"
    )
    result = extract(text, published=dt.date(2025, 2, 3), dictionary=dictionary)
    assert [(c.targets, c.attackers) for c in result.campaigns] == [(["Kenscoff"], ["Viv Ansanm"])]


@pytest.mark.parametrize(
    "text, attacker",
    [
        (
            "Fighters from the al-Qaeda-linked JNIM have tightened their siege of Timbuktu,"
            " cutting it off.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "Islamic State-linked insurgents have seized the town of Palma after a four-day"
            " assault.",
            "Islamic State",
        ),
    ],
)
def test_it_reads_linked_as_the_group_named_next(dictionary, text, attacker):
    result = extract(text, published=dt.date(2023, 8, 20), dictionary=dictionary)
    assert [c.attackers for c in result.campaigns] == [[attacker]]


# -------------------- Read from the parse: Who attacks, read from the parse: the agent of the
# campaign'


@pytest.mark.parametrize(
    "text",
    [
        # pattern "assault", passive agent of "led"
        "The assault on Mirebalais, which began before dawn on Monday, is led by Viv Ansanm,"
        " police said.",
        # pattern "offensive", passive agent of the governing "launched"
        "The offensive on Mirebalais was launched on Monday by Viv Ansanm, a coalition of armed"
        " gangs, police said.",
    ],
)
def test_the_side_named_by_a_passive_by_attacks(dictionary, text):
    assert campaign_attackers_by_name(text, dictionary, MONDAY_17_JUNE_2024) == {
        "Mirebalais offensive": ["Viv Ansanm"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "The US-backed Syrian Democratic Forces said on Friday they had resumed their assault on"
        " Baghuz.",
        "Commanders of the US-supported Syrian Democratic Forces said they had launched a push on"
        " Baghuz.",
    ],
)
def test_a_backer_named_inside_the_attackers_phrase_is_not_an_attacker(dictionary, text):
    assert campaign_attackers_by_name(text, dictionary, MONDAY_17_JUNE_2024) == {
        "Baghuz offensive": ["Syrian Democratic Forces"]
    }


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        # pattern "offensive": the subject of a governing "launched"
        (
            "Residents said M23 rebels launched their first assault on Kanyabayonga two weeks ago.",
            "M23",
        ),
        # pattern "push": a possessive names the side
        (
            "Officials in Kabul said the Taliban's push on Kunduz had stalled after heavy"
            " fighting.",
            "Taliban",
        ),
    ],
)
def test_the_subject_or_possessor_of_the_trigger_attacks(dictionary, text, attacker):
    attackers = campaign_attackers_by_name(text, dictionary, MONDAY_17_JUNE_2024)
    assert list(attackers.values()) == [[attacker]]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan troops launched an offensive to retake Kunduz from the Taliban on Monday,"
        " officials said.",
        "Government forces pushed to retake Marib from the Houthis, military sources said on"
        " Monday.",
    ],
)
def test_the_side_a_place_is_retaken_from_is_never_an_attacker(dictionary, text):
    for attackers in campaign_attackers_by_name(text, dictionary, MONDAY_17_JUNE_2024).values():
        assert "Taliban" not in attackers and "Houthis" not in attackers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # defence "fighting to keep … out of X": the group kept out attacks
        (
            "Niger's army was fighting on Tuesday to keep Boko Haram militants out of Bosso, a "
            "town on the shore of Lake Chad, officials said.",
            {"Bosso offensive": ["Boko Haram"]},
        ),
        # defence "fought to hold X": the group named beside the defenders attacks
        (
            "Government troops fought on Wednesday to hold the military airport of Deir ez-Zor "
            "after Islamic State militants cut it off from the city, a monitor said.",
            {"Deir ez-Zor offensive": ["Islamic State"]},
        ),
    ],
)
def test_a_campaign_told_from_the_defenders_side_is_the_other_sides(dictionary, text, expected):
    assert campaign_attackers_by_name(text, dictionary, MONDAY_17_JUNE_2024) == expected


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        (
            "Malian troops and Wagner fighters retook Kidal from the rebels on Tuesday, a week"
            " into the offensive on Kidal.",
            ["Malian Armed Forces", "Wagner Group"],
        ),
        (
            "Russian troops and Wagner mercenaries pushed into Soledar on Tuesday in an offensive"
            " that began in early January.",
            ["Russia", "Wagner Group"],
        ),
        (
            # a state's demonym before "mercenaries" names where they come from, not the state
            "Malian troops and Russian mercenaries from the Wagner Group have taken control of"
            " Kidal, a week into the offensive on Kidal.",
            ["Malian Armed Forces"],
        ),
    ],
)
def test_a_group_joined_to_the_attacker_with_its_force_word_attacks_too(
    dictionary, text, attackers
):
    assert campaign_attackers(text, dictionary, MONDAY_17_JUNE_2024) == [attackers]


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        (
            "Somali government troops and local clan fighters known as Macawisley entered the"
            " town of Mahas on Saturday, pushing Al-Shabaab out of one of its strongholds.",
            ["Somali National Army", "Macawisley"],
        ),
        (
            "Ethiopian troops and local militiamen known as Fano recaptured the town of Lalibela"
            " on Sunday, officials said.",
            ["Ethiopian National Defense Force", "Fano"],
        ),
    ],
)
def test_a_group_joined_to_the_attacker_by_its_own_force_noun_attacks_too(
    dictionary, text, attackers
):
    assert campaign_attackers(text, dictionary, MONDAY_17_JUNE_2024) == [attackers]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between Somali government troops and fighters of Al-Shabaab spread on Saturday"
        " as the army stormed the town of Mahas.",
        "Somali government troops and fighters of Al-Shabaab clashed on Saturday as the army"
        " stormed the town of Mahas.",
        "Somali government troops and fighters of Al-Shabaab exchanged fire on Saturday as"
        " troops stormed the town of Mahas.",
    ],
)
def test_two_sides_fighting_each_other_are_no_partners(dictionary, text):
    # the rule stage's choice (the ranker weighs the other side on its own cues)
    found = rule_attackers(text, dictionary)
    assert found and all("Al-Shabaab" not in attackers for attackers in found)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Yemen's Giants Brigades said Monday they had driven Huthi rebels out of the last"
            " districts they held, in a push to retake Shabwa province.",
            "Giants Brigades",
        ),
        (
            "Nigeria's army said Tuesday it had pushed Boko Haram fighters out of the forests in"
            " an offensive on Gwoza.",
            "Nigerian Armed Forces",
        ),
    ],
)
def test_the_reporter_of_a_clause_opened_by_a_bare_weekday_and_a_pronoun_attacks(
    dictionary, text, attacker
):
    assert campaign_attackers(text, dictionary, MONDAY_17_JUNE_2024) == [[attacker]]


@pytest.mark.parametrize(
    ("text", "attacker", "air_power"),
    [
        (
            "The capture of the base follows weeks of Turkish drone strikes, and comes a month"
            " after GNA forces, under an operation dubbed Peace Storm, seized Sabratha.",
            "Government of National Accord",
            "Turkey",
        ),
        (
            "After days of Russian air strikes on the town, Syrian government forces launched an"
            " offensive on Saraqib on Monday.",
            "Syrian government forces",
            "Russia",
        ),
    ],
)
def test_a_side_named_by_its_air_strikes_is_not_the_ground_attacker(
    dictionary, text, attacker, air_power
):
    [attackers] = campaign_attackers(text, dictionary, MONDAY_17_JUNE_2024)
    assert attacker in attackers and air_power not in attackers


@pytest.mark.parametrize(
    ("text", "published", "forces"),
    [
        # the national list's forces, under the name they had on the day
        (
            "South African troops launched an offensive on Xangongo in southern Angola on Monday,"
            " the South African Defence Force said in Pretoria.",
            dt.date(1981, 8, 28),
            "South African Defence Force",
        ),
        (
            "Bhutanese troops launched an offensive on rebel camps around Samdrup Jongkhar on "
            "Monday, a spokesman for the Royal Bhutan Army said.",
            dt.date(2003, 12, 17),
            "Royal Bhutan Army",
        ),
    ],
)
def test_a_state_fights_through_the_forces_of_the_national_list_the_article_names(
    dictionary, text, published, forces
):
    rows = campaign_rows(text, dictionary, published)
    assert rows and rows[0][1] == [forces], rows


@pytest.mark.parametrize(
    ("text", "name", "attacker"),
    [
        # the reporter before the possessive is the defender; the capital names the owner
        (
            'Angola says Pretoria\'s "Protea" columns occupy Ngiva\n'
            "LUANDA (AFP) - Operation Protea entered its fifth day on Friday as armoured "
            "columns and jets pushed deep into the south; Angolan troops were fighting the "
            "invading forces around Ngiva, the defence ministry said.",
            "Operation Protea",
            "South Africa",
        ),
        (
            "Rebels say Kampala's Operation Iron Fist has stalled in the hills\n"
            "Operation Iron Fist, now in its second week, has failed to dislodge the fighters "
            "from their camps across the border, the rebels said.",
            "Operation Iron Fist",
            "Uganda",
        ),
    ],
)
def test_the_state_in_an_operations_possessive_owns_it(dictionary, text, name, attacker):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    row = next((row for row in rows if row[0] == name), None)
    assert row is not None, rows
    assert row[1] == [attacker]
