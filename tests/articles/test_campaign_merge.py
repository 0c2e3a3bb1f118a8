"""The learned merge of an article's campaigns (articles/extraction/campaign_merge.py)."""

from __future__ import annotations

import datetime as dt
import json
import re

from articles.extraction.campaign_merge import (
    WEIGHTS,
    MergeModel,
    default_model,
    groups,
    joined,
    merged_campaigns,
)
from articles.extraction.campaign_merge_training import MergeCase, examples
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.evaluation import DEV_FOLDERS
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences


def _place(text, words, lat, lon, kind="settlement", country="XX"):
    start = text.index(words)
    return PlaceRecord(start, start + len(words), words, words, lat, lon, None, kind, country)


def _campaign(text, words, attackers, named=False, started=None, name=None):
    start = text.index(words)
    return CampaignRecord(
        name or f"{words} offensive",
        named,
        attackers=list(attackers),
        targets=[words],
        target_spans=[(start, start + len(words))],
        started_on=started,
        date_precision=3 if started else 1,
        sentence_start=start,
        sentence_end=start + len(words),
    )


# One push on a town told through the villages on its edge, by one side, in one paragraph.
ONE_PUSH = [
    (
        "Rebels close in on Dorvan after seizing outlying villages\n"
        "Rebel fighters stormed the villages of Kessa and Marut on the outskirts of Dorvan on "
        "Sunday, residents said, as the group pressed its offensive on the town.",
        ("Kessa", 10.00, 20.00),
        ("Dorvan", 10.03, 20.04),
    ),
    (
        "Insurgents push toward Lanjo\n"
        "Insurgents overran the hamlet of Tibre, five kilometres from Lanjo, on Tuesday and "
        "shelled the town's outskirts in their advance on Lanjo, a local official said.",
        ("Tibre", 5.00, 30.00),
        ("Lanjo", 5.04, 30.01),
    ),
]
# Two operations by two sides, far apart.
TWO_WARS = [
    (
        "Operation Iron Gate in the north and Operation Red Dawn in the south\n"
        "The army began Operation Iron Gate around Pelko in March. Hundreds of kilometres away, "
        "militia fighters opened Operation Red Dawn against Surat in June.",
        ("Pelko", 12.0, 40.0, "Operation Iron Gate", "Army", dt.date(2024, 3, 1)),
        ("Surat", 4.0, 44.0, "Operation Red Dawn", "Militia", dt.date(2024, 6, 1)),
    ),
    (
        "Two offensives on two fronts\n"
        "Government troops launched Operation Northern Shield to retake Arvo on May 2, while "
        "rebels far to the west began Operation Storm Wind on Belin on August 9.",
        ("Arvo", 30.0, 10.0, "Operation Northern Shield", "Government", dt.date(2023, 5, 2)),
        ("Belin", 28.0, 2.0, "Operation Storm Wind", "Rebels", dt.date(2023, 8, 9)),
    ),
]


def _merge(text, records, places, model="default"):
    return merged_campaigns(text, sentences(text), records, places, model)


def test_villages_of_one_push_on_a_town_join_its_campaign():
    for text, (village, vlat, vlon), (town, tlat, tlon) in ONE_PUSH:
        records = [_campaign(text, village, ["Rebels"]), _campaign(text, town, ["Rebels"])]
        places = [_place(text, village, vlat, vlon), _place(text, town, tlat, tlon)]
        # The rules keep one campaign per town; the model makes them one push.
        assert len(_merge(text, [*records], places, None)) == 2
        merged = _merge(text, records, places)
        assert len(merged) == 1
        assert set(merged[0].targets) == {village, town}
        assert merged[0].attackers == ["Rebels"]


def test_two_named_operations_of_two_sides_far_apart_stay_two():
    for text, *sides in TWO_WARS:
        records, places = [], []
        for target, lat, lon, name, side, started in sides:
            records.append(_campaign(text, target, [side], True, started, name))
            places.append(_place(text, target, lat, lon))
        assert [r.name for r in _merge(text, records, places)] == [s[3] for s in sides]


def test_without_the_geoparsers_places_nothing_is_merged():
    text, (village, *_), (town, *_) = ONE_PUSH[0]
    records = [_campaign(text, village, ["Rebels"]), _campaign(text, town, ["Rebels"])]
    assert _merge(text, records, None) == records


def test_groups_join_while_their_mean_probability_reaches_the_threshold():
    probability = {(0, 1): 0.9, (0, 2): 0.6, (1, 2): 0.2, (0, 3): 0.1, (1, 3): 0.1, (2, 3): 0.1}
    # 0 and 1 first; 2 then averages 0.4 with them: below 0.5, above 0.35.
    assert groups(4, probability, 0.5) == [[0, 1], [2], [3]]
    assert groups(4, probability, 0.35) == [[0, 1, 2], [3]]


def test_joined_keeps_the_named_ones_name_and_the_earliest_start():
    text = "Operation Sand Wall began near Oda. Troops took Bir Ras on Monday."
    operation = _campaign(text, "Oda", ["Army"], True, dt.date(2024, 5, 6), "Operation Sand Wall")
    town = _campaign(text, "Bir Ras", ["Army", "Militia"], started=dt.date(2024, 5, 1))
    record = joined(text, [town, operation])
    assert record.name == "Operation Sand Wall"
    assert record.targets == ["Oda", "Bir Ras"]
    assert record.attackers == ["Army", "Militia"]
    assert record.started_on == dt.date(2024, 5, 1)


def test_pairs_are_labelled_by_the_gold_campaigns_each_would_match():
    gold = {
        "campaigns": [
            {"name": "Dorvan offensive", "named": False, "targets": ["Dorvan", "Kessa"]},
            {"name": "Operation Far", "named": True, "targets": ["Surat"]},
        ]
    }
    found = [
        {"name": "Kessa offensive", "targets": ["Kessa"]},
        {"name": "Dorvan offensive", "targets": ["Dorvan"]},
        {"name": "Operation Far", "targets": ["Pelko"]},
        {"name": "Amlo offensive", "targets": ["Amlo"]},
    ]
    pairs = {(0, 1): {"a": 1.0}, (0, 2): {"b": 1.0}, (2, 3): {"c": 1.0}}
    case = MergeCase("f", "n", gold, {"campaigns": found}, "", [], pairs)
    assert examples(case, "skip") == [({"a": 1.0}, 1), ({"b": 1.0}, 0)]
    assert examples(case, "negative")[-1] == ({"c": 1.0}, 0)


def test_the_shipped_weights_load_and_say_how_they_were_made():
    model = default_model()
    assert isinstance(model, MergeModel) and 0 < model.threshold < 1
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["command"].startswith("manage.py train_campaign_merge")
    assert data["trained_on"] == list(DEV_FOLDERS)  # every development folder, oldest first
    blind = re.findall(r"--exclude (heldout\d+)", data["command"])
    assert blind and not set(blind) & set(data["trained_on"])
