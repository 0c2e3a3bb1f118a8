"""An attribution that closes the sentence ("…, the military said.") tells every clause joined by
"and" before it: a party's closing word makes each change a claim, an observer's a report; a
contrast ("but") still ends its reach. Published on Wednesday 12 June 2024."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


def _kinds(text, dictionary, place):
    return {kind for p, _, _, kind, _, _ in rows(text, dictionary) if p == place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Raqqa fell to Islamic State on Tuesday, and its fighters were searching the old city "
            "for soldiers on Wednesday, the group's Amaq agency said.",
            "Raqqa",
        ),
        (
            "Ukrainian troops retook the village of Robotyne late last week after heavy fighting, "
            "and sappers were clearing mines around it, the Ukrainian military said.",
            "Robotyne",
        ),
    ],
)
def test_a_closing_attribution_by_a_party_claims_each_clause(dictionary, text, place):
    assert _kinds(text, dictionary, place) == {"claimed"}


def test_a_closing_attribution_by_an_observer_reports(dictionary):
    text = (
        "Islamic State fighters seized Baiji on Monday, and residents fled south, a monitor said."
    )
    assert _kinds(text, dictionary, "Baiji") == {"reported"}
