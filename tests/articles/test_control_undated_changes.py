"""A change told with no day of its own ("Our soldiers entered X," a commander said) is about the
change another sentence on the same place dates ("attacked X at dawn on Monday"): it takes that
day, within the week before the report (control_claim_days.py). Each text is published on
Wednesday 12 June 2024."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State fighters attacked Baiji at dawn on Monday and fought Iraqi troops in "
            'its streets. "Our soldiers entered Baiji and raised our flag," an Islamic State '
            "commander said.",
            ("Baiji", "Islamic State", "capture", "claimed", MONDAY, 1),
        ),
        (
            "Al-Shabaab fighters crossed the river before dawn on Sunday and pushed into Bardale "
            'from the south. "We left Bardale to spare the civilians," a Somali National Army '
            "officer said.",
            ("Bardale", "Al-Shabaab", "withdraw", "claimed", SUNDAY, 1),
        ),
    ],
)
def test_an_undated_claim_takes_the_day_another_sentence_gives_the_place(
    dictionary, text, expected
):
    assert expected in rows(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        # more than a week before the report: another change, the claim keeps its day
        'Islamic State fighters attacked Baiji nine days ago. "Our soldiers entered Baiji and '
        'raised our flag," an Islamic State commander said.',
        # the day another party spoke, not a day of fighting
        "Iraqi officials said on Monday that aid convoys bound for Baiji had taken the desert "
        'road. Shops stayed shut. "Our soldiers entered Baiji and raised our flag," an Islamic '
        "State commander said.",
        # no action told there: the town's mayor spoke on Monday
        "The mayor of Baiji met tribal elders on Monday. Aid convoys waited on the road north. "
        '"Our soldiers entered Baiji and raised our flag," an Islamic State commander said.',
    ],
)
def test_a_claim_keeps_its_day_without_a_dated_action_there(dictionary, text):
    found = [r for r in rows(text, dictionary) if r[0] == "Baiji"]
    assert found and all(r[4] == WEDNESDAY for r in found)
