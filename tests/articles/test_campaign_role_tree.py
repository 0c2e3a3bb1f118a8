"""The phrase a side's mention stands for in its clause, and sides acting together or beside one
another (campaign_role_tree), as the role ranker and the deeds it counts read them."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_role_tree import backed_side, force_phrase, is_doer
from places.nlp import parse


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("text", "name", "phrase", "dep"),
    [
        # the object of "of" after a force noun: the fighters are the subject
        (
            "Fighters of the Tihama Resistance stormed the port on Tuesday.",
            "Resistance",
            "Fighters",
            "nsubj",
        ),
        # a name qualifying the force noun
        (
            "Kachin militia units seized the ridge above the town overnight.",
            "Kachin",
            "units",
            "nsubj",
        ),
        # a later member of a list, led by "allied"
        (
            "The rebels and allied units of the Karen Army captured the border town on Sunday.",
            "Army",
            "rebels",
            "nsubj",
        ),
    ],
)
def test_a_side_named_in_its_fighters_phrase_reads_as_that_phrase(text, name, phrase, dep):
    doc = parse(text)
    lifted = force_phrase(_token(doc, name))
    assert (lifted.text, lifted.dep_) == (phrase, dep)
    assert is_doer(lifted)


def test_a_name_outside_a_force_phrase_stays_itself():
    doc = parse("Government troops drove the Shabab out of the market town.")
    token = _token(doc, "Shabab")
    assert force_phrase(token) is token
    assert not is_doer(token)


@pytest.mark.parametrize(
    ("text", "ally", "owner"),
    [
        (
            "Army troops backed by fighters of the Sunni tribes entered the city on Monday.",
            "tribes",
            "troops",
        ),
        (
            "The separatists stormed the capital at dawn, supported by volunteers from the north.",
            "volunteers",
            "separatists",
        ),
        (
            "Federal soldiers, fighting alongside regional militias, entered the town on Thursday.",
            "militias",
            "soldiers",
        ),
    ],
)
def test_a_side_backing_another_points_to_the_one_it_backs(text, ally, owner):
    doc = parse(text)
    found = backed_side(force_phrase(_token(doc, ally)))
    assert found is not None and found.text == owner


def test_the_agent_of_an_attack_is_a_doer_but_a_backer_is_not_one():
    doc = parse("The attack by the militia was backed by the army.")
    assert is_doer(force_phrase(_token(doc, "militia")))
    assert not is_doer(force_phrase(_token(doc, "army")))
