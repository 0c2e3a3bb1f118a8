"""A list item opened by a common noun of up to four words before "of" or "at" ("and their old
army camp at X", "and the army positions at X") is a place of the list
(control_patterns.LIST_GAP; "and the rebels said they took X", with no "of" or "at", is not
read so). Read in two differently worded wire-style phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "places", "event"),
    [
        (
            "Taliban fighters seized Kunduz on Sunday and their old army camp at Khanabad, "
            "officials said.",
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
