"""Who holds a place in a war between states is the state (tests/gold/README.md, "Actors"; issue
14/15, actor_interstate.py): "Moroccan troops" retaking a post from Algerian forces is Morocco's
hold on the map; Nigerian troops retaking a town from Boko Haram stay the Nigerian Armed Forces."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.states import state_of_forces

WARS = [
    (
        "RABAT (Reuters) - Moroccan troops retook the desert post of Hassi Beida on Monday after "
        "Algerian forces withdrew under heavy shelling, the Moroccan army said. Algeria's army "
        "said its soldiers still held Tinjoub.",
        dt.date(1963, 10, 15),
        {"Morocco", "Algeria"},
    ),
    (
        "ASMARA (AP) - Ethiopian troops captured the town of Barentu on Thursday after Eritrean "
        "forces withdrew from it overnight, an Eritrean military spokesman said.",
        dt.date(2000, 5, 19),
        {"Ethiopia", "Eritrea"},
    ),
    (
        "SIALKOT, Pakistan (AP) - Indian troops captured the village of Phillora on Sunday, but "
        "Pakistani forces still held Chawinda, a Pakistan army spokesman said.",
        dt.date(1965, 9, 12),
        {"India", "Pakistan"},
    ),
    # a state with no forces actor of its own (Israel) against another's forces: told fighting
    # each other by a withdrawal the other side fills, or by a loss the other side reports
    (
        "CAIRO (AP) - Egyptian troops seized the town of El Arish on Friday after Israeli forces "
        "pulled out, an Egyptian army communique said.",
        dt.date(1956, 11, 2),
        {"Egypt", "Israel"},
    ),
    (
        "NEW DELHI (Reuters) - Chinese troops overran the Indian post at Walong on Saturday, "
        "forcing Indian forces to withdraw, an Indian army officer said.",
        dt.date(1962, 11, 17),
        {"China", "India"},
    ),
]


def _found(text: str, day: dt.date, dictionary):
    return extract(text, published=day, dictionary=dictionary, role_model=None, date_model=None)


@pytest.mark.parametrize(("text", "day", "states"), WARS)
def test_control_in_a_war_of_states_is_the_states(dictionary, text, day, states):
    extraction = _found(text, day, dictionary)
    sides = {r.side for r in extraction.control}
    assert sides and sides <= states
    assert {r.claimant for r in extraction.control} - {None} <= states


@pytest.mark.parametrize(("text", "day", "states"), WARS)
def test_every_side_in_a_war_of_states_is_the_state(dictionary, text, day, states):
    """The gold since heldout45: the states are the actors, attackers and speakers of such a war
    ("a Pakistan army spokesman" speaks for Pakistan), not their forces."""
    extraction = _found(text, day, dictionary)
    assert {m.actor for m in extraction.actors} & states == states
    assert not {m.actor for m in extraction.actors} & set(state_of_forces())
    attackers = {a for c in extraction.campaigns for a in c.attackers}
    assert attackers <= states


SPOKESMEN = [
    (
        "RAWALPINDI (Reuters) - A Pakistan army spokesman said on Tuesday that Indian troops had "
        'captured the village of Phillora but that Pakistani forces still held Dograi. "The enemy '
        'came at Dograi twice and was thrown back," he said.',
        dt.date(1965, 9, 22),
        "Pakistan",
    ),
    (
        "CAIRO (AP) - Egyptian forces crossed the canal and captured the town of Qantara from "
        'Israeli troops on Sunday. "Our men raised the flag over Qantara at dawn," an Egyptian '
        "military spokesman told reporters.",
        dt.date(1973, 10, 7),
        "Egypt",
    ),
]


@pytest.mark.parametrize(("text", "day", "state"), SPOKESMEN)
def test_an_army_spokesman_in_a_war_of_states_speaks_for_the_state(dictionary, text, day, state):
    extraction = _found(text, day, dictionary)
    assert state in {s.actor for s in extraction.statements}
    assert not {s.actor for s in extraction.statements} & set(state_of_forces())


@pytest.mark.parametrize(
    ("text", "day", "forces"),
    [
        (
            "MAIDUGURI, Nigeria (Reuters) - Nigerian troops retook the town of Baga from Boko "
            "Haram militants on Saturday, the Nigerian army said. The insurgents withdrew "
            "towards the lake.",
            dt.date(2015, 3, 21),
            "Nigerian Armed Forces",
        ),
        (
            "BAMAKO (AFP) - Malian soldiers took back the town of Lere from jihadists of Ansar "
            "Dine on Tuesday, and Burkinabe troops patrolled the border, a Malian officer said.",
            dt.date(2013, 2, 5),
            "Malian Armed Forces",
        ),
        # allies against a group the text leaves unnamed
        (
            "Kenyan troops, who crossed the border in October, and Ethiopian forces, who took "
            "Baidoa in February, are also fighting the group.",
            dt.date(2012, 3, 1),
            "Ethiopian National Defense Force",
        ),
        # a state's forces and their foreign backer against rebels it leaves unnamed
        (
            "DAMASCUS (Reuters) - Syrian troops backed by Russian warplanes retook the town of "
            "Morek from rebels on Monday, the Syrian army said. Russian forces also held the "
            "nearby airbase at Hama.",
            dt.date(2016, 1, 18),
            "Syrian government forces",
        ),
    ],
)
def test_forces_against_an_armed_group_keep_their_name(dictionary, text, day, forces):
    extraction = _found(text, day, dictionary)
    assert forces in {m.actor for m in extraction.actors}
    assert forces in {r.side for r in extraction.control}
