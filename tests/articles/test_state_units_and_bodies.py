"""A numbered or compass-named formation of a state's army ("the Third Brigade", "the Eastern Group
of Forces") and a state's own security body ("the State Committee for National Security") that a
speaker's role names are not introduced as actors (discovery_roles.py): the spokesman speaks for the
state's forces or the state (officials.py)."""

from __future__ import annotations

import pytest

from articles.extraction.actors import discover_actors
from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows

UNIT_TEXTS = [
    (
        "Colombian troops retook the village of El Plateado from FARC dissidents on Sunday.\n"
        '"The area is under our control," said General Luis Mora, commander of the Third '
        "Brigade, in a statement.",
        "Third Brigade",
        "Military Forces of Colombia",
    ),
    (
        "Ukrainian forces repelled Russian assaults on Kupiansk overnight, the military said.\n"
        '"The enemy tried to break through twice and was thrown back," said Oleh Marchuk, a '
        "spokesman for the Northern Group of Forces.",
        "Northern Group of Forces",
        "Ukraine",
    ),
    (
        "Nigerian troops fought Boko Haram fighters outside Gwoza on Tuesday.\n"
        '"We have cleared six villages," said Colonel Musa Bello, a spokesman for the 7th '
        "Division's 21st Brigade.",
        "21st Brigade",
        "Nigerian Armed Forces",
    ),
]


@pytest.mark.parametrize(("text", "unit", "actor"), UNIT_TEXTS)
def test_a_numbered_unit_is_no_actor_and_speaks_for_the_forces(dictionary, text, unit, actor):
    assert not any(unit in name for name in discover_actors(text, dictionary.with_states()))
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == actor


BODY_TEXTS = [
    (
        "Tajik troops fought gunmen loyal to a former rebel commander in Khorog on Tuesday, "
        "and at least 12 soldiers were killed, Tajikistan's government said.\n"
        '"The operation will continue until the killers are detained," said Farrukh Nazarov, a '
        "spokesman for the State Committee for National Security.",
        "State Committee for National Security",
        "Tajikistan",
    ),
    (
        "Georgian troops and Abkhaz forces exchanged artillery fire near Gali on Monday, and "
        "two Georgian policemen were killed.\n"
        '"Not one Georgian soldier has crossed the river," said Levan Gogia, a spokesman for '
        "the Georgian State Security Council.",
        "Georgian State Security Council",
        "Georgia",
    ),
]


@pytest.mark.parametrize(("text", "body", "actor"), BODY_TEXTS)
def test_a_state_security_body_is_no_actor_and_speaks_for_the_state(dictionary, text, body, actor):
    assert body not in discover_actors(text, dictionary.with_states())
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == actor


def test_a_named_rebel_formation_is_still_introduced(dictionary):
    text = (
        "Rebels of the Sabratha Military Council fought a rival militia in the town.\n"
        '"We hold the bridge," said Omar Saleh, a spokesman for the Sabratha Military Council.'
    )
    assert "Sabratha Military Council" in discover_actors(text, dictionary.with_states())
