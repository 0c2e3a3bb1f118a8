"""A taking told in the simple past passive with no taker, then its time ("Zaranj, the capital
of Nimroz province, was captured on Friday", "Chinandega was retaken on Thursday"): the taking
of the place that is the verb's subject; not people taken, nor a name that only sets the scene
(control_triggers.py, "taken-past", "retaken-past")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, rows


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters pressed on across the south on Tuesday. Lashkar Gah, the capital of "
        "Helmand province, was captured on Monday, the group's spokesman said.",
        "The Taliban have swept through the province in days. Lashkar Gah was quickly overrun "
        "on Monday after government troops ran out of ammunition, residents said.",
    ],
)
def test_a_past_passive_taking_with_its_time(dictionary, text):
    taken = [row for row in rows(text, dictionary) if row[0] == "Lashkar Gah"]
    assert ("Lashkar Gah", "Taliban", "capture") in {row[:3] for row in taken}
    assert {row[4] for row in taken} == {MONDAY}


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian army pushed east through the Kharkiv region. Balakliia was retaken on "
        "Sunday, the general staff said.",
        "Ukrainian troops kept up their counter-offensive. Balakliia, a railway town on the "
        "Donets river, was recaptured late on Sunday, according to the general staff.",
    ],
)
def test_a_past_passive_retaking(dictionary, text):
    retaken = {(*row[:3], row[4]) for row in rows(text, dictionary) if row[0] == "Balakliia"}
    assert ("Balakliia", "Ukraine", "retake", SUNDAY) in retaken


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters attacked a police post in Helmand on Tuesday. Several policemen were "
        "captured on Monday, officials said.",
        "Taliban fighters stormed a checkpoint on Tuesday, whose guards in Lashkar Gah were taken "
        "on Monday, officials said.",
    ],
)
def test_people_taken_are_no_place_taken(dictionary, text):
    assert not [row for row in rows(text, dictionary) if row[2] == "capture" and row[4] == MONDAY]
