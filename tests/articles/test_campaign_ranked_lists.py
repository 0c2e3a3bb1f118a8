"""A target the learned gate or the ranker gives brings the towns the parse lists with it ("struck
A, B, C and D"), as the rules' targets do (articles/extraction/campaign_roles.decide_roles): the
geoparser may know only some of a list's villages. Two phrasings."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_roles import decide_roles
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse


@pytest.mark.parametrize(
    ("text", "target", "resolved", "listed"),
    [
        (
            "Residents said fighters moved in small groups and struck Nanjua, Ntutupue, Meza, "
            "Muaja and Nacuale within hours of each other.",
            "Muaja",
            ["Nanjua", "Muaja"],
            ["Nanjua", "Ntutupue", "Meza", "Nacuale"],
        ),
        (
            "By nightfall the insurgents had overrun Kolvara, Dimsk and Ostrel, officials said.",
            "Kolvara",
            ["Kolvara"],
            ["Dimsk", "Ostrel"],
        ),
    ],
)
def test_towns_listed_with_a_ranked_target_are_targets(text, target, resolved, listed):
    start = text.index(target)
    places = [
        PlaceRecord(text.index(n), text.index(n) + len(n), n, n, kind="settlement", country="XA")
        for n in resolved
    ]
    places.sort(key=lambda p: p.start)
    record = CampaignRecord(
        f"{target} offensive", False, [], [target], [(start, start + len(target))]
    )
    decide_roles(text, sentences(text), [], parse(text), places, [], [record], model=None)
    assert sorted(record.targets) == sorted([target, *listed])
