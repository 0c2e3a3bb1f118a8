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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rebels, who call themselves the Council for the Salvation of Kordofan, said their "
            "fighters had captured the army garrison at Dilling after a night of shelling.",
            "Council for the Salvation of Kordofan",
        ),
        (
            "The raiders, known in Burundi as the Night Hawks, crossed the river before dawn and "
            "attacked the army post at Gatumba, killing four soldiers, officials said.",
            "Night Hawks",
        ),
        (
            "Police said the gunmen belonged to a rival armed group called Los Halcones Rojos, "
            "whose fighters attacked the town with rifles and killed six soldiers.",
            "Los Halcones Rojos",
        ),
        (
            "Armed fighters, who are known locally as the Red Spears, attacked three villages and "
            "an army camp near Bor on Sunday, killing 12 soldiers, a county official said.",
            "Red Spears",
        ),
    ],
)
def test_a_name_the_fighters_go_by_after_a_comma_or_a_place(dictionary, text, name):
    assert name in _actors(text, dictionary)


def test_a_group_that_called_on_a_day_names_no_group(dictionary):
    text = (
        "The rebel group called Monday for talks with the government after its fighters withdrew "
        "from the town of Kaga Bandoro, a spokesman said."
    )
    assert "Monday" not in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Militia fighters attacked positions held by the faction, which calls itself the "
            "Abu Bakr al-Tarhouni Brigade, and shelled its base near the port for two days.",
            "Abu Bakr al-Tarhouni Brigade",
        ),
        (
            "Gunmen of a little-known group calling itself the Shield of Bani-Walid attacked an "
            "army checkpoint on Tuesday, killing three soldiers, the ministry said.",
            "Shield of Bani-Walid",
        ),
    ],
)
def test_a_self_given_name_goes_on_over_a_hyphen(dictionary, text, name):
    assert name in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The clandestine radio of the insurgents, which calls itself the Voice of the Free "
            "Homeland, said rebel units had shelled the army garrison at Kampot overnight.",
            "Voice of the Free Homeland",
        ),
        (
            "A newspaper close to the militants, which calls itself the Morning Torch, said their "
            "fighters had captured the army post at the bridge after heavy shelling.",
            "Morning Torch",
        ),
    ],
)
def test_what_the_fighters_own_names_itself_is_no_group(dictionary, text, other):
    assert other not in _actors(text, dictionary)
