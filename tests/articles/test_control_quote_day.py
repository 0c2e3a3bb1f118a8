"""A quote with no day of its own was said on the day of saying the sentence before it in the same
paragraph gives (control_day_before.told_day_before); a day of an event there does not carry
over."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, WEDNESDAY, dates_of


def test_a_quote_after_a_sentence_opening_with_the_day_was_said_that_day(dictionary):
    text = (
        "On Sunday a Taliban spokesman spoke to reporters by telephone from the hills. "
        '"Kunduz is still in our hands," the Taliban spokesman said.'
    )
    assert dates_of(text, dictionary, "Kunduz") == {(SUNDAY, 1)}


def test_a_quote_after_a_day_told_to_the_press_was_said_that_day(dictionary):
    text = (
        "An Iraqi army spokesman told state television on Monday that the garrison held out. "
        '"Mosul remains under our control," the Iraqi army spokesman added.'
    )
    assert dates_of(text, dictionary, "Mosul") == {(MONDAY, 1)}


def test_a_day_of_fighting_before_a_quote_does_not_date_it(dictionary):
    text = (
        "The Iraqi offensive was launched on Monday in three provinces, the army said. "
        '"Mosul remains under our control," the Iraqi army statement said.'
    )
    assert dates_of(text, dictionary, "Mosul") == {(WEDNESDAY, 1)}


def test_a_day_in_another_paragraph_does_not_date_the_quote(dictionary):
    text = (
        "An Iraqi army spokesman told state television on Monday that the garrison held out.\n"
        '"Mosul remains under our control," the Iraqi army spokesman added.'
    )
    assert dates_of(text, dictionary, "Mosul") == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    "text",
    [
        # the day just before the reporting verb
        "The Iraqi defence ministry on Monday rejected the militants' claims. "
        '"Mosul remains under our control," a ministry official said.',
        # the day in an opening phrase telling where the words were said
        "In an audio message shared on WhatsApp on Monday, an Iraqi army commander denied any "
        'retreat. "Mosul remains under our control," he said.',
    ],
)
def test_a_day_of_saying_before_the_verb_or_in_its_setting_dates_the_quote(dictionary, text):
    assert dates_of(text, dictionary, "Mosul") == {(MONDAY, 1)}


def test_a_setting_that_is_no_speech_does_not_date_the_quote(dictionary):
    # "In a raid on Monday, …": the day of the raid, not of the words
    text = (
        "In a raid on the outskirts on Monday, Iraqi troops killed two gunmen. "
        '"Mosul remains under our control," an Iraqi army spokesman said.'
    )
    assert dates_of(text, dictionary, "Mosul") == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi army said on Monday that its troops had repelled attacks north of the city. "
        "It said Mosul remained under its control.",
        "An Iraqi army spokesman told state television on Monday that the garrison held out. "
        "He added that Mosul remained under army control.",
    ],
)
def test_a_pronoun_speaker_goes_on_on_the_day_it_spoke(dictionary, text):
    assert dates_of(text, dictionary, "Mosul") == {(MONDAY, 1)}
