"""A capitalised target phrase the geoparser did not resolve is kept as the target's name unless
it is plainly not a town's (articles/extraction/campaign_fallback_names.py): a headline's words
running into a resolved place, or the owner of what is attacked. Two phrasings each."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from articles.extraction.campaign_places import place_at
from tests.articles.rows import FRIDAY_11_MARCH_2022, campaign_rows


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    kind: str = "settlement"


def _resolved(text: str, surface: str, name: str, occurrence: int = -1) -> list[Place]:
    """The geoparser's place at the given occurrence of the surface (the last by default)."""
    starts = [i for i in range(len(text)) if text.startswith(surface, i)]
    at = starts[occurrence]
    return [Place(at, at + len(surface), surface, name)]


@pytest.mark.parametrize(
    ("text", "phrase", "surface", "name"),
    [
        # the geoparser resolved the place right after the headline's words
        (
            "Relief Column in Weeks Reaches Besieged Varnopol",
            "Weeks Reaches Besieged",
            "Varnopol",
            "Varnopol City",
        ),
        (
            "Army Push on Ridge Nears Embattled Kessa\nKESSA (AP) - Troops advanced.",
            "Ridge Nears Embattled",
            "Kessa",
            "Kessa Town",
        ),
    ],
)
def test_a_headlines_words_run_into_the_place(text, phrase, surface, name):
    start = text.index(phrase)
    places = _resolved(text, surface, name, 0)
    if surface.upper() in text:
        # the geoparser skipped the headline's mention and resolved the dateline's
        at = text.index(surface.upper())
        places = [Place(at, at + len(surface), surface, name)]
    found = place_at(text, start, start + len(phrase), places, [])
    assert found is not None and found[0] == name
    assert found[1] == text.index(surface)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Troops close in on Islamists' last valley in the north", "Islamists'"),
        ("Government forces widen push on Marcoux strongholds in the west", "Marcoux"),
        ("Rebels overrun Ntaganda's hideout after a week of fighting", "Ntaganda"),
    ],
)
def test_the_owner_of_what_is_attacked_is_no_place(text, phrase):
    start = text.index(phrase)
    places = _resolved(text, "west", "West") if "west" in text else []
    places = [p for p in places if p.start > start + len(phrase)]
    assert place_at(text, start, start + len(phrase), places, []) is None


def test_an_unresolved_name_stays_a_name():
    text = "Rebels seized Tokombia and the hills around it on Friday."
    start = text.index("Tokombia")
    assert place_at(text, start, start + 8, [], []) == ("Tokombia", start, start + 8)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a site's number after its noun
        ("Army drive to retake Hill 872 enters third week", "Hill", "Hill 872"),
        ("Troops pushed up Height 1150 under mortar fire on Tuesday.", "Height", "Height 1150"),
        # a site's "of" phrase
        ("Gunmen stormed the Palace of Justice at noon.", "Palace", "Palace of Justice"),
        (
            "Troops besieged the Church of the Holy Cross for a week.",
            "Church",
            "Church of the Holy Cross",
        ),
    ],
)
def test_a_site_noun_keeps_the_rest_of_its_name(text, word, name):
    start = text.index(word)
    assert place_at(text, start, start + len(word), [], []) == (name, start, start + len(name))


def test_a_year_or_a_resolved_place_does_not_continue_the_name():
    text = "Militants overran Tokombia 2014 reports said."
    start = text.index("Tokombia")
    assert place_at(text, start, start + 8, [], [])[0] == "Tokombia"
    text = "Rebels attacked Governor of Kessa compound."
    start = text.index("Governor")
    places = _resolved(text, "Kessa", "Kessa Town")
    found = place_at(text, start, start + 8, places, [])
    assert found is not None and found[0] == "Governor"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Troops fight on for Hill 872 as border drive enters its sixth week\n"
            "The army launched an offensive to retake Hill 872 from the guerrillas in late"
            " January.",
            "Hill 872",
        ),
        (
            "Army storms Palace of Justice to free judges\n"
            "Government troops launched an assault on the Palace of Justice on Thursday to free"
            " the judges held there by rebels.",
            "Palace of Justice",
        ),
    ],
)
def test_a_campaign_on_a_site_is_named_by_the_whole_site(dictionary, text, target):
    rows = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert [row[2] for row in rows] == [[target]]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The rebels launched their offensive on New Year's Day.", "New Year's Day"),
        ("Troops began the assault on Christmas Eve, officers said.", "Christmas Eve"),
    ],
)
def test_a_feast_day_is_no_place(text, phrase):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), [], []) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Troops ringed the compound of Gen. Rafael Ortega Varga. Officials said the aim of the"
            " assault was to capture Varga.",
            "Varga",
        ),
        (
            "President Amadou Keloba fled the palace. Rebels vowed to march on Keloba.",
            "Keloba",
        ),
    ],
)
def test_a_titled_persons_last_name_is_no_place(text, word):
    start = text.rindex(word)
    assert place_at(text, start, start + len(word), [], []) is None


def test_a_town_sharing_no_titled_name_stays_a_place():
    text = "Gen. Rafael Ortega said troops would march on Tokombia."
    start = text.index("Tokombia")
    assert place_at(text, start, start + 8, [], [])[0] == "Tokombia"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "To the north, British troops have been fighting since June 19 in Operation Eagle's"
            " Talon, an effort to clear fighters from a string of villages.",
            "Operation Eagle's Talon",
        ),
        (
            "Marines pressed on with Operation Iron Lance on Friday, officers said.",
            "Lance",
        ),
    ],
)
def test_the_words_of_an_operations_name_are_no_place(text, phrase):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), [], []) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The group has said it trained the men with the aim of capturing President Tomas"
            " Arvelo.",
            "President Tomas Arvelo",
        ),
        ("Rebels vowed to march on and seize Gen. Ortega Varga within days.", "Ortega Varga"),
    ],
)
def test_a_titled_name_is_no_place(text, phrase):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), [], []) is None


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "The Reds recaptured Pike's Peak, a knob on the hill's northern shoulder.",
            "Pike's Peak",
            "Pike's Peak",
        ),
        ("Marines stormed Sandy's Ridge at dawn on Tuesday.", "Sandy's Ridge", "Sandy's Ridge"),
        # an owner before a town's name is still no part of it
        ("Troops moved to seize Gaza's Rafah crossing.", "Gaza's Rafah", "Rafah"),
    ],
)
def test_an_owner_before_a_landmark_noun_is_part_of_its_name(text, phrase, name):
    start = text.index(phrase)
    found = place_at(text, start, start + len(phrase), [], [])
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The army said it had broken the siege of the General Command on Tuesday.",
            "General Command",
        ),
        ("Troops stormed the General Hospital at dawn.", "General Hospital"),
    ],
)
def test_a_title_word_opening_a_bodys_name_keeps_it_a_place(text, phrase):
    start = text.index(phrase)
    assert place_at(text, start, start + len(phrase), [], []) is not None
