"""A side named in a ", led by X," or ", backed by X and Y," phrase between a subject and its
verb supports the subject, which took the place; when the subject names no side ("The offensive,
led by X, swept through Y") X leads it (control_sides.agent)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import sides_of


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Russian forces, led by Wagner mercenaries, captured the town of Soledar on Monday.",
            "Soledar",
            "Russia",
        ),
        (
            "Kachin Independence Army troops, joined by fighters of the Arakan Army and of two "
            "local militias, overran the town of Sumprabum on Friday.",
            "Sumprabum",
            "Kachin Independence Army",
        ),
        (
            "Malian troops, supported by Wagner Group fighters and allied militiamen, retook the "
            "town of Lere on Sunday.",
            "Lere",
            "Malian Armed Forces",
        ),
    ],
)
def test_a_supporter_between_commas_is_not_the_taker(dictionary, text, place, side):
    assert sides_of(text, dictionary, place) == {side}


def test_a_leader_of_a_subject_naming_no_side_is_the_taker(dictionary):
    text = (
        "The offensive, led by Hayat Tahrir al-Sham, began on Monday and has swept through the "
        "town of Saraqeb."
    )
    assert sides_of(text, dictionary, "Saraqeb") == {"Hayat Tahrir al-Sham"}
