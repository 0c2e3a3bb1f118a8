"""Holds told by the word before "hands" / "control" ("remained in Georgian hands", "remains
under rebel control": the places the clause's subject names) and by a plain verb of holding
("the army held X", "which controls most of X"). Each rule is read in at least two differently
worded real-world phrasings (control_holds.py, control_triggers.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def holds(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [(c.place, c.side) for c in result.control if c.event == "hold"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The villages of Dolna and Gorna, on the road east of Zvornik, remained in Croatian "
            "hands on Monday, residents said.",
            [("Dolna", "Croatian Army"), ("Gorna", "Croatian Army")],
        ),
        (
            "Russian shelling went on overnight. Kupiansk is still under Ukrainian control, the "
            "regional governor said.",
            [("Kupiansk", "Ukraine")],
        ),
    ],
)
def test_the_demonym_before_hands_or_control_holds_the_subjects_places(dictionary, text, expected):
    assert holds(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels shelled the outskirts of Goma on Monday. The town of Kalehe remained in "
        "rebel hands on Tuesday, residents said.",
        "M23 fighters advanced along the lake shore. Kalehe, which remains under rebel control, "
        "was quiet on Tuesday.",
    ],
)
def test_a_camp_word_before_hands_or_control_is_the_articles_main_group(dictionary, text):
    assert ("Kalehe", "M23") in holds(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels shelled Goma. Diplomats in Kinshasa said the airport was still in government "
        "hands.",
        "M23 rebels pushed west toward Sake and Minova, the last areas of the province under "
        "government control.",
    ],
)
def test_no_hold_where_the_clause_names_no_held_place(dictionary, text):
    assert [p for p, _ in holds(text, dictionary) if p in ("Kinshasa", "Minova", "Sake")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab, which controls most of Jilib, attacked an army post on Monday.",
            ("Jilib", "Al-Shabaab"),
        ),
        (
            "Officers said Ethiopian troops held Zalambessa throughout the fighting.",
            ("Zalambessa", "Ethiopian National Defense Force"),
        ),
        (
            "The Taliban now hold Kunduz and the road to the border, residents said.",
            ("Kunduz", "Taliban"),
        ),
    ],
)
def test_a_plain_verb_of_holding_is_the_doers_hold(dictionary, text, expected):
    assert expected in holds(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between the Taliban and Kabul were held in Doha on Monday.",
        '"Whoever holds Bakhmut holds the road to Kramatorsk," a Ukrainian officer said.',
        "Taliban fighters held talks with elders in Kunduz on Tuesday.",
    ],
)
def test_no_hold_from_a_verb_of_holding_that_holds_no_ground(dictionary, text):
    assert holds(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's army said it had repelled 14 attacks near Kupiansk on Thursday.",
            ("Kupiansk", "Ukraine"),
        ),
        (
            "Azerbaijan's defence ministry said its troops had beaten back Armenian attacks near "
            "Fizuli on Friday.",
            ("Fizuli", "Azerbaijan"),
        ),
        (
            'The Malian Armed Forces said they had "repelled terrorist attacks in Kayes and '
            'Nioro" on Tuesday.',
            ("Kayes", "Malian Armed Forces"),
        ),
    ],
)
def test_attacks_repelled_near_or_in_a_place_are_the_defenders_hold(dictionary, text, expected):
    assert expected in holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MPLA said its forces had thrown back a column of the rival FNLA and Zairean "
            "troops at Quifangondo on Monday.",
            ("Quifangondo", "People's Movement for the Liberation of Angola"),
        ),
        (
            "Somali troops repelled an attack by al-Shabaab and Hizbul Islam fighters on Baidoa "
            "on Monday.",
            ("Baidoa", "Somali National Army"),
        ),
        (
            "The Kenyan army said it had repelled two al-Shabaab counterattacks on Kismayo.",
            ("Kismayo", "Kenya Defence Forces"),
        ),
        (
            "Ukraine's army said its units had driven back a Russian assault near Kupiansk.",
            ("Kupiansk", "Ukraine"),
        ),
    ],
)
def test_an_attack_thrown_back_by_a_long_named_attacker_is_the_defenders_hold(
    dictionary, text, expected
):
    assert expected in holds(text, dictionary)
