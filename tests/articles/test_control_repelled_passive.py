"""An attack on a place told as repelled in the passive ("an attack on the town of X had been
beaten off", "troops who attacked X had been repelled", "tried to storm X but were driven
back"): the party telling it holds X, else the attacker's opponent (control_triggers.py,
"repelled-attack")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces shelled the front overnight. A Russian attack on the town of Lyman "
            "had been beaten off, the Ukrainian army said.",
            ("Lyman", "Ukraine", "hold", "claimed"),
        ),
        (
            "Russian forces shelled the front overnight. Ukrainian officers said Russian troops "
            "who attacked Lyman on Monday had been repelled.",
            ("Lyman", "Ukraine", "hold", "claimed"),
        ),
        (
            "Russian forces shelled Ukrainian positions. Russian troops tried to storm Lyman on "
            "Monday but were driven back.",
            ("Lyman", "Ukraine", "hold", "reported"),
        ),
    ],
)
def test_a_repelled_attack_told_in_the_passive_is_the_defenders_hold(dictionary, text, expected):
    assert expected in {row[:4] for row in rows(text, dictionary)}


def test_it_is_dated_by_the_attack(dictionary):
    text = (
        "Russian forces shelled Ukrainian positions. Russian troops tried to storm Lyman on "
        "Monday but were driven back."
    )
    assert ("Lyman", "Ukraine", "hold", "reported", MONDAY, 1) in rows(text, dictionary)


def test_an_attack_that_was_not_repelled_is_no_hold(dictionary):
    text = (
        "Russian forces shelled the front overnight. Russian troops attacked Lyman on Monday "
        "and were still fighting in its streets."
    )
    assert ("Lyman", "Ukraine") not in {row[:2] for row in rows(text, dictionary)}
