"""A state's own media and a side's own sources speak for their side ("Opposition sources said X
remained in their hands", "State media reported that troops had retaken X":
control_patterns.PARTY_SPEAKER), as does "he" for a second verb
("He denied that A was under threat and said fighters still held B"); a reporting verb coordinated
after the deed ("retook A in August and said they had liberated B") claims only what follows it
(control_claims.SAID_AFTER_DEED; tests/gold/README.md, Control observations: "claimed" when a party
speaks)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_and_events_of


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Houthis pressed their offensive. Opposition sources said the town of Majzar was "
            "still held by the Houthis.",
            "Majzar",
            {("claimed", "hold")},
        ),
        (
            "Al Shabaab attacked the base at dawn. Rebel sources said the militants had seized "
            "the town of Janaale on Monday.",
            "Janaale",
            {("claimed", "capture")},
        ),
    ],
)
def test_a_sides_own_sources_speak_for_it(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_local_sources_still_report(dictionary):
    text = (
        "Al Shabaab attacked the base at dawn. Local sources said the militants had seized the "
        "town of Janaale on Monday."
    )
    assert kinds_and_events_of(text, dictionary, "Janaale") == {("reported", "capture")}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The offensive ground on. Ukrainian forces retook the village of Urozhaine in the "
            "south in mid-August and said late last month they had liberated Robotyne.",
            "Urozhaine",
            {("reported", "retake")},
        ),
        (
            "Heavy fighting went on around Marib. Houthi fighters captured the town of Majzar on "
            "Sunday and said they would push on towards the city.",
            "Majzar",
            {("reported", "capture")},
        ),
    ],
)
def test_a_deed_told_before_its_doer_speaks_is_reported(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The offensive ground on. Ukrainian forces retook the village of Urozhaine in the "
            "south in mid-August and said late last month they had liberated Robotyne.",
            "Robotyne",
            {("claimed", "retake")},
        ),
        (
            "Heavy fighting went on around Marib. Houthi fighters captured the town of Majzar on "
            "Sunday, the group said.",
            "Majzar",
            {("claimed", "capture")},
        ),
    ],
)
def test_what_follows_the_reporting_verb_is_still_claimed(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_soldiers_told_of_by_residents_are_reported(dictionary):
    text = (
        "Sudanese army troops pressed on in Kordofan. Residents said soldiers had retaken the "
        "town of Babanusa on Monday."
    )
    assert kinds_and_events_of(text, dictionary, "Babanusa") == {("reported", "retake")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tatmadaw pressed on in Shan state. State media reported that troops had retaken "
            "the town of Laukkai on Monday.",
            {("claimed", "retake")},
        ),
        (
            "The Tatmadaw pressed on in Shan state. State-run media said troops had retaken the "
            "town of Laukkai on Monday.",
            {("claimed", "retake")},
        ),
        (
            "The Tatmadaw pressed on in Shan state. Local media reported that troops had retaken "
            "the town of Laukkai on Monday.",
            {("reported", "retake")},
        ),
    ],
)
def test_a_states_own_media_speak_for_it(dictionary, text, expected):
    assert kinds_and_events_of(text, dictionary, "Laukkai") == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Pakistani troops pushed into South Waziristan. A Taliban spokesman, Azam Tariq, said "
            "the army had suffered heavy losses. He denied that Ladha was under threat and said "
            "fighters still held positions around Kaniguram.",
            "Kaniguram",
            {("claimed", "hold")},
        ),
        (
            "Russian troops pushed on. Ukraine's defence minister said on Monday the front was "
            "stable. She acknowledged that the situation was difficult but said troops still held "
            "Chasiv Yar.",
            "Chasiv Yar",
            {("claimed", "hold")},
        ),
    ],
)
def test_a_second_verb_of_he_is_his_claim(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected
