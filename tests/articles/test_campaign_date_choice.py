"""The learned chooser of campaign start dates (articles/extraction/campaign_date_choice.py): where
the rules took another event's date (a capture, a retaking) it gives the campaign the day it was
launched; the rules' date stays unless another candidate is clearly likelier; and the training
command, whose weights load, come from the development folders and come out the same every run."""

from __future__ import annotations

import datetime as dt
import json

from django.core.management import call_command

from articles.extraction import extract
from articles.extraction.campaign_date_choice import WEIGHTS, DateModel, choose_dates, default_model
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import sentences
from places.nlp import parse
from tests.articles.rows import FRIDAY_28_JUNE_2024, assert_trained_on_dev_folders

# The rules dated the campaign by another event of the story (the town's capture); the text tells
# when the offensive began.
ANOTHER_EVENTS_DAY = [
    (
        "Rebels seize Kalemie\nRebels captured the lakeside town of Kalemie on Tuesday, residents"
        " said. Thousands fled by boat. The rebels launched their offensive on June 3 from the"
        " hills to the north.",
        "Kalemie",
        dt.date(2024, 6, 25),
        dt.date(2024, 6, 3),
    ),
    (
        "Army takes Bama\nThe army retook Bama on Wednesday, officials said. Residents began"
        " returning. Troops began the offensive on the town on June 9, a spokesman said.",
        "Bama",
        dt.date(2024, 6, 26),
        dt.date(2024, 6, 9),
    ),
]
# The rules' date is the campaign's start; another date of the story (the war's start, a capture)
# does not displace it.
RULES_KEPT = [
    (
        "Fighting near Shusha\nTroops shelled Shusha on Thursday, officials said. The war began on"
        " September 27 last year when the army launched an offensive on the enclave. The push on"
        " Shusha started on June 20.",
        "Shusha",
        dt.date(2024, 6, 20),
    ),
    (
        "Rebels take Moba\nRebels took Moba on Wednesday after an offensive on the town, residents"
        " said. The rebels opened the offensive on June 2, a local official said.",
        "Moba",
        dt.date(2024, 6, 2),
    ),
]


def _dated(text: str, target: str, rules_day: dt.date, model) -> CampaignRecord:
    """A campaign on `target` (told in its first body sentence) the rules dated `rules_day`, after
    the chooser."""
    doc, spans = parse(text), sentences(text)
    at = text.index(target, text.index("\n"))
    told = next(s for s in spans if s.start <= at < s.end)
    record = CampaignRecord(
        f"{target} offensive",
        False,
        targets=[target],
        target_spans=[(at, at + len(target))],
        started_on=rules_day,
        date_precision=1,
        sentence_start=told.start,
        sentence_end=told.end,
    )
    choose_dates(text, spans, doc, [record], FRIDAY_28_JUNE_2024, model)
    return record


def test_another_events_day_gives_way_to_the_launch():
    for text, target, rules_day, launched in ANOTHER_EVENTS_DAY:
        assert _dated(text, target, rules_day, None).started_on == rules_day  # the rules alone
        record = _dated(text, target, rules_day, "default")
        assert (record.started_on, record.date_precision) == (launched, 1), text


def test_the_rules_date_stays_unless_another_is_clearly_likelier():
    for text, target, started in RULES_KEPT:
        record = _dated(text, target, started, "default")
        assert (record.started_on, record.date_precision) == (started, 1), text
    # With no margin the likeliest candidate wins, whatever the rules chose.
    text, target, started = RULES_KEPT[1]
    eager = DateModel(default_model().weights, margin=0.0)
    assert _dated(text, target, dt.date(2024, 6, 26), eager).started_on == started


def test_extract_runs_the_chooser_last(dictionary):
    text = ANOTHER_EVENTS_DAY[0][0]
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary)
    off = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, date_model=None)
    assert [c.started_on for c in result.campaigns] == [dt.date(2024, 6, 3)]
    assert len(off.campaigns) == 1


def test_the_shipped_weights_come_from_the_development_folders():
    model = default_model()
    assert model is not None and 0 < model.margin < 1
    assert model.weights["bias"] < 0 < model.weights["start_word_before"]
    assert model.weights["other_target_nearer"] < 0
    assert_trained_on_dev_folders(WEIGHTS, "train_campaign_dates")


# A tiny annotated set in the gold format: two folders, two articles.
FIXTURE = {
    "a/01-kidal": (
        "Malian troops launched an offensive on Kidal on Saturday, officials said.\nThe army said"
        " its troops had captured Kidal on Tuesday.",
        "Kidal",
        "2024-06-22",
    ),
    "b/01-sake": (
        "M23 rebels captured Sake on Wednesday, residents said. The rebels began their assault on"
        " the town on June 9.",
        "Sake",
        "2024-06-09",
    ),
}


def _write_fixture(root):
    for stem, (text, target, started) in FIXTURE.items():
        path = root / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        campaign = {
            "name": f"{target} offensive",
            "named": False,
            "actors": [],
            "targets": [target],
        }
        gold = {
            "published": "2024-06-28",
            "actors": [],
            "statements": [],
            "campaigns": [campaign | {"started_on": started, "date_precision": 1}],
        }
        path.with_suffix(".json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_training_command_reproduces_its_weights(tmp_path):
    gold = tmp_path / "gold"
    _write_fixture(gold)
    runs = []
    for n in (1, 2):
        output = tmp_path / f"weights{n}.json"
        call_command(
            "train_campaign_dates",
            gold=gold,
            train=["a", "b"],
            no_places=True,
            output=output,
            stdout=None,
        )
        runs.append(output.read_text(encoding="utf-8"))
    assert runs[0] == runs[1]
    data = json.loads(runs[0])
    assert data["trained_on"] == ["a", "b"]
    assert data["command"].startswith("manage.py train_campaign_dates --train a --train b")
    model = DateModel.from_json(data)
    assert model.margin == 0.4 and "bias" in model.weights


def test_a_start_of_leaving_is_no_start_cue():
    from articles.extraction.campaign_date_features import article_mentions

    def cues(text: str) -> dict[str, float]:
        [mention] = article_mentions(text, sentences(text), None, FRIDAY_28_JUNE_2024)
        return mention.cues

    for text in (
        "Families began leaving the besieged town of Kajo on Wednesday under a truce.",
        "The garrison started pulling out of Kajo on Wednesday, officials said.",
        "Residents of Kajo began to return on Wednesday after the shelling stopped.",
    ):
        assert "start_word_before" not in cues(text), text
    for text in (
        "The militia began its assault on Kajo on Wednesday.",
        "Troops started moving on Kajo on Wednesday.",
    ):
        assert "start_word_before" in cues(text), text
