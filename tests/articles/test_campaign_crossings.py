"""An invasion begins when its forces cross the border: a dated campaign takes the day of a
crossing by forces told up to a week before its start (articles/extraction/campaign_crossings.py).
Published on Friday 28 June 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.rows import FRIDAY_28_JUNE_2024, campaign_rows


def _start_of_campaign_on(text: str, dictionary, target: str) -> dt.date | None:
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    row = next((row for row in rows if any(target in t for t in row[2])), None)
    assert row is not None, rows
    return row[3]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Pakistani tanks enter Khem Karan\n"
            "LAHORE, June 28 (AP) - Pakistani tanks and infantry crossed the frontier on Tuesday"
            " night and captured the town of Khem Karan on Thursday morning after light"
            " resistance, a Pakistan army spokesman said.",
            "Khem Karan",
        ),
        (
            "Kenyan troops take Afmadow\n"
            "NAIROBI, June 28 (Reuters) - Kenyan troops who crossed into Somalia on Tuesday"
            " captured the town of Afmadow on Thursday after a two-day battle with al Shabaab"
            " militants, the military said.",
            "Afmadow",
        ),
    ],
)
def test_a_campaign_begins_the_day_its_forces_cross_the_border(text, target, dictionary):
    assert _start_of_campaign_on(text, dictionary, target) == dt.date(2024, 6, 25)


def test_refugees_crossing_the_border_open_no_campaign(dictionary):
    text = (
        "Rebels take Afmadow\n"
        "NAIROBI, June 28 (Reuters) - Thousands of refugees crossed the border into Kenya on"
        " Tuesday as al Shabaab militants captured the town of Afmadow on Thursday, officials said."
    )
    assert _start_of_campaign_on(text, dictionary, "Afmadow") != dt.date(2024, 6, 25)
