"""A month as wire copy shortens it ("on Feb. 6", "on Sept. 3") after a taking verb is the
date, never the place taken (articles/extraction/control_patterns.py, NOT_PLACE)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas of the PAIGC entered the camp on Feb. 6, a few hours after the last Portuguese"
        " soldiers left, the movement said.",
        "Rebels of the Sudan People's Liberation Army overran the garrison on Dec. 12 after a"
        " two-day battle, a rebel spokesman said.",
        "Taliban fighters seized the district centre on Sept. 3, local officials said.",
    ],
)
def test_a_shortened_month_is_no_place_taken(dictionary, text):
    places = {place for place, *_ in rows(text, dictionary)}
    assert not places & {"Feb", "Dec", "Sept"}, places


def test_a_town_named_like_a_saint_is_still_read(dictionary):
    text = "Lebanese troops entered Mar Elias on Monday after a week of clashes, the army said."
    assert "Mar Elias" in {place for place, *_ in rows(text, dictionary)}
