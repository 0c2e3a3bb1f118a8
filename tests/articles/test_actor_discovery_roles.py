"""Organisations a speaker's role names (discovery_roles.py), the side such a speaker speaks for,
and long acronyms written as words ("Amisom")."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import discover_actors

SUNDAY = dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"We hold the bridge," said Omar Saleh, a spokesman for the Sabratha Military '
            "Council, by telephone.",
            "Sabratha Military Council",
        ),
        (
            "A Kurdufan Liberation Front commander in the town said his men had held the market.",
            "Kurdufan Liberation Front",
        ),
        (
            "Officers of the Police of the Republic of Ruritania (PRR) patrolled the port. "
            '"We repelled them," said Anna Lobo, spokeswoman for the Police of the Republic of '
            "Ruritania in the north.",
            "Police of the Republic of Ruritania",
        ),
        (
            "The Harbour Workers Committee accused the guards of firing first. "
            '"They shot at us," a committee spokesman said.',
            "Harbour Workers Committee",
        ),
        (
            '"Aid cannot reach them," said Lina Obi, a field coordinator for the Danish Refugee '
            "Council.",
            "Danish Refugee Council",
        ),
    ],
)
def test_it_discovers_the_organisation_a_speakers_role_names(dictionary, text, name):
    assert name in discover_actors(text, dictionary.with_states())


@pytest.mark.parametrize(
    "text",
    [
        # a state's formation speaks for the state's forces
        "Brig. Gen. Sami Haddad, a commander of the Republican Guard in the city, said so.",
        "A spokesman for the Zafar Corps said the base was safe.",
        # a body of a known actor, and a known name's ending
        "Anna Berg, spokeswoman for the UN Assistance Mission in Ruritania, said so.",
        "The Derna Protection Force held the port. A Protection Force commander said so.",
        # a state's demonym before a force
        "A Syrian Army commander said the road was open.",
    ],
)
def test_it_introduces_no_state_unit_or_part_of_a_known_name(dictionary, text):
    found = discover_actors(text, dictionary.with_states())
    assert not [name for name in found if "Guard" in name or "Corps" in name]
    assert "UN Assistance Mission" not in found
    assert "Protection Force" not in found
    assert "Syrian Army" not in found


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "Army artillery shelled the ridge overnight and militiamen fought for the road.\n"
            "The Druze-led Popular Unity Party said its fighters had entered the village.\n"
            '"Our men are inside the town," said Nabil Rahme, a party spokesman in the hills.\n',
            "party spokesman in the hills",
        ),
        (
            "Troops stormed the hill after an offensive by rebel fighters and militias.\n"
            "The Progressive Farmers Party denied the report on Sunday.\n"
            '"Nobody has surrendered," the party\'s spokesman, Karim Aoun, told reporters.\n',
            "party's spokesman",
        ),
    ],
)
def test_a_party_spokesman_speaks_for_the_party_named_before(dictionary, text, role):
    result = extract(text, published=SUNDAY, dictionary=dictionary)
    assert result.statements[0].role == role
    assert result.statements[0].actor.endswith("Party")


@pytest.mark.parametrize(
    "text",
    [
        '"We have taken all the positions," Amisom spokesman Paul Okello said in Mogadishu.\n',
        '"The corridor is open," said Paul Okello, a spokesman for Amisom, on Sunday.\n',
    ],
)
def test_a_long_acronym_written_as_a_word_names_its_actor(dictionary, text):
    result = extract(text, published=SUNDAY, dictionary=dictionary)
    assert "African Union Mission in Somalia" in {m.actor for m in result.actors}
    assert result.statements[0].actor == "African Union Mission in Somalia"


def test_a_short_acronym_written_as_a_word_stays_a_word(dictionary):
    result = extract("Is the road open? Sdf said nothing.", published=SUNDAY, dictionary=dictionary)
    assert not result.actors
