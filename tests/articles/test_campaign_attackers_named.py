"""A sentence that identifies a campaign's attackers ("The attackers were …", "the attackers
included …") adds the fighting sides it names to the article's first campaign
(articles/extraction/campaign_attackers_named.py). The rule stages' choice is tested
(role_model=None): the ranker keeps it."""

from __future__ import annotations

import pytest

from tests.articles.rows import rule_attackers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assault on rebel base enters third day\n"
            "An offensive on the rebel headquarters at Kambia entered its third day on Tuesday,"
            " residents said.\n"
            "The attackers were soldiers of the Sierra Leone army and fighters of the Civil"
            " Defence Forces, a militia of traditional hunters which has fought the rebels"
            " for years.",
            {"Republic of Sierra Leone Armed Forces", "Civil Defence Forces"},
        ),
        (
            "Town falls to rebels in the east\n"
            "A rebel offensive on the town of Kalemie entered its second day on Tuesday, aid"
            " workers said.\n"
            "Witnesses said the attackers included many Rwandan soldiers, who wore new"
            " uniforms and spoke Kinyarwanda.",
            {"Rwanda Defence Force"},
        ),
    ],
)
def test_the_sides_a_sentence_identifies_as_the_attackers_attack(text, expected, dictionary):
    attackers = rule_attackers(text, dictionary)
    assert attackers and expected <= set(attackers[0])


def test_what_befell_the_attackers_does_not_identify_them(dictionary):
    text = (
        "Town falls to rebels in the east\n"
        "A rebel offensive on the town of Kalemie entered its second day on Tuesday, aid"
        " workers said.\n"
        "The attackers were pushed back by Rwandan soldiers at the airport, witnesses said."
    )
    attackers = rule_attackers(text, dictionary)
    assert attackers and "Rwanda" not in attackers[0] and "Rwanda Defence Force" not in attackers[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Garrison throws back assault on railway city\n"
            "An assault on the railway city of Dire Dawa was thrown back on Thursday, the military"
            " government said.\n"
            "Western military attaches said the assault force included regular units of the Somali"
            " army, fighting alongside guerrillas of the Western Somali Liberation Front.",
            {"Somali National Army", "Western Somali Liberation Front"},
        ),
        (
            "Rebels repelled at the gates of Kambia\n"
            "An offensive on the town of Kambia was beaten back on Tuesday, residents said.\n"
            "Aid workers said the invading force was made up of fighters of the Revolutionary"
            " United Front.",
            {"Revolutionary United Front"},
        ),
    ],
)
def test_the_sides_an_assault_force_is_said_to_include_attack(text, expected, dictionary):
    attackers = rule_attackers(text, dictionary)
    assert attackers and expected <= set(attackers[0])
