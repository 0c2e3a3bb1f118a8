"""Holds told in other words: a generic holder after a trigger of holding ("under the full
control of the security forces", "in the hands of loyal troops", "held by loyalist forces") is the
state whose ground the place is on where the place is the copula's subject ("X is under …", "X
was held by …"; articles/extraction/control_near.py); "held both A and B"; "fully in the hands
of"."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def holds(text: str, dictionary) -> set[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return {(c.place, c.side) for c in result.control if c.event == "hold"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said on Tuesday that Kupiansk is under the full control of the "
        "security forces after two nights of shelling.",
        "The town of Kupiansk was in the hands of loyal troops on Tuesday, Ukrainian officials "
        "said.",
        "Kupiansk remains firmly in the hands of loyalist forces, a Ukrainian regional official "
        "told reporters.",
        "Ukrainian officials insisted that Kupiansk was still held by government soldiers.",
    ],
)
def test_a_generic_holder_after_a_copula_is_the_state_of_the_ground(dictionary, text):
    assert ("Kupiansk", "Ukraine") in holds(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        # no place stands before the trigger as its subject: nothing to hold
        "Ukrainian officials said the area under the control of the security forces had grown.",
        "Ukrainian officials said on Tuesday that villages under the control of loyal troops "
        "had been shelled overnight.",
    ],
)
def test_no_hold_for_a_place_not_the_subject_of_the_copula(dictionary, text):
    assert ("Kupiansk", "Ukraine") not in holds(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's army said on Tuesday that its troops now held both Kupiansk and Izium after "
        "a night of shelling.",
        "Ukrainian forces have secured both Kupiansk and Izium, a military spokesman said on "
        "Tuesday.",
    ],
)
def test_both_before_a_list_of_places_names_them_all(dictionary, text):
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    places = {(c.place, c.side) for c in result.control}
    assert {("Kupiansk", "Ukraine"), ("Izium", "Ukraine")} <= places


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian official said the town of Kupiansk was fully in the hands of the army on "
        "Tuesday.",
        "Kupiansk is now entirely in the hands of Ukrainian forces, the regional governor said "
        "on Tuesday.",
    ],
)
def test_fully_or_entirely_in_the_hands_of_is_a_hold(dictionary, text):
    assert ("Kupiansk", "Ukraine") in holds(text, dictionary)
