"""A state beside a town, a named operation's lone state and an adjective before a settlement
noun leave a campaign's targets, and an unnamed campaign on a state alone is none
(articles/extraction/campaign_target_kinds.py): two phrasings per case, and what stays."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_target_kinds import (
    without_state_campaigns,
    without_states_and_adjectives,
)
from articles.extraction.records import PlaceRecord
from places.nlp import parse
from tests.articles.rows import FRIDAY_3_OCTOBER_2014, campaign_rows


def _campaign(text: str, words: list[str], *, named: str | None = None, kinds=()):
    """A campaign on `words` (their last mention in `text`), with geoparser places of `kinds`."""
    spans = [(text.rindex(w), text.rindex(w) + len(w)) for w in words]
    places = [
        PlaceRecord(s, e, w, w, kind=k, country="XA")
        for w, (s, e), k in zip(words, spans, kinds, strict=False)
        if k
    ]
    record = CampaignRecord(
        name=named or f"{words[0]} offensive",
        named=named is not None,
        attackers=["Army"],
        targets=list(words),
        target_spans=spans,
    )
    return record, places


@pytest.mark.parametrize(
    "text, words, kinds, kept",
    [
        (
            "Allied troops pressed on with Operation Falcon against Taliban positions around "
            "Panjwai in southern Afghanistan on Sunday.",
            ["Afghanistan", "Panjwai"],
            ["country", "settlement"],
            ["Panjwai"],
        ),
        (
            "Kenyan forces advanced on Afmadow after crossing into Somalia, the army said, "
            "in an operation it named Operation Tide.",
            ["Somalia", "Afmadow"],
            ["country", "settlement"],
            ["Afmadow"],
        ),
    ],
)
def test_a_state_beside_a_town_leaves(text, words, kinds, kept):
    record, places = _campaign(text, words, named="Operation X", kinds=kinds)
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == kept
    assert len(record.target_spans) == len(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Army units launched Operation Anvil in Kosovo on Wednesday, the ministry said.",
        "Troops poured across the border into Sudan as Operation Hammer got under way.",
    ],
)
def test_a_named_operations_lone_state_leaves(text):
    word = "Kosovo" if "Kosovo" in text else "Sudan"
    record, places = _campaign(text, [word], named="Operation X", kinds=["country"])
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == []


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents pressed their offensive across Afghanistan, seizing district centres.",
        "Islamist fighters pushed into Kyrgyzstan from their mountain bases on Friday, the "
        "defence ministry said.",
    ],
)
def test_an_unnamed_campaign_on_a_state_alone_is_none(text):
    word = "Afghanistan" if "Afghanistan" in text else "Kyrgyzstan"
    record, places = _campaign(text, [word], kinds=["country"])
    assert without_state_campaigns([record], places) == []
    unresolved, _ = _campaign(text, [word])  # no geoparser: the state's name tells it
    assert without_state_campaigns([unresolved], None) == []


@pytest.mark.parametrize(
    ("text", "words", "kinds", "named"),
    [
        # a named operation keeps its place in the list of campaigns
        ("Troops launched Operation Anvil in Kosovo on Wednesday.", ["Kosovo"], ["country"], "X"),
        # a town beside the state: a campaign on the town
        (
            "Rebels pushed into Kyrgyzstan and attacked Batken on Friday.",
            ["Kyrgyzstan", "Batken"],
            ["country", "settlement"],
            None,
        ),
    ],
)
def test_a_campaign_on_more_than_a_state_stays(text, words, kinds, named):
    record, places = _campaign(text, words, named=named, kinds=kinds)
    assert without_state_campaigns([record], places) == [record]


@pytest.mark.parametrize(
    "text, words, kept",
    [
        (
            "Federal troops drove the separatists out of Argun and then out of the Chechen "
            "capital after weeks of shelling.",
            ["Argun", "Chechen"],
            ["Argun"],
        ),
        (
            "Security forces backed by armour moved into the Kurdish-majority towns of Dargecit "
            "and Nusaybin on Tuesday.",
            ["Kurdish-majority", "Nusaybin"],
            ["Nusaybin"],
        ),
        (
            "Police stormed the Sunni-majority districts of the port city on Friday, residents "
            "said, a day after the army entered Halba.",
            ["Halba", "Sunni-majority"],
            ["Halba"],
        ),
    ],
)
def test_an_adjective_before_a_settlement_noun_leaves(text, words, kept):
    record, places = _campaign(text, words)
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == kept


def test_an_unnamed_campaign_named_by_an_adjective_takes_its_next_targets_name():
    text = "Troops pushed into the Kurdish-majority towns of Dargecit and Nusaybin on Tuesday."
    record, places = _campaign(text, ["Kurdish-majority", "Nusaybin"])
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.name == "Nusaybin offensive"


@pytest.mark.parametrize(
    "text, word",
    [
        # a town named before "and": no noun it describes
        ("The rebels had also taken the town of Khurmal and dozens of heights nearby.", "Khurmal"),
        # a town named before the noun it stands for, which the parse tags as a name
        ("Fighting reached the outskirts of Tal Afar district on Monday.", "Tal Afar"),
    ],
)
def test_a_town_stays(text, word):
    record, places = _campaign(text, [word])
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == [word]


@pytest.mark.parametrize(
    "text, word, whole",
    [
        ("The alliance pressed its offensive across Shan State on Sunday.", "Shan", "Shan State"),
        (
            "Russian troops pushed deeper into the Kharkiv region, officials said.",
            "Kharkiv",
            "Kharkiv region",
        ),
    ],
)
def test_a_target_keeps_the_unit_noun_after_it(text, word, whole):
    record, places = _campaign(text, [word], kinds=["admin"])
    without_states_and_adjectives(text, [record], places, parse(text))
    start, end = record.target_spans[0]
    assert (record.targets, text[start:end]) == ([word], whole)


@pytest.mark.parametrize(
    "text, words, kept",
    [
        (
            "Troops surrounded the villa of the rebel leader Mohamed Farah Hassan on Wednesday. "
            "Officials said the aim of the raid was to capture Hassan and to secure Kismayo.",
            ["Kismayo", "Hassan"],
            ["Kismayo"],
        ),
        (
            "Soldiers stormed the house of General Manuel Ortega in Leon. The army said it had "
            "captured Ortega and his aides.",
            ["Leon", "Ortega"],
            ["Leon"],
        ),
    ],
)
def test_the_last_name_of_a_person_leaves(text, words, kept):
    record, places = _campaign(text, words, kinds=["settlement"])
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == kept


@pytest.mark.parametrize(
    "text, words",
    [
        # a village the parse reads as a person, named whole: no longer name ends in it
        (
            "Local elders said the fighters had overrun the villages of Wazir Kalay and Mirza "
            "Kot on Monday.",
            ["Wazir Kalay", "Mirza Kot"],
        ),
        # a town whose words end a longer name with a lower-case word ("San Pedro de X")
        (
            "Police reopened the road to San Pedro de Uraba on Monday, and the people of Uraba "
            "went back to work.",
            ["Uraba"],
        ),
    ],
)
def test_a_place_read_as_a_person_stays(text, words):
    record, places = _campaign(text, words)
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == words


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launch offensive into Chad\n"
        "KHARTOUM, April 9 (AFP) - Chadian rebels based in Darfur launched a new offensive into "
        "Chad on Monday, a rebel spokesman said, vowing to march on the capital.",
        "Guerrillas push into Kyrgyzstan\n"
        "OSH, Aug 23 (AP) - Armed Islamic militants pushed into Kyrgyzstan from Tajikistan on "
        "Monday and seized several mountain villages, the Kyrgyz defence ministry said.",
    ],
)
def test_a_push_into_a_state_is_no_campaign_on_the_map(text, dictionary):
    """What a reader sees: no campaign arrow on a whole state (the towns it hit are named, if at
    all, elsewhere)."""
    assert campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014) == []


@pytest.mark.parametrize(
    "text, words, kept",
    [
        # a titled name
        (
            "Exiles trained the men in camps abroad with the aim of capturing President Tomas "
            "Arvelo and seizing Macuto.",
            ["Macuto", "President Tomas Arvelo"],
            ["Macuto"],
        ),
        # a title the parse reads as a person wherever it is named, once after "the"
        (
            "Government troops stormed the palace of the Kabaka of Buganda on Mengo hill today. "
            "The Kabaka was reported to have escaped over the wall, and the Kabaka's guards "
            "surrendered at Mengo.",
            ["Mengo", "Kabaka"],
            ["Mengo"],
        ),
    ],
)
def test_a_title_or_a_titled_name_leaves(text, words, kept):
    record, places = _campaign(text, words, kinds=["settlement"])
    without_states_and_adjectives(text, [record], places, parse(text))
    assert record.targets == kept


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen storm royal palace\nKAMPALA, May 24 (Reuter) - Government troops stormed the "
        "palace of the Kabaka of Buganda on Mengo hill today after a day-long battle, and the "
        "Kabaka was reported to have escaped over the wall. The Kabaka's bodyguards fired back "
        "until late afternoon.",
        "Rebels launch push to seize Emir\nKANO, June 2 (AP) - Rebels launched an assault on the "
        "palace of the Emir of Daura on Sunday, and the Emir fled. The Emir's guards held the "
        "gate for an hour.",
        "Exiles launched an offensive to capture President Tomas Arvelo, the army said on Monday.",
    ],
)
def test_a_campaign_on_a_ruler_or_a_president_is_no_campaign(text, dictionary):
    """What a reader sees: no campaign arrow on a ruler or a president."""
    assert campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014) == []
