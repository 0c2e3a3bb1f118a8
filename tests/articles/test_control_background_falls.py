"""A fall named by its noun and told in passing, with no taker in its sentence ("after the fall of
X last October", "follows the fall of X earlier this year"): a taking by the one side the article
tells taking ground; none where it tells two, and no fall that is only feared or foreseen ("the
fall of X would expose Y"). Each rule is read in at least two differently worded real-world
phrasings (control_background.py, control_patterns.FORESEEN)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.control_rows import WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "KABUL (AFP) - Taliban fighters swept into Kabul on Friday. Shops stayed shut on "
            "Saturday. The fall of Kabul crowned a lightning campaign that began two weeks ago "
            "with the capture of the eastern city of Jalalabad on September 11.",
            "Jalalabad",
            "Taliban",
        ),
        (
            "Russian troops captured the village of Uspenivka on Monday, the defence ministry "
            "said. Shelling went on overnight in the district. The town had served as a regional "
            "hub after the fall of Pokrovsk last winter.",
            "Pokrovsk",
            "Russia",
        ),
    ],
)
def test_a_fall_told_in_passing_is_the_takers(dictionary, text, place, side):
    assert [r[:3] for r in rows(text, dictionary) if r[0] == place] == [(place, side, "capture")]


def test_a_fall_told_in_passing_keeps_its_own_date(dictionary):
    text = (
        "KABUL (AFP) - Taliban fighters swept into Kabul on Friday. Shops stayed shut on Saturday. "
        "The fall of Kabul crowned a campaign that began with the capture of Jalalabad on "
        "September 11."
    )
    assert [r[4:] for r in rows(text, dictionary) if r[0] == "Jalalabad"] == [
        (dt.date(2023, 9, 11), 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters swept into Ghazni on Friday. Western diplomats said the fall of Kabul "
        "could embolden the guerrillas.",
        "Russian troops captured Uspenivka on Monday, the ministry said. Military analysts warn "
        "that the fall of Pokrovsk would expose Kramatorsk from the south.",
    ],
)
def test_a_feared_fall_is_none(dictionary, text):
    assert not [r for r in rows(text, dictionary) if r[0] in {"Kabul", "Pokrovsk"}]


def test_no_taker_is_guessed_when_the_article_tells_two(dictionary):
    text = (
        "Russian troops captured Uspenivka on Monday, and Ukrainian troops retook Robotyne on "
        "Tuesday, officials said. Shelling went on overnight in the district. The front had been "
        "quiet since the fall of Pokrovsk last winter."
    )
    assert not [r for r in rows(text, dictionary) if r[0] == "Pokrovsk"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KABUL (AFP) - Taliban fighters swept into Kabul on Friday. Shops stayed shut on "
            "Saturday. The fall of Kabul crowned a campaign that began with the capture of "
            "Jalalabad on September 11.",
            "Jalalabad",
        ),
        (
            "Russian troops captured the village of Uspenivka on Monday, the defence ministry "
            "said. Shelling went on overnight in the district. The town had served as a regional "
            "hub after the fall of Pokrovsk last winter.",
            "Pokrovsk",
        ),
    ],
)
def test_a_fall_told_in_passing_makes_no_campaign(dictionary, text, place):
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    assert place in [c.place for c in result.control]
    assert not [c for c in result.campaigns if place in c.targets]
