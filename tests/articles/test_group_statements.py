"""A group's statement quoted without a person: "the statement said", "the group said"."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Soldiers fled the base at Boulkessi after a day of fighting.\nJama'at Nusrat "
            "al-Islam wal-Muslimin, or JNIM, said in a statement that its fighters had taken the "
            'camp. "The mujahideen seized the weapons of the army," the statement said.',
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "Israeli troops pushed into the village of Maroun al-Ras on Sunday.\nHezbollah denied "
            'losing the village. In a statement, the group said "its fighters are still in their '
            'positions and the enemy has not been able to hold any village."',
            "Hezbollah",
        ),
        (
            "Troops retook Geidam on Sunday after a gunfight, the army said.\nIn a statement "
            "carried by the Amaq news agency, ISWAP denied losing the town.\n"
            '"The soldiers of the caliphate are in full control of Geidam," the statement said.',
            "Islamic State West Africa Province",
        ),
    ],
)
def test_a_statement_of_a_group_goes_to_the_group_that_speaks(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        'Al-Shabaab fighters stormed the village at dawn, residents said. "They took our '
        'cattle and burned the market," they said.',
        "Al-Shabaab fighters stormed the village at dawn. A woman who fled to Afgooye said: "
        '"The Shabab took everything we had."',
    ],
)
def test_a_quote_that_only_mentions_a_group_is_not_its_statement(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None
