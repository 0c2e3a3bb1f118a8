"""Withdrawals told by the taking's own gerund clause ("seized X, driving out the garrison",
"captured X, routing the militia", "took X, forcing the troops to withdraw"), not by one that
only moves people ("forcing residents to flee") or pushes the enemy on ("pushing them back
towards Y"); and takings told in the perfect after "to" ("claimed to have taken X"), which are
no aims. Each rule is read in at least two differently worded real-world phrasings
(control_drive_outs.py, control.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, TUESDAY, rows


@pytest.mark.parametrize(
    ("text", "place", "side", "day"),
    [
        (
            "Islamic State fighters seized the town of Hit on Monday, driving out Iraqi troops "
            "who had held it for a year.",
            "Hit",
            "Islamic State",
            MONDAY,
        ),
        (
            "M23 rebels captured Bunagana on Sunday, routing the army garrison after a day of "
            "fighting.",
            "Bunagana",
            "M23",
            SUNDAY,
        ),
        (
            "Houthi rebels took Amran on Tuesday, forcing government troops to withdraw south.",
            "Amran",
            "Houthis",
            TUESDAY,
        ),
    ],
)
def test_a_taking_that_drives_the_enemy_out_tells_a_withdrawal(dictionary, text, place, side, day):
    found = rows(text, dictionary)
    assert (place, side, "capture", "reported", day, 1) in found
    assert (place, side, "withdraw", "reported", day, 1) in found


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters seized the town of Sinjar on Monday, forcing thousands of "
        "residents to flee into the mountains.",
        "Houthi rebels captured Amran on Wednesday, pushing government forces back towards the "
        "capital.",
    ],
)
def test_a_gerund_that_moves_people_or_pushes_on_tells_no_withdrawal(dictionary, text):
    found = rows(text, dictionary)
    assert found and {r[2] for r in found} == {"capture"}


@pytest.mark.parametrize(
    ("text", "place", "side", "kind"),
    [
        ("The Taliban claimed to have taken Hairatan on Monday.", "Hairatan", "Taliban", "claimed"),
        (
            "Houthi rebels were reported to have entered Amran on Monday.",
            "Amran",
            "Houthis",
            "reported",
        ),
    ],
)
def test_a_taking_in_the_perfect_after_to_is_no_aim(dictionary, text, place, side, kind):
    assert (place, side, "capture", kind, MONDAY, 1) in rows(text, dictionary)
