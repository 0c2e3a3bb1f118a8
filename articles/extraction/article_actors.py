"""The actors step for one article: the dictionary's actors, the organisations the article
introduces and the aliases it teaches, found in the text (actors.py, discovery.py); then the states
of a dateline dropped and, outside conflict news, every actor but curated ones, forces acting and
groups whose name says they are armed. Also the actors the curated dictionary lacks, returned for
the pipeline to create."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from .conflict_news import about_armed_conflict
from .states import countries

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import PlaceRecord


@dataclass
class ArticleActors:
    """What the actors step found in one article."""

    actors: list[ActorMatch]  # the mentions that count
    located: list[ActorMatch]  # a dateline's country still in: it tells whose minister speaks
    discovered: dict[str, tuple[str, str]]  # introduced here: name -> (kind, acronym or "")
    conflict: bool  # conflict news (conflict_news.about_armed_conflict)


def article_actors(
    text: str,
    dictionary: ActorDictionary,
    curated: ActorDictionary,
    doc: Doc | None,
    home: str | None = None,
    places: list[PlaceRecord] | None = None,
) -> ArticleActors:
    """The actors named in one article. `dictionary` is the curated one with every state added,
    `curated` the curated actors alone; `doc` the text's parse, or None; `home` the country most
    of the article's resolved places are in (states.home_country), or None; `places` those
    places."""
    discovered = discover_actors(text, dictionary, doc=doc)
    if discovered:
        dictionary = with_discovered(dictionary, discovered)
    actors = find_actors(text, dictionary, home=home)
    extended = learn_aliases(text, actors, dictionary)
    if extended is not None:
        actors = rescan(text, actors, extended, home)
    actors = _without_foreign_towns(actors, places)
    located = actors  # a dateline's country still tells whose minister speaks
    actors = _without_dateline_actors(text, actors)
    conflict = about_armed_conflict(text, actors, curated.actors)
    if not conflict:
        actors = _outside_conflict(actors, curated, discovered)
    return ArticleActors(actors, located, discovered, conflict)


def _without_foreign_towns(
    actors: list[ActorMatch], places: list[PlaceRecord] | None
) -> list[ActorMatch]:
    """ "the farming towns of Costa Rica and Eldorado" (in Sinaloa), "Benin is firmly in federal
    hands" (Benin City): a state's name the geoparser read as a town of another country is that
    town, not the state. (A capital of the state's own name, "Djibouti", stays the state.)"""
    towns = {(p.start, p.end): p.country for p in places or () if p.kind == "settlement"}
    if not towns:
        return actors
    iso = {c["name"]: c.get("iso") for c in countries()}
    return [
        m
        for m in actors
        if m.kind != "state"
        or (m.start, m.end) not in towns
        or not iso.get(m.actor)
        or towns[(m.start, m.end)] in ("", iso[m.actor])
    ]


def new_actors(
    actors: list[ActorMatch],
    officials: list[str],
    curated: ActorDictionary,
    discovered: dict[str, tuple[str, str]],
) -> dict[str, tuple[str, str]]:
    """Actors found that the curated dictionary lacks (a state's forces from the country list, an
    organisation the article introduces), name -> (kind, acronym or "")."""
    found = {
        m.actor: (m.kind, (discovered.get(m.actor) or ("", ""))[1])
        for m in actors
        if m.actor not in curated.actors
    }
    for name in officials:  # a state a minister speaks for, never named as acting itself
        if name not in curated.actors:
            found.setdefault(name, ("state", ""))
    return found


# "GOMA, Democratic Republic of Congo, Feb 15 (Reuters) -", "ALEPPO, Syria (AFP) -": the country
# after the city of a dateline says where the story was filed, not that the state acts. "KYIV (AFP)
# -": a capital in capitals that opens a dateline is no more the state than the country is, and a
# city in capitals ("SAN CRISTÓBAL DE LAS CASAS, Mexico —") is no group either. A city's words
# are any letters (accented capitals too, "BAŞKALE", "ÉPINAL"); the match must be upper case.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-])+"
_DATELINE = re.compile(
    rf"(?P<city>{_WORD}(?: {_WORD}){{0,5}})"
    r"(?:,\s+(?P<where>[^\W\d_][\w'’.\- ]{1,60}?))?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+(?:\([^()\n]{2,40}\)\s*)?[-—–]"
)


def _dateline_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the datelines' cities and of the places after them, in the first lines."""
    # Tried at each line start only (a scan of every position was most of this step's cost).
    starts = [0]
    at = text.find("\n", 0, 2000)
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1, 2000)
    matches = [m for m in (_DATELINE.match(text, s, 2000) for s in starts) if m]
    matches = [m for m in matches if m.group("city").isupper()]
    cities = [m.span("city") for m in matches]
    wheres = [m.span("where") for m in matches if m.start("where") != -1]
    return cities, wheres


def _without_dateline_actors(text: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Drops a dateline's states (its city or the place after it) and anything its city names."""
    head = text[:300]
    if "(" not in head and "—" not in head and " - " not in head:
        return actors
    cities, wheres = _dateline_spans(text)
    if not cities:
        return actors

    def inside(m: ActorMatch, spans: list[tuple[int, int]]) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    return [
        m for m in actors if not inside(m, cities) and not (m.kind == "state" and inside(m, wheres))
    ]


# Outside conflict news an introduced organisation stays only when its name says it fights or keeps
# the peace ("Kivu People's Liberation Front", "Regional Security Support Mission"); "Group",
# "Force" and "Command" are also companies, task forces and clubs ("American International Group
# (AIG)").
_ARMED_NAME = re.compile(
    r"\b(?:Front|Army|Armies|Movement|Brigades?|Militias?|Battalions?|Resistance|Mission|"
    r"Liberation|Rebels?|Insurgents?)\b"
)


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
