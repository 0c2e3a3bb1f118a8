"""Which side an agent phrase names (articles/extraction/campaign_agents.py): a definite group noun
points back to the side named before it or beside it; a state named before "rebels" is not the
attacker; a side holding the place ("Huthi-held") defends it. Two phrasings per rule."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_agents import ANAPHORS, antecedent
from tests.articles.rows import FRIDAY_28_JUNE_2024, attackers_of_campaign_on, campaign_rows


@pytest.mark.parametrize(
    ("text", "target", "attacker"),
    [
        (
            # "the rebels" as the subject of the campaign's verb
            "GOMA (Reuters) - M23 fighters were seen near Kirumba on Sunday, residents said."
            " Congolese troops dug trenches around the town.\n"
            "The assault on Kanyabayonga erupted two weeks ago, when the rebels pushed north from"
            " Kibirizi and attacked army positions.",
            "Kanyabayonga",
            "M23",
        ),
        (
            # "the group" with a describing word, as the subject of a taking
            "M23 rebels said on Wednesday they would leave the lakeside region.\n"
            "The Rwanda-backed group seized Uvira on Dec. 10 after an advance which erupted in"
            " early December.",
            "Uvira",
            "M23",
        ),
        (
            # a possessive group noun on a named operation
            "Forces backed by the Saudi-led coalition said they had encircled the Huthi-held town"
            " of al-Durayhimi.\n"
            "The coalition's offensive on Hodeida, dubbed Golden Victory, began on June 13.",
            "Hodeida",
            "Saudi-led coalition",
        ),
        (
            # the group noun with the side's name in apposition after it
            "Fighting spread across the north on Wednesday, residents said.\n"
            "The offensive on Aleppo, led by the Islamist group Hayat Tahrir al-Sham, erupted on"
            " Nov. 27.",
            "Aleppo",
            "Hayat Tahrir al-Sham",
        ),
    ],
)
def test_a_group_noun_points_back_to_the_side_named(dictionary, text, target, attacker):
    assert attacker in attackers_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "state_forces"),
    [
        (
            "The offensive on Kanyabayonga began in early June, residents said.\n"
            "Congo rebels seized the town of Kanyabayonga on Friday, opening the road north.",
            "Kanyabayonga",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
        (
            "The offensive on Diabaly began in early January, residents said.\n"
            "Malian jihadists captured the town of Diabaly on Monday, officials said.",
            "Diabaly",
            "Malian Armed Forces",
        ),
    ],
)
def test_a_state_named_before_rebels_is_not_the_attacker(dictionary, text, target, state_forces):
    assert state_forces not in attackers_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        (
            "Forces backed by the Saudi-led coalition said they had encircled the Huthi-held town"
            " of al-Durayhimi.\n"
            "The coalition's offensive on Hodeida, dubbed Golden Victory, began on June 13.",
            "Hodeida",
            "Houthis",
        ),
        (
            "Fighters loyal to the government said they had surrounded the RSF-held market town of"
            " Bara.\n"
            "The army's offensive on El Obeid, dubbed Operation Steadfast, began in early June.",
            "El Obeid",
            "Rapid Support Forces",
        ),
    ],
)
def test_the_side_holding_a_place_is_not_the_attacker(dictionary, text, target, holder):
    assert holder not in attackers_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "attacker"),
    [
        (
            # a relative clause whose subject launched the campaign
            "Crowds cheered in Mekele on Monday.\n"
            "The fall of the city caps a counteroffensive the TPLF launched on June 18 to retake"
            " Mekele.",
            "Mekele",
            "Tigray People's Liberation Front",
        ),
        (
            # a relative clause whose subject mounted it, the target on the clause's verb
            "Residents fled on Thursday.\n"
            "The assault the Islamic State group mounted on Palma on March 24 lasted five days.",
            "Palma",
            "Islamic State",
        ),
        (
            # a participle with its agent: "led by X"
            "Residents fled on Thursday.\n"
            "The assault on Mirebalais, spearheaded by the Viv Ansanm gang coalition, began on"
            " March 31.",
            "Mirebalais",
            "Viv Ansanm",
        ),
    ],
)
def test_the_side_a_clause_says_launched_the_campaign_attacks(dictionary, text, target, attacker):
    assert attacker in attackers_of_campaign_on(text, dictionary, target)


def test_the_group_nouns_are_common_words():
    assert all(noun == noun.lower() and " " not in noun for noun in ANAPHORS)


@pytest.mark.parametrize(
    ("text", "target", "attacker"),
    [
        (
            "Government troops said on Saturday they still held the airport.\n"
            "The offensive on Konna began on January 9, when Ansar Dine fighters overran army"
            " positions north of the town.",
            "Konna",
            "Ansar Dine",
        ),
        (
            "Soldiers dug in around the market on Tuesday, residents said.\n"
            "The assault on Kitshanga erupted in late October, when M23 columns pushed west from"
            " Rutshuru and attacked army posts.",
            "Kitshanga",
            "M23",
        ),
    ],
)
def test_the_side_fighting_when_the_campaign_began_attacks(dictionary, text, target, attacker):
    assert attackers_of_campaign_on(text, dictionary, target) == [attacker]


@pytest.mark.parametrize(
    ("text", "target", "critic"),
    [
        (
            "GNA forces pressed east on Saturday, residents said.\n"
            "In Paris, the French foreign ministry condemned the escalation, saying the offensive"
            " on Sirte risked dragging the region into war.",
            "Sirte",
            "France",
        ),
        (
            "Israeli tanks massed on the edge of the city on Monday.\n"
            "Egypt, which has warned that an assault on Rafah would threaten its peace treaty,"
            " called for restraint.",
            "Rafah",
            "Egypt",
        ),
    ],
)
def test_a_side_that_condemns_or_warns_about_a_campaign_does_not_wage_it(
    dictionary, text, target, critic
):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert all(critic not in row[1] for row in rows if any(target in t for t in row[2]))


@pytest.mark.parametrize(
    ("text", "phrase", "side"),
    [
        (
            "Fighters of Ansar Dine were seen south of Gao on Monday, residents said.\n"
            "The Islamists launched an assault on Mopti on Thursday, an army officer said.",
            "The Islamists",
            "Ansar Dine",
        ),
        (
            "M23 commanders met in the hills on Saturday, a local official said.\n"
            "The separatists stormed Rutshuru on Sunday after an offensive that began in June.",
            "The separatists",
            "M23",
        ),
        (
            "Al-Shabaab fighters had held the port for years.\n"
            "The extremists pushed into Balcad on Friday, residents said.",
            "The extremists",
            "Al-Shabaab",
        ),
    ],
)
def test_islamists_separatists_and_extremists_point_back_to_an_armed_group(
    dictionary, text, phrase, side
):
    start = text.index(phrase)
    found = antecedent(text, find_actors(text, dictionary), (start, start + len(phrase)))
    assert found is not None and found.actor == side


@pytest.mark.parametrize(
    ("text", "phrase", "side"),
    [
        (
            "Leftist rebels overran an army base near the town of Tumaco on Sunday, officials"
            " said.\nFighters of the ELN had massed in the hills for a week, residents said.",
            "Leftist rebels",
            "National Liberation Army",
        ),
        (
            "Islamist insurgents stormed a police post outside Mocimboa da Praia overnight.\n"
            "The Islamic State group later claimed the attack in a statement.",
            "Islamist insurgents",
            "Islamic State",
        ),
    ],
)
def test_a_group_noun_before_any_side_is_the_one_armed_group_named(dictionary, text, phrase, side):
    start = text.index(phrase)
    found = antecedent(text, find_actors(text, dictionary), (start, start + len(phrase)))
    assert found is not None and found.actor == side


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran an army base near Tumaco on Sunday.\n"
        "The ELN and the FARC have both fought in the hills, residents said.",
        "Insurgents stormed a police post outside Mocimboa da Praia overnight.\n"
        "Al-Shabaab and the Islamic State group have both claimed attacks in the region.",
    ],
)
def test_a_group_noun_before_two_armed_groups_names_neither(dictionary, text):
    end = text.index(" ")
    assert antecedent(text, find_actors(text, dictionary), (0, end)) is None
