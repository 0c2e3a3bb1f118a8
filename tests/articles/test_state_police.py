"""A state's police named by its demonym (articles/extraction/states.py, generated_entries): the
state's police actor where the dictionary has one, else the state itself, which acts through its
police (tests/gold: heldout23, 30, 31, 33)."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from tests.articles.rows import FRIDAY_3_OCTOBER_2014, campaign_rows


def _actors(text: str, dictionary) -> list[str]:
    return [m.actor for m in find_actors(text, dictionary.with_states())]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Serbian police stormed the village on Thursday, residents said.", "Serbia"),
        ("Moldovan policemen pulled back across the bridge overnight.", "Moldova"),
        # a state with a police actor of its own keeps it
        ("Colombian police moved into the district before dawn.", "National Police of Colombia"),
    ],
)
def test_a_states_police_is_its_police_actor_else_the_state(dictionary, text, actor):
    assert actor in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "target", "attacker"),
    [
        (
            "Serbian police launched an offensive on Likosane on Thursday, shelling houses "
            "for a second day, officials said.",
            "Likosane",
            "Serbia",
        ),
        (
            "Georgian police pressed their offensive on Perevi for a third day on Thursday, "
            "shelling the village from the hills, officials said.",
            "Perevi",
            "Georgia",
        ),
    ],
)
def test_a_campaign_by_a_states_police_is_the_states(dictionary, text, target, attacker):
    rows = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    row = next(row for row in rows if any(target in t for t in row[2]))
    assert attacker in row[1], rows
