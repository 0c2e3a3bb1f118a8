"""Holds told in reported speech with the speaker's possessive: "the government said A and B
remained firmly under its control", "the rebels said X was still in their hands" — the speaker
holds what the clause's subject names. In a quote "their hands" are the enemy's, so a quoted
possessive tells nothing. Each rule is read in at least two differently worded wire-style
phrasings (control_state_triggers "in-own-hands", control_doers.sides_of)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "The Ivorian government said Duekoue and Guiglo, the last big towns of the west, "
            "remained firmly under its control after MPCI attacks.",
            ["Duekoue", "Guiglo"],
            "Armed Forces of Côte d'Ivoire",
        ),
        (
            "The LTTE said in a statement that the town of Omanthai remained in their hands "
            "after Sri Lankan army attacks.",
            ["Omanthai"],
            "Liberation Tigers of Tamil Eelam",
        ),
        (
            "Houthi officials said the district of Razih was still in their hands despite Saudi "
            "air strikes.",
            ["Razih"],
            "Houthis",
        ),
    ],
)
def test_the_speakers_possessive_is_the_speakers_hold(dictionary, text, places, side):
    found = [(p, s, e, k, d) for p, s, e, k, d, _ in rows(text, dictionary) if e == "hold"]
    assert found == [(p, side, "hold", "claimed", WEDNESDAY) for p in places]


@pytest.mark.parametrize(
    "text",
    [
        '"Everything west of the river is in their hands," said a Bosnian soldier in Mostar '
        "after Croat attacks.",
        '"Not one village of Razih will remain in their hands," a Houthi commander said after '
        "Saudi air strikes.",
    ],
)
def test_a_quoted_possessive_is_the_enemys_and_tells_nothing(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[2] == "hold"] == []
