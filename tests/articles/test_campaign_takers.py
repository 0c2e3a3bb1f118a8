"""A campaign no stage gave an attacker is attacked by the side the article reports taking or
storming its target (articles/extraction/campaign_takers.py), two phrasings per pattern."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_takers import PATTERNS, takings
from articles.extraction.campaign_takers_moves import target_named_before
from places.nlp import parse
from tests.articles.rows import FRIDAY_28_JUNE_2024, campaign_rows


@pytest.mark.parametrize(
    ("text", "target", "attacker"),
    [
        (
            # taker_subject_of_taking
            "The offensive on Kanyabayonga began in early June, residents said.\n"
            "M23 rebels captured the town of Kanyabayonga on Friday after troops pulled out.",
            "Kanyabayonga",
            "M23",
        ),
        (
            # taker_subject_of_taking, a pronoun in a reported clause is the reporter
            "Soldiers have been fighting for Gwoza since early March, officials said.\n"
            "Nigeria's army said on Friday it had recaptured Gwoza from the militants.",
            "Gwoza",
            "Nigerian Armed Forces",
        ),
        (
            # taker_agent_of_taking
            "Troops have been fighting for Tongomayel since early March, residents said.\n"
            "Tongomayel was retaken by the Burkina Faso Armed Forces on Thursday, officials said.",
            "Tongomayel",
            "Burkina Faso Armed Forces",
        ),
        (
            # taker_agent_of_taking, another verb
            "The assault on Kidal began in early May, residents said.\n"
            "The town of Kidal was stormed by Malian troops at dawn on Tuesday.",
            "Kidal",
            "Malian Armed Forces",
        ),
    ],
)
def test_the_side_that_took_the_target_attacks_the_campaign(dictionary, text, target, attacker):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    row = next((row for row in rows if target in row[2]), None)
    assert row is not None, rows
    assert row[1] == [attacker]


def test_every_pattern_names_no_place_group_or_person():
    for pattern in PATTERNS.values():
        for node in pattern:
            words = node.get("RIGHT_ATTRS", {}).get("LOWER", {}).get("IN", [])
            assert all(w == w.lower() for w in words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a push: the subject of a verb of moving in "into" the target
            "The offensive on Kalehe began in early June, residents said.\n"
            "M23 rebels pushed into Kalehe on Friday after troops pulled out.",
            ("kalehe", "M23"),
        ),
        (
            # "closed in on": the particle "in", then "on" the target
            "Fighting for Tongomayel has gone on since early March, residents said.\n"
            "The Burkina Faso Armed Forces closed in on Tongomayel on Thursday, officials said.",
            ("tongomayel", "Burkina Faso Armed Forces"),
        ),
        (
            # "pushed towards"
            "Shelling hit El Fasher's main market on Tuesday. The RSF pushed towards El Fasher"
            " overnight, witnesses said.",
            ("el fasher", "Rapid Support Forces"),
        ),
    ],
)
def test_the_side_that_pushed_into_the_target_is_its_taker(dictionary, text, expected):
    assert expected in _takings(text, dictionary)


def test_closing_without_in_is_no_push(dictionary):
    text = "The army closed the road to Kalehe on Friday, residents said."
    assert _takings(text, dictionary) == []


def test_a_day_after_on_is_no_place_pushed_into(dictionary):
    text = "Al-Shabaab fighters advanced on Bulo Burde on Sunday, residents said."
    assert _takings(text, dictionary) == [("bulo burde", "Al-Shabaab")]


def _takings(text: str, dictionary) -> list[tuple[str, str]]:
    doc = parse(text)
    actors = find_actors(text, dictionary.with_states())
    return [(key, actor) for _, key, actor in takings(text, doc, actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Smoke rose over Samashki on Monday. Russian troops stormed the village on Friday.",
        "The assault on Kidal began in early May, residents said. Malian troops took the town"
        " at dawn on Tuesday.",
    ],
)
def test_a_taking_of_the_town_is_read_without_a_name(dictionary, text):
    found = _takings(text, dictionary)
    assert [key for key, _ in found] == [""], found


@pytest.mark.parametrize(
    "text",
    [
        "The assault on Kidal began in early May, residents said. Malian troops took a town"
        " further north on Tuesday.",
        "The FLA said it controlled Kidal. Months later the rebels stormed the town again.",
    ],
)
def test_no_unnamed_taking_of_an_indefinite_place_or_by_a_side_read_back(dictionary, text):
    assert [key for key, _ in _takings(text, dictionary) if not key] == []


@pytest.mark.parametrize(
    ("text", "named", "at", "keys", "expected"),
    [
        (
            "Troops stormed Samashki. They held the village.",
            [("Samashki", 15)],
            35,
            {"samashki"},
            True,
        ),
        (
            "Troops stormed Samashki. Rebels shelled Achkhoy-Martan. They held the village.",
            [("Samashki", 15), ("Achkhoy-Martan", 40)],
            65,
            {"samashki"},
            False,
        ),
    ],
)
def test_the_town_is_the_target_named_last(text, named, at, keys, expected):
    assert target_named_before(text, named, text.index("held"), keys) is expected
