"""Which day a control observation is dated by when the text gives several: a party's word
that it had left a place, told without a day of its own, takes the day another sentence gives
the taking; a date inside a relative clause closed before the trigger, or in a "though" clause
after it, is another verb's; the nearest date before the trigger is its own; "mid-March" is the
15th, to the week; a headline's "Rebels say …" is a claim. Each rule is read in at least two
differently worded phrasings (published on Wednesday 12 June 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import MONDAY, TUESDAY, WEDNESDAY, rows


def _of(text, dictionary, place, event):
    return {
        (d, p, kind) for pl, _, e, kind, d, p in rows(text, dictionary) if (pl, e) == (place, event)
    }


@pytest.mark.parametrize(
    ("text", "place", "event", "day"),
    [
        (
            "Somali troops captured Jilib on Monday after heavy fighting. Al Shabaab said it had "
            "withdrawn from Jilib to avoid civilian casualties.",
            "Jilib",
            "withdraw",
            MONDAY,
        ),
        (
            "M23 rebels seized the town of Masisi on Tuesday. The army said its troops had "
            "pulled back from Masisi to protect civilians.",
            "Masisi",
            "withdraw",
            TUESDAY,
        ),
        (  # the taking dated only by the day its claim was made
            "Philippine troops have taken Buliok, the main rebel camp, after two days of air "
            "strikes, military officials said yesterday. The Moro Islamic Liberation Front said "
            "its fighters had withdrawn from Buliok to spare civilians.",
            "Buliok",
            "withdraw",
            TUESDAY,
        ),
        (
            "Somali troops have captured Jilib, the army said on Tuesday. Al Shabaab said it had "
            "pulled out of Jilib to avoid civilian casualties.",
            "Jilib",
            "withdraw",
            TUESDAY,
        ),
    ],
)
def test_a_leaving_told_after_the_fact_takes_the_day_of_the_taking(
    dictionary, text, place, event, day
):
    assert {d for d, _, _ in _of(text, dictionary, place, event)} == {day}


@pytest.mark.parametrize(
    ("text", "place", "event"),
    [
        (
            "The Malian army, which moved into the abandoned barracks on Monday, said it still "
            "held Kidal.",
            "Kidal",
            "hold",
        ),
        (
            "The Bosnian army said its 5th Corps, in an offensive which began on Monday, had "
            "captured Kljuc.",
            "Kljuc",
            "capture",
        ),
    ],
)
def test_a_date_in_a_closed_relative_clause_is_another_verbs(dictionary, text, place, event):
    assert {d for d, _, _ in _of(text, dictionary, place, event)} == {WEDNESDAY}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "M23 captured the border town of Bunagana in March, and in May its fighters took "
            "Rutshuru.",
            "Rutshuru",
            (dt.date(2024, 5, 1), 3),
        ),
        (
            "Boko Haram overran Baga on May 3 and on May 20 the jihadists seized Monguno.",
            "Monguno",
            (dt.date(2024, 5, 20), 1),
        ),
    ],
)
def test_the_nearest_date_before_the_trigger_is_its_own(dictionary, text, place, expected):
    assert {(d, p) for d, p, _ in _of(text, dictionary, place, "capture")} == {expected}


@pytest.mark.parametrize(
    ("text", "place", "event"),
    [
        ("Ukrainian forces retook the village of Urozhaine in mid-April.", "Urozhaine", "retake"),
        ("M23 has held Alimbongo since mid-April, residents said.", "Alimbongo", "capture"),
    ],
)
def test_mid_month_is_the_fifteenth_to_the_week(dictionary, text, place, event):
    assert {(d, p) for d, p, _ in _of(text, dictionary, place, event)} == {
        (dt.date(2024, 4, 15), 2)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Boukamal remains in Islamic State hands, though the Syrian army said on Monday it had "
        "retaken Mayadin.",
        "Islamic State still holds Boukamal, although Syrian troops said on Monday they had "
        "entered Mayadin.",
    ],
)
def test_a_day_in_a_though_clause_is_not_the_holds(dictionary, text):
    assert {d for d, _, _ in _of(text, dictionary, "Boukamal", "hold")} <= {WEDNESDAY, None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Guerrillas say they hold Leon as Guard flees\n\nMANAGUA (Reuters) - The Sandinista "
            "National Liberation Front fought on in Leon on Tuesday.",
            "Leon",
        ),
        (
            "Gov't says army retakes Lalibela as fighting moves north\n\nADDIS ABABA (Reuters) - "
            "Ethiopian troops were fighting the TPLF near Lalibela on Tuesday.",
            "Lalibela",
        ),
    ],
)
def test_a_headlines_say_is_a_claim(dictionary, text, place):
    assert {k for pl, _, _, k, _, _ in rows(text, dictionary) if pl == place} == {"claimed"}
