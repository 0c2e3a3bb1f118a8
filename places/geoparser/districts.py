"""Neighbourhoods and districts of a city that the gazetteer lacks, named as such by the text:
"the Tel al-Hawa neighbourhood", "the neighbourhoods of Solino and Nazon", "the Karama and Zahra
districts", "Sabri and Souq al-Hout, two neighbourhoods on the seafront".

Such a name is placed at its city (a town of the story's country that the same sentence
names, else the city of that country the story names most), near it (precision 2), with a
confidence under the review threshold: the point is the city's, and the name itself is
unchecked. A doubtful reading inside such a name, or a doubtful foreign namesake of it, gives
way; names read with confidence are left to the other stages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from places.geoparser.filters import STOP_WORDS
from places.geoparser.index import haversine_km
from places.normalize import name_key

# The words that say a name is a part of a city.
# ("area" is not one: "the Danube Delta area", "the area of Malakal" name the place itself.)
_HEAD = r"(?:neighbourhood|neighborhood|district|quarter|suburb)"
_HEADS = r"(?:neighbourhoods|neighborhoods|districts|quarters|suburbs)"
# A name: capitalised words joined by Arabic articles or Romance particles, an optional number
# ("Delmas 30").
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|de|du|des|la|le|di)"
NAME = (
    rf"(?:{_PARTICLE}-)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
    rf"(?:[ ](?:{_PARTICLE}[ -])?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){{0,2}}(?:[ ]\d{{1,3}}\b)?"
)
_LIST = rf"({NAME})((?:,[ ]{NAME})*(?:,?[ ]and[ ]{NAME})?)"
_PATTERNS = (
    re.compile(rf"\b[Tt]he[ ]({NAME})[ ]{_HEAD}\b"),  # the Tel al-Hawa neighbourhood
    # "the neighbourhoods of Solino and Nazon", "the western district of Ganfouda"; not "the
    # Gondra district of Uttar Pradesh", "the Ugandan district of Kisoro" (a capitalised word
    # before the head names the part or its country)
    re.compile(rf"(?<=[\w'’][ ])(?:{_HEADS}|{_HEAD})[ ]of[ ]{_LIST}"),
    re.compile(rf"\b[Tt]he[ ]{_LIST}[ ]{_HEADS}\b"),  # the Karama and Zahra districts
    re.compile(rf"{_LIST},[ ](?:two|three|four|both)[ ](?:\w+[ ])?{_HEADS}\b"),  # X and Y, two ...
)
_HEAD_OF = 1  # the pattern "<head> of <names>"
# Cheap questions first, asked of the whole text: every pattern needs a head word, and the last
# (a list of names at every capital letter, the costly scan) needs ", two districts" after it.
_ANY_HEAD = re.compile(_HEAD)
_COUNTED = 3  # the pattern "X and Y, two <heads>"
_COUNTED_HEADS = re.compile(rf",[ ](?:two|three|four|both)[ ](?:\w+[ ])?{_HEADS}\b")
_OF_NAME = re.compile(r" of (?:the )?([A-Z])")
_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
CONFIDENCE = 0.6
# A reading this doubtful gives way to a district's name that holds it.
DOUBTFUL = 0.7
# A one-word name this common in English is the word ("the Old area", "the Green district").
COMMON_WORD_ZIPF = 4.0
_CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPL"})
# No part of a city lies this far from its centre.
DISTRICT_KM = 100.0
_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "ADM1"})


def district_toponyms(
    text: str, toponyms: list, zipf: dict[str, float], demonym: Callable[[str], bool] = bool
) -> tuple[list, set]:
    """Toponyms for the unknown parts of a city the text names as such, placed at their city,
    and the ids of the toponyms they replace: a doubtful reading inside such a name ("Tel" of
    "the Tel al-Hawa neighbourhood") or a doubtful foreign namesake of it ("the Karama and Zahra
    districts" of Mosul read in the Emirates and Libya). `demonym(key)` says a name key is a
    demonym's ("the Ugandan district of Kisoro")."""
    towns = [t for t in toponyms if t.kind == "settlement" and t.feature_code in _CITY_CODES]
    if not towns or not _ANY_HEAD.search(text):
        return [], set()
    # The story's country (the most places, then the most towns): its cities hold the districts.
    # A demonym names a side, not where the story is ("Israeli tanks pushed into the Zeitoun
    # neighbourhood of Gaza City": the Israeli army's, in Palestine's city).
    places, by_towns = Counter(t.country for t in toponyms), Counter(t.country for t in towns)
    located = Counter(t.country for t in toponyms if not t.is_demonym)
    home = max(by_towns, key=lambda cc: (located[cc], by_towns[cc]))
    cities = [t for t in towns if t.country == home]
    main = _main_city(cities)
    found: dict[int, object] = {}
    replaced: set[int] = set()
    for k, pattern in enumerate(_PATTERNS):
        if k == _COUNTED and not _COUNTED_HEADS.search(text):
            continue
        for m in pattern.finditer(text):
            after_city = k == _HEAD_OF and not text[_word_before(text, m.start())].islower()
            if k == _HEAD_OF and after_city and not _ends_city(m.start(), cities):
                continue
            if k == 0 and _of_a_region(text, m.end(), toponyms):
                continue  # "the Gondra district of Uttar Pradesh": a part of a region
            # "the Basak district of Silopi": the city named is the one that holds it
            named = _city_after(text, m.end(), towns) if k == 0 else None
            for start, end in names_in(m):
                name = text[start:end]
                if start in found:
                    continue
                if not_a_name(name, zipf):
                    continue
                city = town_in_sentence(
                    [c for c in cities if not m.start() <= c.start < m.end()], start
                )
                city = named or city or main
                inside = [t for t in toponyms if t.start < end and start < t.end]
                if not inside and demonym(name_key(name)):
                    continue
                if inside and after_city:
                    continue  # "the Kabanjahe district of Sumatra": the name after is the region
                holders = [named] if named else cities
                if not all(yields(t, start, end, city, places, holders) for t in inside):
                    continue
                replaced.update(id(t) for t in inside)
                found[start] = placed_at(city, start, end, name, method="district")
    return sorted(found.values(), key=lambda t: t.start), replaced


def placed_at(town, start: int, end: int, name: str, *, method: str):
    """A toponym for a name the gazetteer lacks (a city's district, a village or camp) at the
    town it belongs to: its own name and span, the town's point and place, near it (precision
    2) and below the review threshold."""
    return replace(
        town,
        start=start,
        end=end,
        text=name,
        name=name,
        confidence=round(min(CONFIDENCE, town.confidence), 4),
        precision=2,
        method=method,
        candidates=[],
        qualifier="",
    )


def yields(t, start: int, end: int, city, places: Counter, cities: list) -> bool:
    """A toponym overlapping a district's name gives way to it: a doubtful reading that lies
    inside the name and is either shorter, or in a country no other place of the story is in
    (a namesake abroad: "Karama" of Mosul read in the Emirates; not "Kisoro" in a story that
    also names Uganda); any reading far from all the story's cities (`cities`) of that country.
    A country never gives way: "bases in Mayotte and Djibouti" are in the territory, however
    doubtful its reading, and no city's district or village is called after one."""
    if t.kind == "country":
        return False
    inside = start <= t.start and t.end <= end
    if inside and all(_far_from_its_city(t, c) for c in cities):
        return True
    doubtful = t.confidence <= DOUBTFUL and t is not city and not t.is_demonym
    shorter = (t.end - t.start) < (end - start)
    return (
        inside and doubtful and (shorter or (t.country != city.country and places[t.country] == 1))
    )


def _far_from_its_city(t, city) -> bool:
    """Whether a reading of a city's district lies more than DISTRICT_KM from a city of the
    story's country. When it is so far from all of them, it is a namesake elsewhere ("the Basak
    district of Silopi" read as a village three provinces away, "in the Penha district" of Rio
    read as a town of Santa Catarina), however confident. A district seat or a regional capital
    is a district of its own."""
    return (
        t is not city
        and t.country == city.country
        and t.kind in ("settlement", "admin")
        and t.feature_code not in _SEAT_CODES
        and t.lat is not None
        and haversine_km(t.lat, t.lon, city.lat, city.lon) > DISTRICT_KM
    )


def _word_before(text: str, head: int) -> int:
    """Where the word before `head` (after one space) starts."""
    return text.rfind(" ", 0, head - 1) + 1


def _ends_city(head: int, cities: list) -> bool:
    """ "the Port-au-Prince neighborhood of Canapé-Vert": a city of the story ends right before
    the head word (not "the Ugandan district of Kisoro")."""
    return any(t.end == head - 1 for t in cities)


def _of_a_region(text: str, end: int, toponyms: list) -> bool:
    """ "the X district of Y" where Y is read as a region or country, not a town."""
    m = _OF_NAME.match(text, end)
    return m is not None and any(t.start == m.start(1) and t.kind != "settlement" for t in toponyms)


def _city_after(text: str, end: int, cities: list):
    """The city named right after "the X district" by " of " ("of Silopi"), in whatever country
    the story's other towns are."""
    m = _OF_NAME.match(text, end)
    return next((t for t in cities if t.start == m.start(1)), None) if m else None


# A month and its day ("May 26", "Oct 26"): a dateline's date where a list of names runs into it.
_DATE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[ ]\d{1,2}"
)


def not_a_name(name: str, zipf: dict[str, float]) -> bool:
    """A common word ("the Old quarter"), a day or month or a date, or a possessive
    ("Saturday's")."""
    if name in STOP_WORDS or name.endswith(("'s", "’s")) or _DATE.fullmatch(name):
        return True
    return " " not in name and zipf.get(name.lower(), 0.0) >= COMMON_WORD_ZIPF


def names_in(m: re.Match) -> list[tuple[int, int]]:
    """The spans of the names a match holds (one, or a list's members)."""
    spans = [m.span(1)]
    if m.lastindex and m.lastindex >= 2 and m.group(2):
        rest_start = m.start(2)
        for part in _SPLIT.split(m.group(2)):
            part = part.strip(" ,")  # noqa: PLW2901
            if not part:
                continue
            at = m.string.find(part, rest_start, m.end(2))
            if at >= 0:
                spans.append((at, at + len(part)))
                rest_start = at + len(part)
    return spans


def _main_city(cities: list):
    """The city the story names most (the more confident reading first)."""
    counts = Counter(t.place_id for t in cities)
    return max(cities, key=lambda t: (counts[t.place_id], t.confidence))


def town_in_sentence(cities: list, start: int):
    """The town named in the same sentence as `start`, nearest before it (else after), or None."""
    same = [t for t in cities if t.sentence_start is not None and t.sentence_start <= start]
    same = [t for t in same if t.sentence_end is not None and start < t.sentence_end]
    if not same:
        return None
    before = [t for t in same if t.start < start]
    return max(before, key=lambda t: t.start) if before else min(same, key=lambda t: t.start)
