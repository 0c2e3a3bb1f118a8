"""Past the lead, one storming or encirclement of a village or a post, or one dated to a day, on a
place the headline and lead do not name, is an event of a fight, not a campaign of its own
(campaign_readings._an_event); an encirclement going on stays a campaign."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_cues import cued_campaigns
from articles.extraction.campaign_readings import _read_already, parsed_campaigns
from articles.extraction.campaign_record import CampaignRecord, name_key
from articles.extraction.sentences import sentences
from places.nlp import parse
from tests.articles.rows import FRIDAY_28_JUNE_2024, campaign_rows

_LEAD = (
    "Rebels tighten grip on Varnholt\n"
    "GOMA, Congo (Reuters) - M23 rebels have besieged the town of Varnholt since March, cutting"
    " its roads, residents said.\n"
    "The siege has left thousands without food, an aid worker said.\n"
)


def _parse_stage(text: str, dictionary) -> dict[str, list[str]]:
    """The parse stage's campaigns on `text`: name -> targets."""
    actors = find_actors(text, dictionary.with_states())
    article = CampaignArticle(
        text, sentences(text), actors, dt.date(2023, 5, 12), None, parse(text)
    )
    parsed_campaigns(article)
    return {r.name: r.targets for r in article.records.values()}


@pytest.mark.parametrize(
    ("event", "place"),
    [
        (
            "On Tuesday the rebels encircled an army post at Lemvar, near the border, a local"
            " official said.",
            "Lemvar",
        ),
        (
            "Gunmen stormed the lakeside town of Dobrin on May 3, killing 12 people and seizing"
            " hostages, police said.",
            "Dobrin",
        ),
        ("Witnesses said M23 fighters had surrounded the village of Orsk.", "Orsk"),
    ],
)
def test_a_single_strike_past_the_lead_is_no_campaign_of_its_own(dictionary, event, place):
    found = _parse_stage(_LEAD + event, dictionary)
    assert f"{place} offensive" not in found, found


def test_a_strike_by_a_side_with_a_campaign_adds_a_target_to_it(dictionary):
    event = (
        "On Tuesday the rebels encircled an army post at Lemvar, near the border, a local"
        " official said."
    )
    found = _parse_stage(_LEAD + event, dictionary)
    assert found.get("Varnholt offensive") == ["Varnholt", "Lemvar"], found


@pytest.mark.parametrize(
    ("event", "place"),
    [
        ("In the north, the rebels have encircled the city of Tarvos, officials said.", "Tarvos"),
        ("The rebels stormed Kelmar on Monday in a new assault, residents said.", "Kelmar"),
    ],
)
def test_an_encirclement_going_on_or_a_named_assault_stays_a_campaign(dictionary, event, place):
    found = _parse_stage(_LEAD + event, dictionary)
    assert f"{place} offensive" in found, found


def _detection_stages(text: str, dictionary) -> dict[str, list[str]]:
    """The cue and parse stages' campaigns on `text`: name -> targets."""
    actors = find_actors(text, dictionary.with_states())
    article = CampaignArticle(
        text, sentences(text), actors, dt.date(2023, 5, 12), None, parse(text)
    )
    cued_campaigns(article)
    parsed_campaigns(article)
    return {r.name: r.targets for r in article.records.values()}


@pytest.mark.parametrize(
    ("event", "place"),
    [
        ("The army said it had beaten back an assault on Lemvar overnight.", "Lemvar"),
        (
            "Officials said the garrison had repelled a rebel push on the town of Dobrin on"
            " Sunday.",
            "Dobrin",
        ),
        (
            "The army said M23 fighters had tried to storm Orsk, a village near the lake, and"
            " had been repelled with heavy losses.",
            "Orsk",
        ),
        (
            "Troops also fought off a fresh attempt to enter Kalemba before dawn, the army said.",
            "Kalemba",
        ),
    ],
)
def test_an_assault_beaten_off_past_the_lead_is_no_campaign_of_its_own(dictionary, event, place):
    found = _detection_stages(_LEAD + event, dictionary)
    assert f"{place} offensive" not in found, found
    assert "Varnholt offensive" in found


def test_an_assault_beaten_off_in_the_headline_stays_the_storys_campaign(dictionary):
    text = (
        "Army beats back rebel assault on Lemvar\n"
        "GOMA, Congo (Reuters) - Troops beat back an M23 assault on the town of Lemvar on"
        " Thursday, the army said.\n"
    )
    assert "Lemvar offensive" in _detection_stages(text, dictionary)


@pytest.mark.parametrize(
    "event",
    [
        "The government promised to drive the guerrillas back across the border into Norvia.",
        "Officials vowed that troops would push the rebels back into Norvia within days.",
    ],
)
def test_where_the_enemy_is_driven_back_to_is_no_target(dictionary, event):
    found = _detection_stages(_LEAD + event, dictionary)
    assert "Norvia offensive" not in found, found


@pytest.mark.parametrize(
    "event",
    [
        "Its offensive on the city has included repeated assaults on Tamba, officials said.",
        "The rebels' push toward Varnholt has seen fighters storm Tamba twice this week.",
    ],
)
def test_an_assault_told_in_the_sentence_of_a_campaign_is_one_of_its_targets(dictionary, event):
    found = _detection_stages(_LEAD + event, dictionary)
    assert "Tamba offensive" not in found, found
    assert "Tamba" in found["Varnholt offensive"]


@pytest.mark.parametrize(
    "background",
    [
        "Government troops retook Kolda in March after several days of fighting.",
        "In June the rebels seized Sedhiou and Bignona, residents said.",
    ],
)
def test_an_undated_taking_past_the_lead_of_an_undated_story_is_no_campaign(dictionary, background):
    text = (
        "Troops enter Ziguinchor as rebels pull out\n"
        "DAKAR (AFP) - Government troops entered the town of Ziguinchor on Saturday, the army"
        " said, after rebels pulled out overnight.\n"
        "Residents said the streets were calm.\n" + background
    )
    targets = [row[2] for row in campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)]
    assert targets and all(t[0] == "Ziguinchor" for t in targets), targets


@pytest.mark.parametrize(
    ("text", "taken", "part"),
    [
        (
            "Army ends two-month siege of Charar-e-Sharif\nThe shrine burned.",
            "Charar-e-Sharif",
            "Charar",
        ),
        ("Rebels storm Ras al-Ain border town\nThe town fell.", "Ras al-Ain", "Ain"),
    ],
)
def test_words_the_cue_stage_took_a_target_from_make_no_second_campaign(
    dictionary, text, taken, part
):
    article = CampaignArticle(text, sentences(text), [], dt.date(2023, 5, 12), None, None)
    start = text.index(taken)
    record = CampaignRecord(name=f"{taken} offensive", named=False)
    article.add_target(record, (taken, start, start + len(taken)))
    article.records[name_key(record.name)] = record
    inner = text.index(part, start)
    assert _read_already(article, (part, inner, inner + len(part)))
    assert not _read_already(article, ("The", 0, 3))
