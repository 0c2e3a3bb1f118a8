"""A seat of government other than the capital countries.json gives places an official in its
state ("a government spokesman in Dar es Salaam", "a foreign ministry spokesman in Rangoon"),
as a capital does (data/government_seats.json, states.state_of_capital)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.states import state_of_capital
from tests.articles.rows import statement_rows


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Rebel troops backed by artillery shelled the Ugandan garrison at Masaka on Sunday "
            'and captured the town after a day of fighting.\n"Our forces are helping the exiles '
            'and will stay until the job is done," said Joseph Mrema, a government spokesman in '
            "Dar es Salaam.",
            "Tanzania",
        ),
        (
            "Thai troops shelled rebel camps along the border near Mae Sot on Monday.\n"
            '"Any further violation of our territory will be answered," Tin Maung, a foreign '
            "ministry spokesman in Rangoon, told reporters.",
            "Myanmar",
        ),
    ],
)
def test_an_official_in_a_seat_of_government_speaks_for_its_state(dictionary, text, state):
    rows = statement_rows(text, dictionary, dt.date(1979, 3, 12))
    assert rows[-1][2] == state


def test_a_capital_wins_over_a_seat():
    assert state_of_capital()["Dar es Salaam"] == "Tanzania"
    assert state_of_capital()["Dodoma"] == "Tanzania"
