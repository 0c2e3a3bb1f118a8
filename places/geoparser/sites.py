"""Villages, camps and bases the gazetteer lacks, named as such by the text: "the villages of
Shushiya and Akhar", "Allah Kariem, a village on the road south of Um Rawaba", "the Kanyaruchinya
camp", "Camp Siongco", "the Ain al-Asad air base", "the army camp at Kattaiparichchan",
"Poima and Pishchanivka, two villages", "Mamasapano town".

Conflict news names the front's villages and camps, and most of them are in no source (see
"Coverage near front lines" in docs/geoparser.md). Like the parts of a city (`districts.py`), such
a name is placed at the town the text locates it by ("the Wad Sherifey camp near Kassala"), else
at a town of the country the text gives it ("the Niger town of Bosso"; in a border story the
country most named is often the other side's), else of the story's country: one the same
sentence names, else the town nearest the story's other towns of that country (not its capital,
where the story is told from):
near it (precision 2), below the review threshold. A war's villages lie within
a day's march of the towns its stories name, so the point is near enough to map, and the review
queue is where staff give the name its own point.
"""

from __future__ import annotations

import re
from collections import Counter

from places.geoparser.districts import (
    NAME,
    names_in,
    not_a_name,
    placed_at,
    town_in_sentence,
    yields,
)
from places.geoparser.index import haversine_km

# The words that say a name is a settlement or a site ("the village of", "a base in").
_SETTLEMENTS = r"(?:villages?|towns?|hamlets?|settlements?)"
_SITE = (
    r"(?:camp|base|air[ ]base|airbase|airstrip|airfield|oilfield|barracks|garrison|checkpoint"
    r"|post|outpost|crossing|shrine)"
)
_LIST = rf"({NAME})((?:,[ ]{NAME})*(?:,?[ ]and[ ]{NAME})?)"
# What follows "X, a village": where it lies, or the end of the clause ("a village elder" is a
# person).
_WHERE = r"(?=[,.;:]|[ ](?:in|on|near|about|some|just|outside|north|south|east|west|close|\d))"
_PATTERNS = (
    re.compile(rf"\b{_SETTLEMENTS}[ ]of[ ]{_LIST}"),  # the villages of Shushiya and Akhar
    re.compile(rf"\b({NAME}),[ ]an?[ ](?:[\w-]+[ ]){{0,2}}?{_SETTLEMENTS}{_WHERE}"),
    # the Kanyaruchinya camp, the Ain al-Hilweh refugee camp, Tel al-Zaatar camp
    re.compile(rf"({NAME})[ ](?:(?:refugee|displacement|army|military)[ ])?{_SITE}\b"),
    re.compile(r"\b(Camp[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)"),  # Camp Siongco
    # the army camp at Kattaiparichchan, the army camps at Thondamanaru and Palaly
    re.compile(rf"\b{_SITE}s?[ ](?:at|in)[ ]{_LIST}"),
    # Poima and Pishchanivka, two villages; Mamasapano town
    re.compile(rf"{_LIST},[ ](?:two|three|four|both)[ ](?:[\w-]+[ ])?{_SETTLEMENTS}\b"),
    re.compile(rf"({NAME})[ ]town\b"),
)
# A one-word name this common in English before a site's word says whose the site is ("the Sufi
# shrine", "the Kurdish camp"); a village's name is rarer ("Rasa", "Zur").
DESCRIPTOR_ZIPF = 2.5
# Every pattern needs one of its head words: the cheap question, asked of the whole text first.
_ANY_HEAD = re.compile(rf"\b(?:{_SETTLEMENTS}|{_SITE}s?|Camp)\b")


def site_toponyms(text: str, toponyms: list, zipf: dict[str, float], masked) -> tuple[list, set]:
    """Toponyms for the unknown villages and sites the text names as such, placed at a town of
    the story's country, and the ids of the toponyms they replace (doubtful readings inside
    them: a namesake abroad, a shorter name). `masked(start, end)` says a span is an actor's or
    an organisation's name."""
    towns = [t for t in toponyms if t.kind == "settlement" and not t.is_demonym]
    if not towns or not _ANY_HEAD.search(text):
        return [], set()
    places, by_towns = Counter(t.country for t in toponyms), Counter(t.country for t in towns)
    home = max(by_towns, key=lambda cc: (places[cc], by_towns[cc]))
    cities = _towns_in(towns, home)
    main = _main_town(cities)
    named = list(_site_names(text, toponyms, zipf, masked, main, places, cities))
    # A site is where the text locates it at any of its mentions ("the Wad Sherifey camp near
    # Kassala"), not only there: the headline's bare "garrison at Mahbes" is the same site.
    located = {}
    for start, end, name, _inside in named:
        place = _locator(text, toponyms, start, end)
        if place is not None and name not in located:
            located[name] = (_anchor(place, place.country, towns, start), place.country)
    found, replaced = [], set()
    for start, end, name, inside in named:
        town, country = located.get(name) or (_anchor(None, home, towns, start), home)
        if town is None:
            # The country the text gives has no town in the story to place it near; a reading
            # of the name in another country is the wrong one.
            replaced.update(id(t) for t in inside if t.country != country)
            continue
        replaced.update(id(t) for t in inside)
        found.append(placed_at(town, start, end, name, method="site"))
    return sorted(found, key=lambda t: t.start), replaced


def _site_names(text: str, toponyms: list, zipf, masked, main, places: Counter, cities: list):
    """(start, end, name, the toponyms inside it) of each name the text calls a village or a
    site, once, when every doubtful reading inside it gives way."""
    seen: set[int] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            for start, end in names_in(m):
                name = text[start:end]
                if start in seen or masked(start, end):
                    continue
                if not_a_name(name.removeprefix("Camp "), zipf) or _a_descriptor(name, zipf):
                    continue
                inside = [t for t in toponyms if t.start < end and start < t.end]
                if not all(yields(t, start, end, main, places, cities) for t in inside):
                    continue
                seen.add(start)
                yield start, end, name, inside


def _a_descriptor(name: str, zipf: dict[str, float]) -> bool:
    """A one-word name that is an English word (not a rare one), an initialism or a creed says
    whose the site is, not where: "the Sufi shrine", "a BIFF camp", "the Salafist camp", "the
    Kashmiri town of Charar-e-Sharif"."""
    if " " in name:
        return False
    return (
        (name.isupper() and name.isalpha())
        or zipf.get(name.lower(), 0.0) >= DESCRIPTOR_ZIPF
        or name.endswith(("ist", "ists"))
    )


def _anchor(place, country: str, towns: list, start: int):
    """The town a site is placed at: the town that locates it, else a town of the country of
    the place that does ("the Niger town of Bosso", "Mahbes, in the far north-east of Western
    Sahara"), else of the story's country. In a border story the country most named is often
    the other side's; when the country the text gives has no town in the story, no point is
    better than one in the wrong country."""
    if place is not None and place.kind == "settlement" and not place.is_demonym:
        return place
    cities = _towns_in(towns, country)
    if not cities:
        return None
    # not a town whose own mention is the site's name
    others = [t for t in cities if not t.start <= start < t.end]
    return town_in_sentence(others, start) or _main_town(cities)


# "the Bekaa Valley town of Qaa", "the Falkland Islands settlements of Darwin and Goose Green":
# what lies between the locating place and the site's name.
_BEFORE = re.compile(
    rf"[ ](?:border[ ])?(?:{_SETTLEMENTS}|{_SITE}s?)[ ](?:of|at)[ ](?:{NAME}(?:,[ ]|,?[ ]and[ ]))*"
)
_OF_SETTLEMENTS = re.compile(rf"[ ](?:border[ ])?{_SETTLEMENTS}[ ]of[ ].*")
_A_BORDER = re.compile(r"[ ](?:border|frontier)")
# "camp near Kassala", "Mahbes on Sunday, in the far north-east of Western Sahara"
_AFTER = re.compile(r"[^.;:!?]{0,40}\b(?:near|in|outside|of|at)[ ](?:the[ ])?")


def _locator(text: str, toponyms: list, start: int, end: int):
    """The place the text locates the site by: named just before its word for a settlement
    (a demonym too: "the Israeli community of Shtula"; but "the Iraqi border post" says whose
    the post is), or a town or country just after it behind a preposition ("near Kassala"; not
    "a Norwegian nurse", "the White Nile", nor "near the Niger border", the other side)."""
    for t in toponyms:
        if t.end > start or start - t.end > 60 or not _BEFORE.fullmatch(text, t.end, start):
            continue
        if not t.is_demonym or _OF_SETTLEMENTS.fullmatch(text, t.end, start):
            return t
    after = [
        t
        for t in toponyms
        if t.start >= end
        and t.start - end <= 60
        and not t.is_demonym
        and t.kind in ("settlement", "country")
    ]
    for t in sorted(after, key=lambda t: t.start):
        if _AFTER.fullmatch(text, end, t.start) and not _A_BORDER.match(text, t.end):
            return t
    return None


def _towns_in(towns: list, country: str) -> list:
    """The story's towns in `country`; a capital is where the story is told from, not where its
    villages lie."""
    cities = [t for t in towns if t.country == country]
    return [t for t in cities if t.feature_code != "PPLC"] or cities


def _main_town(towns: list):
    """The town nearest the story's other towns (the sum of the distances to each mention)."""
    return min(towns, key=lambda t: sum(haversine_km(t.lat, t.lon, o.lat, o.lon) for o in towns))
