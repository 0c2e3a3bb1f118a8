"""A generic speaker's own fighters ("the army said its troops …", "the group said its fighters
…"): the doer is of the speaker's camp, not the actor the sentence before is about
(articles/extraction/control_speakers.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract


def places_sides(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    return [(c.place, c.side) for c in result.control]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malian soldiers had abandoned the town in April. Ansar Dine militants raided the "
            "market at dawn. The junta announced that its troops had retaken Douentza.",
            [("Douentza", "Malian Armed Forces")],
        ),
        (
            "Syrian soldiers had been pushed back in March. Hayat Tahrir al-Sham fighters shelled "
            "the highway on Monday. The government said its forces had recaptured Morek.",
            [("Morek", "Syrian government forces")],
        ),
    ],
)
def test_a_state_speakers_troops_are_the_states(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab attacked the base at dawn. Somali troops shelled the area on Monday. In a "
            "statement on its radio station, the group said its fighters still controlled "
            "Bardhere.",
            [("Bardhere", "Al-Shabaab")],
        ),
        (
            "Boko Haram fighters attacked the border town of Bosso on Friday. Niger's army was "
            "fighting to keep the militants out. A commander of the group claimed their men had "
            "seized the army camp in Bosso.",
            [("Bosso", "Boko Haram")],
        ),
    ],
)
def test_an_armed_groups_fighters_are_the_groups(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the sentence before names the speaker's own camp
            "Al-Shabaab attacked the base at dawn. Somali troops retook the town of Bardhere on "
            "Monday. The army said its soldiers also held Dinsor.",
            [("Bardhere", "Somali National Army"), ("Dinsor", "Somali National Army")],
        ),
        (  # no pronoun: the speaker tells of someone else
            "Hayat Tahrir al-Sham fighters massed north of the town. The army said fighters had "
            "stormed Morek overnight.",
            [("Morek", "Hayat Tahrir al-Sham")],
        ),
    ],
)
def test_the_sentence_before_reads_where_the_speaker_does_not_say(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's army was regrouping in the east. Shelling went on along the front on "
            "Saturday. The defence ministry said its troops had recaptured Tykhe.",
            [("Tykhe", "Ukraine")],
        ),
        (
            "Mali's junta is under pressure in the north. Clashes were reported near the river. "
            "On Friday the defense ministry announced that its soldiers had retaken Léré.",
            [("Léré", "Malian Armed Forces")],
        ),
    ],
)
def test_a_named_ministrys_troops_are_the_states(dictionary, text, expected):
    # "the defence ministry said its troops …": a state's ministry, as "the ministry said"
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "place", "claimant"),
    [
        (
            "Russia's Defence Ministry said on Monday its troops had repelled attacks near "
            "Svatove. It said Kreminna remained firmly under Russian control.",
            "Kreminna",
            "Russia",
        ),
        (
            "The Taliban said in a statement that its fighters had beaten off an attack on "
            "Ghazni. They said the Taliban still held Kunduz.",
            "Kunduz",
            "Taliban",
        ),
    ],
)
def test_it_said_is_who_spoke_in_the_sentence_before(dictionary, text, place, claimant):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {(c.kind, c.claimant) for c in result.control if c.place == place} == {
        ("claimed", claimant)
    }


def test_they_said_after_residents_is_still_a_report(dictionary):
    text = (
        "Residents said the army had left Kunduz on Monday. They said the Taliban still held "
        "Ghazni."
    )
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {c.kind for c in result.control if c.place == "Ghazni"} == {"reported"}


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Late last month Russian forces took the village of Novouspenivske, according to "
            "DeepState, a monitoring group.",
            "Novouspenivske",
            "reported",
        ),
        (
            "Al-Shabaab fighters have held Jilib throughout the fighting, according to Somali "
            "Memo, a website.",
            "Jilib",
            "reported",
        ),
        (
            "Russian forces took Novouspenivske last month, Russia's defence ministry, in a "
            "statement, said.",
            "Novouspenivske",
            "claimed",
        ),
    ],
)
def test_according_to_after_the_trigger_names_its_source_after_it(dictionary, text, place, kind):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {c.kind for c in result.control if c.place == place} == {kind}


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "A column of UNITA fighters which diplomats say is led by foreign officers took "
            "Benguela last week.",
            "Benguela",
            "reported",
        ),
        (
            "M23 fighters, who residents say were backed by Rwandan troops, seized Bunagana on "
            "Monday.",
            "Bunagana",
            "reported",
        ),
        (
            "Hezbollah said its fighters still held the village of Maroun al-Ras, which Israel "
            "says it captured last week.",
            "Maroun al-Ras",
            "claimed",
        ),
    ],
)
def test_a_saying_inside_a_relative_clause_is_that_clauses(dictionary, text, place, kind):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {c.kind for c in result.control if c.place == place} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Croatian troops took the villages of Divoselo and Citluk by nightfall, Western military "
        "observers said.",
        "A district official said M23 fighters had taken Bunagana overnight.",
        "Municipal officials said M23 fighters had taken Bunagana overnight.",
    ],
)
def test_observers_and_district_officials_report(dictionary, text):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert result.control and {c.kind for c in result.control} == {"reported"}
