"""A report closed by "…, they said" or "…, it said": the pronoun speaks for whoever spoke in the
sentence before, as "It said …" opening a sentence does (control_claims.py). Read in two
differently worded real-world phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Russian military officials said rebels attacked Russian positions around Gudermes "
            "on Monday. Federal troops still hold Gudermes, they said.",
            ("Gudermes", "Russia", "hold", "claimed", WEDNESDAY, 1),
        ),
        (
            "The Somali defence ministry said Al-Shabaab fighters had attacked the town "
            "overnight. Government troops still control Afgoye, it said.",
            ("Afgoye", "Somali National Army", "hold", "claimed", WEDNESDAY, 1),
        ),
    ],
)
def test_a_trailing_pronoun_speaks_for_the_speaker_before(dictionary, text, row):
    assert row in rows(text, dictionary)
