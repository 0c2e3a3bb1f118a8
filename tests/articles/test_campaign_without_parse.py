"""Campaigns from the text rules alone: the step reads the parse it is given and never parses by
itself, so a text too long to parse (a dump, a 5 MB "article") is read in linear time."""

from __future__ import annotations

import time

import pytest

import places.nlp
from articles.extraction.actors import find_actors
from articles.extraction.campaigns import find_campaigns
from articles.extraction.sentences import sentences
from tests.articles.conftest import SEED_PUBLISHED


@pytest.fixture
def no_parser(monkeypatch):
    """Any statistical parse fails the test."""

    def refuse(text):
        raise AssertionError(f"the campaign step parsed {len(text):,} characters by itself")

    monkeypatch.setattr(places.nlp, "_parse_uncached", refuse)
    monkeypatch.setattr(places.nlp, "parse", refuse)


def _campaign_seconds(text: str, dictionary) -> tuple[float, list]:
    actors = find_actors(text, dictionary.with_states())
    sents = sentences(text)
    started = time.process_time()
    found = find_campaigns(text, sents, actors, SEED_PUBLISHED, places=None, doc=None)
    return time.process_time() - started, found


def test_it_reads_campaigns_without_a_parse(dictionary, seed_text, no_parser):
    _, found = _campaign_seconds(seed_text, dictionary)
    assert [(c.name, c.attackers, c.targets) for c in found] == [
        ("Euphrates Anger", ["Syrian Democratic Forces"], ["Raqqa"]),
        ("Mosul offensive", ["Iraqi Security Forces"], ["Mosul"]),
    ]


def test_it_reads_a_5_mb_text_in_linear_time(dictionary, seed_text, no_parser):
    small = (seed_text * (500_000 // len(seed_text) + 1))[:500_000]
    large = (seed_text * (5_000_000 // len(seed_text) + 1))[:5_000_000]
    small_seconds, _ = _campaign_seconds(small, dictionary)
    large_seconds, found = _campaign_seconds(large, dictionary)
    assert found
    # Ten times the text may take at most ~15 times as long (timer noise on a busy machine), and
    # stays well inside what one article may cost.
    assert large_seconds < max(15 * small_seconds, 1.0)
    assert large_seconds < 20, f"5 MB took {large_seconds:.1f} s CPU"
