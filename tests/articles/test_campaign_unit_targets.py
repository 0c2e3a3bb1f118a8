"""A military unit is no place: its name is no target (campaign_fallback_names.a_units_name), and
a campaign on a unit's post is on the town the post is in (campaign_targets._SITE_IN). Two
phrasings each."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_places import place_at
from tests.articles.rows import WEDNESDAY_17_MAY_2023, campaign_rows


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Its troops took the hilltop base of Light Infantry Battalion 376 at dawn on the 6th.",
            "Light Infantry Battalion",
        ),
        ("Militants overran the 7th Armoured Brigade after a day of fighting.", "Armoured Brigade"),
    ],
)
def test_a_units_name_is_no_place(text, phrase):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), [], []) is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Army repels assault on barracks\nBUENOS AIRES, Jan 23 (Reuters) - Leftist guerrillas "
            "launched an assault on the 3rd Mechanised Infantry Regiment at La Tablada on Monday, "
            "and fighting went on into the night, the army said.",
            "La Tablada",
        ),
        (
            "Taliban storm army battalion at Dand\nKANDAHAR, May 4 (AP) - Taliban fighters "
            "launched an offensive on the 205th Battalion at Dand on Sunday, officials said.",
            "Dand",
        ),
    ],
)
def test_it_takes_the_place_a_units_post_is_in(dictionary, text, target):
    """What a reader sees: the campaign on the town the unit's post is in, not on the unit."""
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [targets for _, _, targets, _, _ in rows] == [[target]]
