"""A civilian speaks for no side, only for an organisation employing him (speaker_civilians.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the outskirts of Belgorod overnight, officials said.\n"
        '"The windows shook until dawn," said Galina Petrova, a Russian pensioner who lives '
        "near the station.",
        "Fighting between the Kachin Independence Army and the military spread on Sunday.\n"
        '"We have no medicine left for the children," said Seng Raw, a Kachin nurse at a camp '
        "near the border.",
        "Iranian officials said the strike had damaged a pipeline on Monday.\n"
        '"We ran when the first blast came," said Reza Karimi, an Iranian refinery worker.',
        'Ukrainian troops pushed into the village on Sunday.\n"They will not hold it for long," '
        "said Sergei Markov, a retired colonel who writes about the war.",
    ],
)
def test_a_civilian_speaks_for_no_side(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Doctors Without Borders said on Monday its clinic in the town had been looted.\n"
            '"We treated forty wounded in one night," said Anna Berg, a nurse with the '
            "organisation.",
            "Doctors Without Borders",
        ),
        (
            "Human Rights Watch said it had documented the killings.\n"
            '"The families were given no answers," said Omar Haddad, a lawyer with the '
            "organisation in Beirut.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_civilian_keeps_the_organisation_that_employs_him(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor
