"""Campaign targets named after a capitalised word describing a neighbourhood: "the Indigenous
neighborhood of Monimbó" is Monimbó (campaign_targets._DESCRIBER)."""

from __future__ import annotations

import pytest

from tests.articles.rows import WEDNESDAY_17_MAY_2023, campaign_rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hundreds of police officers and pro-government gunmen pushed into the Indigenous"
            " neighborhood of Monimbó on Tuesday, tearing down barricades.",
            "Monimbó",
        ),
        (
            "Syrian troops stormed the Christian neighbourhood of Ashrafieh overnight, residents"
            " said.",
            "Ashrafieh",
        ),
    ],
)
def test_a_capitalised_word_describing_a_neighbourhood_is_read_past(dictionary, text, target):
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [row[2] for row in rows] == [[target]], rows
