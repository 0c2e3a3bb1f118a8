"""Control observations from the text: each trigger pattern read in two differently worded
real-world phrasings, the side holding the place afterwards, claimed vs reported, and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.control import TRIGGERS
from tests.articles.control_rows import WEDNESDAY, claim_rows


def test_every_pattern_has_a_name_and_a_known_event():
    from articles.control import ControlObservation

    names = [t.name for t in TRIGGERS]
    assert len(names) == len(set(names))
    assert {t.event for t in TRIGGERS} <= set(ControlObservation.Event.values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapid Support Forces fighters seized the town of Babanusa on Monday, residents said.",
            (
                "Babanusa",
                "Rapid Support Forces",
                "capture",
                "reported",
                None,
                dt.date(2024, 6, 10),
                1,
            ),
        ),
        (
            "The Taliban overran the district centre of Kunduz on Saturday, according to local "
            "residents.",
            ("Kunduz", "Taliban", "capture", "reported", None, dt.date(2024, 6, 8), 1),
        ),
        (
            "Tigray People's Liberation Front fighters stormed Lalibela on Thursday.",
            (
                "Lalibela",
                "Tigray People's Liberation Front",
                "capture",
                "reported",
                None,
                dt.date(2024, 6, 6),
                1,
            ),
        ),
    ],
)
def test_capture(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria's army said on Tuesday it had retaken Baga from Boko Haram.",
            (
                "Baga",
                "Nigerian Armed Forces",
                "retake",
                "claimed",
                "Nigerian Armed Forces",
                dt.date(2024, 6, 11),
                1,
            ),
        ),
        (
            "Sudan's military said it had recaptured Wad Madani, the capital of Gezira state.",
            # A claim without a day of its own is dated by the day it was made.
            (
                "Wad Madani",
                "Sudanese Armed Forces",
                "retake",
                "claimed",
                "Sudanese Armed Forces",
                WEDNESDAY,
                1,
            ),
        ),
        (
            '"We have liberated Bakhmut," Wagner Group said in a statement.',
            ("Bakhmut", "Wagner Group", "retake", "claimed", "Wagner Group", WEDNESDAY, 1),
        ),
    ],
)
def test_retake_claimed_by_the_party_that_speaks(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strategic town of Sake fell to M23 rebels last week.",
            ("Sake", "M23", "capture", "reported", None, dt.date(2024, 6, 3), 2),
        ),
        (
            "Kherson was captured by Russian forces in March.",
            ("Kherson", "Russia", "capture", "reported", None, dt.date(2024, 3, 1), 3),
        ),
    ],
)
def test_fell_to_gives_the_place_to_the_actor_after_it(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian forces withdrew from Avdiivka on Saturday as Russian troops advanced.",
            ("Avdiivka", "Russia", "withdraw", "reported", None, dt.date(2024, 6, 8), 1),
        ),
        (
            "Somali troops pulled out of the town of Bulo Burde on Monday, leaving it to "
            "al-Shabaab.",
            ("Bulo Burde", "Al-Shabaab", "withdraw", "reported", None, dt.date(2024, 6, 10), 1),
        ),
    ],
)
def test_a_withdrawal_leaves_the_place_to_the_other_side(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces have encircled Pokrovsk, Ukraine's military said on Sunday.",
            ("Pokrovsk", "Ukraine", "encircle", "claimed", "Ukraine", dt.date(2024, 6, 9), 1),
        ),
        (
            "Islamic State fighters besieged the city of Deir ez-Zor, held by Syrian government "
            "forces, in January.",
            (
                "Deir ez-Zor",
                "Syrian government forces",
                "encircle",
                "reported",
                None,
                dt.date(2024, 1, 1),
                3,
            ),
        ),
    ],
)
def test_an_encircled_place_is_held_by_the_side_inside(dictionary, text, expected):
    assert expected in claim_rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis denied losing Hodeidah on Monday.",
            ("Hodeidah", "Houthis", "hold", "claimed", "Houthis", dt.date(2024, 6, 10), 1),
        ),
        (
            "Hamas denied having lost Rafah, saying its fighters were still fighting.",
            ("Rafah", "Hamas", "hold", "claimed", "Hamas", WEDNESDAY, 1),
        ),
    ],
)
def test_a_denial_is_a_claim_to_hold(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops still hold the cities of Kramatorsk and Sloviansk.",
            [
                ("Kramatorsk", "Ukraine", "hold", "reported", None, WEDNESDAY, 1),
                ("Sloviansk", "Ukraine", "hold", "reported", None, WEDNESDAY, 1),
            ],
        ),
        (
            "The Taliban said on Friday they remained in control of Kunduz.",
            [("Kunduz", "Taliban", "hold", "claimed", "Taliban", dt.date(2024, 6, 7), 1)],
        ),
        (
            "The Houthis continued to hold Hodeidah on Sunday, witnesses said.",
            [("Hodeidah", "Houthis", "hold", "reported", None, dt.date(2024, 6, 9), 1)],
        ),
    ],
)
def test_holding(dictionary, text, expected):
    assert claim_rows(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tabqa, held by Islamic State since 2014, lies on the Euphrates.",
            ("Tabqa", "Islamic State", "hold", "reported", None, WEDNESDAY, 1),
        ),
        (
            "Much of Marib city remains under the control of Yemeni government forces.",
            ("Marib", "Yemeni government forces", "hold", "reported", None, WEDNESDAY, 1),
        ),
    ],
)
def test_held_by(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State lost Palmyra to Syrian government forces in March.",
            (
                "Palmyra",
                "Syrian government forces",
                "lose",
                "reported",
                None,
                dt.date(2024, 3, 1),
                3,
            ),
        ),
        (
            "Al-Shabaab lost control of Kismayo to Kenyan troops last week, residents said.",
            ("Kismayo", "Kenya Defence Forces", "lose", "reported", None, dt.date(2024, 6, 3), 2),
        ),
    ],
)
def test_a_loss_gives_the_place_to_the_other_side(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive to retake Sirte from Islamic State.",
        "Wagner Group vowed to capture Bakhmut before the winter.",
    ],
)
def test_an_aim_is_no_change_of_control(dictionary, text):
    assert claim_rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        (
            "Iraqi forces entered the centre of Ramadi on Tuesday, officials said.",
            "claimed",
            "Iraqi Security Forces",
        ),
        ("Iraqi forces entered the centre of Ramadi on Tuesday, residents said.", "reported", None),
        (
            "Iraqi forces entered the centre of Ramadi on Tuesday, witnesses told Reuters.",
            "reported",
            None,
        ),
    ],
)
def test_who_tells_it_decides_claimed_or_reported(dictionary, text, kind, claimant):
    [(place, side, _, got_kind, got_claimant, day, _)] = claim_rows(text, dictionary)
    assert (place, side, got_kind, got_claimant, day) == (
        "Ramadi",
        "Iraqi Security Forces",
        kind,
        claimant,
        dt.date(2024, 6, 11),
    )


def test_a_claim_does_not_reach_past_its_clause(dictionary):
    text = (
        "Russian forces said they had encircled Avdiivka, while Ukrainian troops withdrew from "
        "Lastochkyne on Saturday."
    )
    expected = ("Lastochkyne", "Russia", "withdraw", "reported", None, dt.date(2024, 6, 8), 1)
    assert expected in claim_rows(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "The Government of National Accord said on Thursday it had recaptured Gharyan.\n"
        "GNA fighters swept into Gharyan on Wednesday afternoon, GNA officials said.",
        "Nigeria's army said on Thursday it had retaken Baga.\n"
        "Nigerian troops entered Baga on Wednesday, the army said.",
    ],
)
def test_an_undated_claim_takes_the_day_its_claimant_gives_the_change(dictionary, text):
    """(What others report does not date a claim: test_control_dating.py.)"""
    published = dt.date(2024, 6, 14)  # a Friday
    claims = [r for r in claim_rows(text, dictionary, published) if r[3] == "claimed"]
    assert claims and {(r[5], r[6]) for r in claims} == {(dt.date(2024, 6, 12), 1)}


def test_a_headline_and_its_lead_give_one_observation_dated_by_the_lead(dictionary):
    text = (
        "Sudan's army says it has retaken Wad Madani\n"
        "PORT SUDAN, Sudan (AP) — Sudan's army said it had retaken Wad Madani on Saturday.\n"
    )
    assert claim_rows(text, dictionary, dt.date(2025, 1, 12)) == [
        (
            "Wad Madani",
            "Sudanese Armed Forces",
            "retake",
            "claimed",
            "Sudanese Armed Forces",
            dt.date(2025, 1, 11),
            1,
        )
    ]
