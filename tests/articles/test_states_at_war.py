"""Who holds a place in a war between states is the state (tests/gold/README.md, "Actors"; issue
14/15, actor_interstate.py): "Moroccan troops" retaking a post from Algerian forces is Morocco's
hold on the map; Nigerian troops retaking a town from Boko Haram stay the Nigerian Armed Forces."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

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
]


def _found(text: str, day: dt.date, dictionary):
    return extract(text, published=day, dictionary=dictionary, role_model=None, date_model=None)


@pytest.mark.parametrize(("text", "day", "states"), WARS)
def test_control_in_a_war_of_states_is_the_states(dictionary, text, day, states):
    extraction = _found(text, day, dictionary)
    sides = {r.side for r in extraction.control}
    assert sides and sides <= states
    assert {r.claimant for r in extraction.control} - {None} <= states


def test_the_forces_stay_actors_of_the_article(dictionary):
    """Only the map's sides change: the mentions and the campaign keep the forces named (the
    older gold lists both; _states_abroad decides a cross-border attacker)."""
    extraction = _found(*WARS[1][:2], dictionary)
    assert {(r.side, r.leaver) for r in extraction.control} == {
        ("Ethiopia", None),
        ("Ethiopia", "Eritrea"),
    }
    assert "Ethiopian National Defense Force" in {m.actor for m in extraction.actors}


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
    ],
)
def test_forces_against_an_armed_group_keep_their_name(dictionary, text, day, forces):
    extraction = _found(text, day, dictionary)
    assert forces in {m.actor for m in extraction.actors}
    assert forces in {r.side for r in extraction.control}
