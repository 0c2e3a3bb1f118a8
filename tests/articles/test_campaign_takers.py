"""A campaign no stage gave an attacker is attacked by the side the article reports taking or
storming its target (articles/extraction/campaign_takers.py), two phrasings per pattern."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_takers import PATTERNS
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
