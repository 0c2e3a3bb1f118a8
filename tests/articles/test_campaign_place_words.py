"""An unresolved target phrase is no place when it is a compass word alone or words the article's
parse reads as a nationality, religion or group wherever it uses them
(campaign_places.place_at)."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_places import place_at
from places.nlp import parse


def _target(text: str, phrase: str, *, parsed: bool = True):
    if parsed:
        parse(text)  # the article's parse, kept as extraction keeps it
    start = text.index(phrase)
    return place_at(text, start, start + len(phrase), [], [])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Government troops pushed on into the East on Sunday, the ministry said.", "East"),
        ("The rebels have been advancing on the North since the spring.", "North"),
        ("Insurgents launched an offensive on the Southwest last week.", "Southwest"),
        # a headline's lower-case compass word, which the tagger may take for a name
        ("Cameroon troops push into separatist strongholds in northwest", "northwest"),
        ("Army columns press into rebel-held villages across southeast", "southeast"),
    ],
)
def test_a_compass_word_alone_is_no_place(text, phrase):
    assert _target(text, phrase, parsed=False) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Militiamen advanced on Armenian villages on Monday. Armenian leaders called for calm.",
            "Armenian",
        ),
        (
            "The army halted the Maoist advance on Christian villages. Christian groups fled.",
            "Christian",
        ),
    ],
)
def test_a_group_word_the_article_always_uses_so_is_no_place(text, phrase):
    assert _target(text, phrase) is None


def test_a_group_word_after_a_name_is_cut_from_it():
    text = (
        "Troops stormed the Ras Hadda Palestinian refugee camp on Sunday. Palestinian officials"
        " said the fighting went on."
    )
    found = _target(text, "Ras Hadda Palestinian")
    assert found is not None and found[0] == "Ras Hadda"


def test_a_name_still_reads_as_one_without_the_parse_or_when_not_always_a_group():
    text = "Rebels laid siege to Korvath last month. The siege of Korvath went on."
    assert _target(text, "Korvath", parsed=False) == ("Korvath", 21, 28)
    assert _target(text, "Korvath")[0] == "Korvath"


def test_a_name_the_parse_reads_as_a_group_only_as_a_noun_stays_a_name():
    text = (
        "The assault on Kidal began in early May, residents said.\n"
        "The town of Kidal was stormed by the army at dawn on Tuesday."
    )
    found = _target(text, "Kidal")
    assert found is not None and found[0] == "Kidal"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "A brigade of Stryker armoured vehicles led the assault on the town on Monday.",
            "Stryker",
        ),
        ("Officers of the Kantemirovka tank division stormed the hill at dawn.", "Kantemirovka"),
    ],
)
def test_a_name_before_a_word_for_a_unit_or_vehicle_is_no_place(text, phrase):
    assert _target(text, phrase, parsed=False) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The police offensive was launched last year to capture the cartel's leader, Juan"
            ' Carlos Montoya, alias "the Fox".',
            "Juan Carlos Montoya",
        ),
        (
            "Special forces mounted a raid on Sunday to arrest the militant commander Abdul"
            " Rahman Haqqani, officials said.",
            "Abdul Rahman Haqqani",
        ),
        (
            "Commandos entered the village before dawn to serve warrants on Ahmad bin Salim, a"
            " Yemeni bomb maker wanted for years, police said.",
            "Ahmad bin Salim",
        ),
    ],
)
def test_a_persons_full_name_is_no_place(text, phrase):
    assert _target(text, phrase) is None


def test_a_name_the_parse_may_read_as_a_persons_stays_a_place_without_a_role():
    text = "Government forces launched an offensive to retake Tal Kalakh on Sunday, the army said."
    assert _target(text, "Tal Kalakh") == ("Tal Kalakh", 50, 60)
