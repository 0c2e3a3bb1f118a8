"""Campaign targets: the place a campaign is fought for, not the district, province or side"
" around it."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_targets import TARGET_CUE
from tests.articles.rows import (
    FRIDAY_3_OCTOBER_2014,
    FRIDAY_11_MARCH_2022,
    MONDAY_23_MARCH_2015,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    campaign_rows,
    campaign_targets_and_origins,
)


def test_it_takes_no_target_from_a_clause_about_another_event(dictionary):
    text = (
        "Jets pounded rebel camps in the Imatong hills on Tuesday, the third day of a"
        " long-awaited offensive.\n"
        "The army launched Operation Red Dawn on 6 March, a week after a rebel attack on the town"
        " of Torit."
    )
    [(name, _, targets, started, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert (
        name == "Operation Red Dawn" and targets == ["Imatong"] and started == dt.date(2022, 3, 6)
    )


def test_it_gives_a_named_operation_the_place_named_before_it(dictionary):
    text = (
        "Troops pressed on with a large raid in the northern city of Maiduguri on Friday, the"
        " third day of "
        'an operation the military has named "Desert Sweep".'
    )
    [(name, _, targets, _, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert name == "Desert Sweep" and targets == ["Maiduguri"]


def test_it_resolves_the_valley_to_the_valley_named_before(dictionary):
    text = (
        "Taliban fighters pushed deeper into the Swat valley on Friday, in an assault on the"
        " valley that "
        "began earlier this week, residents said."
    )
    [(_, attackers, targets, started, precision)] = campaign_rows(
        text, dictionary, FRIDAY_11_MARCH_2022
    )
    assert attackers == ["Taliban"] and targets == ["Swat"]
    assert (started, precision) == (dt.date(2022, 3, 7), 2)  # the Monday of the week


def test_it_takes_the_place_not_the_district_that_contains_it(dictionary):
    text = (
        "Indian troops pressed on with an operation against militants holed up in the forests of"
        " Gadol in "
        "the Kulgam district on Monday.\nThe operation began on Wednesday after a tip-off,"
        " officials said."
    )
    [(_, _, targets, _, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert targets == ["Gadol"]


def test_it_reads_an_operation_to_reopen_a_place(dictionary):
    text = (
        "Morocco said on Friday it had launched a military operation to reopen the Guerguerat"
        " border crossing, "
        "where its troops came under fire."
    )
    [(name, attackers, targets, started, _)] = campaign_rows(
        text, dictionary, dt.date(2020, 11, 14)
    )
    assert (name, attackers, targets, started) == (
        "Guerguerat offensive",
        ["Morocco"],
        ["Guerguerat"],
        dt.date(2020, 11, 13),
    )


def test_it_reads_an_offensive_to_drive_fighters_from_the_hills_around_a_town(dictionary):
    text = (
        "Cameroon's army has launched an offensive to drive separatists from the hills around"
        " Ndop, officials said.\n"
        "Soldiers moved into villages outside Ndop on Monday."
    )
    [(_, attackers, targets, started, _)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert (attackers, targets, started) == (
        ["Cameroon Armed Forces"],
        ["Ndop"],
        dt.date(2023, 5, 15),
    )


def test_it_points_the_demonym_capital_back_to_the_city(dictionary):
    text = (
        "Russian troops pushed into the outskirts of Grozny on Monday, the third day of a ground"
        " assault on "
        "the Chechen capital.\nThe offensive began on Saturday, officials said."
    )
    [(name, attackers, targets, started, _)] = campaign_rows(
        text, dictionary, dt.date(1999, 12, 27)
    )
    assert (name, attackers, targets, started) == (
        "Grozny offensive",
        ["Russia"],
        ["Grozny"],
        dt.date(1999, 12, 25),
    )


def test_it_targets_a_department_named_before_an_operation_and_gives_it_the_states_forces(
    dictionary,
):
    text = (
        "Jihadists killed 20 soldiers at a post near the border, the army said.\n"
        "Benin deployed 3,000 troops to its northern Alibori department under Operation Mirador"
        " in 2022, "
        "after attacks by militants."
    )
    [(name, attackers, targets, started, _)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert (name, attackers, targets, started) == (
        "Operation Mirador",
        ["Benin Armed Forces"],
        ["Alibori"],
        None,
    )


def test_it_places_an_offensive_against_demonym_forces_in_their_region(dictionary):
    text = (
        "Ethiopian troops captured the town of Shire in northwestern Tigray on Monday, the"
        " biggest gain yet of "
        "a joint offensive against Tigrayan forces that began in late August."
    )
    [(name, attackers, targets, started, precision)] = campaign_rows(
        text, dictionary, dt.date(2022, 10, 18)
    )
    assert (name, targets[0], started, precision) == (
        "Tigray offensive",
        "Tigray",
        dt.date(2022, 8, 1),
        3,
    )
    # the town its troops captured is one it attacked (tests/gold/README.md, heldout10 on)
    assert targets[1:] == ["Shire"]
    assert attackers == ["Ethiopian National Defense Force"]


def test_it_falls_back_to_the_town_when_the_demonyms_place_is_not_named(dictionary):
    text = (
        "Ethiopian troops captured the town of Shire on Monday, the biggest gain yet of an"
        " offensive against "
        "Amharan militias that began in late August."
    )
    [(_, _, targets, _, _)] = campaign_rows(text, dictionary, dt.date(2022, 10, 18))
    assert targets == ["Shire"]


def test_it_reads_troops_storming_the_city_named_before(dictionary):
    text = (
        "Iraqi forces entered the centre of Ramadi on Monday, a week after troops stormed the city"
        " in a push."
    )
    [(name, attackers, targets, _, _)] = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (name, attackers, targets) == ("Ramadi offensive", ["Iraqi Security Forces"], ["Ramadi"])


def test_it_takes_the_capital_of_a_province_as_the_city_named_before(dictionary):
    text = (
        "Iraqi forces fought in the centre of Ramadi on Monday, in a push to reclaim the capital"
        " of Anbar "
        "province that was launched last Tuesday."
    )
    campaigns = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [(name, targets, started) for name, _, targets, started, _ in campaigns] == [
        ("Ramadi offensive", ["Ramadi"], dt.date(2023, 5, 16))
    ]


def test_it_does_not_take_a_demonym_before_territory_for_a_target(dictionary):
    text = (
        "Ukraine sent troops across the border in its biggest incursion into Russian territory"
        " since the war began."
    )
    assert campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == []


def test_it_takes_the_district_not_the_province_it_lies_in(dictionary):
    text = (
        "Pakistan's army said on Wednesday it had killed 18 militants in an operation in the Kech"
        " district of "
        "Balochistan province, which began last Thursday."
    )
    [(name, attackers, targets, started, _)] = campaign_rows(
        text, dictionary, WEDNESDAY_17_MAY_2023
    )
    assert (name, attackers, targets, started) == (
        "Kech offensive",
        ["Pakistan Armed Forces"],
        ["Kech"],
        dt.date(2023, 5, 11),
    )


def test_it_reads_the_citys_east_as_the_city_named_before(dictionary):
    text = (
        "Syrian troops seized the northeast of rebel-held eastern Aleppo on Monday, a monitor"
        " said.\n"
        "Government forces have taken six districts since the army launched a ground offensive to"
        " retake the "
        "city's east on November 15."
    )
    [(name, _, targets, started, _)] = campaign_rows(text, dictionary, dt.date(2016, 11, 28))
    assert (name, targets, started) == ("Aleppo offensive", ["Aleppo"], dt.date(2016, 11, 15))


def test_it_does_not_take_an_abbreviated_month_for_a_target(dictionary):
    text = (
        "Islamic State fighters shelled the town of Tal Abyad on Friday as their assault on it"
        " entered its "
        "third week.\nThousands have fled since the militants began their offensive on Sept. 16."
    )
    campaigns = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert [(name, targets) for name, _, targets, _, _ in campaigns] == [
        ("Tal Abyad offensive", ["Tal Abyad"])
    ]
    assert [(started, precision) for *_, started, precision in campaigns] == [
        (dt.date(2014, 9, 16), 1)
    ]


def test_it_reads_no_campaign_in_an_order_not_to_storm(dictionary):
    text = (
        "Russian troops have besieged Mariupol since early March.\n"
        "Vladimir Putin ordered his forces not to storm the Azovstal steel works and to blockade"
        " it instead."
    )
    assert [
        (name, targets)
        for name, _, targets, _, _ in campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    ] == [("Mariupol offensive", ["Mariupol"])]


# -------------------- Read from the parse: What is attacked and where the attack came from, read
# from t


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assault on Gwoza began on Monday, when troops pushed south from Bama, military"
            " sources said.",
            ("Gwoza offensive", ["Gwoza"], "Bama"),
        ),
        (
            "M23 rebels launched an assault on Kanyabayonga after they pushed north from"
            " Kibirizi, residents said.",
            ("Kanyabayonga offensive", ["Kanyabayonga"], "Kibirizi"),
        ),
    ],
)
def test_the_place_an_attack_comes_from_is_its_origin_not_its_target(dictionary, text, expected):
    assert campaign_targets_and_origins(text, dictionary, MONDAY_23_MARCH_2015) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan troops launched an offensive to retake Kunduz from the Taliban on Monday,"
        " officials said.",
        "Government forces began a push to recapture Fallujah from Islamic State fighters, the"
        " army said.",
    ],
)
def test_the_side_a_place_is_taken_from_is_no_origin(dictionary, text):
    campaigns = campaign_targets_and_origins(text, dictionary, MONDAY_23_MARCH_2015)
    assert campaigns and all(origin is None for _, _, origin in campaigns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pattern "offensive", purpose clause of the governing "launched" past a date
        (
            "Forces loyal to the Government of National Accord launched an offensive on Saturday "
            "to take Sirte, officials said.",
            ("Sirte offensive", ["Government of National Accord"], ["Sirte"]),
        ),
        # pattern "offensive" (a counteroffensive), purpose clause of "mounted" past a date
        (
            "The Tatmadaw mounted a counteroffensive on April 10 to retake Myawaddy, state media "
            "said.",
            ("Myawaddy offensive", ["Tatmadaw"], ["Myawaddy"]),
        ),
    ],
)
def test_the_place_a_campaign_sets_out_to_take_is_its_target(dictionary, text, expected):
    rows = campaign_rows(text, dictionary, MONDAY_23_MARCH_2015)
    assert [(name, attackers, targets) for name, attackers, targets, _, _ in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pattern "siege" governed by "laid … to", a name compounded with "district centre"
        (
            "Taliban fighters had laid siege to the Sangin district centre since December, "
            "cutting the road south, residents said.",
            ("Sangin offensive", ["Taliban"], ["Sangin"]),
        ),
        # pattern "siege" governed by "laid … to", "the town of X"
        (
            "Al-Shabaab militants laid siege to the town of Baidoa in March, officials said.",
            ("Baidoa offensive", ["Al-Shabaab"], ["Baidoa"]),
        ),
    ],
)
def test_the_place_a_siege_is_laid_to_is_its_target(dictionary, text, expected):
    rows = campaign_rows(text, dictionary, MONDAY_23_MARCH_2015)
    assert [(name, attackers, targets) for name, attackers, targets, _, _ in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In Syria, government forces pressed an offensive launched early this month against"
            " Islamic State holdouts in the Tulul al-Safa area east of Sweida, a monitor said.",
            "Tulul al-Safa",
        ),
        (
            "The army mounted an assault on Thursday against militant camps near Sambisa,"
            " officials said, backed by air strikes.",
            "Sambisa",
        ),
    ],
)
def test_a_campaign_on_scattered_positions_is_on_the_place_they_are_in(dictionary, text, target):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert any(target in row[2] for row in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Federal officials accused the rebels of launching a second thrust towards Humera in"
        " western Tigray, which the rebel fighters denied.",
        "Rebel fighters opened a new thrust on Kobo on Saturday, officials said.",
    ],
)
def test_a_thrust_is_a_campaign_noun(dictionary, text):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert any(row[2] and row[2][0] in ("Humera", "Kobo") for row in rows), rows


@pytest.mark.parametrize(
    ("text", "campaign_target", "event_place"),
    [
        (
            "The army's push to retake Sennar state began in early October, when troops advancing"
            " from Gedaref recaptured the town of Dinder and the nearby village of Galgani.",
            "Sennar",
            "Dinder",
        ),
        (
            "The separatist offensive on Debaltseve, which began in late January, cut the highway"
            " last week when rebels seized Lohvynove, a village to the north.",
            "Debaltseve",
            "Lohvynove",
        ),
    ],
)
def test_a_taking_told_in_a_campaigns_sentence_is_an_event_of_it(
    dictionary, text, campaign_target, event_place
):
    rows = campaign_rows(text, dictionary, dt.date(2024, 11, 1))
    targets = [t for row in rows for t in row[2]]
    assert any(campaign_target in t for t in targets), rows
    assert not any(event_place in t for t in targets), rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "M23 rebels launched an offensive on the hills above Kanyabayonga on Monday, "
            "residents said.",
            "Kanyabayonga",
        ),
        (
            "M23 rebels seized hills overlooking Sake on Wednesday after a day of shelling, "
            "residents said.",
            "Sake",
        ),
    ],
)
def test_an_attack_on_the_hills_above_a_town_is_on_the_town(dictionary, text, target):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert [row[2] for row in rows] == [[target]], rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Philippine troops encircled Moro rebels in the coastal villages.", "Moro"),
        ("The army launched an offensive against Tigray forces near the border.", "Tigray"),
    ],
)
def test_a_resolved_place_naming_a_side_is_no_target(text, name):
    from dataclasses import dataclass

    from articles.extraction.campaign_places import names_a_side, place_at

    @dataclass
    class Place:
        start: int
        end: int
        text: str
        name: str

    start = text.index(name)
    resolved = [Place(start, start + len(name), name, name)]
    assert names_a_side(text, start + len(name))
    assert place_at(text, start, start + len(name), resolved, []) is None
    # the same name without a word for fighters after it is a place
    plain = f"Troops moved into {name} on Monday."
    at = plain.index(name)
    assert place_at(plain, at, at + len(name), [Place(at, at + len(name), name, name)], []) == (
        name,
        at,
        at + len(name),
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Paramilitary fighters have besieged Nyala since June. The offensive on the city,"
            " Darfur's biggest market town, has cut the road to the west.",
            "Nyala",
        ),
        (
            "Rebel fighters attacked the army camp at Tessalit last week. The assault on the town,"
            " Kidal's northern gateway, began on Monday, army officers said.",
            "Tessalit",
        ),
    ],
)
def test_a_possessive_after_the_town_describes_it_and_names_no_target(dictionary, text, target):
    campaigns = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [targets for _, _, targets, _, _ in campaigns] == [[target]]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel columns swept through the northern province of Borku last week. After clashes in"
        " Borku on Sunday, their commanders said they were advancing on the capital.",
        "Insurgents overran army posts in the eastern region of Ouaddai on Friday. Fighting in"
        " Ouaddai went on overnight, and the insurgents were marching on the capital.",
    ],
)
def test_the_capital_does_not_point_back_to_a_region_named_before(dictionary, text):
    campaigns = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert not any(
        target in ("Borku", "Ouaddai") for _, _, targets, _, _ in campaigns for target in targets
    )


@pytest.mark.parametrize(
    ("text", "also_taken"),
    [
        (
            "Government troops pressed their offensive on Kismayo, the army said.\n"
            "Clan militias fought beside the troops in the streets of the port.\n"
            "Officials said the troops had also retaken the village of Afmadow on Tuesday.",
            "Afmadow",
        ),
        (
            "Rebel fighters pressed their assault on Goma, residents said.\n"
            "The army shelled rebel positions north of the city overnight.\n"
            "A rebel spokesman said his fighters also entered Sake late on Saturday.",
            "Sake",
        ),
    ],
)
def test_a_place_also_taken_in_the_body_is_no_campaign_of_its_own(dictionary, text, also_taken):
    campaigns = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert campaigns and not any(name.startswith(also_taken) for name, *_ in campaigns), campaigns


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Russia launched its offensive toward Vovchansk and Lyptsi on May 10, officials said.",
            ["Vovchansk", "Lyptsi"],
        ),
        (
            "The rebels began their push into Amhara and the neighbouring Afar region in July,"
            " officials said.",
            ["Amhara", "Afar"],
        ),
    ],
)
def test_places_listed_with_a_cues_target_are_its_targets(dictionary, text, targets):
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [row[2] for row in rows] == [targets], rows


def test_a_site_listed_with_a_cues_target_is_no_target(dictionary):
    text = (
        "Government troops launched an assault on Mosul and its airport on Monday, officers said."
    )
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [row[2] for row in rows] == [["Mosul"]], rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Sudan's army said on Friday it had recaptured the disputed oil town of Heglig from"
            " South Sudanese troops.",
            "Heglig",
        ),
        (
            "Rebel fighters seized the Congo lakeside town of Minova on Tuesday, residents said.",
            "Minova",
        ),
    ],
)
def test_words_describing_the_town_before_its_name_are_read_past(dictionary, text, target):
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [row[2] for row in rows] == [[target]], rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In the northeast, Russian forces have been trying since August to reach the town of"
            " Kupiansk, officials said.",
            "Kupiansk",
        ),
        (
            "Rebel fighters have been attempting to capture Bentiu for weeks, shelling its"
            " outskirts every night, the army said.",
            "Bentiu",
        ),
    ],
)
def test_it_reads_a_push_told_by_its_aim(dictionary, text, target):
    rows = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert [row[2] for row in rows] == [[target]], rows


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Chadian forces took the border town of Dhobley the following day.", True),
        ("Rebel fighters took the strategic city of Bentiu after a night of fighting.", True),
        ("Government soldiers took part in the parade in Bentiu on Sunday.", False),
        ("The convoy took the road to Bentiu before dawn, officials said.", False),
    ],
)
def test_took_is_a_cue_only_before_a_town_or_city_named(text, taken):
    assert any(m.group("verb") for m in TARGET_CUE.finditer(text)) is taken


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Government troops stormed the presidential palace in central Juba on Monday after"
            " two days of fighting, the army said.",
            "Juba",
        ),
        (
            "Rebel fighters captured the Al-Maasheeq Palace in Aden on Sunday, officials said,"
            " as their offensive on the port city gathered pace.",
            "Aden",
        ),
    ],
)
def test_a_palace_taken_is_in_the_city_attacked(dictionary, text, city):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert [targets for _, _, targets, _, _ in rows] == [[city]]
