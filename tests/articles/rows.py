"""Extraction results as plain tuples, for the rule tests to compare against what a reader expects.

Each rule test reads a string of its own (not the gold articles) published on one of the dates
below; relative dates in the text ("on Monday", "last week") count back from it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from articles.extraction import PlaceRecord, extract
from articles.extraction.actors import find_actors
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_side_verbs import side_deeds
from articles.extraction.campaign_sides import attacker_before
from articles.extraction.campaign_start_owners import dated_by_statements
from articles.extraction.evaluation import DEV_FOLDERS
from articles.extraction.sentences import Span
from places.nlp import parse

FRIDAY_11_MARCH_2022 = dt.date(2022, 3, 11)
TUESDAY_16_MAY_2023 = dt.date(2023, 5, 16)
WEDNESDAY_17_MAY_2023 = dt.date(2023, 5, 17)
FRIDAY_3_OCTOBER_2014 = dt.date(2014, 10, 3)


def statement_rows(text: str, dictionary, published: dt.date) -> list[tuple[str, str, str | None]]:
    """(speaker, role, actor) of each statement."""
    result = extract(text, published=published, dictionary=dictionary)
    return [(s.speaker, s.role, s.actor) for s in result.statements]


def first_statement_row(text: str, dictionary, published: dt.date) -> tuple[str, str, str | None]:
    """(speaker, role, actor) of the first statement."""
    return statement_rows(text, dictionary, published)[0]


def campaign_rows(text: str, dictionary, published: dt.date) -> list[tuple]:
    """(name, attackers, targets, started_on, date_precision) of each campaign."""
    result = extract(text, published=published, dictionary=dictionary)
    return [
        (c.name, c.attackers, c.targets, c.started_on, c.date_precision) for c in result.campaigns
    ]


def targets_of_campaign_on(text: str, dictionary, target: str) -> list[str]:
    """The targets of the campaign whose first target is `target` (published on a Friday)."""
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    row = next((row for row in rows if row[2] and row[2][0] == target), None)
    assert row is not None, rows
    return row[2]


def attackers_of_campaign_on(text: str, dictionary, target: str) -> list[str]:
    """The attackers of the campaign with a target naming `target` (published on a Friday)."""
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    row = next((row for row in rows if any(target in t for t in row[2])), None)
    assert row is not None, rows
    return row[1]


def rule_attackers(text: str, dictionary) -> list[list[str]]:
    """The attackers of each campaign by the rules alone, without the learned role model
    (published on a Friday)."""
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    return [c.attackers for c in result.campaigns]


def attacker_subject(text: str, dictionary, cue: str | None = None) -> str | None:
    """The attacker campaign_sides reads before `cue` (or the end of the text)."""
    actors = find_actors(text, dictionary.with_states())
    position = text.index(cue) if cue else len(text)
    return attacker_before(text, Span(0, len(text)), position, actors)


def side_deed_roles(text: str, dictionary) -> dict[str, list[str]]:
    """The role of each deed the verbs give each side."""
    actors = find_actors(text, dictionary)
    return {
        side: [d.role for d in deeds] for side, deeds in side_deeds(parse(text), actors).items()
    }


def campaign_attackers(text: str, dictionary, published: dt.date) -> list[list[str]]:
    """The attackers of each campaign."""
    return [attackers for _, attackers, _, _, _ in campaign_rows(text, dictionary, published)]


def actor_surfaces(text: str, dictionary, published: dt.date) -> dict[str, list[str]]:
    """Each actor extract() finds, with the words that name it, in text order."""
    found: dict[str, list[str]] = {}
    for match in extract(text, published=published, dictionary=dictionary).actors:
        found.setdefault(match.actor, []).append(match.text)
    return found


def actors_on(text: str, day: dt.date, dictionary) -> set[str]:
    """The actors extract() finds in a text published on `day`."""
    return {m.actor for m in extract(text, published=day, dictionary=dictionary).actors}


def actors_found(text: str, dictionary, home: str | None = None) -> set[str]:
    """The actors find_actors() reads, states' names and forces included; `home` is the
    article's country, as extraction passes it."""
    return {m.actor for m in find_actors(text, dictionary.with_states(), home=home)}


def actor_rows(text: str, dictionary) -> list[tuple[str, str]]:
    """(words, actor) of each mention find_actors() reads, states' names and forces included."""
    return [(m.text, m.actor) for m in find_actors(text, dictionary.with_states())]


# ------------------------------------------------------------------------------------------------
# Campaign helpers (tests/articles/test_campaign_*.py)

MONDAY_23_MARCH_2015 = dt.date(2015, 3, 23)
MONDAY_17_JUNE_2024 = dt.date(2024, 6, 17)
FRIDAY_28_JUNE_2024 = dt.date(2024, 6, 28)


def campaigns(text: str, dictionary, published: dt.date) -> list:
    """The campaign records extract() finds."""
    return extract(text, published=published, dictionary=dictionary).campaigns


def campaign_attackers_by_name(text: str, dictionary, published: dt.date) -> dict[str, list[str]]:
    """Each campaign's name with its attackers."""
    return {c.name: c.attackers for c in campaigns(text, dictionary, published)}


def campaign_dates(text: str, dictionary, published: dt.date) -> list[tuple]:
    """(name, started_on, date_precision, ended_on) of each campaign."""
    return [
        (c.name, c.started_on, c.date_precision, c.ended_on)
        for c in campaigns(text, dictionary, published)
    ]


def campaign_targets_and_origins(text: str, dictionary, published: dt.date) -> list[tuple]:
    """(name, targets, origin) of each campaign."""
    return [(c.name, c.targets, c.origin) for c in campaigns(text, dictionary, published)]


# ---------- Statements, speakers and actors (the attribution and actor tests) ----------

MONDAY_8_JANUARY_2024 = dt.date(2024, 1, 8)


def speaker_rows(text: str, dictionary) -> list[tuple[str, str]]:
    """(speaker, role) of each statement, the text published on MONDAY_8_JANUARY_2024."""
    return [
        (speaker, role)
        for speaker, role, _ in statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    ]


def actor_names(text: str, dictionary) -> list[str]:
    """The sorted names of the actors extract() finds, published on MONDAY_8_JANUARY_2024."""
    return extract(text, published=MONDAY_8_JANUARY_2024, dictionary=dictionary).actor_names()


def dated_alone(text: str, target: str) -> tuple[dt.date | None, int]:
    """(started_on, precision) of a lone campaign on `target` after the start statements date it,
    published Friday 11 March 2022."""
    record = CampaignRecord(name=f"{target} offensive", named=False, targets=[target])
    at = text.index(target)
    record.target_spans = [(at, at + len(target))]
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    return record.started_on, record.date_precision


def town_places(
    text: str,
    names: tuple[str, ...] = (
        "Ber",
        "Kajo",
        "Tessit",
        "Goundam",
        "Nangade",
        "Mueda",
        "Pibor",
        "Akobo",
    ),
) -> list[PlaceRecord]:
    """Every use of the town names (by default those many tests name), as a resolved settlement."""
    found = []
    for name in names:
        at = text.find(name)
        while at != -1:
            found.append(PlaceRecord(at, at + len(name), name, name, kind="settlement"))
            at = text.find(name, at + len(name))
    return found


def assert_trained_on_dev_folders(weights: Path, command: str) -> None:
    """A learned step's shipped weights say which command made them; it learned from every
    development folder, oldest first, and from none of the blind batches it was told to skip."""
    data = json.loads(weights.read_text(encoding="utf-8"))
    assert data["command"].startswith(f"manage.py {command}")
    assert data["trained_on"] == list(DEV_FOLDERS)
    blind = re.findall(r"--exclude (heldout\d+)", data["command"])
    assert blind and not set(blind) & set(data["trained_on"])
