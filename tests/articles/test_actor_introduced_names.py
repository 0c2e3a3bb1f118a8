"""A group an article introduces is listed under its own name, whole (issue 14): the members'
noun before "of the" is no part of it ("Guerrillas of the X (ABC)" introduce X, whatever language
the acronym is in), and a self-given name goes on past "for the" ("a group calling itself the
Military Council for the Liberation of Syria"). A known movement's acronym is its own (PAIGC)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract


def _actors(text: str, dictionary) -> set[str]:
    return {
        m.actor for m in extract(text, published=dt.date(2001, 5, 2), dictionary=dictionary).actors
    }


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas of the Democratic Front for the Liberation of Ennedi (FDLE) said today they "
        "had captured the army post at Kalait after a week-long siege. The FDLE said its units "
        "entered the post on Sunday.",
        "Rebels of the Democratic Front for the Liberation of Ennedi (FDLE) attacked the garrison "
        "at Kalait before dawn, residents said, and FDLE fighters held the market by noon.",
    ],
)
def test_the_members_noun_is_no_part_of_the_name(dictionary, text):
    actors = _actors(text, dictionary)
    assert "Democratic Front for the Liberation of Ennedi" in actors
    assert not any(name.startswith(("Guerrillas", "Rebels")) for name in actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A group calling itself the Military Council for the Liberation of Syria said in a "
            "statement that its fighters had taken control of most of Jableh.",
            "Military Council for the Liberation of Syria",
        ),
        (
            "Armed youths known as the Defenders of the Homeland of Ituri attacked the camp on "
            "Sunday, killing 12 people, the army said.",
            "Defenders of the Homeland of Ituri",
        ),
    ],
)
def test_a_self_given_name_goes_on_past_its_joiners(dictionary, text, name):
    actors = _actors(text, dictionary)
    assert name in actors
    assert name.split(" for ")[0].split(" of ")[0] not in actors


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas of the African Party for the Independence of Guinea and Cape Verde (PAIGC) "
        "said today they had captured the Portuguese camp of Guiledje.",
        "PAIGC units entered the camp on May 25, the movement's headquarters in Conakry said, "
        "after the Portuguese garrison fled towards Gadamael.",
    ],
)
def test_the_paigc_is_the_known_movement(dictionary, text):
    assert "African Party for the Independence of Guinea and Cape Verde" in _actors(
        text, dictionary
    )
