"""A global group's campaign in a country where it fights as a named branch is the branch's
(articles/extraction/campaign_branches.py, data/group_branches.json)."""

from __future__ import annotations

import pytest

from articles.extraction import PlaceRecord, extract
from tests.articles.rows import FRIDAY_28_JUNE_2024


def _attackers(text: str, dictionary, places: dict[str, str]) -> list[list[str]]:
    found = []
    for name, country in places.items():
        at = text.index(name)
        found.append(
            PlaceRecord(at, at + len(name), name, name, kind="settlement", country=country)
        )
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, places=found)
    return [c.attackers for c in result.campaigns]


@pytest.mark.parametrize(
    ("text", "places", "branch"),
    [
        (
            "BAMAKO (Reuters) - Islamic State fighters launched an assault on Tessit in"
            " northeastern Mali on Monday, killing at least 20 soldiers, the army said.",
            {"Tessit": "ML"},
            "Islamic State Sahel Province",
        ),
        (
            "JALALABAD, Afghanistan (AP) - Islamic State militants began an offensive on Achin"
            " district on Thursday, pushing Taliban fighters out of several villages, officials"
            " said.",
            {"Achin": "AF"},
            "Islamic State Khorasan Province",
        ),
    ],
)
def test_the_parent_groups_campaign_in_a_branchs_country_is_the_branchs(
    text, places, branch, dictionary
):
    attackers = _attackers(text, dictionary, places)
    assert attackers and attackers[0] == [branch], attackers


def test_the_parent_group_keeps_a_campaign_where_it_has_no_branch(dictionary):
    text = (
        "BAGHDAD (Reuters) - Islamic State fighters launched an assault on Haditha in western"
        " Iraq on Monday, officials said."
    )
    attackers = _attackers(text, dictionary, {"Haditha": "IQ"})
    assert attackers and attackers[0] == ["Islamic State"], attackers
