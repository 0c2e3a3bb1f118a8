"""A named speaker whom nothing else describes takes the clause telling what he does as his role
("said X, who sells sweets on the main street"), as the gold keeps it, with no side from it; not a
clause about how he spoke ("who asked not to be named")."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import FRIDAY_11_MARCH_2022


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Rebels shelled the town on Friday.\n\n"
            '"They came down on us from the hills at night and we ran with nothing," said Rosa '
            "Maria Quintanilla, who fled with her family to the provincial capital.",
            "who fled with her family to the provincial capital",
        ),
        (
            "Government troops entered the market district on Friday.\n\n"
            '"Nobody has bought anything here for a week," said Ahmed Yusuf Warsame, who sells '
            "tea beside the bus station.",
            "who sells tea beside the bus station",
        ),
    ],
)
def test_a_clause_telling_what_he_does_is_his_role(dictionary, text, role):
    statement = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary).statements[0]
    assert statement.role == role
    assert statement.actor is None


def test_a_clause_about_how_he_spoke_is_no_role(dictionary):
    text = (
        "Rebels shelled the town on Friday.\n\n"
        '"We hid in the cellar for two days," said Ahmed Yusuf Warsame, who asked that his '
        "shop not be named."
    )
    statement = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary).statements[0]
    assert statement.role == ""
