"""Where and by whom a place changes hands, in wordings beyond "captured X": a facility in a
place, places listed together, hills and streets of a place, "cleared X", "in the hands of",
"retaken by", "handed X to Y", a withdrawal tied to a taking, a hedged report, and who goes on
claiming. Each rule is read in at least two differently worded phrasings (dates:
test_control_dating.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import (
    FRIDAY,
    MONDAY,
    SUNDAY,
    TUESDAY,
    WEDNESDAY,
    dates_of,
    rows,
)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "The Arakan Army said on Monday it had overrun the army's regional headquarters in "
            "Kyauktaw after a month-long siege.",
            "Kyauktaw",
            "Arakan Army",
        ),
        (
            "Rapid Support Forces fighters seized the main infantry base at Babanusa on Sunday, "
            "residents said.",
            "Babanusa",
            "Rapid Support Forces",
        ),
        (
            "Al-Shabaab fighters captured a government checkpoint in the town of Bulo Burde, "
            "witnesses said.",
            "Bulo Burde",
            "Al-Shabaab",
        ),
    ],
)
def test_a_facility_taken_in_a_place_is_the_place_taken(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels captured the base of the 34th Military Region on Friday, residents said.",
        "The Taliban stormed the headquarters of the 209th Army Corps, officials said.",
    ],
)
def test_a_units_name_after_a_facility_is_no_place(dictionary, text):
    assert not [p for p, *_ in rows(text, dictionary) if "Region" in p or "Corps" in p]


@pytest.mark.parametrize(
    "text",
    [
        "If confirmed, the fall of Ann would be the first loss of a regional command.",
        "If true, the capture of Kawlin would open the road north.",
    ],
)
def test_a_hedged_report_is_not_an_observation(dictionary, text):
    assert rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels captured the town of Rubaya on Tuesday after government troops and "
            "allied militias pulled out, residents said.",
            [("Rubaya", "M23", "withdraw", "reported", TUESDAY, 1)],
        ),
        (
            "Tigray People's Liberation Front fighters entered Mekele on Monday as Ethiopian "
            "soldiers and officials fled.",
            [("Mekele", "Tigray People's Liberation Front", "withdraw", "reported", MONDAY, 1)],
        ),
        (
            "Islamic State seized the town of Hit last week after the army withdrew.",
            [("Hit", "Islamic State", "withdraw", "reported", dt.date(2024, 6, 3), 2)],
        ),
    ],
)
def test_a_withdrawal_tied_to_a_taking_hands_its_place_to_the_taker(dictionary, text, expected):
    found = [r for r in rows(text, dictionary) if r[2] == "withdraw"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police have taken back Pont-Sondé, and the bandits have fled towards Savien.",
        "The army retook Bor on Friday; the rebels retreated south towards Pibor.",
    ],
)
def test_a_flight_told_as_another_clause_is_no_withdrawal_from_the_place(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[2] == "withdraw"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The M23 captured Goma, the largest city in eastern Congo, in January and Bukavu, "
            "the capital of South Kivu, in February.",
            [
                ("Goma", dt.date(2024, 1, 1), 3),
                ("Bukavu", dt.date(2024, 2, 1), 3),
            ],
        ),
        (
            "A rebel spokesman said Machar's forces still controlled Malakal, the capital of "
            "Upper Nile state, and Bentiu, capital of Unity state.",
            [("Malakal", WEDNESDAY, 1), ("Bentiu", WEDNESDAY, 1)],
        ),
        (
            "Russian forces took Avdiivka, Lastochkyne and Sieverne in February, Russia's defence "
            "ministry said.",
            [
                ("Avdiivka", dt.date(2024, 2, 1), 3),
                ("Lastochkyne", dt.date(2024, 2, 1), 3),
                ("Sieverne", dt.date(2024, 2, 1), 3),
            ],
        ),
    ],
)
def test_places_listed_together_each_change_hands(dictionary, text, expected):
    assert [(p, d, precision) for p, _, _, _, d, precision in rows(text, dictionary)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hayat Tahrir al-Sham fighters took Aleppo, Syria's second city, on November 30.",
        "M23 rebels seized Bunagana, Uganda's main border crossing with Congo, on Monday.",
    ],
)
def test_a_possessive_after_a_place_is_no_second_place(dictionary, text):
    assert len(rows(text, dictionary)) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Libyan National Army forces seized the oil terminals of Ras Lanuf on Sunday.",
            "Ras Lanuf",
        ),
        ("Houthi fighters captured the refinery of Marib on Sunday, residents said.", "Marib"),
    ],
)
def test_a_terminal_or_refinery_of_a_place_is_the_place(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(SUNDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Houthi fighters seized the hills of Kassara on Sunday, tribal sources said.",
            "Kassara",
            "Houthis",
        ),
        (
            "Hezbollah fighters captured the peak of Halimat Qara after a day of fighting, "
            "residents said.",
            "Halimat Qara",
            "Hezbollah",
        ),
        (
            "M23 rebels took the streets of Sake on Tuesday, witnesses said.",
            "Sake",
            "M23",
        ),
    ],
)
def test_hills_peaks_and_streets_of_a_place_are_the_place(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "A French officer said Diabaly was now in the hands of the Malian Armed Forces.",
            "Diabaly",
            "Malian Armed Forces",
        ),
        (
            "Residents said Kidal remained in the hands of the Azawad Liberation Front.",
            "Kidal",
            "Azawad Liberation Front",
        ),
    ],
)
def test_in_the_hands_of_tells_who_holds(dictionary, text, place, side):
    assert (place, side, "hold") in [(p, s, e) for p, s, e, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Nigerian troops cleared Geidam of the insurgents on Sunday, residents said.",
            "Geidam",
            "Nigerian Armed Forces",
        ),
        (
            "Iraqi Security Forces cleared the districts of Sukar and Muthanna on Friday.",
            "Sukar",
            "Iraqi Security Forces",
        ),
    ],
)
def test_clearing_a_place_takes_it(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iraq's Joint Operations Command said troops had retaken the campus on Saturday, and "
            "that Iraqi Security Forces had also cleared the district of Sukar on Friday.",
            "Sukar",
        ),
        (
            "The Shiite movement's war media unit said Hezbollah fighters had seized the peak of "
            "Halimat Qara.",
            "Halimat Qara",
        ),
    ],
)
def test_what_a_party_goes_on_saying_is_its_claim(dictionary, text, place):
    assert {k for p, _, _, k, *_ in rows(text, dictionary) if p == place} == {"claimed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kherson was retaken by Ukrainian forces on Friday, residents said.",
            ("Kherson", "Ukraine", "retake", "reported", FRIDAY, 1),
        ),
        (
            "Witnesses said Palmyra had been recaptured by Islamic State fighters on Sunday.",
            ("Palmyra", "Islamic State", "retake", "reported", SUNDAY, 1),
        ),
    ],
)
def test_a_place_retaken_by_a_side_is_that_sides(dictionary, text, expected):
    assert expected in rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Israeli forces handed the town of Khiam to the Lebanese Armed Forces on Monday.",
            "Khiam",
            "Lebanese Armed Forces",
        ),
        (
            "The Taliban handed over control of Spin Boldak to Afghan National Defence and "
            "Security Forces on Monday, residents said.",
            "Spin Boldak",
            "Afghan National Defence and Security Forces",
        ),
    ],
)
def test_a_place_handed_to_a_side_is_held_by_it(dictionary, text, place, side):
    assert (place, side, "withdraw", MONDAY) in [
        (p, s, e, d) for p, s, e, _, d, _ in rows(text, dictionary)
    ]
