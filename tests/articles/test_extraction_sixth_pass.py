"""The sixth extraction pass (after heldout9's first run): each rule on a string of its own (not the gold
articles)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract
from tests.articles.rows import campaign_rows, statement_rows

FRIDAY = dt.date(2014, 10, 3)


def _statements(text: str, dictionary) -> list[tuple[str, str, str | None]]:
    return statement_rows(text, dictionary, FRIDAY)


def _campaigns(text: str, dictionary, published: dt.date = FRIDAY) -> list[tuple]:
    return campaign_rows(text, dictionary, published)


# Campaigns ------------------------------------------------------------------------------------------------

def test_it_does_not_take_an_abbreviated_month_for_a_target(dictionary):
    text = ("Islamic State fighters shelled the town of Tal Abyad on Friday as their assault on it entered its "
            "third week.\nThousands have fled since the militants began their offensive on Sept. 16.")
    campaigns = _campaigns(text, dictionary)
    assert [(name, targets) for name, _, targets, _, _ in campaigns] == [("Tal Abyad offensive", ["Tal Abyad"])]
    assert [(started, precision) for *_, started, precision in campaigns] == [(dt.date(2014, 9, 16), 1)]
