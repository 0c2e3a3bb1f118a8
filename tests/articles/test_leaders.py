"""A group named by its leader ("rebels loyal to Riek Machar") is a mention of that group
(articles/extraction/leaders.py, data/leaders.json)."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

SPLM_IO = "Sudan People's Liberation Movement-in-Opposition"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "South Sudan's army said it had recaptured Bor from rebels loyal to former vice "
            "president Riek Machar.",
            SPLM_IO,
        ),
        (
            "Haftar's forces shelled the southern suburbs of Tripoli on Monday, residents said.",
            "Libyan National Army",
        ),
        (
            "Fighters loyal to Khalifa Haftar withdrew from Gharyan after a surprise attack.",
            "Libyan National Army",
        ),
    ],
)
def test_followers_of_a_leader_are_his_group(dictionary, text, group):
    result = extract(text, published=MONDAY_8_JANUARY_2024, dictionary=dictionary)
    assert group in {m.actor for m in result.actors}


def test_a_rebel_spokesman_speaks_for_the_group_of_the_leader_the_rebels_follow(dictionary):
    text = (
        "South Sudanese rebels loyal to Riek Machar said on Wednesday they had captured Bentiu.\n"
        '"Bentiu is fully in our hands," said Gatdet Nyang Chuol, a rebel spokesman.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == SPLM_IO


def test_a_leader_named_without_followers_is_not_a_mention_of_the_group(dictionary):
    text = "Riek Machar met the president in Juba on Monday to discuss the peace deal."
    result = extract(text, published=MONDAY_8_JANUARY_2024, dictionary=dictionary)
    assert SPLM_IO not in {m.actor for m in result.actors}


@pytest.mark.parametrize(
    "sentence",
    [
        '"We hold the bridge," said James Gatdet Nyuon, Machar\'s spokesman.',
        '"We hold the bridge," said James Gatdet Nyuon, a spokesman for the rebel leader Riek '
        "Machar.",
    ],
)
def test_a_leader_named_in_a_role_gives_his_group(dictionary, sentence):
    text = "Fighting went on around the town on Sunday. " + sentence
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Sudan People's Liberation Movement-in-Opposition"
    )
