"""A hold whose object names ground by a part or feature of a place: "still held the hills of
X", "holds the hills above X", "the northern part of X", "the waterways around X", "in position
at X", "holding out inside the X" — the holder holds X (control_holds.held_ground). Each rule is
read in at least two differently worded wire-style phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import WEDNESDAY, rows


def _holds(text: str, dictionary) -> list[tuple]:
    return [(p, s, k) for p, s, e, k, _, _ in rows(text, dictionary) if e == "hold"]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            '"Our army holds the hills above Pakrac and will not surrender a single village," '
            "said a spokesman for the self-declared Republic of Serb Krajina.",
            "Pakrac",
            "Republic of Serbian Krajina",
        ),
        (
            "The Ukrainian military said on Wednesday that its troops still held the northern "
            "part of Ocheretyne and were clearing houses in the centre.",
            "Ocheretyne",
            "Ukraine",
        ),
        (
            "MEND said its fighters had only withdrawn from the camp to avoid civilian deaths "
            "and were still in control of the waterways around Okerenkoko.",
            "Okerenkoko",
            "Movement for the Emancipation of the Niger Delta",
        ),
        (
            '"Our men are in position at Konna and nobody will pass," a Malian army officer '
            "said by telephone.",
            "Konna",
            "Malian Armed Forces",
        ),
    ],
)
def test_ground_told_by_a_part_of_a_place_is_that_place(dictionary, text, place, side):
    assert (place, side, "claimed") in _holds(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said 40 hostages were still held in Gaza, a week after the truce began.",
        "Aid agencies said the road to Kidal was still closed, and the army held talks with "
        "the rebels.",
    ],
)
def test_people_or_talks_held_somewhere_are_no_ground(dictionary, text):
    assert _holds(text, dictionary) == []


def test_the_hold_is_dated_by_the_claim(dictionary):
    text = (
        "The Ukrainian military said on Wednesday that its troops still held the southern half "
        "of Rubizhne."
    )
    assert ("Rubizhne", "Ukraine", "hold", "claimed", WEDNESDAY, 1) in rows(text, dictionary)
