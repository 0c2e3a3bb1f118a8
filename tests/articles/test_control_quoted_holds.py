"""A party's word that a place stands ("X will not fall", "X never fell", "X is ours") or that
its army holds it ("Our army holds X", "our mujahideen are still in X"): the speaker's hold
(control_triggers.py, "not-fallen" and "presence")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        'Russian forces shelled Ukrainian positions. "Lyman will not fall. We have enough '
        'ammunition," said Ivan Petrenko, a spokesman for the Ukrainian army.',
        'Russian forces shelled Ukrainian positions. "Lyman never fell, whatever Moscow says," '
        "said Ivan Petrenko, a spokesman for the Ukrainian army.",
        'Russian forces shelled Ukrainian positions. A Ukrainian army spokesman said: "Lyman is '
        'ours and will stay ours."',
        'Russian forces shelled Ukrainian positions. "Our army holds Lyman and the roads '
        'around it," said Ivan Petrenko, a spokesman for the Ukrainian army.',
    ],
)
def test_a_partys_word_that_a_place_stands_is_its_hold(dictionary, text):
    assert ("Lyman", "Ukraine", "hold", "claimed") in {row[:4] for row in rows(text, dictionary)}


def test_a_fall_foretold_without_not_is_no_hold(dictionary):
    text = (
        'Russian forces shelled Ukrainian positions. "Lyman will fall within days," said Igor '
        "Volkov, a spokesman for the Russian army."
    )
    assert ("Lyman", "Russia", "hold") not in {row[:3] for row in rows(text, dictionary)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Ukrainian positions. The Ukrainian army said its troops remained "
        "in Lyman despite the shelling.",
        "Russian forces shelled Ukrainian positions. A Ukrainian army spokesman said by "
        "telephone that his men were still in Lyman.",
    ],
)
def test_a_speakers_own_men_still_in_a_place_hold_it(dictionary, text):
    assert ("Lyman", "Ukraine", "hold", "claimed") in {row[:4] for row in rows(text, dictionary)}
