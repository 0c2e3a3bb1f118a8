"""Every state's armed forces and national police, a party where the text names them
(data/national_forces.json): "the Royal Bhutan Army", "the Jamaica Constabulary Force"; "Bhutanese
troops" stay the state, the gold's convention for a state without a forces actor of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.records import PlaceRecord
from articles.extraction.states import FORCES, NAMED_FORCES, countries
from tests.articles.rows import actor_rows


def _actors(text: str, dictionary, places: dict[str, str] | None = None) -> set[str]:
    """The actors extract() finds, with `places` (name -> ISO country) resolved where the text
    names them."""
    records = None
    if places is not None:
        records = [
            PlaceRecord(at, at + len(name), name, name, kind="settlement", country=iso)
            for name, iso in places.items()
            if (at := text.find(name)) >= 0
        ]
    found = extract(text, published=dt.date(2010, 5, 24), dictionary=dictionary, places=records)
    return {m.actor for m in found.actors}


def test_every_state_that_keeps_an_army_has_its_forces_named():
    lacking = {c["name"] for c in countries()} - set(FORCES) - set(NAMED_FORCES)
    # micro-states without armed forces, states the curated table lists as actors of their own
    # (Israel, Russia…), and states whose forces the article's period decides (Libya, Vietnam)
    assert {"Jamaica", "Bhutan", "South Korea", "Tunisia", "Botswana"}.isdisjoint(lacking)
    assert len(lacking) < 40, sorted(lacking)


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "KINGSTON, Jamaica (Reuters) - Soldiers of the Jamaica Defence Force swept through the "
            "West Kingston community of Tivoli Gardens on Monday in search of a gang leader.",
            "Jamaica Defence Force",
        ),
        (
            "The Royal Bhutan Army said on Tuesday it had overrun the last of the militant camps "
            "in the forests of the south.",
            "Royal Bhutan Army",
        ),
        (
            "GWANGJU, South Korea (AP) - Republic of Korea Army paratroopers retook the provincial "
            "office at dawn, witnesses said.",
            "Republic of Korea Armed Forces",
        ),
    ],
)
def test_a_states_forces_the_text_names_are_a_party(dictionary, text, forces):
    assert forces in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "Officers of the Jamaica Constabulary Force came under fire in Spanish Town on "
            "Sunday, the force said.",
            "Jamaica Constabulary Force",
        ),
        (
            "The Uganda Police Force said it had arrested 40 people after the clashes in "
            "Kasese on Saturday.",
            "Uganda Police Force",
        ),
    ],
)
def test_a_national_police_the_text_names_is_a_party(dictionary, text, police):
    assert police in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Jamaican police exchanged fire with gunmen in West Kingston.", "Jamaica"),
        ("The Tunisian armed forces said three militants were killed at Chaambi.", "Tunisia"),
    ],
)
def test_a_states_demonym_forces_stay_the_state(dictionary, text, state):
    assert {actor for _, actor in actor_rows(text, dictionary)} == {state}
