"""A country after "the borders with" is a place, as after "the border with"; in a list of states
after "from" or "of" they may be contributors acting, so only a one-item list carries the
preposition on."""

from __future__ import annotations

import pytest

from tests.articles.rows import actors_found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Gendarmes set up roadblocks in the mountains near the borders with Iraq and Iran on "
            "Monday.",
            {"Iran"},
        ),
        (
            "Smugglers cross the passes along the borders with Turkey and Iran every night, "
            "police said.",
            {"Iran"},
        ),
    ],
)
def test_a_country_after_the_borders_with_is_a_place(dictionary, text, places):
    assert not places & actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Iran, Russia and Turkey agreed on a ceasefire in Astana on Friday.", "Turkey"),
        ("The army said Uganda, Kenya and Ethiopia had sent more troops.", "Ethiopia"),
        (
            "The force has troops from Chad, Nigeria, Niger, Cameroon and Benin, who retook the "
            "island on Monday.",
            "Benin",
        ),
    ],
)
def test_a_list_of_states_acting_still_names_them(dictionary, text, state):
    assert state in actors_found(text, dictionary)
