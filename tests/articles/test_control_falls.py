"""A bare fall told by its day ("X fell on Tuesday, the army said", "since X fell on Sunday"):
a taking by the speaker's or the sentence's acting side; not a name in a phrase before the verb
("A, on the road to B, fell": never B), not a fall of anything but a place ("shells fell on X").
Each rule is read in at least two differently worded real-world phrasings (control_triggers.py,
control_falls.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import SUNDAY, TUESDAY, rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Tyre, the largest city in the south, fell on Tuesday, the Israeli army said.",
            ("Tyre", "Israel", "capture", "claimed", TUESDAY, 1),
        ),
        (
            "Boko Haram has seized a string of towns in Borno since Gwoza fell on Sunday.",
            ("Gwoza", "Boko Haram", "capture", "reported", SUNDAY, 1),
        ),
    ],
)
def test_a_fall_told_by_its_day_is_a_taking(dictionary, text, row):
    assert row in rows(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters pushed on towards the capital after Ghazni, on the main highway to "
        "Kabul, fell on Monday.",
        "Mortar rounds fell on rebel trenches around Goma on Monday, M23 said.",
    ],
)
def test_no_fall_of_a_name_in_a_phrase_or_of_shells(dictionary, text):
    assert not [r for r in rows(text, dictionary) if r[0] in {"Kabul", "Goma"}]
