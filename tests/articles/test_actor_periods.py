"""A state's forces under the name they had on the day of publication (states.PERIODS,
actor_periods.py): "South Sudan's army" in 2014 is the SPLA, in 2020 the SSPDF; "Ugandan troops"
in 1980 the UNLA; "Iraqi troops" in 1984 Saddam's Iraq; "Zairean soldiers" in 1997 the FAZ."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.states import PERIODS, period_names


def _actors(text: str, day: dt.date | None, dictionary) -> set[str]:
    return {m.actor for m in extract(text, published=day, dictionary=dictionary).actors}


@pytest.mark.parametrize(
    ("text", "day", "then"),
    [
        (
            "JUBA, South Sudan (Reuters) - South Sudan's army said on Sunday it had retaken "
            "the town of Bor after three days of fighting.",
            dt.date(2014, 1, 19),
            "Sudan People's Liberation Army",
        ),
        (
            "South Sudanese troops shelled opposition positions outside Malakal, a spokesman "
            "for the army said.",
            dt.date(2016, 7, 12),
            "Sudan People's Liberation Army",
        ),
        (
            "Ugandan troops pulled back from the outskirts of Masaka overnight as the rebels "
            "pressed south.",
            dt.date(1985, 7, 20),
            "Uganda National Liberation Army",
        ),
        (
            "The Ugandan army said its soldiers had repelled an attack on the barracks at Gulu.",
            dt.date(1990, 3, 2),
            "National Resistance Army",
        ),
        (
            "Iraqi troops repelled an Iranian assault on the marshes east of Basra, the Iraqi "
            "military said.",
            dt.date(1984, 3, 3),
            "Iraq",
        ),
        (
            "Zairean troops abandoned their barracks in Lubumbashi as the rebel columns drew near.",
            dt.date(1997, 4, 9),
            "Zairean Armed Forces",
        ),
        (
            "Rwandan troops fled south towards Butare as rebels of the Rwandan Patriotic Front "
            "closed in on the capital.",
            dt.date(1994, 7, 3),
            "Forces Armées Rwandaises",
        ),
    ],
)
def test_the_forces_take_the_name_they_had_then(dictionary, text, day, then):
    found = _actors(text, day, dictionary)
    assert then in found
    current = next(name for name, periods in PERIODS.items() if then in {p[2] for p in periods})
    assert current not in found


@pytest.mark.parametrize(
    "text",
    [
        "JUBA, South Sudan (Reuters) - South Sudan's army said on Sunday it had retaken the "
        "town of Bor after three days of fighting.",
        "South Sudanese troops shelled opposition positions outside Malakal, a spokesman for "
        "the army said.",
    ],
)
def test_the_current_name_after_the_change_and_without_a_date(dictionary, text):
    assert "South Sudan People's Defence Forces" in _actors(text, dt.date(2021, 5, 3), dictionary)
    assert "South Sudan People's Defence Forces" in _actors(text, None, dictionary)


def test_statements_and_new_actors_take_the_name_too(dictionary):
    text = (
        'BAGHDAD (AP) - Iraqi troops held the road to Basra. "The enemy has been thrown back," '
        "an Iraqi military spokesman said."
    )
    extraction = extract(text, published=dt.date(1982, 5, 24), dictionary=dictionary)
    assert {s.actor for s in extraction.statements} <= {"Iraq", None}
    assert "Iraqi Security Forces" not in extraction.new_actors
    assert "Iraqi Security Forces" not in {m.actor for m in extraction.actors}


def test_period_bounds():
    assert period_names(dt.date(1979, 4, 10))["Uganda People's Defence Force"] == "Uganda"
    assert (
        period_names(dt.date(1979, 4, 11))["Uganda People's Defence Force"]
        == "Uganda National Liberation Army"
    )
    assert "Uganda People's Defence Force" not in period_names(dt.date(1995, 10, 8))
    assert period_names(dt.date(1988, 1, 1))["Russia"] == "Soviet Union"
    assert "Russia" not in period_names(dt.date(1992, 1, 1))


def test_every_period_name_is_an_actor(dictionary):
    """A period's name is a curated actor or a state of the country list, so the scorer and the
    map know it."""
    extended = dictionary.with_states()
    for periods in PERIODS.values():
        for _, _, name in periods:
            assert name in extended.actors, name
