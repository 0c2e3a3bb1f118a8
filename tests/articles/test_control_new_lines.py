"""A withdrawal told as a move to new lines ("units had moved to new lines west of A and B",
"pulled back to more favourable positions behind X") or with "fallen back from X": the side
that moved leaves the places to its opponent (control_state_triggers.py, "withdraw")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Russian forces pressed on. Ukraine's commander-in-chief said on Sunday that "
            "Ukrainian units had moved to new lines west of Berdychi and Semenivka to save lives.",
            {"Berdychi", "Semenivka"},
        ),
        (
            "Russian forces pressed on. The Ukrainian army said its troops had pulled back to "
            "more favourable positions behind Lyman.",
            {"Lyman"},
        ),
        (
            "Russian forces pressed on. The Ukrainian army said its troops had fallen back from "
            "Lyman over two nights.",
            {"Lyman"},
        ),
    ],
)
def test_a_move_to_new_lines_is_a_withdrawal(dictionary, text, places):
    left = {row[0] for row in rows(text, dictionary) if row[1:3] == ("Russia", "withdraw")}
    assert left == places


def test_lines_held_are_no_withdrawal(dictionary):
    text = (
        "Russian forces pressed on. The Ukrainian army said its troops held new lines west of "
        "Lyman."
    )
    assert not [row for row in rows(text, dictionary) if row[2] == "withdraw"]
