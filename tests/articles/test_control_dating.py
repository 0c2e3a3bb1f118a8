"""When a change of hands happened, beyond a date beside its trigger: "overnight", "the next day"
and other days told from the date before, a clause tied to another clause's time ("when", "a day
after", "hours after", "weeks after"), a following sentence that dates the change without naming
the place or the side, a day within a week another sentence gives, and whose date a claim keeps.
Each rule is read in at least two differently worded phrasings (where and by whom:
test_control_reading.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import (
    MONDAY,
    SATURDAY,
    SUNDAY,
    THURSDAY,
    TUESDAY,
    WEDNESDAY,
    dates_of,
    rows,
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Taliban fighters overran Ghoriyan overnight, a resident said.", "Ghoriyan"),
        ("Iraqi troops recaptured Tikrit overnight, a police spokesman said.", "Tikrit"),
    ],
)
def test_overnight_is_the_day_of_the_report(dictionary, text, place):
    # (a withdrawal overnight is the eve's: test_control_overnight.py)
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The offensive began on Saturday with air strikes, and M23 rebels took the village "
            "of Kibumba the next day.",
            "Kibumba",
            (SUNDAY, 1),
        ),
        (
            "Houthi fighters reached the outskirts on Monday and seized the district of Sirwah "
            "the following morning.",
            "Sirwah",
            (TUESDAY, 1),
        ),
    ],
)
def test_the_next_day_is_the_day_after_the_date_before(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The push on the city began in early May, when Rapid Support Forces units advanced "
            "from the west and overran the village of Um Kadada.",
            "Um Kadada",
            (dt.date(2024, 5, 1), 3),
        ),
        (
            "The campaign opened on Saturday when M23 fighters crossed the river from Rutshuru "
            "and captured the town of Kiwanja within hours.",
            "Kiwanja",
            (SATURDAY, 1),
        ),
    ],
)
def test_a_when_clause_takes_the_date_of_the_clause_it_depends_on(
    dictionary, text, place, expected
):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Mali's army counter-attacked on Friday, a day after Tuareg rebels and their allies "
            "from the National Movement for the Liberation of Azawad captured Anefis.",
            "Anefis",
            (THURSDAY, 1),
        ),
        (
            "The losses come a month after Taliban fighters, in an assault launched in late "
            "April from the hills, seized the district of Ghoriyan.",
            "Ghoriyan",
            (dt.date(2024, 5, 1), 3),
        ),
        (
            "Ukraine's military said on Sunday it had pulled back its units, hours after Russia's "
            "defence ministry said its troops had taken full control of Krasnohorivka.",
            "Krasnohorivka",
            (SUNDAY, 1),
        ),
    ],
)
def test_a_clause_some_time_after_another_is_dated_from_it(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Arakan Army began its assault on the port in May, weeks after seizing the "
            "neighbouring town of Ponnagyun.",
            "Ponnagyun",
        ),
        (
            "Houthi fighters pushed on towards the coast in March, months after they captured "
            "the district of Hays.",
            "Hays",
        ),
    ],
)
def test_a_vague_distance_dates_nothing(dictionary, text, place):
    # no day of its own: the day it is reported
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Nigeria's army said on Wednesday it had retaken Damasak. Troops launched the "
            "operation from Monguno on Sunday and entered the town on Tuesday afternoon, an army "
            "spokesman said.",
            "Damasak",
            (TUESDAY, 1),
        ),
        (
            "The Arakan Army said on Wednesday it had captured Kyauktaw. The group said its "
            "fighters overran the last army position in the town, the base of the 9th Battalion, "
            "on Monday.",
            "Kyauktaw",
            (MONDAY, 1),
        ),
        (
            "Houthi rebels have captured Khabb, tribal leaders said Wednesday. The rebels "
            "stormed the city on Sunday after weeks of clashes, the tribal leaders said.",
            "Khabb",
            (SUNDAY, 1),
        ),
        (
            "Viv Ansanm gangs seized control of the town of Mirebalais, residents said on "
            "Wednesday. Hundreds of armed men stormed Mirebalais before dawn on Monday, "
            "residents said.",
            "Mirebalais",
            (MONDAY, 1),
        ),
    ],
)
def test_the_next_sentence_dates_the_change_it_tells_again(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Iraqi army said on Tuesday it had retaken Hit from Islamic State. Troops backed "
            "by tribal fighters and air strikes by the U.S.-led coalition entered the centre of "
            "the town on Monday, officials said.",
            "Hit",
            (MONDAY, 1),
        ),
        (
            "Russia said on Tuesday its forces had captured Soledar. Russian troops entered the "
            "heart of the town on Sunday, the ministry said.",
            "Soledar",
            (SUNDAY, 1),
        ),
    ],
)
def test_the_centre_of_the_town_is_the_town_and_air_strikes_by_y_do_not_act(
    dictionary, text, place, expected
):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's army said on Wednesday it had retaken Damasak. Troops entered the town on "
        "Monday after the militants pulled out, residents said.",
        "The Arakan Army said on Wednesday it had captured Kyauktaw. Its fighters overran the "
        "last army base in the town on Monday, according to residents.",
    ],
)
def test_a_claim_is_not_dated_by_what_others_report(dictionary, text):
    place = "Damasak" if "Damasak" in text else "Kyauktaw"
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "M23 rebels seized Rubaya a week ago, residents said. The rebels took Rubaya on "
            "June 5 after a day of fighting, a local official said.",
            "Rubaya",
            (dt.date(2024, 6, 5), 1),
        ),
        (
            "Hayat Tahrir al-Sham entered Hama on Tuesday, a week after its fighters seized "
            "Saraqib. The group took Saraqib on June 2, the Syrian Observatory said.",
            "Saraqib",
            (dt.date(2024, 6, 2), 1),
        ),
    ],
)
def test_the_day_another_sentence_gives_sharpens_a_week(dictionary, text, place, expected):
    assert expected in dates_of(text, dictionary, place)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Arakan Army has taken most of northern Rakhine state since November, including "
            "Ponnagyun in March and Rathedaung in May.",
            "Ponnagyun",
            (dt.date(2024, 3, 1), 3),
        ),
        (
            "Somali National Army troops have retaken dozens of villages, including Mahas in "
            "April, the ministry said.",
            "Mahas",
            (dt.date(2024, 4, 1), 3),
        ),
    ],
)
def test_the_date_right_after_a_listed_place_is_its_own(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Thousands of civilians fled on Monday after the Arakan Army said it had captured "
            "Buthidaung.",
            "Buthidaung",
        ),
        (
            "Shops stayed shut on Tuesday as the Taliban said they had overrun Ghoriyan.",
            "Ghoriyan",
        ),
    ],
)
def test_a_day_of_another_clause_is_not_the_day_of_the_claim(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Malian troops have retaken Konna, whose capture by Islamist fighters last month "
            "prompted France to intervene, the army said.",
            "Konna",
        ),
        (
            "Somali forces recaptured Harardhere, whose fall to Al-Shabaab in 2010 cut the coast "
            "road, officials said.",
            "Harardhere",
        ),
    ],
)
def test_a_date_in_a_whose_clause_is_not_the_changes(dictionary, text, place):
    assert (dt.date(2024, 5, 1), 3) not in dates_of(text, dictionary, place)
    assert not any(d and d.year == 2010 for d, _ in dates_of(text, dictionary, place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russia's defence ministry said on Wednesday its forces had captured Selydove. "
            "Military bloggers said Russian troops had entered Selydove last week.",
            "Selydove",
        ),
        (
            "South Sudan's army said on Wednesday it had captured Pagak. Residents said government "
            "troops entered Pagak on Sunday afternoon.",
            "Pagak",
        ),
    ],
)
def test_a_claim_keeps_the_day_it_was_made_beside_others_reports(dictionary, text, place):
    claims = [r for r in rows(text, dictionary) if r[0] == place and r[3] == "claimed"]
    assert [(d, precision) for *_, d, precision in claims] == [(WEDNESDAY, 1)]


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "M23 rebels entered Sake on Sunday afternoon after government troops and allied "
            "Wazalendo militias loyal to Kinshasa pulled out, residents said.",
            "Sake",
            (SUNDAY, 1),
        ),
        (
            "Syrian Democratic Forces fighters left Tabqa on Tuesday, four days after taking the "
            "town when Syrian government troops and their allies withdrew, residents said.",
            "Tabqa",
            (dt.date(2024, 6, 7), 1),
        ),
    ],
)
def test_a_withdrawal_tied_to_a_taking_has_the_takings_date(dictionary, text, place, expected):
    found = [r for r in rows(text, dictionary) if r[0] == place and r[2] == "withdraw"]
    assert found and {(d, precision) for *_, d, precision in found} >= {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Earlier this month, the Russian Defense Ministry also claimed the capture of "
            "Petropavlivka, a village east of the city.",
            "Petropavlivka",
            (dt.date(2024, 6, 1), 3),
        ),
        (
            "Last week, the Arakan Army said it had captured Ponnagyun.",
            "Ponnagyun",
            (dt.date(2024, 6, 3), 2),
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_the_claim(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Iraqi Security Forces retook al-Dour on Tuesday, and al-Alam fell to Iraqi Security "
            "Forces on the same day, residents said.",
            "al-Alam",
            (TUESDAY, 1),
        ),
        (
            "The Taliban launched their assault in October. Nawa district fell to the Taliban "
            "that month, residents said.",
            "Nawa",
            (dt.date(2023, 10, 1), 3),
        ),
        (
            "Turkish-backed factions entered Tal Rifaat on Sunday. Syrian National Army fighters "
            "had seized the village of Ahras a day earlier, witnesses said.",
            "Ahras",
            (SATURDAY, 1),
        ),
    ],
)
def test_a_day_told_from_the_date_before(dictionary, text, place, expected):
    assert expected in dates_of(text, dictionary, place)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Islamic State fighters have been besieging the city of Deir ez-Zor, held by Syrian "
            "government forces, for weeks.",
            "Deir ez-Zor",
            (WEDNESDAY, 1),
        ),
        (
            "The Arakan Army now holds most of the state and has surrounded the town of "
            "Buthidaung, held by the Tatmadaw.",
            "Buthidaung",
            (WEDNESDAY, 1),
        ),
        # a siege the text dates keeps its date
        (
            "Islamic State fighters besieged the city of Deir ez-Zor, held by Syrian government "
            "forces, in January.",
            "Deir ez-Zor",
            (dt.date(2024, 1, 1), 3),
        ),
    ],
)
def test_an_undated_siege_holds_on_the_day_it_is_told(dictionary, text, place, expected):
    found = {
        (d, precision)
        for p, _, event, _, d, precision in rows(text, dictionary)
        if p == place and event == "encircle"
    }
    assert found == {expected}


def test_holding_the_centre_of_the_town_is_no_hold_of_the_last_name(dictionary):
    text = (
        "Ukrainian troops, together with men from the Dnipro-1 unit, still held the centre of "
        "the town, a commander said."
    )
    assert [r[0] for r in rows(text, dictionary)] == []


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Croatian Army attacked at dawn on Monday along a front of some five kilometres "
            "in the Lika region, taking the villages of Divoselo and Citluk by nightfall.",
            "Citluk",
            (MONDAY, 1),
        ),
        (
            "M23 fighters advanced on Sunday through the forested hills north of the city of "
            "Goma and the lake shore, seizing Kibumba.",
            "Kibumba",
            (SUNDAY, 1),
        ),
    ],
)
def test_a_participle_after_a_comma_takes_its_clauses_date(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}
