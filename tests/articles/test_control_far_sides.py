"""Who holds what a side left when its sentence names no one else (control_far_sides.py): not a
state the article names often only as a backer, but the side it tells taking ground; and a name
that only qualifies another noun ("U.S. envoy") is no opponent. Two phrasings each."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.control_far_sides import in_passing
from places.nlp import parse

WEDNESDAY = dt.date(2024, 6, 12)


def withdrawals(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [(c.place_text, c.side) for c in result.control if c.event == "withdraw"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has funded the alliance for months, U.S. officials said. The "
            "United States denied arming any faction. Islamic Courts Union militias seized the "
            "town of Adale on Sunday. Fighters of the Alliance for the Restoration of Peace and "
            "Counter-Terrorism pulled out of the village of Warshiikh overnight, a commander said.",
            ("Warshiikh", "Islamic Courts Union"),
        ),
        (
            "Ethiopia has armed Ahlu Sunna Wal Jamaa since last year, Ethiopian officials said. "
            "Ethiopia denied sending troops. Al-Shabaab fighters overran Dhusamareb on Monday. "
            "Ahlu Sunna Wal Jamaa militiamen withdrew from Guriceel before dawn, residents said.",
            ("Guriceel", "Al-Shabaab"),
        ),
    ],
)
def test_a_backer_named_in_passing_does_not_hold_what_was_left(text, expected, dictionary):
    assert expected in withdrawals(text, dictionary)


@pytest.mark.parametrize(
    ("text", "name", "passing"),
    [
        ("The army pulled out as U.S. envoy John Smith tried to broker a truce.", "U.S.", True),
        ("Three Soviet military advisers were among the prisoners, he said.", "Soviet", True),
        ("Chen Mechan fighters pulled out of the village on Tuesday.", "Chen Mechan", False),
        ("The Israeli army pulled out of the town overnight.", "Israeli", False),
    ],
)
def test_a_name_qualifying_another_noun_is_named_in_passing(text, name, passing):
    start = text.index(name)
    actor = ActorMatch(start, start + len(name), name, name, "state")
    assert in_passing(text, parse(text), actor) is passing
