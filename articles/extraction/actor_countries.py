"""One name, several groups: "Ansar al-Sharia" fought in Libya, Tunisia and Yemen, "National
Liberation Army" is Colombia's ELN and Macedonia's NLA. The curated table lists the others as
"<name> (<country>)"; an article set in that country means that group. And one name, a group and
a town: "Radaa" is a Libyan force only in a Libyan story (data/town_aliases.json)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from places.normalize import name_key

from .actor_dictionary import ActorDictionary, ActorMatch

_QUALIFIED = re.compile(r"^(?P<base>.+?) \((?P<qualifier>[^()]+)\)$")


def _variants(dictionary: ActorDictionary) -> dict[str, dict[str, str]]:
    """Base name -> {country: qualified name}, for qualifiers that name a country (not
    "(paramilitary)" or "(Maoist)")."""
    from .states import state_names

    states = state_names()
    variants: dict[str, dict[str, str]] = {}
    for name in dictionary.actors:
        if not name.endswith(")") or not (found := _QUALIFIED.match(name)):
            continue
        country = states.get(name_key(found.group("qualifier")))
        if country is not None:
            variants.setdefault(found.group("base"), {})[country] = name
    return variants


def country_variants(
    matches: list[ActorMatch],
    dictionary: ActorDictionary,
    home: str | None,
    first_country: str | None,
) -> list[ActorMatch]:
    """Each match of a base name becomes its country's group where the article is set in that
    country: its `home` (the country of its places) or else the first country it names."""
    from .states import state_names

    first = state_names().get(name_key(first_country)) if first_country else None
    countries = [c for c in (home, first) if c]
    if not matches or not countries:
        return matches
    variants = _variants(dictionary)
    if not any(m.actor in variants for m in matches):
        return matches
    renamed = []
    for match in matches:
        choices = variants.get(match.actor, {})
        name = next((choices[c] for c in countries if c in choices), None)
        renamed.append(
            match
            if name is None
            else ActorMatch(match.start, match.end, match.text, name, dictionary.kind_of(name))
        )
    return renamed


TOWN_ALIASES = Path(__file__).with_name("data") / "town_aliases.json"


@cache
def town_aliases() -> dict[str, str]:
    """Alias -> the country where it names its group; elsewhere it is a town's name."""
    return dict(json.loads(TOWN_ALIASES.read_text(encoding="utf-8"))["aliases"])


def without_towns(
    text: str, matches: list[ActorMatch], home: str | None, first_country: str | None
) -> list[ActorMatch]:
    """Drops a match of a town alias in a story not set in its group's country: "Houthi rebels
    seized the town of Radaa" names no Libyan force."""
    from .states import state_names

    aliases = town_aliases()
    if not any(text[m.start : m.end] in aliases for m in matches):
        return matches
    first = state_names().get(name_key(first_country)) if first_country else None
    return [
        m
        for m in matches
        if (country := aliases.get(text[m.start : m.end])) is None or country in (home, first)
    ]
