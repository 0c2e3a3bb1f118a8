"""A roundup tells several campaigns: one launched in a sentence that names no place, whose
taking follows in the next sentence ("pressing an offensive they launched on March 8. … took the
border town of X the following day"), is a campaign of its own, dated by its launch."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_cues import cued_campaigns
from articles.extraction.sentences import sentences
from tests.articles.rows import TUESDAY_16_MAY_2023, campaign_rows

_LEAD = (
    "Somali army retakes Qarrat as offensive gathers pace\n"
    "Somali troops on Monday retook the town of Qarrat from al Shabaab, three weeks into an"
    " offensive they began on April 24, the army said.\n"
)


@pytest.mark.parametrize(
    ("later", "place", "started"),
    [
        (
            "Farther north, Kenyan troops are pressing an offensive they launched on May 8."
            " Kenyan forces took the border town of Dhobley the following day, officials said.",
            "Dhobley",
            dt.date(2023, 5, 8),
        ),
        (
            "In the west, Ethiopian soldiers began a push of their own on May 10 after weeks of"
            " air strikes. Ethiopian forces took the market town of Luuq after two days of"
            " fighting, residents said.",
            "Luuq",
            dt.date(2023, 5, 10),
        ),
    ],
)
def test_a_taking_right_after_a_launch_with_no_place_is_that_campaigns(
    dictionary, later, place, started
):
    rows = campaign_rows(_LEAD + later, dictionary, TUESDAY_16_MAY_2023)
    found = {targets[0]: (start, precision) for _, _, targets, start, precision in rows}
    assert found.get(place) == (started, 1)


def test_a_taking_past_the_lead_with_no_launch_before_it_stays_an_event(dictionary):
    text = (
        _LEAD + "The army has fought in the region for years. Last autumn, after weeks of"
        " shelling, troops took the town of Dhobley from the rebels, residents said."
    )
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert all("Dhobley" not in targets for _, _, targets, _, _ in rows)


def test_a_village_taken_after_a_launch_stays_an_event(dictionary):
    text = (
        _LEAD + "The wider offensive, launched across the south on April 24, has been slow."
        " Somali troops retook the village of Buulo Mareer in mid-May, officials said."
    )
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert all("Buulo Mareer" not in targets for _, _, targets, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Somali troops took the town of Dhobley on Sunday, the biggest gain yet of an"
            " offensive against al Shabaab that began in April, officials said.",
            "Dhobley",
        ),
        (
            "Kenyan forces took the port city of Kudha in a campaign against the militants that"
            " started in March, the army said.",
            "Kudha",
        ),
    ],
)
def test_took_in_the_sentence_of_a_campaign_is_no_cue_of_its_own(dictionary, text, place):
    # "took" tells that campaign's gain (as "captured" does), read by the other stages.
    article = CampaignArticle(
        text, sentences(text), find_actors(text, dictionary), TUESDAY_16_MAY_2023, None, None
    )
    cued_campaigns(article)
    assert all(place not in record.targets for record in article.records.values())
