"""A quote credited to "it" or "the ministry" speaks for the side the text named before it, not
for one the quote itself names (speaker_unquoted.py, speaker_phrase.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government troops shelled the rebel-held town for a third day.\n"
            "In Moscow, the Russian Foreign Ministry said it was alarmed by the fighting. "
            '"The operation of the Ukrainian army in the east is killing civilians," it said in a '
            "statement.",
            "Russia",
        ),
        (
            "Kurdish fighters and Turkish troops clashed near the border on Sunday.\n"
            "The PKK denied losing ground. A statement by its armed wing, the People's Defence "
            "Forces (HPG), said its fighters had inflicted losses on the Turkish army. "
            '"The Turkish invaders are moving only where their drones have burned the '
            'mountain," it said.',
            "People's Defence Forces (Kurdistan)",
        ),
        (
            "Ukrainian units pushed back an attack near the border village, officials in Kyiv "
            "said.\n"
            "The Russian ministry made no mention of the village. It said its forces had "
            "repelled Ukrainian counterattacks nearby. "
            '"Units of the group improved their positions and inflicted losses on Ukrainian '
            'forces," it said in its daily report.',
            "Russia",
        ),
    ],
)
def test_it_said_is_the_side_that_spoke_not_one_the_quote_names(dictionary, text, actor):
    rows = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert rows[-1][2] == actor


def test_a_ministry_still_finds_a_state_only_a_quote_names(dictionary):
    text = (
        '"If the Tajik army treats every village as a nest of terrorists, it will push young men '
        'toward the militants," said Karim Nazarov, an independent analyst in Dushanbe.\n'
        "The Defence Ministry rejected the criticism, saying "
        '"the operation is directed only against armed criminals."'
    )
    rows = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert rows[-1][2] == "Tajikistan"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Troops pushed north through territory held by the Liberation Tigers of Tamil Eelam "
            "on Monday, the defence ministry said.\n"
            "The Tigers disputed the army's account in a statement faxed from London, saying "
            "the town remained in their hands.\n"
            '"Our fighters are waiting for the army at every culvert on the road," the statement '
            "said.",
            "Liberation Tigers of Tamil Eelam",
        ),
        (
            "British troops moved into the barricaded districts at dawn. The Provisional IRA had "
            "pulled its men out overnight.\n"
            "The Provisionals said in a statement issued in Dublin that their units had withdrawn "
            "to fight at a time of their own choosing.\n"
            '"The army has taken back streets, not the people who live in them," the statement '
            "said.",
            "Provisional Irish Republican Army",
        ),
    ],
)
def test_the_statement_is_the_groups_a_plural_noun_of_its_name_opens_with(dictionary, text, actor):
    rows = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert rows[-1][2] == actor
