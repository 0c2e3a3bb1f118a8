"""A party rebutting a taking another party claimed holds the place (control_rebuttals.py): each
named dependency pattern read in two differently worded phrasings, and what it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.control_rebuttals import PATTERNS

WEDNESDAY = dt.date(2024, 6, 12)


def holds(text: str, dictionary) -> list[tuple]:
    """(place, side, claimant, trigger) per observation a rebuttal gave."""
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    names = {name for name, _ in PATTERNS}
    return [(c.place, c.side, c.claimant, c.trigger) for c in result.control if c.trigger in names]


def test_every_pattern_has_a_name():
    assert len({name for name, _ in PATTERNS}) == len(PATTERNS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tigrayan forces of the TPLF said on Tuesday they had captured the town of Kobo. "
            "The Ethiopian National Defense Force rejected the claim.",
            (
                "Kobo",
                "Ethiopian National Defense Force",
                "Ethiopian National Defense Force",
                "rebut-claim",
            ),
        ),
        (
            "Russia's defence ministry said its troops had taken Soledar after weeks of fighting. "
            "Ukraine dismissed the claims as propaganda.",
            ("Soledar", "Ukraine", "Ukraine", "rebut-claim"),
        ),
    ],
)
def test_rejecting_the_claim_holds_the_claimed_place(dictionary, text, expected):
    assert expected in holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia said on Friday its forces had seized Chasiv Yar, a claim Ukraine denied.",
            ("Chasiv Yar", "Ukraine", "Ukraine", "claim-rebutted"),
        ),
        (
            "The Arakan Army said it had captured Maungdaw, a claim which Myanmar's military "
            "rejected on Sunday.",
            ("Maungdaw", "Tatmadaw", "Tatmadaw", "claim-rebutted"),
        ),
    ],
)
def test_a_claim_a_party_denied(dictionary, text, expected):
    assert expected in holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia said its forces had taken Kurakhove. Ukraine denied the town had fallen.",
            ("Kurakhove", "Ukraine", "Ukraine", "deny-fallen"),
        ),
        (
            "Houthi fighters said they had overrun the city of Marib on Sunday. "
            "Saudi Arabia denied that the city had been captured.",
            ("Marib", "Saudi Arabia", "Saudi Arabia", "deny-fallen"),
        ),
    ],
)
def test_denying_the_town_fell(dictionary, text, expected):
    assert expected in holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel said its troops had captured the village of Khiam. "
            "Hezbollah denied losing the village.",
            ("Khiam", "Hezbollah", "Hezbollah", "deny-losing"),
        ),
        (
            "M23 rebels said they had seized the town of Sake on Monday. "
            "Rwanda denies having lost the town.",
            None,
        ),
    ],
)
def test_denying_losing_the_town(dictionary, text, expected):
    found = holds(text, dictionary)
    if expected is None:  # Rwanda is M23's backer, not its opponent: nothing to rebut
        assert all(side != "M23" for _, side, _, _ in found)
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # the claim is about something else
        "The army said it had killed 40 Taliban fighters near Zaranj. "
        "The Taliban rejected the claim that civilians were among the dead.",
        # the place was conceded afterwards
        "Somali troops said they had captured the town of Adan Yabaal. Al-Shabaab denied losing "
        "the town in battle. Al-Shabaab fighters had pulled out of Adan Yabaal on Monday night, "
        "residents said.",
        # the taker cannot rebut its own taking
        "The Taliban said they had captured Zaranj. The Taliban denied the claim.",
    ],
)
def test_no_hold_without_a_rebutted_taking_by_another_side(dictionary, text):
    assert all(
        place.casefold() not in ("zaranj", "adan yabaal") or side != "Taliban"
        for place, side, _, _ in holds(text, dictionary)
    )
    if "Adan Yabaal" in text:
        assert holds(text, dictionary) == []
