"""Extraction pipeline: actors, quoted statements, campaigns and dates from one article's text.

Every step is a plain function on a string (see the modules); `extract()` chains them and returns
plain records with character offsets, so the same code serves the `extract` command (prints JSON,
stores nothing), the gold-set evaluation and `articles.pipeline` (stores rows).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from places.nlp import parse, parse_batch

from .actors import (
    FORCE_WORDS,
    ActorDictionary,
    ActorMatch,
    discover_actors,
    find_actors,
    learn_aliases,
    rescan,
    with_discovered,
)
from .campaign_role_features import RoleContext
from .campaign_roles import RoleModel, decide_roles
from .campaigns import CampaignRecord, about_armed_conflict, find_campaigns, merged_sideless
from .control import find_control
from .control_record import ControlRecord, control_json
from .officials import official_actors
from .quotes import find_quotes
from .sentences import Span, paragraphs, sentences
from .speaker_groups import group_statements
from .statements import StatementRecord, attribute
from .states import FORCES, countries

logger = logging.getLogger(__name__)

SEED_ACTORS = Path(__file__).resolve().parents[2] / "seeds" / "02_actors.json"
# Beyond this size an "article" is a dump: actors are still matched, but the quote and campaign
# rules (which look around each hit) run on the first part only, so one file cannot stall a batch.
MAX_RULE_CHARS = 20_000_000
# Beyond this size (spaCy's own default limit) the statistical parse would take minutes and
# gigabytes: the rules run without it (each step takes `doc=None` and falls back to its text rules).
PARSE_CHARS = 1_000_000


@dataclass
class PlaceRecord:
    start: int
    end: int
    text: str
    name: str
    lat: float | None = None
    lon: float | None = None
    place_id: int | None = None
    kind: str = ""


@dataclass
class Extraction:
    text: str
    actors: list[ActorMatch] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)
    campaigns: list[CampaignRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    # Actors found here that the given dictionary lacks (a state's forces from the country list, an
    # organisation the article introduces): name -> (kind, acronym or ""). The pipeline stores them.
    new_actors: dict[str, tuple[str, str]] = field(default_factory=dict)
    control: list[ControlRecord] = field(default_factory=list)  # who holds which place, per source
    # What the campaign role ranker read (campaign_roles); its training re-scores from it.
    roles: RoleContext | None = None

    def actor_names(self) -> list[str]:
        return sorted({m.actor for m in self.actors})

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        """The stable format printed by `manage.py extract` (evaluation tools read it)."""
        grouped: dict[str, list[dict]] = {}
        for match in self.actors:
            grouped.setdefault(match.actor, []).append(
                {"start": match.start, "end": match.end, "text": match.text}
            )
        return {
            "file": file,
            "actors": [{"name": name, "mentions": mentions} for name, mentions in grouped.items()],
            "statements": [
                {
                    "quote": s.quote,
                    "start": s.start,
                    "end": s.end,
                    "speaker": s.speaker,
                    "role": s.role,
                    "actor": s.actor,
                }
                for s in self.statements
            ],
            "campaigns": [
                {
                    "name": c.name,
                    "actors": list(c.attackers),
                    "targets": list(c.targets),
                    "started_on": c.started_on.isoformat() if c.started_on else None,
                    "date_precision": c.date_precision,
                    "origin": c.origin,
                    "ended_on": c.ended_on.isoformat() if c.ended_on else None,
                }
                for c in self.campaigns
            ],
            "control": [control_json(c) for c in self.control],
            "places": [
                {
                    "start": p.start,
                    "end": p.end,
                    "text": p.text,
                    "name": p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                }
                for p in self.places
            ],
        }


# Outside conflict news an introduced organisation stays only when its name says it fights or keeps
# the peace ("Kivu People's Liberation Front", "Regional Security Support Mission"); "Group",
# "Force" and "Command" are also companies, task forces and clubs ("American International Group
# (AIG)").
_ARMED_NAME = re.compile(
    r"\b(?:Front|Army|Armies|Movement|Brigades?|Militias?|Battalions?|Resistance|Mission|"
    r"Liberation|Rebels?|Insurgents?)\b"
)


@functools.cache
def _state_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(country name -> its forces actor, forces actor -> country), built once."""
    states = {c["name"]: FORCES.get(c["name"], c["name"]) for c in countries()}
    return states, {f: c for c, f in FORCES.items()}


def _forces_for_states(campaigns: list[CampaignRecord], actors: list[ActorMatch]) -> None:
    """ "Benin deployed troops … under Operation Mirador": a state whose forces the article names
    (the Benin Armed Forces) fights through them, so they are the attacker
    (tests/gold/README.md)."""
    states, _ = _state_tables()
    named = {m.actor for m in actors}
    for campaign in campaigns:
        for index, attacker in enumerate(campaign.attackers):
            forces = states.get(attacker)
            if (
                forces
                and forces != attacker
                and forces in named
                and forces not in campaign.attackers
            ):
                campaign.attackers[index] = forces
                if attacker in campaign.allies:
                    campaign.allies.append(forces)


# "GOMA, Democratic Republic of Congo, Feb 15 (Reuters) -", "ALEPPO, Syria (AFP) -": the country
# after the city of a dateline says where the story was filed, not that the state acts. "KYIV (AFP)
# -": a capital in capitals that opens a dateline is no more the state than the country is.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s+(?P<where>[A-Z][\w'’.\- ]{1,60}?))?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+(?:\([^()\n]{2,40}\)\s*)?[-—–]"
)


def _without_dateline_states(text: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    head = text[:300]
    if "(" not in head and "—" not in head and " - " not in head:
        return actors
    # Tried at each line start only (a scan of every position was most of this step's cost).
    starts = [0]
    at = text.find("\n", 0, 2000)
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1, 2000)
    spans = [
        span
        for m in (_DATELINE.match(text, s, 2000) for s in starts)
        if m
        for span in (m.span("city"), m.span("where"))
        if span[0] != -1
    ]
    if not spans:
        return actors
    return [
        m
        for m in actors
        if not (m.kind == "state" and any(s <= m.start and m.end <= e for s, e in spans))
    ]


def _with_official_states(
    text: str, actors: list[ActorMatch], statements: list[StatementRecord]
) -> list[ActorMatch]:
    """ "Prime Minister Adel Hamoudi" speaking for Iraq in an article that names only "Iraqi
    forces": the state acts through its minister, so the minister's role is a mention of it
    (heldout6-8 convention)."""
    named = {m.actor for m in actors}
    added = []
    for statement in statements:
        if statement.actor is None or statement.actor in named or not statement.role:
            continue
        span = statement.attribution
        at = text.find(statement.role, span.start, span.end) if span is not None else -1
        if at == -1:  # "…," he said: the role is where the speaker was introduced, before the quote
            at = text.rfind(statement.role, max(0, statement.start - 600), statement.start)
        if at == -1:
            at = text.find(statement.role, statement.start, statement.sentence_end)
        if at == -1:
            continue
        added.append(
            ActorMatch(at, at + len(statement.role), statement.role, statement.actor, "state")
        )
        named.add(statement.actor)
    if not added:
        return actors
    return sorted(actors + added, key=lambda m: (m.start, m.end))


_ARTICLE_PARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|an|at|az)-")


def _operation_key(name: str) -> str:
    """ "al-Bunyan al-Marsous" and "Bunyan al-Marsous" alike; "Operation X" as "X"."""
    name = name[len("Operation ") :] if name.startswith("Operation ") else name
    return " ".join(_ARTICLE_PARTICLE.sub("", name).casefold().split())


def _one_side_per_speaker(statements: list[StatementRecord]) -> None:
    """A named person speaks for one side in an article: his later quotes ("…," Mr Balinda said)
    take the side his first quote with a side got, over a side read from their own words."""
    sides: dict[tuple[str, str], str] = {}
    for statement in statements:
        if not statement.speaker:
            continue
        key = (statement.speaker, statement.role)
        if key in sides:
            statement.actor = sides[key]
        elif statement.actor is not None:
            sides[key] = statement.actor


def _speakers_for_operations(
    statements: list[StatementRecord], campaigns: list[CampaignRecord]
) -> None:
    """ "a spokesman for the Bunyan al-Marsous operations room" speaks for the side that named the
    operation."""
    named = [(_operation_key(c.name), c.attackers[0]) for c in campaigns if c.named and c.attackers]
    if not named:
        return
    for statement in statements:
        if statement.actor is None and statement.role:
            role = _operation_key(statement.role)
            statement.actor = next(
                (side for key, side in named if len(key) > 3 and key in role), None
            )


def default_dictionary() -> ActorDictionary:
    """Actors from the database when it has any, else from the seed fixture."""
    try:
        dictionary = ActorDictionary.from_db()
        if dictionary.actors:
            return dictionary
    except Exception:  # no database, or not migrated: the fixture still works
        logger.debug("actor table unavailable; using the seed fixture", exc_info=True)
    return ActorDictionary.from_fixture(SEED_ACTORS)


def places_from_geoparser(text: str, geoparser: Any) -> list[PlaceRecord]:
    """Resolved toponyms from a geoparser with the shared contract (`parse(text) -> [Toponym]`).
    The text is parsed first and the parse kept, so the geoparser's filter reads its entities
    and `extract` reuses it: one parse per article, as in process_articles."""
    parse_batch([text])
    return places_from_toponyms(geoparser.parse(text))


def places_from_toponyms(toponyms: list) -> list[PlaceRecord]:
    """The resolved toponyms among a geoparser's output, as extraction's place records."""
    records = []
    for toponym in toponyms:
        if getattr(toponym, "place_id", None) is None and not getattr(toponym, "name", ""):
            continue
        records.append(
            PlaceRecord(
                toponym.start,
                toponym.end,
                toponym.text,
                toponym.name or toponym.text,
                getattr(toponym, "lat", None),
                getattr(toponym, "lon", None),
                getattr(toponym, "place_id", None),
                getattr(toponym, "kind", "") or "",
            )
        )
    return records


def _outside_conflict(
    actors: list[ActorMatch], curated: ActorDictionary, discovered: dict
) -> list[ActorMatch]:
    """Health or local news: a country named ("Mexico reported 20 cases") or an organisation the
    text introduces ("the World Health Organization (WHO)") is no party to a conflict. Curated
    actors, a state's forces acting ("Mexican troops") and a group whose name says it is armed or a
    mission ("the Kivu People's Liberation Front (KPLF)", "the UN mission, MINUSMA") stay."""
    return [
        m
        for m in actors
        if m.actor in curated.actors
        or (m.kind == "state" and FORCE_WORDS.search(m.text))
        or (
            m.actor in discovered
            and (
                _ARMED_NAME.search(m.actor)
                or (m.actor.isupper() and m.kind in ("armed_group", "coalition"))
            )
        )
    ]


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    dictionary: ActorDictionary | None = None,
    places: list[PlaceRecord] | None = None,
    role_model: RoleModel | str | None = "default",
) -> Extraction:
    """Run every step on one article's text.

    Parameters
    ----------
    text: the article text; offsets in the result index into it.
    published: publication date, for relative dates ("on Saturday").
    dictionary: actors and aliases; defaults to the database (or the seed fixture).
    places: resolved toponyms (from the geoparser). When given, campaign targets must be one of
        them and take its canonical name; when None, a capitalised target phrase is used as is.
    role_model: the ranker that decides campaign attackers and targets (campaign_roles); the
        shipped weights by default, None for the rule stages' choices alone (its training).
    """
    curated = dictionary or default_dictionary()
    dictionary = curated.with_states()
    places = sorted(places, key=lambda p: p.start) if places is not None else None
    rule_text = text if len(text) <= MAX_RULE_CHARS else text[:MAX_RULE_CHARS]
    doc = parse(rule_text) if len(rule_text) <= PARSE_CHARS else None
    discovered = discover_actors(text, dictionary, doc=doc)
    if discovered:
        dictionary = with_discovered(dictionary, discovered)
    actors = find_actors(text, dictionary)
    extended = learn_aliases(text, actors, dictionary)
    if extended is not None:
        actors = rescan(text, actors, extended)
    located = actors  # a dateline's country still tells whose minister speaks
    actors = _without_dateline_states(text, actors)
    conflict = about_armed_conflict(text, actors, curated.actors)
    if not conflict:
        actors = _outside_conflict(actors, curated, discovered)
    rule_actors = actors if rule_text is text else [m for m in actors if m.end <= len(rule_text)]
    paras = paragraphs(rule_text)
    sents = sentences(rule_text)
    quotes = find_quotes(rule_text, paras)
    statements = attribute(rule_text, quotes, paras, rule_actors, published, sents, doc=doc)
    group_statements(rule_text, statements, rule_actors)
    unattributed = [s for s in statements if s.actor is None] if conflict else []
    speaking = located if rule_text is text else rule_actors
    officials = (
        official_actors(rule_text, statements, speaking, *_state_tables()) if conflict else []
    )
    campaigns = find_campaigns(rule_text, sents, rule_actors, published, places, doc)
    _forces_for_states(campaigns, rule_actors)
    _speakers_for_operations(statements, campaigns)
    _one_side_per_speaker(statements)
    if unattributed:
        actors = _with_official_states(rule_text, actors, unattributed)
    actors = [
        m for m in actors if m.kind != "outlet"
    ]  # news agencies are sources, never actors (heldout10)
    new_actors = {
        m.actor: (m.kind, (discovered.get(m.actor) or ("", ""))[1])
        for m in actors
        if m.actor not in curated.actors
    }
    for name in officials:  # a state a minister speaks for, never named as acting itself
        if name not in curated.actors:
            new_actors.setdefault(name, ("state", ""))
    control = find_control(rule_text, sents, rule_actors, published, places, doc, statements)
    roles = decide_roles(rule_text, sents, rule_actors, doc, places, control, campaigns, role_model)
    if roles is not None:
        _forces_for_states(campaigns, rule_actors)  # a side the ranker added may fight as forces
    campaigns[:] = merged_sideless(campaigns)
    found = list(places or [])
    return Extraction(text, actors, statements, campaigns, found, sents, new_actors, control, roles)


__all__ = [
    "ActorDictionary",
    "Extraction",
    "PlaceRecord",
    "default_dictionary",
    "extract",
    "places_from_geoparser",
]
