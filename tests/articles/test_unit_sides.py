"""Spokesmen of a formation and soldiers of a unit speak for the state's forces the article ties
them to (articles/extraction/units.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said its troops had taken the town.\n"
        "Ukraine's Khortytsia group of forces denied the town had fallen. \"The town has not been "
        'lost," said Lt. Col. Mykhailo Savchuk, a spokesman for the group, on national television.',
        "Russian troops pressed on from the east.\n"
        "The Khortytsia group of forces, which commands Ukrainian units in the east, said the "
        'garrison had pulled out. "The enemy managed to bypass the town," said Serhii '
        "Maliarenko, a spokesperson for the Khortytsia group.",
    ],
)
def test_a_formations_spokesman_speaks_for_the_state_it_is_named_with(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Ukraine"


@pytest.mark.parametrize(
    "soldier",
    [
        '"There is nothing left to defend there except ruins," said Oleksandr Pivtoranyk, a '
        "soldier of the 72nd Mechanized Brigade.",
        '"They come in groups of three or four, day and night," said Ihor Dmytrenko, a deputy '
        "battalion commander.",
    ],
)
def test_a_units_soldier_speaks_for_the_side_of_the_unit_speaker_before_him(dictionary, soldier):
    text = (
        "Russian forces captured Vuhledar after a two-year siege, Russia's Defence Ministry said.\n"
        "Ukraine's Khortytsia group of forces said the garrison had withdrawn. \"We preserved "
        'our personnel," said Nazar Voloshyn, a spokesman for the group.\n' + soldier
    )
    assert [row[2] for row in statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)] == [
        "Ukraine",
        "Ukraine",
    ]


def test_a_group_the_text_never_ties_to_a_state_gives_no_side(dictionary):
    text = (
        "Fighting went on around the town on Monday.\n"
        '"We are holding," said Petro Ivanenko, a spokesman for the group.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None
