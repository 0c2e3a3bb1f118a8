"""A party's word that its forces are holding a place, told in the progressive: "the army said
its forces were holding X", "We are holding X and the main line," a spokesman said — the speaker
holds X, by its claim (control_state_triggers "holding"). Not people, talks or events being held.
Each rule is read in at least two differently worded wire-style phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "The Bosnian government army said on Wednesday that its forces were holding Gorazde "
            "and that the roads into the town were open.",
            ["Gorazde"],
            "Army of the Republic of Bosnia and Herzegovina",
        ),
        (
            "In neighbouring Meta, the Colombian army said it was holding La Macarena and "
            "Mesetas, two municipalities of the former demilitarised zone.",
            ["La Macarena", "Mesetas"],
            "Military Forces of Colombia",
        ),
        (
            '"We are holding Sudzha and the main line," said a spokesman for a Ukrainian '
            "brigade fighting in the Kursk region.",
            ["Sudzha"],
            "Ukraine",
        ),
    ],
)
def test_a_party_holding_a_place_claims_it(dictionary, text, places, side):
    found = [(p, s, e, k, d) for p, s, e, k, d, _ in rows(text, dictionary) if e == "hold"]
    assert found == [(p, side, "hold", "claimed", WEDNESDAY) for p in places]


@pytest.mark.parametrize(
    "text",
    [
        "Croatian forces were holding hundreds of Muslim men at the Heliodrom, a former "
        "airfield south of Mostar, the Bosnian army said.",
        "The Malian army is holding talks in Kidal with the rebels, the defence ministry said.",
    ],
)
def test_people_or_talks_being_held_tell_no_hold(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[2] == "hold"] == []
