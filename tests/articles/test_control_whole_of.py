"""A taking or a hold of "the whole of X" is of X (control_patterns.NAME_AFTER)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "place", "event"),
    [
        ("The Taliban said they had taken the whole of Kunduz.", "Kunduz", "capture"),
        (
            "Islamic State said its fighters still controlled the whole of Mosul on Tuesday.",
            "Mosul",
            "hold",
        ),
    ],
)
def test_the_whole_of_a_place_is_the_place(dictionary, text, place, event):
    assert {(r[0], r[2]) for r in rows(text, dictionary)} == {(place, event)}
