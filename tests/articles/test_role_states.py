"""An official whose role names his own side where the actor matches do not: a state by a name
that is also something else ("Georgia's interior ministry") or plainly ("UK Defence Secretary"),
or a side by the adjective the article gives its forces ("Abkhaz units … the Abkhaz defence
minister")."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

RUSSIAN_LEAD = (
    "Russian tanks rolled towards the town of Gori on Sunday after Georgian troops pulled back "
    "under heavy shelling.\n"
)
AFGHAN_LEAD = (
    "Afghan troops retook the district centre of Sangin on Monday after Taliban fighters "
    "withdrew into the surrounding villages.\n"
)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            RUSSIAN_LEAD + '"Our police are still holding the road to the capital," said Levan '
            "Beridze, a spokesman for Georgia's Interior Ministry.",
            "Georgia",
        ),
        (
            RUSSIAN_LEAD + "Georgia's defence minister, Davit Kezerashvili, spoke to reporters. "
            '"We have not abandoned Gori and we will not," said Kezerashvili.',
            "Georgia",
        ),
        (
            AFGHAN_LEAD + '"British soldiers will stay in the province for as long as they are '
            'needed," UK Defence Secretary Alan Hartley told parliament.',
            "United Kingdom",
        ),
    ],
)
def test_an_official_speaks_for_the_state_his_role_names(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            RUSSIAN_LEAD + "Abkhaz forces advanced into the upper Kodori gorge at dawn. "
            '"The gorge is in our hands," said Timur Lakoba, the Abkhaz defence minister.',
            "Abkhazia",
        ),
        (
            "Transnistrian forces attacked Moldovan police posts in the town of Bender on Friday, "
            "and Moldova said its troops had withdrawn from the bridge after heavy fighting.\n"
            '"Our men hold both banks of the river," the Transnistrian interior minister, Oleg '
            "Smirnov, told a news conference.",
            "Pridnestrovian Moldavian Republic",
        ),
    ],
)
def test_an_official_speaks_for_the_side_the_article_calls_by_his_roles_adjective(
    dictionary, text, side
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


def test_an_adjective_the_article_gives_no_side_leaves_the_article_state(dictionary):
    text = (
        RUSSIAN_LEAD + '"Our troops will not stop until the aggressor withdraws," said the '
        "Russian defence minister, Anatoly Serdyukov."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Russia"
