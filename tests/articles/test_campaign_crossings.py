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


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Government troops take Karema\n"
            "KIGOMA, June 28 (Reuters) - Government troops captured the rebel-held town of Karema"
            " on Thursday after brief fighting, officials said.\n"
            "The army column set out from the lakeside town of Mpulungu on Tuesday, officials"
            " said, and moved north along the shore road.",
            "Karema",
        ),
        (
            "Troops capture Tarbaj\n"
            "NAIROBI, June 28 (Reuters) - Government troops captured the town of Tarbaj from"
            " al Shabaab on Thursday, a military spokesman said.\n"
            "Two battalions moved out of their base at Garissa on Tuesday, he said.",
            "Tarbaj",
        ),
        (
            "Brigade takes Lugoba\n"
            "DAR ES SALAAM, June 28 (AP) - The Tanzanian army's 205th Brigade, which left"
            " Morogoro on Tuesday and advanced slowly east along the main road, captured the town"
            " of Lugoba on Thursday, the army said.",
            "Lugoba",
        ),
        (
            "Marines enter Kilindoni\n"
            "MOMBASA, June 28 (AP) - Marines moved by boat up the Rufiji River on Tuesday,"
            " bypassing rebel positions, and entered Kilindoni on Thursday, a spokesman said.",
            "Kilindoni",
        ),
    ],
)
def test_a_campaign_begins_the_day_its_forces_set_out(text, target, dictionary):
    assert _start_of_campaign_on(text, dictionary, target) == dt.date(2024, 6, 25)


def test_forces_pulling_out_of_a_town_set_out_on_no_campaign(dictionary):
    text = (
        "Rebels take Tarbaj\n"
        "NAIROBI, June 28 (Reuters) - Government troops left Tarbaj on Tuesday, and the rebels"
        " launched an assault on the town on Thursday and captured it after a brief fight,"
        " residents said."
    )
    assert _start_of_campaign_on(text, dictionary, "Tarbaj") != dt.date(2024, 6, 25)
