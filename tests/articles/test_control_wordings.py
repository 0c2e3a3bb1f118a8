"""Control observations: who speaks when the sentence says only "he said", a side named by a
qualified common noun ("LNA troops", "Shi'ite militiamen"), and further wordings of a withdrawal,
a hold and a date. Each rule is read in at least two differently worded real-world phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def rows(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    """(place, side, event, kind, claimant, date, precision) per observation."""
    result = extract(text, published=published, dictionary=dictionary)
    return [
        (c.place, c.side, c.event, c.kind, c.claimant, c.observed_on, c.date_precision)
        for c in result.control
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Our units have secured the citadel," said a spokesman for Haftar\'s Libyan National '
            "Army. He said troops had also entered Ghadwa on Tuesday after brief clashes.",
            (
                "Ghadwa",
                "Libyan National Army",
                "capture",
                "claimed",
                "Libyan National Army",
                dt.date(2024, 6, 11),
                1,
            ),
        ),
        (
            '"The column has been destroyed," Chad\'s army spokesman said on state television. '
            "He said soldiers had recaptured the village of Nokou on Saturday.",
            (
                "Nokou",
                "Chadian National Army",
                "retake",
                "claimed",
                "Chadian National Army",
                dt.date(2024, 6, 8),
                1,
            ),
        ),
        (
            '"We will not let them pass," a spokeswoman for the Houthis said. She said fighters '
            "had taken the town of Hazm on Monday.",
            ("Hazm", "Houthis", "capture", "claimed", "Houthis", dt.date(2024, 6, 10), 1),
        ),
    ],
)
def test_he_said_is_the_party_quoted_just_before(dictionary, text, expected):
    assert rows(text, dictionary) == [expected]


def test_he_said_far_from_any_quoted_party_is_a_report(dictionary):
    text = (
        '"We will not let them pass," a spokeswoman for the Houthis said.\n'
        + "Fighting went on in the hills through the night. " * 12
        + "\nHe said Houthi fighters had taken the town of Hazm on Monday."
    )
    assert [r[3] for r in rows(text, dictionary)] == ["reported"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Iraqi soldiers and Shi'ite militiamen drove Islamic State fighters out of Jurf "
            "al-Sakhar on Saturday, the army said.",
            "Iraqi Security Forces",
        ),
        (
            "The Government of National Accord condemned the advance. Haftar's Libyan National "
            "Army (LNA) moved south in January. LNA troops entered Ghadwa on Wednesday, residents "
            "said.",
            "Libyan National Army",
        ),
    ],
)
def test_a_common_noun_a_name_qualifies_is_not_the_articles_main_side(dictionary, text, side):
    assert [r[1] for r in rows(text, dictionary)] == [side]


def test_an_unqualified_common_noun_is_the_articles_main_side(dictionary):
    text = (
        "Islamic State fighters attacked Baiji at dawn. Iraqi officials said the militants had "
        "seized the refinery town of Siniyah on Monday."
    )
    assert ("Siniyah", "Islamic State") in [r[:2] for r in rows(text, dictionary)]
