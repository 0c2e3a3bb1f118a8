"""A "since" the parse hangs on a hold (a verb of holding however far back, a copula "under/in" a
noun of control) dates the hold, not the start of the campaign that retook the place."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_dates import strong_start_date
from articles.extraction.campaign_since_holds import since_dates_a_hold
from articles.extraction.sentences import Span
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022


@pytest.mark.parametrize(
    "text",
    [
        # a verb of holding too far back for the words before "since"
        "Rebels had held the police headquarters and the governor's office in the river port, a"
        " trading town of some 80,000 people on the northern bank, since early January.",
        "The militia has used the old customs post on the ridge above the border crossing as its"
        " main base since October, residents said.",
        # a copula with a noun of control
        "The market town, with its old fort and grain stores, had been under rebel control since"
        " late January.",
        "The airport has been in the hands of the mutineers since early February, a diplomat said.",
    ],
)
def test_a_since_the_parse_hangs_on_a_hold_dates_no_start(text):
    parse(text)
    since = text.index("since")
    assert since_dates_a_hold(text, since)
    assert strong_start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) is None


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a siege or a push "since" is still a start
        (
            "Militiamen have besieged the garrison on the hill above the town since early"
            " February, residents said.",
            (dt.date(2022, 2, 1), 3),
        ),
        (
            "Government troops have been advancing on the provincial capital along the coast road"
            " since late January, officials said.",
            (dt.date(2022, 1, 1), 3),
        ),
    ],
)
def test_a_since_on_a_campaign_verb_still_dates_its_start(text, started):
    parse(text)
    assert not since_dates_a_hold(text, text.index("since"))
    assert strong_start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) == started


def test_without_a_kept_parse_nothing_is_read():
    text = "The town had been under rebel control since late January, a resident told reporters."
    assert not since_dates_a_hold(text, text.index("since"))
