"""Which campaigns an article holds: places one side attacks from one start are one campaign,
places attacked from different starts stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.rows import campaign_rows


def test_towns_one_side_attacks_from_one_start_are_one_campaign(dictionary):
    text = (
        "PORT-AU-PRINCE (AP) - Gunmen of the Viv Ansanm coalition pushed into the neighbourhood of"
        " Carrefour-Feuilles on Tuesday, residents said.\n"
        "The push into Carrefour-Feuilles is part of an offensive by Viv Ansanm that began in"
        " March, when gangs stormed the suburb of Tabarre."
    )
    rows = campaign_rows(text, dictionary, dt.date(2025, 5, 14))
    assert len(rows) == 1
    [(_, attackers, targets, started, precision)] = rows
    assert attackers == ["Viv Ansanm"] and set(targets) == {"Carrefour-Feuilles", "Tabarre"}
    assert (started, precision) == (dt.date(2025, 3, 1), 3)


def test_two_towns_besieged_by_one_group_since_one_month_are_one_campaign(dictionary):
    text = (
        "OUAGADOUGOU (AFP) - Jihadists of JNIM have besieged the town of Djibo since February,"
        " cutting its roads, officials said.\n"
        "The group has also blockaded the town of Arbinda since February, residents said."
    )
    rows = campaign_rows(text, dictionary, dt.date(2023, 5, 10))
    found = [(attackers, sorted(targets), started) for _, attackers, targets, started, _ in rows]
    assert found == [
        (["Jama'at Nusrat al-Islam wal-Muslimin"], ["Arbinda", "Djibo"], dt.date(2023, 2, 1))
    ]


def test_pushes_from_different_starts_stay_apart(dictionary):
    text = (
        "KYIV (Reuters) - Russian forces have been attacking Chasiv Yar since April and pressing"
        " on Toretsk since late June, Ukraine's military said."
    )
    rows = campaign_rows(text, dictionary, dt.date(2024, 7, 10))
    assert len(rows) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a capture told as the time of another event
        "BAGHDAD (Reuters) - Kurdish forces recaptured the town of Zumar from Islamic State on"
        " Sunday, one of the biggest gains since the militants seized Tal Afar in June.",
        "BAGHDAD (Reuters) - Kurdish forces recaptured the town of Zumar from Islamic State on"
        " Sunday, months after the militants' lightning advance overran Tal Afar.",
        # a condition
        "ADEN (AFP) - Pro-government forces retook the district of Usaylan on Sunday.\n"
        '"If the brigades push into Tal Afar, the whole front could collapse," an analyst said.',
        # a possibility under a modal
        "BAGHDAD (Reuters) - Kurdish forces recaptured the town of Zumar from Islamic State on"
        " Sunday, a victory that would open the way for an assault on Tal Afar.",
    ],
)
def test_a_place_attacked_only_in_a_background_or_possible_clause_is_no_campaign(dictionary, text):
    rows = campaign_rows(text, dictionary, dt.date(2014, 10, 27))
    assert not any("Tal Afar" in targets for _, _, targets, _, _ in rows)


def test_a_capture_in_the_main_clause_still_makes_the_campaign(dictionary):
    text = (
        "BAGHDAD (Reuters) - Islamic State militants seized the town of Tal Afar on Sunday after"
        " a week-long assault, officials said."
    )
    rows = campaign_rows(text, dictionary, dt.date(2014, 6, 16))
    assert any("Tal Afar" in targets for _, _, targets, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "published", "not_target"),
    [
        # a demonym is no place
        (
            "Kurdish and Shia forces retake Iraqi towns from ISIL in Diyala\n"
            "Peshmerga fighters entered the towns on Sunday, officials said.",
            dt.date(2014, 11, 24),
            "Iraqi",
        ),
        (
            "Government troops recapture Syrian villages from rebels near the border\n"
            "Soldiers entered the villages on Monday, state media said.",
            dt.date(2016, 3, 8),
            "Syrian",
        ),
        # a taking somewhere in a state is not a campaign on the state
        (
            "Rwandan troops seize jihadist forest base in northern Mozambique\n"
            "The soldiers overran the camp on Sunday, the army said.",
            dt.date(2021, 9, 27),
            "Mozambique",
        ),
        (
            "Chadian soldiers capture rebel base in southern Libya\n"
            "Troops stormed the camp on Monday, the army said.",
            dt.date(2018, 1, 24),
            "Libya",
        ),
    ],
)
def test_a_taking_in_a_state_or_of_demonym_places_is_no_campaign_on_them(
    dictionary, text, published, not_target
):
    rows = campaign_rows(text, dictionary, published)
    assert not any(not_target in targets for _, _, targets, _, _ in rows), rows


def test_a_campaign_noun_on_a_state_alone_is_no_campaign_on_it(dictionary):
    # the gold lists the towns (or the named part, "south Lebanon") such an offensive attacked,
    # never the whole state (campaign_target_kinds.without_state_campaigns)
    text = (
        "BEIRUT (AP) - Israel's ground offensive in southern Lebanon, which began on Oct. 1, has"
        " pushed Hezbollah fighters back from the border, officials said."
    )
    rows = campaign_rows(text, dictionary, dt.date(2024, 11, 20))
    assert not any("Lebanon" in targets for _, _, targets, _, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "KHARKIV (AP) - Russian forces pressed an offensive in the northeastern Kharkiv region"
            " that began Friday, Ukraine's military said.",
            "Kharkiv region",
        ),
        (
            "SANAA (Reuters) - Houthi fighters have been pressing on Amran province since"
            " February, tribal sources said.",
            "Amran province",
        ),
    ],
)
def test_a_targets_words_take_the_unit_noun_after_its_name(dictionary, text, surface):
    result = extract(text, published=dt.date(2024, 5, 14), dictionary=dictionary)
    surfaces = [text[s:e] for c in result.campaigns for s, e in c.target_spans]
    assert surface in surfaces, surfaces


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            '"We are eating grass": besieged Syrian town of Madaya waits for aid\n'
            "Residents say no food has entered for weeks as fighters block the roads.",
            "Madaya",
        ),
        (
            "Aid convoy turned back from besieged Yemeni city of Taiz, officials say\n"
            "The governor said the roads out of the city were cut and shelling went on all night.",
            "Taiz",
        ),
    ],
)
def test_a_headline_calling_a_place_besieged_tells_a_campaign_on_it(dictionary, text, target):
    rows = campaign_rows(text, dictionary, dt.date(2022, 3, 20))
    assert any(target in row[2] for row in rows), rows


def test_a_place_called_besieged_further_down_is_background(dictionary):
    text = (
        "Army says it has retaken the port of Kismayo\n"
        "Residents said the soldiers entered the town on Monday.\n"
        "Aid groups said the besieged town of Baidoa had received no food since April."
    )
    rows = campaign_rows(text, dictionary, dt.date(2022, 3, 20))
    assert not any("Baidoa" in row[2] for row in rows), rows


@pytest.mark.parametrize(
    ("text", "first", "joined"),
    [
        (
            "Burkina Faso's Operation Otapuanu pushes into militant-held forests of the east\n"
            "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Wednesday it had retaken "
            "several villages from the militants.\n"
            "The operation, launched on Friday in the province of Gourma, has killed at least 32 "
            "militants, the army said.",
            "Operation Otapuanu",
            "Gourma",
        ),
        (
            "Syrian troops and Hezbollah fighters launched an assault on Qusayr on Sunday, state "
            "media said.\nThe offensive around Homs, which began on Sunday, has forced thousands "
            "to flee, residents said.",
            "Qusayr offensive",
            "Homs",
        ),
    ],
)
def test_a_sideless_push_started_with_another_campaign_is_part_of_it(
    dictionary, text, first, joined
):
    rows = campaign_rows(text, dictionary, dt.date(2024, 6, 28))
    assert [row[0] for row in rows] == [first], rows
    assert joined in rows[0][2]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Rebels seize lakeside town of Minova\n"
            "M23 rebels captured the town of Minova on Tuesday, residents said.\n"
            "The army launched an offensive on Kalehe on January 2, officials said.",
            "Minova",
        ),
        (
            "Army retakes Bosso from jihadists\n"
            "Nigerian soldiers have recaptured Bosso from the insurgents, the army said.\n"
            "Boko Haram launched its assault on Diffa on March 3, officials said.",
            "Bosso",
        ),
    ],
)
def test_a_taking_the_headline_or_lead_reports_is_a_campaign_beside_dated_ones(
    dictionary, text, target
):
    rows = campaign_rows(text, dictionary, dt.date(2025, 3, 12))
    assert any(target in targets for _, _, targets, _, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "first", "taken"),
    [
        (
            "M23 rebels seize Rubaya mines\n"
            "M23 rebels captured the mining town of Rubaya, residents said.\n"
            "The M23 launched its offensive on Sake on February 7, officials said.",
            "Sake",
            "Rubaya",
        ),
        (
            "Taliban fighters overrun Ghazni\n"
            "Taliban fighters seized the city of Ghazni, officials said.\n"
            "The Taliban began an assault on Kandahar on July 9, residents said.",
            "Kandahar",
            "Ghazni",
        ),
    ],
)
def test_a_taking_the_lead_reports_joins_the_same_sides_dated_campaign(
    dictionary, text, first, taken
):
    rows = campaign_rows(text, dictionary, dt.date(2025, 3, 12))
    assert [targets for _, _, targets, _, _ in rows] == [[first, taken]], rows


@pytest.mark.parametrize(
    ("text", "also_encircled"),
    [
        (
            "Rebels press assault on Laukkai\n"
            "Rebel fighters pressed their assault on Laukkai on Monday, residents said.\n"
            "The army shelled rebel positions north of the town overnight.\n"
            "A rebel spokesman also said his fighters had surrounded the town of Kutkai.",
            "Kutkai",
        ),
        (
            "Army pushes into Sirte\n"
            "Government troops pushed into Sirte on Sunday, officials said.\n"
            "Fighting went on in the port district, a commander said.\n"
            "The troops have also been encircling Bani Walid, the army said.",
            "Bani Walid",
        ),
    ],
)
def test_a_place_also_encircled_after_the_lead_is_no_campaign_of_its_own(
    dictionary, text, also_encircled
):
    rows = campaign_rows(text, dictionary, dt.date(2025, 3, 12))
    assert rows and not any(also_encircled in targets for _, _, targets, _, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Rebels close in as army fights on two fronts\n"
            "Insurgents in the east say they hold the roads, while the army digs in\n"
            "By our correspondent in Goma\n"
            "M23 rebels said yesterday they had captured the town of Minova, residents said.\n"
            "The army launched an offensive on Kalehe on January 2, officials said.",
            "Minova",
        ),
        (
            "Jihadists strike in the north\n"
            "From our correspondent in Niamey\n"
            "Boko Haram fighters captured the town of Bosso on Tuesday, the army said.\n"
            "Boko Haram launched its assault on Diffa on March 3, officials said.",
            "Bosso",
        ),
    ],
)
def test_the_lead_is_the_first_sentence_past_the_standfirst_and_byline(dictionary, text, target):
    rows = campaign_rows(text, dictionary, dt.date(2025, 3, 12))
    assert any(target in targets for _, _, targets, _, _ in rows), rows
