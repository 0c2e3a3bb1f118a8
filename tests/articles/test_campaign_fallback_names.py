"""A capitalised target phrase the geoparser did not resolve is kept as the target's name unless
it is plainly not a town's (articles/extraction/campaign_fallback_names.py): a headline's words
running into a resolved place, or the owner of what is attacked. Two phrasings each."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from articles.extraction.campaign_places import place_at


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    kind: str = "settlement"


def _resolved(text: str, surface: str, name: str, occurrence: int = -1) -> list[Place]:
    """The geoparser's place at the given occurrence of the surface (the last by default)."""
    starts = [i for i in range(len(text)) if text.startswith(surface, i)]
    at = starts[occurrence]
    return [Place(at, at + len(surface), surface, name)]


@pytest.mark.parametrize(
    ("text", "phrase", "surface", "name"),
    [
        # the geoparser resolved the place right after the headline's words
        (
            "Relief Column in Weeks Reaches Besieged Varnopol",
            "Weeks Reaches Besieged",
            "Varnopol",
            "Varnopol City",
        ),
        (
            "Army Push on Ridge Nears Embattled Kessa\nKESSA (AP) - Troops advanced.",
            "Ridge Nears Embattled",
            "Kessa",
            "Kessa Town",
        ),
    ],
)
def test_a_headlines_words_run_into_the_place(text, phrase, surface, name):
    start = text.index(phrase)
    places = _resolved(text, surface, name, 0)
    if surface.upper() in text:
        # the geoparser skipped the headline's mention and resolved the dateline's
        at = text.index(surface.upper())
        places = [Place(at, at + len(surface), surface, name)]
    found = place_at(text, start, start + len(phrase), places, [])
    assert found is not None and found[0] == name
    assert found[1] == text.index(surface)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Troops close in on Islamists' last valley in the north", "Islamists'"),
        ("Government forces widen push on Marcoux strongholds in the west", "Marcoux"),
        ("Rebels overrun Ntaganda's hideout after a week of fighting", "Ntaganda"),
    ],
)
def test_the_owner_of_what_is_attacked_is_no_place(text, phrase):
    start = text.index(phrase)
    places = _resolved(text, "west", "West") if "west" in text else []
    places = [p for p in places if p.start > start + len(phrase)]
    assert place_at(text, start, start + len(phrase), places, []) is None


def test_an_unresolved_name_stays_a_name():
    text = "Rebels seized Tokombia and the hills around it on Friday."
    start = text.index("Tokombia")
    assert place_at(text, start, start + 8, [], []) == ("Tokombia", start, start + 8)
