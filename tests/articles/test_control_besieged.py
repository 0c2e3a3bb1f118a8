"""An encirclement no one is told doing ("the besieged town of X", "the blockade of X") gives
no side the place: whoever the article names most would be a guess (control._side)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def encircled(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [(c.place, c.side) for c in result.control if c.event == "encircle"]


@pytest.mark.parametrize(
    "text",
    [
        "The Tatmadaw said on Monday that the Arakan Army had attacked its bases in the south. "
        "Aid convoys have not reached the besieged town of Buthidaung for weeks.",
        "Ukraine's army and Russia's army traded artillery fire on Tuesday. Residents of the "
        "besieged city of Chasiv Yar said food and water were running out.",
    ],
)
def test_no_side_for_an_encirclement_without_its_doer(dictionary, text):
    assert encircled(text, dictionary) == []


def test_an_encirclement_told_with_its_doer_is_still_read(dictionary):
    text = "Arakan Army fighters have surrounded the town of Buthidaung, held by the Tatmadaw."
    assert ("Buthidaung", "Tatmadaw") in encircled(text, dictionary)
