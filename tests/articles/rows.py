"""Extraction results as plain tuples, for the rule tests to compare against what a reader expects."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract


def statement_rows(text: str, dictionary, published: dt.date) -> list[tuple[str, str, str | None]]:
    """(speaker, role, actor) of each statement."""
    return [(s.speaker, s.role, s.actor) for s in extract(text, published=published, dictionary=dictionary).statements]


def campaign_rows(text: str, dictionary, published: dt.date) -> list[tuple]:
    """(name, attackers, targets, started_on, date_precision) of each campaign."""
    result = extract(text, published=published, dictionary=dictionary)
    return [(c.name, c.attackers, c.targets, c.started_on, c.date_precision) for c in result.campaigns]
