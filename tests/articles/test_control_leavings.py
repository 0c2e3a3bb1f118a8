"""A withdrawal told without its place after a taking (control_leavings.py): the loser's leaving
is a withdrawal from the place taken, held afterwards by the taker; in two differently worded
phrasings each, and what it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def withdrawals(text: str, dictionary) -> list[tuple]:
    """(place, side, kind, claimant, date) per withdrawal found."""
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [
        (c.place_text, c.side, c.kind, c.claimant, c.observed_on)
        for c in result.control
        if c.event == "withdraw"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab fighters captured the town of Bardale on Monday after heavy fighting. "
            "Residents said soldiers of the Somali National Army abandoned the town, heading east.",
            ("Bardale", "Al-Shabaab", "reported", None, dt.date(2024, 6, 10)),
        ),
        (
            "Russian forces seized Avdiivka on Saturday. Witnesses said the Ukrainian army had "
            "pulled out of the city before dawn.",
            ("Avdiivka", "Russia", "reported", None, dt.date(2024, 6, 8)),
        ),
    ],
)
def test_a_leaving_of_the_town_after_a_taking_is_the_takers_withdrawal(dictionary, text, expected):
    assert expected in withdrawals(text, dictionary)


@pytest.mark.parametrize(
    ("text", "side", "claimant"),
    [
        (
            "M23 rebels seized Rutshuru on Monday. The Congolese army's spokesman said its "
            'troops had "withdrawn in good order" and would return.',
            "M23",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
        (
            "The Arakan Army took Paletwa on Monday. The Myanmar military said its soldiers had "
            "temporarily withdrawn to spare civilians.",
            "Arakan Army",
            "Tatmadaw",
        ),
    ],
)
def test_a_partys_word_that_it_withdrew_is_a_claimed_withdrawal(dictionary, text, side, claimant):
    found = withdrawals(text, dictionary)
    assert [(s, k) for _, s, k, _, _ in found] == [(side, "claimed")], found


@pytest.mark.parametrize(
    "text",
    [
        # the taker itself moving on takes nothing from anyone
        "The Taliban seized Ghazni on Monday. The Taliban later pulled out of the city.",
        # staff leaving hold no ground
        "The Taliban seized Ghazni on Monday. The United Nations withdrew its remaining "
        "international staff from the city.",
        # no taking told before
        "Government troops pulled out of the town overnight, residents of Ghazni said.",
    ],
)
def test_no_withdrawal_without_a_taking_by_another_side(dictionary, text):
    assert [w for w in withdrawals(text, dictionary) if w[0] == "Ghazni"] == []
