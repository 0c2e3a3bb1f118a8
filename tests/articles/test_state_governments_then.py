"""A state acting in a period when a listed transitional or interim government held it goes under
that government's name (states.PERIODS): Somalia in 2008 is the Transitional Federal Government,
Liberia in 1992 the Interim Government of National Unity, Chad in 1980 the GUNT, Cambodia in 1973
the Khmer Republic; before and after, the state."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.rows import actors_on

SOMALIA = (
    "MOGADISHU (Reuters) - Somali government troops and Ethiopian forces fought Islamist "
    "insurgents in the north of the capital on Sunday, and Somalia's government said 20 "
    "fighters were killed."
)
SOMALIA_AGAIN = (
    "Somalia accused the insurgents of using civilians as shields after two days of shelling "
    "around the Bakara market, in which at least 30 people were killed."
)


@pytest.mark.parametrize(
    ("text", "day", "then"),
    [
        (SOMALIA, dt.date(2008, 6, 1), "Transitional Federal Government"),
        (SOMALIA_AGAIN, dt.date(2010, 9, 13), "Transitional Federal Government"),
        (
            "MONROVIA - Liberia's government appealed for more West African troops after rebel "
            "fighters shelled the port, killing at least 15 people.",
            dt.date(1992, 10, 21),
            "Interim Government of National Unity",
        ),
        (
            "N'DJAMENA - Chad's government accused the northern rebels of shelling the capital "
            "as fighting between the factions entered its second week.",
            dt.date(1980, 3, 26),
            "Transitional Government of National Unity",
        ),
        (
            "PHNOM PENH - Cambodia's government said its troops had repulsed a Khmer Rouge "
            "attack on the highway south of the capital, killing 40 guerrillas.",
            dt.date(1973, 8, 2),
            "Khmer Republic",
        ),
    ],
)
def test_the_state_takes_the_name_of_its_government_then(dictionary, text, day, then):
    assert then in actors_on(text, day, dictionary)


@pytest.mark.parametrize("day", [dt.date(2003, 5, 1), dt.date(2013, 5, 1)])
def test_the_state_keeps_its_name_outside_the_period(dictionary, day):
    assert "Transitional Federal Government" not in actors_on(SOMALIA_AGAIN, day, dictionary)
