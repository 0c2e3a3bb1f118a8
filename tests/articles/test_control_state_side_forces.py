"""A generic armed subject ("the rebels", "the militants") is the article's main armed group,
never a multinational force that states send (an alliance, a regional or UN mission), however
often the article names it (control_sides.main_actor, data/state_side_forces.json)."""

from __future__ import annotations

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.control_sides import main_actor, state_side_forces
from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "NATO jets struck government tanks near Brega on Monday, and NATO said its aircraft "
            "flew sixty sorties. The National Transitional Council welcomed the strikes. Rebels "
            "captured the town of Ajdabiya on Tuesday.",
            "Ajdabiya",
            "National Transitional Council",
        ),
        (
            "AMISOM troops patrolled the capital, and AMISOM said two of its soldiers had been "
            "wounded. Al-Shabaab said it had carried out the ambush. The militants seized the "
            "village of Mahaday overnight.",
            "Mahaday",
            "Al-Shabaab",
        ),
    ],
)
def test_generic_rebels_are_not_a_multinational_force(dictionary, text, place, side):
    assert {s for p, s, *_ in rows(text, dictionary) if p == place} == {side}


def test_the_table_names_only_forces_of_states():
    nato = ActorMatch(0, 4, "NATO", "NATO", "coalition")
    front = ActorMatch(10, 15, "SDF", "Syrian Democratic Forces", "coalition")
    assert "NATO" in state_side_forces()
    assert "Syrian Democratic Forces" not in state_side_forces()  # a coalition of armed groups
    assert main_actor([nato, nato, front], state=False) == front
