"""When a change happened, told by a count from another date ("five days later", "within two
days"), by a month that opens the sentence ("In August, …"), by the day of the report for the
present perfect ("have captured X"), and not by the day of a clause that follows (", and on
Sunday they reached …"). Each rule is read in at least two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.dates import find_dates
from tests.articles.control_rows import FRIDAY, MONDAY, WEDNESDAY, dates_of


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The RSF seized Nyala on October 26 and took Zalingei, the capital of Central "
            "Darfur, five days later.",
            "Zalingei",
            (dt.date(2023, 10, 31), 1),
        ),
        (
            "The Syrian National Army launched its offensive on May 30, taking Tal Rifaat within "
            "two days.",
            "Tal Rifaat",
            (dt.date(2024, 6, 1), 1),
        ),
        (
            "Houthi fighters reached Marib's outskirts on May 2 and overran Sirwah a week later.",
            "Sirwah",
            (dt.date(2024, 5, 9), 2),
        ),
    ],
)
def test_a_count_later_is_from_the_date_before(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "In August, FARC rebels overran a police base at Miraflores.",
            "Miraflores",
            (dt.date(2023, 8, 1), 3),
        ),
        (
            "Early March, Islamic State fighters captured Palmyra after a week of fighting.",
            "Palmyra",
            (dt.date(2024, 3, 1), 3),
        ),
    ],
)
def test_a_month_opening_the_sentence_dates_it(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, the offensive began.", (dt.date(2024, 5, 1), 3)),
        ("Since March the town has been cut off.", (dt.date(2024, 3, 1), 3)),
    ],
)
def test_a_capitalised_month_phrase_is_a_date(text, expected):
    assert [(d.date, d.precision) for d in find_dates(text, WEDNESDAY)] == [expected]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Friday, Iraqi troops took the village of Mazraa, and on Sunday they reached the "
            "refinery walls.",
            "Mazraa",
        ),
        (
            "On Friday, Houthi fighters seized Sirwah, and by Monday it had reached the dam.",
            "Sirwah",
        ),
    ],
)
def test_a_day_of_the_clause_that_follows_is_not_the_change(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(FRIDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian forces have captured most of Kurakhove, a Ukrainian commander said.",
            "Kurakhove",
        ),
        ("M23 rebels have now taken Rubaya, residents said.", "Rubaya"),
    ],
)
def test_the_present_perfect_is_the_day_of_the_report(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "M23 rebels take Rubaya as army falls back\n"
            "Fighting raged along the road, residents said.",
            "Rubaya",
        ),
        (
            "Russian forces capture Kurakhove after weeks of fighting\n"
            "Residents reported heavy shelling.",
            "Kurakhove",
        ),
    ],
)
def test_a_change_the_headline_tells_undated_is_the_day_of_the_report(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


def test_a_change_the_body_dates_dates_the_headline_too(dictionary):
    text = (
        "M23 rebels take Rubaya as army falls back\n"
        "M23 rebels took Rubaya on Monday after a night of fighting, residents said."
    )
    assert dates_of(text, dictionary, "Rubaya") == {(MONDAY, 1)}
