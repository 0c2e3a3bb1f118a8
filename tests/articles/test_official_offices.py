"""An office a role names by its kind alone speaks for the state whose office of that kind the text
named before: "an embassy spokesman" after "The U.S. Embassy said", "a department spokesman" after
"the State Department said" (official_offices.py), not the article's own state."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sudanese troops fought rebels in the streets of Juba on Monday.\n"
            "The U.S. Embassy said it had closed its consular section. "
            '"We are urging every American citizen to leave while the airport is open," said '
            "Paul Harris, an embassy spokesman.",
            "United States",
        ),
        (
            "Ethiopian forces shelled rebel positions outside Gondar overnight, residents said.\n"
            "Britain's embassy in Addis Ababa advised its nationals to stay indoors. "
            '"The situation remains very fluid," an embassy official, Clare Watson, told '
            "reporters.",
            "United Kingdom",
        ),
        (
            "Iraqi troops fought Islamic State militants in the town of Tal Afar on Sunday.\n"
            "In Washington, the State Department urged all sides to spare civilians. "
            '"We are not going to be drawn into this fighting," said Mark Dillon, a department '
            "spokesman.",
            "United States",
        ),
    ],
)
def test_an_office_named_by_its_kind_speaks_for_the_state_that_owns_it(dictionary, text, actor):
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == actor


def test_an_embassy_the_text_never_named_leaves_the_article_state(dictionary):
    text = (
        "Sudanese troops fought rebels in the streets of Juba on Monday.\n"
        '"The army controls the airport," said Ali Osman, a Sudanese government spokesman.'
    )
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == "Sudan"
