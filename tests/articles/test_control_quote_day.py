"""A quote with no day of its own was said on the day of saying the sentence before it in the same
paragraph gives (control_day_before.told_day_before); a day of an event there does not carry
over."""

from __future__ import annotations

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
