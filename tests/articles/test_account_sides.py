"""A side's spokesman or commander whose role names no actor speaks for the side whose account
his paragraph gives before the quote."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government troops said they had cut the road to the coast.\nHezbollah denied that "
            'the town was surrounded. "Our men hold every hill around it," said Ali Nasser, a '
            "spokesman for the militia's command in the south.",
            "Hezbollah",
        ),
        (
            "The army said it had retaken the oasis on Sunday.\nIn Algiers, the Polisario Front "
            'said its fighters still held the wells. "The enemy has not entered the oasis," '
            "said Mohamed Salem, a member of the Front's political bureau.",
            "Polisario Front",
        ),
        (
            "Armenian officials said Azerbaijani troops attacked border posts and killed two "
            "soldiers.\nAzerbaijan rejected "
            'the charge. "Our units only answered provocations," said Elnur Mammadov, an aide in '
            "the Azerbaijani presidential administration.",
            "Azerbaijan",
        ),
    ],
)
def test_a_spokesman_speaks_for_the_side_whose_account_his_paragraph_gives(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        'Shells hit the market on Sunday.\nHezbollah denied firing on the town. "We heard the '
        'shells all night," said Rania Haddad, a teacher in the town.',
        'Shells hit the market on Sunday.\nHezbollah denied firing on the town. "Nobody came '
        'to help us," said Karim Saad, the mayor of the town.',
        'Shells hit the market on Sunday.\nAzerbaijan rejected the charge. "Both sides are '
        'to blame," said Anna Petrova, a member of the monitoring team.',
    ],
)
def test_a_resident_a_local_official_or_another_states_member_gets_no_side(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Serbian police shelled the village of Likoshan, held by the Kosovo Liberation Army, "
            "on Friday.\nThe rebels denied losing any ground. Reached by telephone inside the "
            'village, a commander who gave his name as Korabi said: "The police have not taken '
            'a single house."',
            "Kosovo Liberation Army",
        ),
        (
            "Somali troops backed by African Union forces said they had taken the town of Bulo "
            "Burde from al-Shabaab on Sunday.\nThe militants denied it. "
            '"Our fighters are still in the market," said Abu Musab, a commander reached by '
            "telephone.",
            "Al-Shabaab",
        ),
    ],
)
def test_a_spokesman_after_the_rebels_account_speaks_for_the_armed_group_named_before(
    dictionary, text, actor
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor
