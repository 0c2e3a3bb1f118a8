"""Bulk geoparsing with the entity recogniser run once per chunk of texts: every text gets what
it gets alone, in order, and an error in one text reaches the caller. No timings here (the speed
is measured in benchmarks/geoparse_eval.py)."""

from __future__ import annotations

import pytest

from places import nlp
from places.geoparser import PlaceInfo
from places.nlp_batch import batched
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Manbij", 36.528, 37.955, 166365, "PPLA2", "SY", "settlement", 99_497, "09"),
    PlaceInfo(2, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(3, "Shabab", 29.6, 52.1, 1000001, "PPL", "IR", "settlement", 900, "07"),
    PlaceInfo(4, "Mogadishu", 2.037, 45.344, 53654, "PPLC", "SO", "settlement", 2_587_183, "13"),
    PlaceInfo(5, "Heras", 43.39, -3.73, 3120000, "PPL", "ES", "settlement", 1_200, "39"),
    PlaceInfo(6, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
]

# Real phrasings where the parse decides (a group and an analyst named like villages) and where
# the rules alone do (a place after "in"), and one text without any name.
TEXTS = [
    "Al-Shabab fighters attacked an army base near Mogadishu on Tuesday, officials said.",
    '"The militias will not give up," said Nicholas Heras, an analyst at the New Lines Institute.',
    "The Somali government said the Al-Shabab militants had been pushed out of the district.",
    "Nothing happened here.",
    "Analyst Nicholas Heras said on Monday that the front lines around the town had not moved.",
    "Fighters of the Manbij Military Council held the city of Manbij in northern Syria.",
    "Clashes were reported in Manbij and in Mogadishu.",
]

parser = module_parser(PLACES)


def readings(toponyms):
    return [(t.start, t.end, t.text, t.geonameid, t.confidence) for t in toponyms]


def test_each_text_gets_the_toponyms_it_gets_alone(parser):
    alone = [readings(parser.parse(text)) for text in TEXTS]
    together = list(batched(lambda text: readings(parser.parse(text)), TEXTS, chunk=4))
    assert together == alone
    # The parse decided the first and third (a group named like a village), in one call.
    assert readings(parser.parse(TEXTS[2], use_parse=False)) != alone[2]
    assert any(alone) and not alone[3]


def test_the_recogniser_runs_once_per_chunk(monkeypatch):
    calls = []
    run = nlp.windows_entities

    def counted(questions):
        calls.append(len(questions))
        return run(questions)

    monkeypatch.setattr(nlp, "windows_entities", counted)
    texts = [
        "Talal Silo, a spokesman for the Syrian Democratic Forces, spoke in Raqqa.",
        "UN envoy Hans Grundberg met officials of the Houthi movement in Muscat.",
        "No names at all here.",
        "Analyst Nicholas Heras said the front lines had not moved.",
    ]
    whole = [[(0, len(text))] for text in texts]
    alone = [run([(text, windows)])[0] for text, windows in zip(texts, whole, strict=True)]
    calls.clear()
    asked = list(batched(lambda k: nlp.entities(texts[k], whole[k]), range(len(texts)), chunk=4))
    assert asked == alone
    assert ("Talal Silo", "PERSON") in {(texts[0][a:b], label) for a, b, label in asked[0]}
    assert calls == [4]


def test_a_failing_recogniser_leaves_the_rules_as_alone(parser, monkeypatch):
    """As text by text: a recogniser that cannot run (a missing model) is logged and the rules
    decide; the batch does not stop."""

    def broken(questions):
        raise nlp.ModelMissing("no model here")

    monkeypatch.setattr(nlp, "windows_entities", broken)
    alone = [readings(parser.parse(text)) for text in TEXTS]
    together = list(batched(lambda text: readings(parser.parse(text)), TEXTS, chunk=4))
    assert together == alone
    assert any(text == "Al-Shabab" for _a, _b, text, _g, _c in together[2])


def test_an_error_in_one_text_reaches_the_caller():
    def step(text):
        if text == "bad":
            raise ValueError("a bad document")
        return text.upper()

    assert list(batched(step, ["a", "b"], chunk=2)) == ["A", "B"]
    with pytest.raises(ValueError, match="a bad document"):
        list(batched(step, ["a", "bad", "c"], chunk=2))
