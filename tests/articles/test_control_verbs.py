"""Further wordings of a change of hands: "swept through", "secured", "occupied" (not "the
occupied X"), "reoccupied", "fell back from", "slipped out of", and "N days after" counted from
the day the sentence before gives. Each rule is read in at least two differently worded
phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import MONDAY, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fano fighters swept through Debre Tabor and Woreta last week.",
            [("Debre Tabor", "Fano", "capture"), ("Woreta", "Fano", "capture")],
        ),
        (
            "The Syrian army said its troops had secured the town of Flita.",
            [("Flita", "Syrian government forces", "capture")],
        ),
        (
            "Islamic State fighters briefly occupied Mocimboa da Praia in March.",
            [("Mocimboa da Praia", "Islamic State", "capture")],
        ),
        (
            '"Our forces have reoccupied Natiaboani," the Burkina Faso army said.',
            [("Natiaboani", "Burkina Faso Armed Forces", "retake")],
        ),
    ],
)
def test_wordings_of_a_taking(dictionary, text, expected):
    assert [r[:3] for r in rows(text, dictionary)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces raided Jenin in the occupied West Bank on Monday.",
        "Residents of the Israeli-occupied Golan Heights protested on Monday.",
    ],
)
def test_occupied_as_an_adjective_is_no_taking(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[0] in ("West Bank", "Golan Heights")] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Libyan National Army fighters fell back from the town of Bin Jawad on Monday after an "
            "ambush by Government of National Accord forces.",
            "Bin Jawad",
        ),
        (
            "Malian Armed Forces troops advanced north. Residents said Ansar Dine fighters had "
            "slipped out of Diabaly on Monday.",
            "Diabaly",
        ),
    ],
)
def test_wordings_of_a_withdrawal(dictionary, text, place):
    assert [(r[0], r[2], r[4]) for r in rows(text, dictionary)] == [(place, "withdraw", MONDAY)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Islamic State fighters overran Quissanga on Wednesday, residents said.\n"
            "The attack came two days after the insurgents briefly occupied Mocimboa da Praia.",
            "Mocimboa da Praia",
        ),
        (
            "Al-Shabaab fighters stormed a base near Mogadishu on Wednesday.\n"
            "The raid came three days after the militants seized Bulo Burde.",
            "Bulo Burde",
        ),
    ],
)
def test_days_after_count_from_the_day_the_sentence_before_gives(dictionary, text, place):
    found = [r for r in rows(text, dictionary) if r[0] == place]
    days = 2 if "two days" in text else 3
    assert [(r[4], r[5]) for r in found] == [(dt.date(2024, 6, 12) - dt.timedelta(days), 1)]
