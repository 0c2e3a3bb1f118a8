"""A country in a list after a preposition of place is a place, however long the list ("troops
from Uganda, Burundi, Kenya and Djibouti"), and so is a country after "the borders with"."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors


def _actors(text: str, dictionary) -> set[str]:
    return {m.actor for m in find_actors(text, dictionary.with_states())}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The regional force has about 8,000 troops from Chad, Nigeria, Niger, Cameroon and "
            "Benin and is led by a Nigerian general.",
            {"Cameroon", "Benin"},
        ),
        (
            "Aid convoys bound for Georgia, Armenia and Azerbaijan were held at the port for a "
            "third day, officials said.",
            {"Azerbaijan"},
        ),
        (
            "Refugees have fled to Rwanda, Tanzania and the Democratic Republic of Congo since the "
            "fighting began.",
            {"Democratic Republic of the Congo"},
        ),
        (
            "Gendarmes set up roadblocks in the mountains near the borders with Iraq and Iran on "
            "Monday.",
            {"Iran"},
        ),
    ],
)
def test_a_country_listed_after_a_place_preposition_is_a_place(dictionary, text, places):
    assert not places & _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Iran, Russia and Turkey agreed on a ceasefire in Astana on Friday.", "Turkey"),
        ("The army said Uganda, Kenya and Ethiopia had sent more troops.", "Ethiopia"),
    ],
)
def test_a_list_of_states_acting_still_names_them(dictionary, text, state):
    assert state in _actors(text, dictionary)
