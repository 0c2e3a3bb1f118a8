"""The seventh extraction pass: allied attackers — a fighting force backing the attacker on the ground
attacks too; a state only "backing" it does not. Each rule on a string of its own (not the gold articles)."""

from __future__ import annotations

import datetime as dt

from tests.articles.rows import campaign_rows

FRIDAY = dt.date(2014, 10, 3)


def _attackers(text: str, dictionary) -> list[list[str]]:
    return [attackers for _, attackers, _, _, _ in campaign_rows(text, dictionary, FRIDAY)]


def test_it_makes_a_force_backing_the_attacker_on_the_ground_an_attacker(dictionary):
    text = ("Kurdish fighters launched an offensive on Tal Abyad on Friday.\n"
            "The Syrian Democratic Forces, backed by units of the Free Syrian Army, took three villages.")
    # The attacker is read from the sentence after the cue; its ground backer is named beside it there.
    text_same_sentence = ("The Syrian Democratic Forces, backed by units of the Free Syrian Army, launched an "
                          "offensive on Tal Abyad on Friday.")
    assert _attackers(text_same_sentence, dictionary) == [["Syrian Democratic Forces", "Free Syrian Army"]]
    assert _attackers(text, dictionary) == [["Syrian Democratic Forces", "Free Syrian Army"]]


def test_it_makes_named_troops_backing_the_attacker_an_attacker(dictionary):
    text = ("Free Syrian Army fighters, supported by Turkish troops, launched an offensive on Jarablus on Friday.")
    assert _attackers(text, dictionary) == [["Free Syrian Army", "Turkey"]]


def test_it_does_not_make_a_state_that_only_backs_the_attacker_an_attacker(dictionary):
    text = ("Free Syrian Army fighters, backed by Turkey, launched an offensive on Jarablus on Friday.")
    assert _attackers(text, dictionary) == [["Free Syrian Army"]]



def test_it_makes_the_air_backer_of_the_assault_in_the_next_sentence_an_attacker(dictionary):
    # The second sentence names neither the attacker nor the target: "The assault" opening it is the campaign.
    text = ("Syrian Democratic Forces launched an offensive on Manbij on Friday.\n"
            "The assault, launched with air support from the US-led coalition, has cleared most districts.")
    assert _attackers(text, dictionary) == [["Syrian Democratic Forces", "Global Coalition to Counter ISIS"]]


def test_it_does_not_give_an_air_backer_to_a_campaign_two_sentences_back(dictionary):
    text = ("Syrian Democratic Forces launched an offensive on Manbij on Friday.\n"
            "Residents said food was running short.\n"
            "The assault, launched with air support from the US-led coalition, has cleared most districts.")
    assert _attackers(text, dictionary) == [["Syrian Democratic Forces"]]
