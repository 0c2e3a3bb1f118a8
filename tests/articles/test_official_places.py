"""The state an official speaks for when the article names another first: a paragraph opened
by "The <demonym> government", a capital his role places the army in, and a headline capital
that only owns a district of itself."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

WOLDIA = (
    "Rebels say they have taken Woldia\n"
    "NAIROBI, Aug 13 (Reuters) - Tigrayan forces said on Friday they had captured the town of "
    "Woldia in Ethiopia's Amhara region. Kenya has called for talks.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        'The Ethiopian government denied that Woldia had fallen. "The terrorists have been '
        'pushed back," said Meskerem Tadesse, a spokeswoman for the communication service.',
        'The Ethiopian army said on Saturday it still held the town. "Our forces are in '
        'Woldia," said Hassen Dawud, a government spokesman.',
    ],
)
def test_a_paragraph_opened_by_the_demonym_states_voice_gives_its_officials_that_state(
    dictionary, paragraph
):
    rows = statement_rows(WOLDIA + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Ethiopia"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army spokesman in Kinshasa, Colonel Faustin Lubala, insisted the army still held "
        'Minova. "The army has not been defeated," he said.',
        '"We will take Goma back," said Colonel Faustin Lubala, a military spokesman in Kinshasa.',
    ],
)
def test_an_army_spokesman_in_a_capital_speaks_for_that_states_forces(dictionary, sentence):
    text = (
        "Rebels take Goma as Kinshasa accuses Rwanda\n"
        "M23 rebels backed by the Rwanda Defence Force walked into Goma on Tuesday after the "
        "Armed Forces of the Democratic Republic of the Congo pulled back to Minova.\n" + sentence
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Armed Forces of the Democratic Republic of the Congo"


@pytest.mark.parametrize(
    "headline",
    [
        "Army seizes last militant bastion in Tripoli's Bab al-Tabbaneh",
        "Troops take Tripoli's Bab al-Tabbaneh after four days of fighting",
    ],
)
def test_a_headline_capital_owning_a_district_is_the_city_not_its_namesakes_state(
    dictionary, headline
):
    text = (
        f"{headline}\n"
        "Lebanese troops backed by helicopters swept into the neighbourhood on Monday, and the "
        "army said 162 suspects had been detained.\n"
        '"They chose to fight, so we entered," said Maher Dakroub, an army commander in the north.'
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Lebanese Armed Forces"
