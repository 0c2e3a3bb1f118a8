"""A claim dated only by the day it was made takes the day its own party gives the change, even
where the claim is heard through the party's backer (heldout33: "rebels …, backed by Ugandan
troops, said on Monday they had captured X" and the rebels' "our forces entered the town on
Saturday")."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.control_rows import SUNDAY, WEDNESDAY


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            "Rebels of the Coalition of Patriots for Change (CPC), backed by Wagner Group "
            "fighters, said on Tuesday they had captured Bambari, the country's third city. "
            '"Our forces entered the town on Sunday afternoon and the airport is in our hands," '
            "a CPC spokesman said.",
            "Bambari",
            "Coalition of Patriots for Change",
        ),
        (
            "The Kachin Independence Army, backed by the Arakan Army, said on Tuesday it had "
            "seized Lwegel. Its fighters overran the town's last army post on Sunday, the KIA "
            "said.",
            "Lwegel",
            "Kachin Independence Army",
        ),
    ],
)
def test_a_takers_claim_takes_the_day_the_taker_gives(dictionary, text, place, taker):
    control = extract(text, published=WEDNESDAY, dictionary=dictionary).control
    takings = [(c.side, c.event, c.observed_on) for c in control if c.place == place]
    assert takings == [(taker, "capture", SUNDAY)]
