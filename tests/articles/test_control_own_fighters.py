"""A party telling that fighters of its own kind, named by a common noun only, took or hold a
place speaks of its own fighters ("a rebel commander said the rebels still held X"), not of the
armed group or state the article names most (control_own_fighters.py)."""

from __future__ import annotations

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.control_own_fighters import claimants_own
from tests.articles.control_rows import sides_of


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (  # an armed group's commander, rebels
            "Hayat Tahrir al-Sham shelled the road on Monday, and Hayat Tahrir al-Sham said it had "
            "sent reinforcements. A Free Syrian Army commander said on Tuesday that the rebels "
            "still held the town of Atarib.",
            "Atarib",
            "Free Syrian Army",
        ),
        (  # the same, "fighters" after the reporting verb
            "Al-Shabaab attacked the base at dawn, and Al-Shabaab said it had killed ten soldiers. "
            "Ahlu Sunna Wal Jamaa said fighters had also retaken the village of Guriel overnight.",
            "Guriel",
            "Ahlu Sunna Waljama'a",
        ),
        (  # a state's military, troops
            "Russia's defence ministry said its jets had struck the area, and Russia said the "
            "attack had failed. Ukraine's military said troops had retaken the village of "
            "Klishchiivka on Sunday.",
            "Klishchiivka",
            "Ukraine",
        ),
    ],
)
def test_a_claimants_generic_fighters_are_its_own(dictionary, text, place, side):
    assert sides_of(text, dictionary, place) == {side}


def test_fighters_of_the_other_camp_are_not_the_claimants(dictionary):
    # a state telling that rebels hold a place: not the state's
    text = (
        "Hayat Tahrir al-Sham shelled the road on Monday. The Syrian army said on Tuesday that "
        "the rebels still held the town of Atarib."
    )
    assert "Syrian government forces" not in sides_of(text, dictionary, "Atarib")


@pytest.mark.parametrize(
    "text",
    [
        "Federal troops captured Port Harcourt, Biafra said.",
        "Biafra said that Nigerian troops had captured Port Harcourt.",
    ],
)
def test_a_word_before_the_noun_tells_whose_they_are(text):
    # "Federal troops", "Nigerian troops" told by the other side: not the speaker's troops
    biafra = ActorMatch(text.index("Biafra"), text.index("Biafra") + 6, "Biafra", "Biafra", "state")
    at = text.index("captured")
    assert claimants_own(text, (at, 0), "Biafra", [biafra], None) is None
    plain = "Biafra said troops had captured X"
    own = ActorMatch(0, 6, "Biafra", "Biafra", "state")
    assert claimants_own(plain, (plain.index("captured"), 0), "Biafra", [own], None) == own
