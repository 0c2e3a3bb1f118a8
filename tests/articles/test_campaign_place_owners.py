"""A place named as the owner of what is attacked ("Syria's Manbij") or by its demonym ("the
Libyan oil ports") is not itself the campaign's target (campaign_places.place_at)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from articles.extraction.campaign_places import owner_or_adjective, place_at


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    kind: str = ""


def _places(text: str, names: dict[str, str], kind: str = "") -> list[Place]:
    found = []
    for surface, name in names.items():
        at = text.index(surface)
        found.append(Place(at, at + len(surface), surface, name, kind))
    return sorted(found, key=lambda p: p.start)


@pytest.mark.parametrize(
    ("text", "phrase", "names", "target"),
    [
        # the owner before the place attacked
        (
            "Rebels stormed Yemen's Mukalla at dawn.",
            "Yemen's Mukalla",
            {"Yemen": "Yemen", "Mukalla": "Al Mukalla"},
            "Al Mukalla",
        ),
        (
            "The army pushed into Ukraine’s Kharkiv region on Friday.",
            "Ukraine’s Kharkiv",
            {"Ukraine": "Ukraine", "Kharkiv": "Kharkiv"},
            "Kharkiv",
        ),
        # a demonym the geoparser read as its country, before the place named
        (
            "The militia seized the Sudanese border town of Tine overnight.",
            "Sudanese border town of Tine",
            {"Sudanese": "Sudan", "Tine": "Tiné"},
            "Tiné",
        ),
        (
            "Troops captured the Iraqi customs post of Safwan.",
            "Iraqi customs post of Safwan",
            {"Iraqi": "Iraq", "Safwan": "Safwan"},
            "Safwan",
        ),
    ],
)
def test_the_place_after_an_owner_or_a_demonym_is_the_target(text, phrase, names, target):
    start = text.index(phrase)
    found = place_at(text, start, start + len(phrase), _places(text, names), [])
    assert found is not None and found[0] == target


@pytest.mark.parametrize(
    ("text", "phrase", "names"),
    [
        # only the owner of something unnamed
        ("The push aims to clear Libya's desert south.", "Libya", {"Libya": "Libya"}),
        ("Gunmen attacked Nigeria's northeast again.", "Nigeria", {"Nigeria": "Nigeria"}),
        # only a demonym before a common noun
        ("Jets struck the Syrian oil fields at night.", "Syrian", {"Syrian": "Syria"}),
    ],
)
def test_an_owner_or_a_demonym_alone_is_no_target(text, phrase, names):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), _places(text, names), []) is None


@pytest.mark.parametrize(
    ("text", "phrase", "name", "kind", "target"),
    [
        # a town owning a part of itself is the target
        ("Troops pushed into Mosul's eastern districts.", "Mosul", "Mosul", "settlement", "Mosul"),
        (
            "Shells fell on Bihac's southern edge all night.",
            "Bihac",
            "Bihać",
            "settlement",
            "Bihać",
        ),
        # a region owning a part of itself is not
        ("The offensive on Darfur's northern hills widened.", "Darfur", "Darfur", "region", None),
        ("Rebels struck Kivu's western shore.", "Kivu", "Kivu", "admin", None),
    ],
)
def test_an_owner_is_the_target_only_when_it_is_a_town(text, phrase, name, kind, target):
    start = text.index(phrase)
    found = place_at(text, start, start + len(phrase), _places(text, {phrase: name}, kind), [])
    assert (found[0] if found else None) == target


def test_a_place_named_plainly_stays_the_target():
    text = "Rebels seized Goma and Sake on Tuesday."
    places = _places(text, {"Goma": "Goma", "Sake": "Sake"})
    assert place_at(text, 14, 18, places, []) == ("Goma", 14, 18)
    assert not owner_or_adjective(text, places[0])
    assert owner_or_adjective("the Libyan port", Place(4, 10, "Libyan", "Libya"))
