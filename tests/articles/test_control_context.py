"""Control observations in context: the actor behind a pronoun or an anaphor, monitors and
quoted persons, relative clauses, and dates carried between sentences. Each rule in two
differently worded real-world phrasings (the patterns themselves: test_control_extraction.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.control_rows import WEDNESDAY, claim_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afghan commandos drove Taliban fighters out of Qala-i-Naw on Thursday.",
            (
                "Qala-i-Naw",
                "Afghan National Defence and Security Forces",
                "capture",
                "reported",
                None,
                dt.date(2024, 6, 6),
                1,
            ),
        ),
        (
            "Iraqi forces expelled Islamic State from the town of Rutba on Saturday.",
            ("Rutba", "Iraqi Security Forces", "capture", "reported", None, dt.date(2024, 6, 8), 1),
        ),
    ],
)
def test_driving_a_side_out_takes_the_place(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


def test_pushing_on_from_a_place_takes_nothing(dictionary):
    text = "Hayat Tahrir al-Sham fighters pushed east from Idlib on Tuesday."
    assert claim_rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Turkish-backed fighters of the Syrian National Army captured Manbij on Monday.",
            "Syrian National Army",
        ),
        ("Kurdish-led forces withdrew from Manbij as Turkey advanced.", "Turkey"),
    ],
)
def test_an_actor_named_as_backer_or_leader_is_not_the_one_acting(dictionary, text, side):
    assert [r[1] for r in claim_rows(text, dictionary)] == [side]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hezbollah fighters seized Syria's Qusayr on Sunday, residents said.", "Qusayr"),
        ("Taliban fighters captured Sangin's district centre on Thursday.", "Sangin"),
    ],
)
def test_a_possessive_before_or_after_the_name_is_not_the_place(dictionary, text, place):
    assert [r[0] for r in claim_rows(text, dictionary)] == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rapid Support Forces launched an assault on Gezira state in December.\n"
            "They seized Wad Madani on Monday.",
            ("Wad Madani", "Rapid Support Forces"),
        ),
        (
            "Hayat Tahrir al-Sham launched its offensive in November. Its fighters captured "
            "Aleppo on Saturday.",
            ("Aleppo", "Hayat Tahrir al-Sham"),
        ),
    ],
)
def test_a_pronoun_subject_is_the_actor_of_the_sentence_before(dictionary, text, expected):
    assert [r[:2] for r in claim_rows(text, dictionary)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said Syrian Democratic Forces captured Tabqa on "
        "Sunday.",
        "Syrian Democratic Forces captured Tabqa on Sunday, according to the Syrian Observatory "
        "for Human Rights.",
    ],
)
def test_a_monitor_reports_and_claims_nothing(dictionary, text):
    assert claim_rows(text, dictionary) == [
        ("Tabqa", "Syrian Democratic Forces", "capture", "reported", None, dt.date(2024, 6, 9), 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State fighters stormed Palmyra in May, but Syrian government forces retook "
            "the city on Friday.",
            [
                ("Palmyra", "Islamic State", "capture", "reported", None, dt.date(2024, 5, 1), 3),
                (
                    "Palmyra",
                    "Syrian government forces",
                    "retake",
                    "reported",
                    None,
                    dt.date(2024, 6, 7),
                    1,
                ),
            ],
        ),
        (
            "Boko Haram overran Baga in January, and Nigeria's army said on Tuesday it had "
            "recaptured the town.",
            [
                ("Baga", "Boko Haram", "capture", "reported", None, dt.date(2024, 1, 1), 3),
                (
                    "Baga",
                    "Nigerian Armed Forces",
                    "retake",
                    "claimed",
                    "Nigerian Armed Forces",
                    dt.date(2024, 6, 11),
                    1,
                ),
            ],
        ),
    ],
)
def test_the_town_points_back_to_the_place_named_before(dictionary, text, expected):
    assert claim_rows(text, dictionary) == expected


def test_a_relative_clause_dates_its_own_event(dictionary):
    text = (
        "Nigeria's army said on Tuesday it had retaken Baga, a fishing town that Islamic State "
        "West Africa Province fighters overran a week ago."
    )
    assert (
        "Baga",
        "Nigerian Armed Forces",
        "retake",
        "claimed",
        "Nigerian Armed Forces",
        dt.date(2024, 6, 11),
        1,
    ) in claim_rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces loyal to the Government of National Accord launched an offensive on Saturday "
            "to take Sirte, a day after they retook Tarhuna.",
            ("Tarhuna", dt.date(2024, 6, 7)),
        ),
        (
            "Sudan's military said on Monday it had taken al-Mogran, three days after its troops "
            "recaptured Omdurman.",
            ("Omdurman", dt.date(2024, 6, 7)),
        ),
    ],
)
def test_days_after_another_date(dictionary, text, expected):
    assert expected in [(r[0], r[5]) for r in claim_rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Rapid Support Forces, which captured Wad Madani in December 2023, said its "
            "fighters had pulled out of the city on Saturday.",
            "Wad Madani",
        ),
        ("Hezbollah, which seized Qusayr in 2013, said it had withdrawn from the town.", "Qusayr"),
    ],
)
def test_a_relative_clause_before_the_claim_is_background_told_as_fact(dictionary, text, place):
    assert [(r[0], r[2], r[3]) for r in claim_rows(text, dictionary)][:1] == [
        (place, "capture", "reported")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's army said on Monday its troops still held Chasiv Yar.",
            ("Chasiv Yar", "Ukraine", "hold", "claimed", "Ukraine", dt.date(2024, 6, 10), 1),
        ),
        (
            "The Houthis said their fighters still controlled Hodeidah.",
            ("Hodeidah", "Houthis", "hold", "claimed", "Houthis", WEDNESDAY, 1),
        ),
        (
            "Islamic State fighters still hold al-Qaim, residents said.",
            ("al-Qaim", "Islamic State", "hold", "reported", None, WEDNESDAY, 1),
        ),
        (
            "Raqqa, held by Islamic State since 2014, lies on the Euphrates.",
            ("Raqqa", "Islamic State", "hold", "reported", None, WEDNESDAY, 1),
        ),
    ],
)
def test_still_holding_is_told_as_of_the_day_it_is_said(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army retakes Wad Madani\nSudan's army retook Wad Madani on Saturday, residents "
        "said, after a year of paramilitary rule.",
        "Sudanese army back in Wad Madani\nThe Sudanese army recaptured Wad Madani on Saturday, "
        "witnesses said.",
    ],
)
def test_a_headline_takes_the_date_the_story_gives(dictionary, text):
    found = claim_rows(text, dictionary, dt.date(2025, 1, 12))
    assert [(r[0], r[1], r[3], r[5]) for r in found] == [
        ("Wad Madani", "Sudanese Armed Forces", "reported", dt.date(2025, 1, 11))
    ]


def test_a_quoted_persons_name_says_whose_claim_it_is(dictionary):
    text = (
        '"We left the city in order," said Dmytro Lykhovy, a spokesman for Ukraine\'s army.\n'
        "Lykhovy said Ukrainian troops still held the village of Lastochkyne."
    )
    assert ("Lastochkyne", "Ukraine", "hold", "claimed", "Ukraine", WEDNESDAY, 1) in claim_rows(
        text, dictionary
    )


@pytest.mark.parametrize(
    "text",
    [
        "We want a force that ultimately liberates Raqqa to be from the local area, the US envoy "
        "said.",
        "The army needs troops who retake Kherson quickly, the minister said.",
    ],
)
def test_a_present_tense_after_that_describes_no_change(dictionary, text):
    assert claim_rows(text, dictionary) == []


def test_the_json_record_cites_the_words_of_the_text(dictionary):
    from articles.extraction.control_record import control_json

    text = "Nigeria's army said on Tuesday it had retaken Baga."
    [record] = extract(text, published=WEDNESDAY, dictionary=dictionary).control
    data = control_json(record)
    assert text[data["start"] : data["end"]] == data["text"] == "Baga"
    assert (data["date"], data["trigger"]) == ("2024-06-11", "retake")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Bosso has not fallen. Our soldiers are there," Niger\'s defence minister said on '
            "Monday.",
            (
                "Bosso",
                "Nigerien Armed Forces",
                "hold",
                "claimed",
                "Niger",  # a minister speaks for the state (tests/gold/README.md)
                dt.date(2024, 6, 10),
                1,
            ),
        ),
        (
            '"Mokha is still in our hands," said a spokesman for the Houthis.',
            ("Mokha", "Houthis", "hold", "claimed", "Houthis", WEDNESDAY, 1),
        ),
    ],
)
def test_a_party_saying_a_place_has_not_fallen_claims_to_hold_it(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


def test_a_date_after_and_had_belongs_to_the_next_predicate(dictionary):
    text = (
        "Syrian government forces still controlled Harabesh and had retaken several positions "
        "on Tuesday, a military source said."
    )
    assert claim_rows(text, dictionary) == [
        (
            "Harabesh",
            "Syrian government forces",
            "hold",
            "claimed",
            "Syrian government forces",
            WEDNESDAY,
            1,
        )
    ]
