"""Control observations as plain tuples, for the control rule tests (test_control_dating.py,
test_control_reading.py). Each test text is published on Wednesday 12 June 2024; relative dates
("on Monday", "overnight") count back from it."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)
MONDAY, TUESDAY, SUNDAY = dt.date(2024, 6, 10), dt.date(2024, 6, 11), dt.date(2024, 6, 9)
THURSDAY, FRIDAY, SATURDAY = dt.date(2024, 6, 6), dt.date(2024, 6, 7), dt.date(2024, 6, 8)


def rows(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    """(place, side, event, kind, date, precision) per observation."""
    result = extract(text, published=published, dictionary=dictionary)
    return [
        (c.place, c.side, c.event, c.kind, c.observed_on, c.date_precision) for c in result.control
    ]


def claim_rows(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    """(place, side, event, kind, claimant, date, precision) per observation."""
    result = extract(text, published=published, dictionary=dictionary)
    return [
        (c.place, c.side, c.event, c.kind, c.claimant, c.observed_on, c.date_precision)
        for c in result.control
    ]


def dates_of(text: str, dictionary, place: str) -> set[tuple]:
    """The (date, precision) of each observation of `place`."""
    return {(d, precision) for p, _, _, _, d, precision in rows(text, dictionary) if p == place}


def kinds_of(text: str, dictionary, place: str) -> set[str]:
    """The kind of each observation of `place`."""
    return {kind for p, _, _, kind, _, _ in rows(text, dictionary) if p == place}


def kinds_and_events_of(text: str, dictionary, place: str) -> set[tuple]:
    """The (kind, event) of each observation of `place`."""
    return {(kind, event) for p, _, event, kind, _, _ in rows(text, dictionary) if p == place}


def sides_of(text: str, dictionary, place: str) -> set[str]:
    """The side of each observation of `place`."""
    return {side for p, side, *_ in rows(text, dictionary) if p == place}
