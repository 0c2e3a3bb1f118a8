"""Generic sides the seeds list as actors: "Syrian rebels" is one; "pro-government forces" names
no particular government."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import MONDAY_8_JANUARY_2024


def _actors(text: str, dictionary) -> set[str]:
    result = extract(text, published=MONDAY_8_JANUARY_2024, dictionary=dictionary)
    return {m.actor for m in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels led by Hayat Tahrir al-Sham pushed into Hama on Thursday, a day after "
        "government troops withdrew.",
        "Syrian opposition fighters seized the town of Manbij from Kurdish-led forces after "
        "heavy fighting, a monitor said.",
    ],
)
def test_syrian_rebels_named_as_a_side_are_an_actor(dictionary, text):
    assert "Syrian rebels" in _actors(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "ADEN, Yemen — Yemeni pro-government forces backed by the Saudi-led coalition said on "
        "Wednesday they had reached the airport of Hodeidah.",
        "Human Rights Watch condemned the killing of civilians by both jihadists and "
        "pro-government forces in Burkina Faso's north.",
    ],
)
def test_pro_government_forces_are_not_syrias(dictionary, text):
    assert "Syrian government forces" not in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Islamist fighters from Ansar Dine and al-Qaida in the Islamic Maghreb seized Konna "
            "on Thursday.",
            "Al-Qaeda in the Islamic Maghreb",
        ),
        (
            "Hizbullah fighters fired rockets at the border town on Monday, the army said.",
            "Hezbollah",
        ),
    ],
)
def test_an_agency_spelling_of_a_group_finds_it(dictionary, text, group):
    assert group in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "affiliate"),
    [
        (
            "Somalia's army said it had driven Al-Qaeda-linked Shabab fighters out of two "
            "villages.",
            "Al-Qaeda",
        ),
        (
            "The Allied Democratic Forces, which have pledged allegiance to the Islamic State "
            "group, attacked a camp near Beni.",
            "Islamic State",
        ),
    ],
)
def test_a_group_named_only_as_an_affiliation_is_not_an_actor(dictionary, text, affiliate):
    assert affiliate not in _actors(text, dictionary)


def test_unnamed_fighters_known_by_their_affiliation_keep_it(dictionary):
    text = "Islamic State-linked insurgents have seized the town of Palma after a four-day assault."
    assert "Islamic State" in _actors(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Tigray forces retook Mekele on Monday as federal troops withdrew.",
        '"Mekele is under our control," said Gebremichael Hagos, a spokesman for the Tigray '
        "forces.",
    ],
)
def test_tigray_forces_are_the_tplf(dictionary, text):
    assert "Tigray People's Liberation Front" in _actors(text, dictionary)
