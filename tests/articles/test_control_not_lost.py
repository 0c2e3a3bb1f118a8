"""A party's word that it has not lost a place ("We have not lost X", "X is not lost", "had
never lost control of X") is its hold of the place (control_triggers.py, "not-lost" and
"not-fallen"); "did not lose X, we left it" and "not lost a single battle" are no hold."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        'Russian forces shelled Ukrainian positions. "We have not lost Lyman. Our units are '
        'still in their positions," said Ivan Petrenko, a spokesman for the Ukrainian army.',
        "Russian forces shelled Ukrainian positions. A Ukrainian army spokesman said his troops "
        "had never lost control of Lyman.",
        'Russian forces shelled Ukrainian positions. "Lyman is not lost. There is fighting in the '
        'streets," said Ivan Petrenko, a spokesman for the Ukrainian army.',
    ],
)
def test_a_partys_word_that_it_has_not_lost_a_place_is_its_hold(dictionary, text):
    assert ("Lyman", "Ukraine", "hold", "claimed") in {row[:4] for row in rows(text, dictionary)}


@pytest.mark.parametrize(
    "text",
    [
        'Russian forces entered Lyman on Monday. "We have not lost a single battle near Lyman," '
        "said Ivan Petrenko, a spokesman for the Ukrainian army.",
        'Russian forces entered Lyman on Monday. "We did not lose Lyman, we left it," said Ivan '
        "Petrenko, a spokesman for the Ukrainian army.",
    ],
)
def test_no_hold_where_nothing_named_is_kept(dictionary, text):
    assert ("Lyman", "Ukraine", "hold") not in {row[:3] for row in rows(text, dictionary)}
