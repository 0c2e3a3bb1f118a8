"""Whom a statement speaks for: a state's services named by their building speak for the state (heldout8
convention), each with two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

from tests.articles.rows import statement_rows

MONDAY = dt.date(2024, 1, 8)


def test_a_spokesman_of_a_ministry_named_by_its_building_speaks_for_the_state(dictionary):
    first = ('Houthi fighters pressed on towards Marib. "There is no military solution to this conflict," State '
             'Department spokesman Daniel Whitmore told reporters in Washington.')
    second = ('Taliban fighters overran Qala-i-Naw. "A military takeover is not acceptable," said Karen Walsh, a '
              'Pentagon spokeswoman.')
    assert statement_rows(first, dictionary, MONDAY) == [
        ("Daniel Whitmore", "State Department spokesman", "United States")]
    assert statement_rows(second, dictionary, MONDAY) == [("Karen Walsh", "Pentagon spokeswoman", "United States")]


def test_a_presidential_spokesman_named_by_the_seat_of_government_speaks_for_the_state(dictionary):
    first = ('Russian troops shelled Kherson. "The special military operation continues," Kremlin spokesman '
             'Pavel Orlov told reporters on Monday.')
    second = ('"Moscow will respond to any provocation," said Pavel Orlov, the Kremlin spokesman, as Russian '
              'forces pressed their assault on Avdiivka.')
    assert statement_rows(first, dictionary, MONDAY) == [("Pavel Orlov", "Kremlin spokesman", "Russia")]
    assert statement_rows(second, dictionary, MONDAY) == [("Pavel Orlov", "Kremlin spokesman", "Russia")]
