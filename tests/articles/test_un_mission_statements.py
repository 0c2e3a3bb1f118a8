"""A UN mission's spokesman or statement speaks for the United Nations (tests/gold/README.md:
UN officials → United Nations); the mission stays an actor of the article."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import FRIDAY_11_MARCH_2022


@pytest.mark.parametrize(
    "text",
    [
        (
            "Rebels of the M23 attacked army positions near Rutshuru on Thursday.\n"
            '"Our peacekeepers are holding their base and will protect civilians," MONUSCO '
            "spokesman Paul Kiala Mbemba said in Goma."
        ),
        (
            "Fighting broke out between rival army factions in Malakal on Tuesday.\n"
            '"We are sheltering more than 20,000 people inside our compound," said Jane Okello '
            "Amuge, a spokeswoman for UNMISS in Juba."
        ),
        (
            "Forces loyal to Alassane Ouattara advanced on Duekoue on Monday.\n"
            '"We have received credible reports of killings in the town," said Hamid Tall, '
            "spokesman for the UN Operation in Cote d'Ivoire (UNOCI)."
        ),
    ],
)
def test_a_un_missions_spokesman_speaks_for_the_united_nations(dictionary, text):
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert result.statements[0].actor == "United Nations"


def test_a_un_missions_unsigned_statement_speaks_for_the_united_nations(dictionary):
    text = (
        "Armed men attacked a convoy near Bambari on Saturday.\n"
        'MINUSCA said in a statement: "The Force has reinforced its positions around the town '
        'and will respond to any attack on civilians."'
    )
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert result.statements[0].actor == "United Nations"
