"""Campaigns the text dates by their onset ("the offensive which erupted in late October", "has
blockaded X since December"), read from the parse: each DependencyMatcher pattern of
articles/extraction/campaign_onset.py with two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_onset import PATTERNS
from tests.articles.rows import FRIDAY_28_JUNE_2024, WEDNESDAY_17_MAY_2023, campaign_rows


def _row(text, dictionary, target):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    return next((row for row in rows if target in row[2]), None)


@pytest.mark.parametrize(
    ("text", "target", "attacker", "started", "precision"),
    [
        (
            # campaign_subject_of_start, the place from the tree
            "The Arakan Army said it had captured Paletwa.\n"
            "The offensive in Chin State erupted in mid-November, when its fighters attacked"
            " border posts.",
            "Chin State",
            "Arakan Army",
            dt.date(2023, 11, 15),
            2,
        ),
        (
            # campaign_with_starting_clause: the clause hangs on a noun beside the campaign noun
            "The fall of the base is the latest gain in the offensive which erupted in Rakhine"
            " State on Nov. 13 last year, when the Arakan Army attacked police posts.",
            "Rakhine State",
            "Arakan Army",
            dt.date(2023, 11, 13),
            1,
        ),
        (
            # campaign_above_starting_clause
            "Residents said the capture was the end of an offensive in Sennar state that began"
            " in late March, when the Rapid Support Forces pushed south from Wad Madani.",
            "Sennar",
            "Rapid Support Forces",
            dt.date(2024, 3, 1),
            3,
        ),
        (
            # campaign_with_starting_clause with "against … in X"
            "The capture of the airport follows a string of victories for the Taliban in the"
            " offensive which erupted in early May against government garrisons in Helmand.",
            "Helmand",
            "Taliban",
            dt.date(2024, 5, 1),
            3,
        ),
    ],
)
def test_a_dated_campaign_noun_gives_a_campaign_on_the_place_the_tree_names(
    dictionary, text, target, attacker, started, precision
):
    row = _row(text, dictionary, target)
    assert row is not None, campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert attacker in row[1] and (row[3], row[4]) == (started, precision)


@pytest.mark.parametrize(
    ("text", "target", "attacker", "started"),
    [
        (
            # campaign_verb_since
            "Al-Shabaab fighters have blockaded Baidoa since early March, attacking army convoys on"
            " the road from Mogadishu, residents said.",
            "Baidoa",
            "Al-Shabaab",
            dt.date(2024, 3, 1),
        ),
        (
            # campaign_verb_since, progressive
            "The Taliban have been pressing on Kandahar since May, officials said, and their"
            " fighters reached the city's outskirts this week.",
            "Kandahar",
            "Taliban",
            dt.date(2024, 5, 1),
        ),
        (
            # campaign_kept_up_since
            "M23 rebels have kept up attacks on army positions around Sake since mid-February,"
            " local officials said.",
            "Sake",
            "M23",
            dt.date(2024, 2, 1),
        ),
        (
            # campaign_kept_up_since, another verb
            "The Houthis have waged a campaign of assaults on government troops near Marib since"
            " February, tribal leaders said.",
            "Marib",
            "Houthis",
            dt.date(2024, 2, 1),
        ),
    ],
)
def test_a_campaign_that_goes_on_since_a_date_starts_then(
    dictionary, text, target, attacker, started
):
    row = _row(text, dictionary, target)
    assert row is not None, campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert attacker in row[1] and row[3] == started


@pytest.mark.parametrize(
    "text",
    [
        # The onset's place is the place just taken: "It was the end of an advance …"
        "M23 rebels seized Uvira on Dec. 10, residents said.\n"
        "It was the end of an advance down the plain which erupted in early December, when rebel"
        " columns pushed south.",
        "The Rapid Support Forces seized Singa on Saturday.\n"
        "The capture crowned a drive along the river that began in early June, witnesses said.",
    ],
)
def test_an_onset_without_a_named_place_dates_the_campaign_on_the_place_just_taken(
    dictionary, text
):
    [(_, _, targets, started, precision)] = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert targets and precision == 3 and started.day == 1 and started.month in (6, 12)


def test_a_date_of_a_single_raid_makes_no_campaign(dictionary):
    text = (
        "Gunmen attacked a police post in Mubi on Tuesday, killing four officers, police said.\n"
        "The raid began at dawn, residents said."
    )
    assert campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024) == []


def test_every_pattern_has_a_name_and_names_no_place_group_or_person():
    for name, pattern in PATTERNS.items():
        assert name and pattern
        for node in pattern:
            # word forms are lower-case: no pattern matches a proper name
            words = node.get("RIGHT_ATTRS", {}).get("LOWER", {})
            words = words.get("IN", []) if isinstance(words, dict) else [words]
            assert all(w == w.lower() for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from the Tigray region entered the town of Kobo on Friday, residents said.\n"
        "Both sides blame each other for the fighting, which erupted before dawn on Wednesday"
        " along the boundary.",
        "Rebel fighters entered the town of Kobo on Friday, residents said.\n"
        "The fighting that began on Wednesday has killed dozens, officials said.",
    ],
)
def test_fighting_that_erupted_on_a_day_dates_the_campaign_on_the_town(dictionary, text):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [(row[2], row[3]) for row in rows] == [(["Kobo"], dt.date(2024, 6, 26))]


@pytest.mark.parametrize(
    "text",
    [
        "The offensive on Kherson began on Monday, the army said.\n"
        "Ukrainian troops retook the village of Snihurivka on Thursday, officials said.",
        "The assault on Avdiivka began in early October, Ukrainian officers said.\n"
        "Russian troops were advancing toward the village of Sieverne, the officers said.",
    ],
)
def test_an_undated_place_only_taken_or_advanced_on_is_no_campaign_of_its_own(dictionary, text):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert len(rows) == 1 and rows[0][3] is not None, rows


def test_an_undated_campaign_the_text_calls_an_offensive_stays(dictionary):
    text = (
        "The offensive on Raqqa began on Sunday, the alliance said.\n"
        "Iraqi forces are meanwhile pressing their offensive on Mosul, officials said."
    )
    targets = [row[2] for row in campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)]
    assert ["Mosul"] in targets, targets


@pytest.mark.parametrize(
    ("text", "target", "attacker", "started"),
    [
        (
            # place_under_campaign, the campaign noun's modifier names the attacker
            "Djibo, a town of some 300,000 people, has been under a JNIM blockade since February"
            " 2022, supplied only by army convoys.",
            "Djibo",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            dt.date(2022, 2, 1),
        ),
        (
            # place_under_campaign, the attacker named by "by"
            "Mariupol has been under siege by Russian forces since March 1, and troops are"
            " running out of ammunition.",
            "Mariupol",
            "Russia",
            dt.date(2024, 3, 1),
        ),
    ],
)
def test_a_place_under_a_campaign_since_a_date_is_its_target(
    dictionary, text, target, attacker, started
):
    row = _row(text, dictionary, target)
    assert row is not None, campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert row[1] == [attacker] and row[3] == started


@pytest.mark.parametrize(
    ("text", "target", "attacker", "started", "precision"),
    [
        (
            # a "where" clause: the campaign is on the place the clause hangs from
            "Russia's defence ministry said its forces had taken the village of Pivnichne, on"
            " the edge of Toretsk, where Moscow's offensive erupted in late May after months of"
            " calm.",
            "Toretsk",
            "Russia",
            dt.date(2024, 5, 1),
            3,
        ),
        (
            "Residents fled to Mopti from Konna, where the jihadists' offensive began on"
            " June 9, officials said. Ansar Dine fighters had attacked the army there.",
            "Konna",
            None,
            dt.date(2024, 6, 9),
            1,
        ),
    ],
)
def test_a_where_clause_puts_the_campaign_on_its_place(
    dictionary, text, target, attacker, started, precision
):
    row = _row(text, dictionary, target)
    assert row is not None
    assert row[3:] == (started, precision)
    if attacker:
        assert attacker in row[1]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Rapid Support Forces said they had laid siege to the state capital, El Fasher,"
            " since early May.",
            "El Fasher",
        ),
        (
            "Government troops said they had encircled the provincial capital, Lashkar Gah, on"
            " Tuesday after an offensive that began in early May.",
            "Lashkar Gah",
        ),
    ],
)
def test_a_name_in_apposition_is_the_place_attacked(dictionary, text, target):
    assert _row(text, dictionary, target) is not None


@pytest.mark.parametrize(
    "text",
    [
        # the campaign noun's phrase points back to the village: "the village's defences"
        "Russian forces have been advancing in the Zaporizhzhia region since April, officials"
        " said.\n"
        "Shelling continued along the front on Monday, the army said.\n"
        "Ukrainian troops pulled back from the village of Robotyne on Tuesday, the army said.\n"
        "The assault that finally broke the village's defences erupted in early May, when Russian"
        " units pushed along the railway.",
        # "the defences of the town"
        "Russian forces have been advancing in the Zaporizhzhia region since April, officials"
        " said.\n"
        "Shelling continued along the front on Monday, the army said.\n"
        "Ukrainian troops pulled back from the town of Robotyne on Tuesday, the army said.\n"
        "The push through the outer defences of the town began in early May, Ukrainian officers"
        " said.",
    ],
)
def test_an_onset_pointing_back_to_the_town_is_a_campaign_beside_others(dictionary, text):
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    row = next((row for row in rows if "Robotyne" in row[2]), None)
    assert row is not None, rows
    assert (row[3], row[4]) == (dt.date(2023, 5, 1), 3)


@pytest.mark.parametrize(
    ("text", "target", "started"),
    [
        # campaign_object_of_start, with no other campaign: on the town named last
        (
            "CUCUTA, Colombia (Reuters) - Fighting spread on Friday around the town of Tibu,"
            " officials said.\n"
            "The ELN launched an offensive against rival FARC dissidents on Thursday, attacking"
            " villages and going house to house.",
            "Tibu",
            dt.date(2024, 6, 27),
        ),
        (
            "SRINAGAR (Reuters) - Gunfire echoed over the village of Gadole on Friday, police"
            " said.\n"
            "Security forces began an assault on Wednesday after receiving a tip, officials said.",
            "Gadole",
            dt.date(2024, 6, 26),
        ),
        # on the region of the side attacked, before the town just taken
        (
            "NAIROBI (Reuters) - Ethiopian troops captured the town of Adwa in central Tigray on"
            " Monday, officials said, the biggest gain of an offensive against Tigrayan forces"
            " that began in late March.",
            "Tigray",
            dt.date(2024, 3, 1),
        ),
        (
            "MEKELLE (AFP) - Federal forces took the town of Alamata in southern Tigray on Sunday,"
            " in a campaign against Tigrayan fighters that started in early May, residents said.",
            "Tigray",
            dt.date(2024, 5, 1),
        ),
    ],
)
def test_an_offensive_launched_without_a_place_is_on_the_place_the_article_points_to(
    dictionary, text, target, started
):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [(targets, day) for _, _, targets, day, _ in rows] == [([target], started)], rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Gang members have blockaded Cabaret since Monday, cutting off food and water,"
            " residents said.",
            "Cabaret",
        ),
        (
            "Gunmen have been attacking the farming villages around Liancourt since early this"
            " month, according to human rights groups.",
            "Liancourt",
        ),
    ],
)
def test_a_gang_war_dated_by_its_onset_is_a_campaign(dictionary, text, target):
    row = _row(text, dictionary, target)
    assert row is not None and row[3] is not None
