"""Actor mentions a curated alias gets wrong for the article at hand: an actor named in a story
published before it existed ("The alliance calls itself the Coalition Forces" in 1994 is no
anti-Islamic State coalition) or after it was gone (the 1960s raiders' name "Inyenzi", a slur in
1994), and a bare common-noun alias ("the Coalition") in a story that names another actor holding
that word in full ("the Coalition of Patriots for Change … the Coalition"), where it is that
actor's short name. The tables are in data/actor_eras.json."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actor_dictionary import ActorEntry, ActorMatch
    from .article_actors import ArticleActors

DATA = Path(__file__).with_name("data") / "actor_eras.json"


@cache
def _tables() -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return dict(data["first_year"]), dict(data["last_year"]), frozenset(data["generic_words"])


def _generic_word(mention: ActorMatch, words: frozenset[str]) -> str | None:
    bare = re.sub(r"^the\s+", "", mention.text, flags=re.I)
    return bare if bare in words else None


def _short_names(actors: list[ActorMatch], words: frozenset[str]) -> list[ActorMatch]:
    """A generic-word mention becomes the one other actor the article names in full holding it,
    unless the article names the alias's own actor in full too ("the US-led coalition")."""
    in_full = {m.actor for m in actors if _generic_word(m, words) is None}
    out = []
    for m in actors:
        word = _generic_word(m, words) if m.actor not in in_full else None
        holders = (
            {
                (o.actor, o.kind)
                for o in actors
                if o.actor != m.actor
                and _generic_word(o, words) is None
                and re.search(rf"\b{word}\b", o.actor)
            }
            if word
            else set()
        )
        if len(holders) == 1:
            actor, kind = holders.pop()
            out.append(replace(m, actor=actor, kind=kind))
        else:
            out.append(m)
    return out


def _full_names(
    text: str, actors: list[ActorMatch], words: frozenset[str], known: dict[str, ActorEntry]
) -> list[ActorMatch]:
    """ "the Coalition of Patriots for Change": a generic word that opens a known actor's full
    name is a mention of that actor, over all of its name (the shorter alias
    starting earlier won the scan)."""
    out = []
    for m in actors:
        word = _generic_word(m, words)
        opens = m.end - len(word) if word else -1
        names = [n for n in known if word and n != word and text.startswith(n, opens)]
        if names:
            name = max(names, key=len)
            end = opens + len(name)
            out.append(
                replace(m, actor=name, kind=known[name].kind, end=end, text=text[m.start : end])
            )
        else:
            out.append(m)
    return out


def _in_their_time(actors: list[ActorMatch], published: dt.date | None) -> list[ActorMatch]:
    first_year, last_year, _ = _tables()
    if published is None:
        return actors
    year = published.year
    return [
        m for m in actors if first_year.get(m.actor, year) <= year <= last_year.get(m.actor, year)
    ]


def placed_in_time(
    text: str, named: ArticleActors, published: dt.date | None, known: dict[str, ActorEntry]
) -> ArticleActors:
    """The article's actors without those named before their time, generic words resolved
    (`known`: the dictionary's actors)."""
    *_, words = _tables()

    def fixed(actors: list[ActorMatch]) -> list[ActorMatch]:
        actors = _full_names(text, _in_their_time(actors, published), words, known)
        return _short_names(actors, words)

    return replace(named, actors=fixed(named.actors), located=fixed(named.located))
