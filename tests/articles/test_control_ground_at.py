"""Ground and works taken or held at a place ("occupied the strategic hill at the edge of X",
"held bridgeheads on the edge of X", "captured the earth bund at X") are that place
(control_patterns.GROUND_NOUNS in FACILITY_AFTER), and a list item opened by a common noun of up
to four words before "of" or "at" ("and the nearby old walled town of X", "and the army base at
X") is a place of the list (control_patterns.LIST_GAP). Each rule is read in at least two
differently worded wire-style phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "place", "side", "event"),
    [
        (
            "Israeli troops occupied the strategic hill at the edge of Maroun al-Ras on Monday, "
            "the army said.",
            "Maroun al-Ras",
            "Israel",
            "capture",
        ),
        (
            "Sri Lankan soldiers captured the earth bund at Mullaitivu after a day of fighting, "
            "the military said on Tuesday.",
            "Mullaitivu",
            "Sri Lanka",
            "capture",
        ),
        (
            "Ukrainian troops still held bridgeheads on the edge of Krynky on Tuesday, the army "
            "said.",
            "Krynky",
            "Ukraine",
            "hold",
        ),
    ],
)
def test_ground_taken_or_held_at_a_place_is_the_place(dictionary, text, place, side, event):
    found = [(p, s, e) for p, s, e, *_ in rows(text, dictionary)]
    assert any(p == place and e == event and side in s for p, s, e in found), found


@pytest.mark.parametrize(
    ("text", "places", "event"),
    [
        (
            "Taliban fighters seized Kunduz and the nearby old walled town of Khanabad on "
            "Sunday, officials said.",
            {"Kunduz", "Khanabad"},
            "capture",
        ),
        (
            "Islamic State fighters took Raqqa on Saturday and the army positions at Tabqa, "
            "activists said.",
            {"Raqqa", "Tabqa"},
            "capture",
        ),
    ],
)
def test_a_list_item_opened_by_a_common_noun_is_a_place(dictionary, text, places, event):
    found = {p for p, _, e, *_ in rows(text, dictionary) if e == event}
    assert places <= found, rows(text, dictionary)


def test_a_hill_told_without_a_place_names_none(dictionary):
    text = "Israeli troops occupied the strategic hill on Monday, the army said."
    assert rows(text, dictionary) == []
