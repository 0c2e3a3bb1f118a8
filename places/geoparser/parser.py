"""The geoparser: spot names, drop false friends, resolve each to one place with a confidence.

`Geoparser(index).parse(text)` is pure: it reads only the in-memory index, so it is testable on
a string and safe to share between threads.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from places.geoparser.filters import (
    FEATURE_WORDS,
    LOCATIVES,
    NAMED_AFTER,
    NEARBY_WORDS,
    QUALIFIERS,
    SPEECH_VERBS,
    STOP_PHRASES,
    STOP_WORDS,
    TITLES,
    Context,
)
from places.geoparser.index import ABBREVIATION, DEMONYM, PREFERRED, GazetteerIndex
from places.geoparser.spotter import Spot, spot
from places.normalize import name_key

logger = logging.getLogger(__name__)

ADMIN_CUES = {"province", "governorate", "state", "region", "county", "district", "prefecture",
              "oblast", "department", "parish", "municipality", "territory"}
CITY_CUES = {"city", "town", "village", "capital", "town's", "city's", "suburb", "neighbourhood",
             "neighborhood", "hamlet", "port"}
NEWSPAPER_WORDS = {"Journal", "Times", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Courier",
                   "Examiner", "Register", "Observer", "Sentinel", "Inquirer", "Dispatch", "Bulletin",
                   "Enquirer", "Democrat", "Leader", "Ledger", "Telegraph", "Independent", "Reporter"}
# Prepositions that put something in a place (not "of", "from", "to": "a friend of Mitch Lewis").
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "within", "throughout", "around"}
AREA_WORDS = {"County", "Parish", "Township", "Borough", "District", "Province", "Governorate"}
WATER_CUES = {"river", "lake", "sea", "gulf", "bay", "dam", "valley", "strait"}
MAJOR_POPULATION = 100_000
# Prior of a first-level region: log10 of its towns' population plus a bonus like an admin
# seat's, between these bounds (a region of 3 million people or more gets the maximum).
ADM1_PRIOR = 8.0
ADM1_MIN_PRIOR = 5.0
ADM1_BONUS = 1.5
COHERENCE_WEIGHT = 2.0
MAX_CANDIDATES = 40
PROXIMITY_WEIGHT = 3.0
# An alternate name ("Franklin" for El Paso) is weaker evidence than a main name.
ALIAS_PENALTY = 0.5
CONFIDENCE_CEILING = {"demonym": 0.5, "country": 0.85, "region": 0.4, "river": 0.5, "water": 0.7,
                      "mountain": 0.6}


# Also after a date ("March 15, 2009 NEWARK --") and before a colon ("BEIRUT: The body of").
# The position tests look behind the first capital, so the regex engine can skip to capitals.
_DATELINE = re.compile(r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?\n]\s[A-Z])|(?<=\n[A-Z])|(?<=[12]\d\d\d\s[A-Z]))"
                       r"[A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2})"
                       r"(?=,\s|\s--|\s—|\s-\s|:\s)")


_CAPITALISED = re.compile(r"[A-Z][\w\-]*")
_NAME_WORDS_AFTER = re.compile(r"(?: [A-Z][\w\-]*){1,2}")
_PARTY_PREFIX = re.compile(r"(?:^|[\s(])[DRI]-$")

# "Raqqa and its countryside", "Mosul's outskirts": the area around the place (geo_precision 2).
_SURROUNDINGS = re.compile(r"(?:’s|'s)?\s+(?:and\s+(?:its|the)\s+)?(?:countryside|outskirts|suburbs|surroundings|"
                           r"environs|hinterland)\b")


class Precision:
    """As ACLED's geo_precision: 1 the place itself, 2 near it or part of a region, 3 a larger area."""

    EXACT = 1
    NEAR = 2
    REGION = 3


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    place_id: int | None
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature_code: str
    country: str
    kind: str
    confidence: float
    precision: int | None
    method: str
    candidates: list[dict] = field(default_factory=list)
    qualifier: str = ""
    is_demonym: bool = False
    sentence_start: int | None = None
    sentence_end: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Mention:
    spot: Spot
    cands: list[tuple[int, int]]  # (place index, flags)
    scores: list[float] = field(default_factory=list)
    method: str = "prior"
    qualifier: str = ""
    nearby: bool = False
    risk: float = 0.0  # 0 = surely a place name, towards 1 = probably a false friend
    cue: str = ""


@dataclass
class Decisions:
    """Staff decisions from the review queue: name key -> confirmed place id, rejected keys."""

    confirmed: dict[str, int] = field(default_factory=dict)
    rejected: set[str] = field(default_factory=set)


class Geoparser:
    def __init__(self, index: GazetteerIndex, *, stop_phrases: list[str] | None = None,
                 decisions: Decisions | None = None, include_demonyms: bool = True) -> None:
        import ahocorasick

        self.index = index
        self.decisions = decisions or Decisions()
        self.include_demonyms = include_demonyms
        self.masks = ahocorasick.Automaton()
        for phrase in {*STOP_PHRASES, *(stop_phrases or [])}:
            if len(phrase) >= 2:
                self.masks.add_word(phrase, len(phrase))
        if len(self.masks):
            self.masks.make_automaton()
        self.zipf = index.word_zipf
        self.pos_of_id = {p.place_id: i for i, p in enumerate(index.places)}
        self._shortlists: dict[str, list[tuple[int, int]]] = {}
        self._priors: dict[str, list[float]] = {}
        self._facts: dict[str, _NameFacts] = {}
        self._seats: dict[str, list[int]] = {}
        self._geo: dict[str, tuple[frozenset[tuple[str, str]], list]] = {}
        self._columns: dict[str, list[tuple]] = {}
        self._key_countries: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._place_country = [p.country for p in index.places]
        self._place_is_country = [p.kind == "country" for p in index.places]
        # A first-level region's weight is the population of its towns: California and Punjab
        # outrank a town of the same name, a Jamaican parish "Portland" does not outrank Portland.
        self.region_population: dict[tuple[str, str], int] = defaultdict(int)
        for p in index.places:
            if p.kind == "settlement" and p.admin1 and p.population:
                self.region_population[(p.country, p.admin1)] += p.population

    # ------------------------------------------------------------------ public

    def parse(self, text: str, *, decisions: Decisions | None = None,
              candidates: bool = True) -> list[Toponym]:
        """The toponyms of `text`. `candidates=False` leaves `Toponym.candidates` empty (the
        top readings with their scores) for callers that never show them, such as `geoparse`."""
        if not text or self.index.automaton is None:
            return []
        decisions = decisions or self.decisions
        ctx = Context(text)
        masked = self._masked_spans(text)
        mentions: list[_Mention] = []
        spots = spot(text, self.index.automaton)
        spots = self._datelines(text, spots)
        spot_starts = {s.start for s in spots}
        spot_ends = {s.end for s in spots}
        kept: list[_Mention] = []
        ctx.doc_countries = self._document_countries(spots)
        person_keys: set[str] = set()
        place_keys: set[str] = set()
        for s in spots:
            if any(a < s.end and s.start < b for a, b in masked):
                continue
            if s.key in decisions.rejected and s.key not in decisions.confirmed:
                continue
            cands = self._shortlist(s.key)
            if not cands:
                continue
            m = _Mention(s, cands)
            verdict = self._keep(m, ctx, spot_starts, spot_ends)
            if verdict == "person" and self._name_facts(s.key, cands).major and (
                    self._is_state_name(s.key, cands, ctx.doc_countries) or any(self.index.places[i].population >= MAJOR_POPULATION
                                                 for i, _ in cands)):
                verdict = False  # "Bank Charleston Market": drop here, but Charleston stays a place
            if verdict == "person":
                person_keys.add(s.key)
            if verdict is True:
                kept.append(m)
                if ctx.word_before(s.start).lower() in PLACE_PREPOSITIONS:
                    place_keys.add(s.key)
        # A name once used for a person ("Mitch Lewis") is that person all through the document,
        # unless it is a country or region, or the document also puts something in it ("in Ozark"
        # beside "Ozark Dodge", "in Maryville" beside "First Baptist Church Maryville").
        mentions = [m for m in kept if m.spot.key not in person_keys
                    or self._is_state_name(m.spot.key, m.cands, ctx.doc_countries)
                    or m.spot.key in decisions.confirmed or m.spot.key in place_keys]
        if not mentions:
            return []
        self._resolve(mentions, ctx, text, decisions)
        out = []
        for m in mentions:
            top = self._toponym(m, ctx, text, candidates)
            if top is not None and (self.include_demonyms or not top.is_demonym):
                out.append(top)
        return out

    def _shortlist(self, key: str) -> list[tuple[int, int]]:
        """Candidates for a name, one entry per place (best name flags), the MAX_CANDIDATES with
        the highest prior: "Springfield" has 60 readings and context never lifts the 61st."""
        cached = self._shortlists.get(key)
        if cached is not None:
            return cached
        best: dict[int, int] = {}
        for i, flags in self.index.candidates(key):
            best[i] = best.get(i, 0) | flags
        cands = list(best.items())
        if len(cands) > MAX_CANDIDATES:
            cands.sort(key=lambda c: -self._prior(*c))
            cands = cands[:MAX_CANDIDATES]
        if len(self._shortlists) > 200_000:
            self._shortlists.clear()
            self._priors.clear()
            self._facts.clear()
            self._seats.clear()
            self._geo.clear()
            self._columns.clear()
        self._shortlists[key] = cands
        return cands

    def _seat_regions(self, key: str, cands: list[tuple[int, int]]) -> list[int]:
        """Positions of the readings that are a region whose seat is another reading of the
        name (a city and the region named after it), computed once per name."""
        positions = self._seats.get(key)
        if positions is None:
            places = self.index.places
            seats = {(places[i].country, places[i].admin1) for i, _ in cands
                     if places[i].kind == "settlement" and places[i].feature_code in ("PPLA", "PPLC")}
            positions = self._seats[key] = [
                k for k, (i, _f) in enumerate(cands)
                if places[i].kind == "admin" and (places[i].country, places[i].admin1) in seats]
        return positions

    def _name_geo(self, key: str, cands: list[tuple[int, int]]
                  ) -> tuple[frozenset[tuple[str, str]], list[tuple[tuple[int, int], float, float, float, float]]]:
        """A name's first-level regions (country, admin1) of its towns and regions, and the
        grid cells, points, latitude in radians and its cosine of its local readings (not
        states or countries) for the proximity test; computed once per name."""
        geo = self._geo.get(key)
        if geo is None:
            places = self.index.places
            regions = frozenset((places[i].country, places[i].admin1) for i, _f in cands
                                if places[i].kind in ("settlement", "admin") and places[i].admin1)
            cells = []
            for i, _f in cands:
                p = places[i]
                if p.kind in ("settlement", "admin") and p.feature_code not in ("ADM1", "PCLI"):
                    rad = math.radians(p.lat)
                    cells.append(((int(p.lat * 2), int(p.lon * 2)), p.lat, p.lon, rad, math.cos(rad)))
            geo = self._geo[key] = (regions, cells)
        return geo

    def _name_columns(self, key: str, cands: list[tuple[int, int]]) -> list[tuple]:
        """Per reading, what the second pass reads: (place index, country, admin1, a town or
        district, (country, admin1), lat, lon); computed once per name."""
        columns = self._columns.get(key)
        if columns is None:
            places = self.index.places
            columns = []
            for i, _f in cands:
                p = places[i]
                local = p.kind == "settlement" or (p.kind == "admin" and p.feature_code != "ADM1")
                columns.append((i, p.country, p.admin1, local, (p.country, p.admin1), p.lat, p.lon))
            self._columns[key] = columns
        return columns

    def _priors_of(self, key: str, cands: list[tuple[int, int]]) -> list[float]:
        """The priors of a name's shortlist, in its order (computed once per name)."""
        priors = self._priors.get(key)
        if priors is None:
            priors = self._priors[key] = [self._prior(i, flags) for i, flags in cands]
        return priors

    # ------------------------------------------------------------------ filtering

    def _datelines(self, text: str, spots: list[Spot]) -> list[Spot]:
        """Datelines in capitals ("CHARLESTON, W.Va. --") that the case-sensitive automaton misses."""
        extra = []
        for m in _DATELINE.finditer(text):
            start, end = m.span(1)
            key = name_key(m.group(1))
            if key in self.index.by_key and not any(sp.start < end and start < sp.end for sp in spots):
                extra.append(Spot(start, end, key))
        return sorted(spots + extra, key=lambda sp: sp.start) if extra else spots

    def _masked_spans(self, text: str) -> list[tuple[int, int]]:
        if not len(self.masks):
            return []
        spans = []
        for end_idx, length in self.masks.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                spans.append((start, end))
        return spans

    def _name_facts(self, key: str, cands: list[tuple[int, int]]) -> _NameFacts:
        """What the filter asks of a name's shortlist, computed once per name."""
        facts = self._facts.get(key)
        if facts is None:
            facts = self._facts[key] = _NameFacts(self.index.places, cands, self._is_major(cands))
        return facts

    def _is_state_name(self, key: str, cands: list[tuple[int, int]], doc_countries: set[str]) -> bool:
        """`_is_state` from the name's cached facts."""
        facts = self._name_facts(key, cands)
        return facts.country or not facts.regions.isdisjoint(doc_countries)

    def _is_major(self, cands: list[tuple[int, int]]) -> bool:
        for i, _flags in cands:
            p = self.index.places[i]
            if p.kind in ("country", "admin") or p.population >= MAJOR_POPULATION \
                    or p.feature_code in ("PPLC", "PPLA", "STM", "SEA", "MTS", "OCN", "CONT"):
                return True
        return False

    def _is_state(self, cands: list[tuple[int, int]], doc_countries: set[str]) -> bool:
        """A country, or a first-level region of a country the document names (or of the country
        most of its names point to), under its own name or an abbreviation. Such names keep their
        place reading next to capitalised words; a Sicilian province named in a Hollywood story
        ("Andy Trapani") does not."""
        places = self.index.places
        for i, flags in cands:
            if not flags & (PREFERRED | ABBREVIATION | DEMONYM):
                continue
            p = places[i]
            if p.kind == "country":
                return True
            if p.kind == "admin" and p.feature_code == "ADM1" and p.country in doc_countries:
                return True
        return False

    def _document_countries(self, spots: list[Spot]) -> set[str]:
        """Countries a document names, plus the country most of its names' readings fall in."""
        named: set[str] = set()
        votes: dict[str, float] = defaultdict(float)
        cache = self._key_countries
        for sp in spots:
            entry = cache.get(sp.key)
            if entry is None:
                entry = cache[sp.key] = self._countries_of_key(sp.key)
            countries, per_country = entry
            named.update(countries)
            if per_country:
                vote = 1.0 / len(per_country)
                for cc in per_country:
                    votes[cc] += vote
        if votes:
            # Ties go to the first country in code order, so a run never depends on hashing.
            named.add(max(sorted(votes), key=votes.__getitem__))
        return named

    def _countries_of_key(self, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Countries a name names (as a country), and the countries of all its readings."""
        # Flat per-place columns: a name's readings (some names have 1,000) are read without
        # touching each place record.
        country_of, is_country = self._place_country, self._place_is_country
        cands = self.index.candidates(key)
        named = tuple(country_of[i] for i, flags in cands if is_country[i] and flags & (PREFERRED | ABBREVIATION))
        countries = {country_of[i] for i, _ in cands}
        countries.discard("")
        per_country = tuple(sorted(countries))
        if len(self._key_countries) > 200_000:
            self._key_countries.clear()
        return named, per_country

    def _keep(self, m: _Mention, ctx: Context, spot_starts: set[int], spot_ends: set[int]) -> bool | str:
        """True to keep; False or "person" (a person's name: drop it everywhere) to reject."""
        s = m.spot
        text = ctx.text
        surface = text[s.start:s.end]
        if surface in STOP_WORDS:
            return False
        before = ctx.word_before(s.start)
        after = ctx.word_after(s.end)
        initial = ctx.is_sentence_initial(s.start)
        lower = surface.lower()
        # Capitals are an abbreviation or a dateline ("US", "CHARLESTON"), never the common word.
        zipf = self.zipf.get(lower, 0.0) if " " not in lower and not surface.isupper() else 0.0
        facts = self._name_facts(s.key, m.cands)
        major = facts.major
        # A word the document also uses in lower case ("village", "most") is a common word here,
        # whatever region shares its name.
        # (Asked only of state names: the document's lower-case words are then collected once.)
        state = self._is_state_name(s.key, m.cands, ctx.doc_countries) \
            and not (zipf >= 3.0 and lower in ctx.lower_words)
        if zipf >= 5.5 and not facts.any_country_kind:
            return False
        if before in TITLES or before.rstrip(".") in TITLES:
            return "person"
        # "St. Patrick's Day", "St. Peter's Square": a saint, when "St. X" itself is no place
        # (places named after saints, "St. Louis", are spotted whole).
        if before.rstrip(".").lower() in ("st", "saint", "ste", "san") and text[s.start - 1:s.start] == " " \
                and not before.isupper():
            return False
        after_word = after.lower().rstrip(".")
        # "Lansing State Journal", "Athens Banner-Herald": a newspaper named after the place.
        following = _CAPITALISED.findall(text, s.end, s.end + 30)[:2] if text[s.end:s.end + 1] == " " else []
        if any(w.split("-")[-1] in NEWSPAPER_WORDS for w in following[:2]) and \
                _NAME_WORDS_AFTER.match(text, s.end, s.end + 30):
            return False
        # "Kish River" when the gazetteer only knows a town Kish: not that town.
        if after in ("River", "Creek", "Lake", "Mountain", "Mountains", "Island", "Bay", "Canyon", "Falls") \
                and facts.all_populated:
            return False
        if (after_word in NAMED_AFTER and not state) or text[s.end:s.end + 1] == "$":
            return False
        if initial and zipf >= 4.5 and not facts.any_preferred:
            return False  # "Drug related violence" is not Durg
        if not state and before.lower() not in LOCATIVES and (
                after_word in SPEECH_VERBS or text[s.end:s.end + 2] in ("'s", "’s")
                and ctx.word_after(s.end + 2).lower() in SPEECH_VERBS):
            return "person"
        if not facts.any_preferred_or_abbr and not major:
            m.risk += 0.35  # only an alternate name of a small place: often a surname
        # Hyphenated brand or compound: "Wal-Mart", "Coca-Cola", "Athens-Clarke" keeps the whole.
        if text[s.end:s.end + 1] in "-‐" and text[s.end + 1:s.end + 2].isupper() and not state:
            return False
        if s.start > 1 and text[s.start - 1] in "-‐" and text[s.start - 2].isalpha() and not state \
                and not _PARTY_PREFIX.match(text[max(0, s.start - 3):s.start]):  # "D-Charleston"
            return False
        # Part of a longer proper name. A common word after the name makes an organisation named
        # after the place ("Gainesville Mayor", "Butler County Jail"): still the place. A rare
        # word or another name makes a person ("Jennifer Cafarella", "David Jefferson").
        gap_after = text[s.end:s.end + 1]
        # "Laurel County", "Jackson Township" name an area in themselves: never a person, and the
        # capitalised words after them name its offices ("Laurel County Detention Center").
        area = surface.rsplit(" ", 1)[-1] in AREA_WORDS
        if after and gap_after == " " and after[0].isupper() and after not in FEATURE_WORDS \
                and not after.isupper() and after.lower() not in LOCATIVES and not state and not area:
            nxt = after.rstrip(".")
            nzipf = self.zipf.get(nxt.lower(), 0)
            rare = nzipf < 3.5
            if ((s.end + 1) in spot_starts and nzipf < 4.5) or (rare and nxt[1:].islower()):
                return "person" if not initial or rare else False
            if not major and nzipf < 4.5:
                return False  # "Mary Walker": a small place's name before a surname-like word
        if len(before) == 2 and before[0].isupper() and before[1] == "." and not state and not area:
            return "person"  # "Tyrise M. Bell"
        if before and before[0].isupper() and not before.endswith(".") and not area:
            bstart = ctx.word_before_start(s.start)
            gap = text[bstart + len(before):s.start]
            blow = before.lower()
            if gap == " " and blow not in LOCATIVES and blow not in QUALIFIERS \
                    and not before.isupper() and blow not in ("the", "st", "saint", "new", "old", "fort", "port",
                                                              "lake", "mount", "san", "santa", "los", "las"):
                if not ctx.is_sentence_initial(bstart):
                    # "Andy Trapani said": a person; "George Washington High School": a name.
                    nxt = text[s.end:s.end + 2]
                    ends_name = not (nxt[:1] == " " and nxt[1:].isupper())
                    return "person" if ends_name and not state else False
                if ctx.is_sentence_initial(bstart) and self.zipf.get(blow, 0) < 3.0:
                    return "person"  # "Masrour Barzani" at the start of a sentence
        if zipf >= 5.5 and not state:
            return False
        if surface.isupper() and len(surface) > 3 and not facts.any_abbr:
            m.risk += 0.3  # headlines and acronyms
        if initial and zipf >= 4.0 and not major:
            return False
        if zipf >= 3.0 and not major:
            if initial:
                return False
            if zipf >= 3.5 and before.lower() not in LOCATIVES and text[s.end:s.end + 2] != ", ":
                return False
            m.risk += min(0.5, (zipf - 2.5) / 4)
        elif initial and zipf >= 4.0 and not state:
            m.risk += 0.2
        # Natural features under a bare name need "the" or a feature word ("the Nile", "Tigris river").
        if facts.all_natural and " " not in surface:
            if before.lower() != "the" and after.lower() not in WATER_CUES | {"mountains", "range"}:
                return False
        # Directional qualifiers stay with the mention: "northern Syria".
        if before.lower() in QUALIFIERS and text[s.start - 1:s.start] == " ":
            m.qualifier = before.lower()
        words = [w.lower() for w in ctx.words_before(s.start, 3)]
        if any(w in NEARBY_WORDS for w in words) or _SURROUNDINGS.match(text, s.end):
            m.nearby = True
        return True

    # ------------------------------------------------------------------ resolution

    def _prior(self, i: int, flags: int) -> float:
        p = self.index.places[i]
        s = math.log10(p.population + 1)
        if p.kind == "country":
            s = max(s, 6.0) + 4.0
        elif p.kind == "admin":
            s = 5.5
            if p.feature_code == "ADM1":
                s = ADM1_PRIOR
                region_pop = self.region_population.get((p.country, p.admin1), 0) if p.admin1 else 0
                if region_pop:
                    s = max(ADM1_MIN_PRIOR, min(ADM1_PRIOR, ADM1_BONUS + math.log10(region_pop)))
        elif p.feature_code == "CONT":
            s = 9.0
        elif p.kind == "settlement":
            s += {"PPLC": 2.5, "PPLA": 1.5, "PPLA2": 0.8, "PPLA3": 0.3, "PPLA4": 0.1,
                  "PPLX": -2.0, "PPLH": -3.0, "PPLQ": -3.0, "PPLW": -3.0, "PPLL": -0.5,
                  "STLMT": -1.0}.get(p.feature_code, 0.0)
        else:
            s = 6.0
        if flags & PREFERRED:
            s += 1.0
        else:
            s -= ALIAS_PENALTY
        if flags & DEMONYM:
            s += 0.5
        return s

    def _resolve(self, mentions: list[_Mention], ctx: Context, text: str, decisions: Decisions) -> None:
        places = self.index.places
        # Pass 1: priors and local cues.
        for m in mentions:
            after_raw = ctx.word_after(m.spot.end)
            after = after_raw.lower()
            # "Athens City Council", "Michigan State": capitalised, these words name something else.
            if after_raw[:1].isupper() and after in ("city", "town", "village", "state"):
                after = ""
            befores = [w.lower() for w in ctx.words_before(m.spot.start, 2)]
            admin_cue = after in ADMIN_CUES or any(w in ("province", "governorate") for w in befores[-1:])
            city_cue = after in CITY_CUES or (len(befores) == 2 and befores[0] in CITY_CUES and befores[1] == "of")
            water_cue = after in WATER_CUES
            priors = self._priors_of(m.spot.key, m.cands)
            if not (admin_cue or city_cue or water_cue):
                m.scores = list(priors)
            else:
                m.scores = []
                for (i, _flags), sc in zip(m.cands, priors):
                    p = places[i]
                    if admin_cue:
                        sc += 4.0 if p.kind == "admin" else (-1.0 if p.kind == "settlement" else 0)
                    if city_cue:
                        sc += 3.0 if p.kind == "settlement" else -2.0
                    if water_cue:
                        sc += 4.0 if p.kind in ("river", "water") else 0.0
                    m.scores.append(sc)
                # The same precedence as before: a water cue over a city cue over an admin cue.
                m.cue = "water" if water_cue else "city" if city_cue else "admin"
            # A city and the region named after it: the city, unless the text says province.
            if m.cue != "admin":
                scores = m.scores
                for k in self._seat_regions(m.spot.key, m.cands):
                    scores[k] -= 2.5
        # Containment "X, Y": Y a country or region holding X.
        by_start = {m.spot.start: m for m in mentions}
        by_end = {m.spot.end: m for m in mentions}
        contained: set[int] = set()  # ids of mentions that hold the mention before them
        for m in mentions:
            # "Armenia, Georgia, Iraq, Iran", "Arizona, California, Colorado": a country or
            # state name after "Z, " is an item of a list, not a town inside the next item,
            # unless Z lies in X ("Stroud, Ontario, Canada") or closed a pair ("Ky., Ohio, US").
            prev = None
            for gap in (2, 3):
                if text[max(0, m.spot.start - gap):m.spot.start].strip() == ",":
                    prev = by_end.get(m.spot.start - gap)
                    if prev:
                        break
            if prev is not None and id(m) not in contained and id(prev) not in contained and any(
                    f & PREFERRED and places[i].feature_code in ("PCLI", "ADM1") for i, f in m.cands):
                continue
            nxt = None
            for gap in (2, 3):
                if text[m.spot.end:m.spot.end + gap].strip() == ",":
                    nxt = by_start.get(m.spot.end + gap)
                    if nxt:
                        break
            if nxt is None:
                continue
            containers = {(places[j].kind, places[j].country, places[j].admin1) for j, _ in nxt.cands}
            hit = False
            for k, (i, _f) in enumerate(m.cands):
                p = places[i]
                for kind, cc, adm in containers:
                    if (kind == "country" and cc == p.country and p.kind != "country") or \
                            (kind == "admin" and cc == p.country and adm and adm == p.admin1 and p.kind == "settlement"):
                        m.scores[k] += 9.0
                        hit = True
                        break
            if hit:
                m.method = "containment"
                contained.add(id(nxt))
                # Y itself is then the container, not a homonym of it.
                for k, (j, _f) in enumerate(nxt.cands):
                    pj = places[j]
                    if pj.kind in ("country", "admin") and any(
                            pj.country == places[i].country for i, _ in m.cands):
                        nxt.scores[k] += 3.0
        # Staff decisions win over everything else.
        for m in mentions:
            want = decisions.confirmed.get(m.spot.key)
            if want is not None and want in self.pos_of_id:
                wi = self.pos_of_id[want]
                for k, (i, _f) in enumerate(m.cands):
                    if i == wi:
                        m.scores[k] += 50.0
                        m.method = "staff"
        # Joint coherence of ambiguous names: "Paris" and "Henry County" both have a reading in
        # Tennessee; each reading a region shares with other names gains, weighted by how
        # specific those names are.
        regions_by_key: dict[str, frozenset[tuple[str, str]]] = {}
        for m in mentions:
            key = m.spot.key
            if key not in regions_by_key:
                regions = self._name_geo(key, m.cands)[0]
                if regions:
                    regions_by_key[key] = regions
        region_support: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        for key, regions in regions_by_key.items():
            weight = 1.0 / (1.0 + math.log(len(regions)))
            for region in regions:
                region_support[region][key] = weight
        # The gains depend only on the name (its readings, the document): computed once per name.
        coherence: dict[str, list[tuple[int, float]]] = {}
        for m in mentions:
            if len(m.cands) == 1:
                continue
            gains = coherence.get(m.spot.key)
            if gains is None:
                gains = coherence[m.spot.key] = self._region_gains(m, region_support, ctx.doc_countries)
            scores = m.scores
            for k, gain in gains:
                scores[k] += gain
        # Joint proximity: readings of different names within ~60 km of each other support
        # each other ("Paris" and "Henry County" both have a reading at Paris, Tennessee).
        grid: dict[tuple[int, int], list[tuple[str, float, float, float, float, float]]] = defaultdict(list)
        for key, ms in self._by_key(mentions).items():
            cands = ms[0].cands
            weight = 1.0 / (1.0 + math.log(len(cands)))
            for cell, lat, lon, rad, cos in self._name_geo(key, cands)[1]:
                grid[cell].append((key, lat, lon, weight, rad, cos))
        # The gain depends only on the name and the reading: computed once per name.
        proximity: dict[str, list[tuple[int, float]]] = {}
        for m in mentions:
            # Unlike region coherence, this applies to names of countries and foreign states
            # too: a "Lebanon" near Annville and Hershey is Lebanon, Pennsylvania. A state's
            # own towns of the same name ("New York" beside Brooklyn) do not count.
            if len(m.cands) == 1:
                continue
            gains = proximity.get(m.spot.key)
            if gains is None:
                gains = proximity[m.spot.key] = self._proximity_gains(m, grid)
            scores = m.scores
            for k, gain in gains:
                scores[k] += gain
        # Pass 2: document focus and spatial coherence from the first-pass winners.
        last_points: dict[tuple[float, float], float] | None = None
        nearness: dict[int, float] = {}  # place index -> nearness to the points of this round
        for _round in range(2):
            focus_country: dict[str, float] = defaultdict(float)
            focus_admin: dict[tuple[str, str], float] = defaultdict(float)
            points: list[tuple[float, float, float]] = []
            for m in mentions:
                k = max(range(len(m.scores)), key=m.scores.__getitem__)
                p = places[m.cands[k][0]]
                w = self._margin_weight(m.scores)
                if p.country:
                    focus_country[p.country] += w
                adm_w = 0.0
                if p.kind == "admin" and p.admin1:
                    adm_w = w
                elif p.kind == "settlement" or p.feature_code == "ADM2":
                    adm_w = 0.5 * w
                    points.append((p.lat, p.lon, w))
                if adm_w:
                    focus_admin[(p.country, p.admin1)] += adm_w
            total = sum(focus_country.values()) or 1.0
            # One point per place (a city named ten times is one neighbour), strongest vote kept.
            dedup: dict[tuple[float, float], float] = {}
            for lat, lon, w in points:
                dedup[(lat, lon)] = max(w, dedup.get((lat, lon), 0.0))
            if dedup != last_points:  # often the same winners twice: keep what was computed
                neighbours = _Neighbours(dedup)
                nearness = {}
                last_points = dedup
                band_lo, band_hi = ((neighbours.lats[0] - 3.8, neighbours.lats[-1] + 3.8)
                                    if neighbours.lats else (1.0, -1.0))
            rescored: dict[tuple[str, tuple[float, ...]], list[float]] = {}
            for m in mentions:
                base = getattr(m, "_base", None)
                if base is None:
                    base = list(m.scores)
                    m._base = base  # type: ignore[attr-defined]
                if len(m.cands) == 1:
                    continue
                # Mentions of a name with the same first-pass scores get the same new scores.
                seen_key = (m.spot.key, tuple(base))
                done = rescored.get(seen_key)
                if done is not None:
                    m.scores = list(done)
                    if m.method == "prior":
                        m.method = "context"
                    continue
                new = []
                k_self = max(range(len(base)), key=base.__getitem__)
                columns = self._name_columns(m.spot.key, m.cands)
                _i, c_self, a_self, _local, _region, _lat, _lon = columns[k_self]
                self_weight = self._margin_weight(base)
                for k, (i, country, admin1, local, region, lat, lon) in enumerate(columns):
                    sc = base[k]
                    # Discount this mention's own vote so a name does not confirm itself, nor
                    # lift the region named after the city it reads as ("Paris" the département).
                    own = self_weight if k == k_self or (
                        country == c_self and admin1 and admin1 == a_self) else 0.0
                    share = max(0.0, focus_country.get(country, 0.0) - own) / total
                    sc += 4.0 * share
                    if local:
                        adm = focus_admin.get(region, 0.0) - (own if k == k_self else 0.0)
                        sc += 1.5 * min(1.0, max(0.0, adm))
                        near = nearness.get(i)
                        if near is None:
                            # Outside the points' latitude band (plus 3.8 degrees) nothing is near.
                            near = nearness[i] = neighbours.nearness(lat, lon) \
                                if band_lo <= lat <= band_hi else 0.0
                        sc += 1.5 * near
                    new.append(sc)
                m.scores = new
                rescored[seen_key] = new
                if m.method == "prior":
                    m.method = "context"
        # One sense per document: every mention of a name takes the sense with the best total.
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for m in mentions:
            groups[m.spot.key].append(m)
        for group in groups.values():
            if len(group) < 2:
                continue
            totals: dict[int, float] = defaultdict(float)
            for m in group:
                for (i, _f), sc in zip(m.cands, m.scores):
                    totals[i] = max(totals[i], sc)
            best = max(totals, key=totals.__getitem__)
            for m in group:
                for k, (i, _f) in enumerate(m.cands):
                    if i == best:
                        m.scores[k] = totals[best] + 0.01

    def _region_gains(self, m: _Mention, region_support: dict[tuple[str, str], dict[str, float]],
                      doc_countries: set[str]) -> list[tuple[int, float]]:
        """(candidate position, gain) from the other names' readings in the same region."""
        places = self.index.places
        gains = []
        # A state is supported by the towns the document names in it: "Georgia" beside
        # Atlanta and Lake Lanier is the American state, not the country.
        for k, (i, f) in enumerate(m.cands):
            p = places[i]
            if p.feature_code == "ADM1" and p.admin1 and f & (PREFERRED | ABBREVIATION):
                support = sum(w for key, w in region_support.get((p.country, p.admin1), {}).items()
                              if key != m.spot.key)
                gains.append((k, COHERENCE_WEIGHT * min(2.0, support)))
        # "Nevada" in a list of states is the state, not a town of that state named after
        # it. A town abroad ("Paris" beside Edgar County, Illinois) may still gain, unless
        # the document points at the state's country ("Ontario" in a story about Canada).
        state_countries = {places[i].country for i, f in m.cands
                           if f & PREFERRED and places[i].feature_code in ("ADM1", "PCLI")}
        if state_countries & doc_countries:
            return gains
        for k, (i, _f) in enumerate(m.cands):
            p = places[i]
            if p.kind in ("settlement", "admin") and p.admin1 and p.feature_code != "ADM1" \
                    and p.country not in state_countries:
                support = sum(w for key, w in region_support.get((p.country, p.admin1), {}).items()
                              if key != m.spot.key)
                gains.append((k, COHERENCE_WEIGHT * min(2.0, support)))
        return gains

    def _proximity_gains(self, m: _Mention, grid: dict) -> list[tuple[int, float]]:
        """(candidate position, gain) for readings within ~60 km of other names' readings."""
        places = self.index.places
        state_countries = {places[i].country for i, f in m.cands
                           if f & PREFERRED and places[i].feature_code == "ADM1"}
        gains = []
        own_key = m.spot.key
        sin, asin, sqrt, radians = math.sin, math.asin, math.sqrt, math.radians
        for k, (i, _f) in enumerate(m.cands):
            p = places[i]
            if p.kind not in ("settlement", "admin") or p.country in state_countries:
                continue
            plat, plon = p.lat, p.lon
            cy, cx = int(plat * 2), int(plon * 2)
            p1 = radians(plat)
            c1 = math.cos(p1)
            near: dict[str, float] = {}
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for key, lat, lon, w, p2, c2 in grid.get((cy + dy, cx + dx), ()):
                        # 0.6 degrees of latitude are over 66 km: too far whatever the longitude.
                        if key != own_key and abs(lat - plat) <= 0.6 and w > near.get(key, 0.0):
                            # haversine_km(plat, plon, lat, lon) < 60, with the same arithmetic
                            a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(lon - plon) / 2) ** 2
                            if 2 * 6371.0 * asin(min(1.0, sqrt(a))) < 60:
                                near[key] = w
            gains.append((k, PROXIMITY_WEIGHT * min(2.0, sum(near.values()))))
        return gains

    @staticmethod
    def _by_key(mentions: list[_Mention]) -> dict[str, list[_Mention]]:
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for m in mentions:
            groups[m.spot.key].append(m)
        return groups

    @staticmethod
    def _margin_weight(scores: list[float]) -> float:
        if len(scores) == 1:
            return 1.0
        top, second = sorted(scores, reverse=True)[:2]
        return min(1.0, max(0.1, (top - second) / 4.0))

    # ------------------------------------------------------------------ output

    def _toponym(self, m: _Mention, ctx: Context, text: str, with_candidates: bool = True) -> Toponym | None:
        places = self.index.places
        # Highest score first; a stable reverse sort keeps ties in candidate order, as before.
        order = sorted(range(len(m.cands)), key=m.scores.__getitem__, reverse=True)
        # Same place listed under several names: keep one entry per place.
        seen: set[int] = set()
        ranked = []
        for k in order:
            i = m.cands[k][0]
            if i not in seen:
                seen.add(i)
                ranked.append((i, m.cands[k][1], m.scores[k]))
        best_i, best_flags, best_score = ranked[0]
        p = places[best_i]
        # Confidence: a softmax over the candidates' scores, discounted by false-friend risk.
        z = [math.exp(min(50.0, (sc - best_score))) for _, _, sc in ranked[:10]]
        prob = 1.0 / sum(z)
        confidence = max(0.0, min(1.0, prob * (1.0 - m.risk)))
        # Measured ceilings (benchmarks/geoparse_eval.py): demonyms are often not annotated as
        # places, and a single point for a country, continent or river is often far from the
        # point a reader means.
        confidence = min(confidence, CONFIDENCE_CEILING.get("demonym" if best_flags & DEMONYM else p.kind, 1.0))
        # A bare town name is right about two times in three in local news (LGL); only explicit
        # support ("Paris, Texas", "the city of X", a staff decision) earns 0.9 and more.
        if p.kind in ("settlement", "admin") and m.method not in ("containment", "staff") and not m.cue:
            confidence = min(confidence, 0.89)
        if m.method == "staff":
            confidence = max(confidence, 0.99)
        is_demonym = bool(best_flags & DEMONYM)
        precision = self._precision(p, m)
        sent = ctx.sentence(m.spot.start)
        cands = [
            {"place_id": places[i].place_id, "name": places[i].name, "country": places[i].country,
             "lat": round(places[i].lat, 5), "lon": round(places[i].lon, 5),
             "score": round(sc, 3)}
            for i, _f, sc in ranked[:5]
        ] if with_candidates else []
        return Toponym(
            start=m.spot.start, end=m.spot.end, text=text[m.spot.start:m.spot.end],
            place_id=p.place_id, name=p.name, lat=p.lat, lon=p.lon, geonameid=p.geonameid,
            feature_code=p.feature_code, country=p.country, kind=p.kind,
            confidence=round(confidence, 4), precision=precision, method=m.method,
            candidates=cands, qualifier=m.qualifier, is_demonym=is_demonym,
            sentence_start=sent[0], sentence_end=sent[1],
        )

    @staticmethod
    def _precision(p, m: _Mention) -> int:
        if p.kind == "settlement":
            return Precision.NEAR if (m.nearby or m.qualifier) else Precision.EXACT
        if p.kind == "admin" and p.feature_code != "ADM1":
            return Precision.NEAR
        return Precision.REGION


class _NameFacts:
    """Properties of a name's shortlist that the false-friend filter asks about every mention."""

    __slots__ = ("major", "country", "regions", "any_country_kind", "all_populated", "any_preferred",
                 "any_preferred_or_abbr", "any_abbr", "all_natural")

    def __init__(self, places: list, cands: list[tuple[int, int]], major: bool) -> None:
        self.major = major
        country = any_country_kind = any_preferred = any_preferred_or_abbr = any_abbr = False
        all_populated = all_natural = True
        regions = set()
        for i, flags in cands:  # one pass over the readings
            p = places[i]
            kind = p.kind
            if kind == "country":
                any_country_kind = True
            # `_is_state`: a country, or first-level regions (by country), under a main name,
            # an abbreviation or a demonym.
            if flags & (PREFERRED | ABBREVIATION | DEMONYM):
                if kind == "country":
                    country = True
                elif kind == "admin" and p.feature_code == "ADM1":
                    regions.add(p.country)
            if kind not in ("settlement", "admin", "country"):
                all_populated = False
            if kind not in ("river", "water", "mountain"):
                all_natural = False
            if flags & PREFERRED:
                any_preferred = True
            if flags & (PREFERRED | ABBREVIATION):
                any_preferred_or_abbr = True
            if flags & ABBREVIATION:
                any_abbr = True
        self.country = country
        self.regions = frozenset(regions)
        self.any_country_kind = any_country_kind
        self.all_populated = all_populated
        self.any_preferred = any_preferred
        self.any_preferred_or_abbr = any_preferred_or_abbr
        self.any_abbr = any_abbr
        self.all_natural = all_natural


class _Neighbours:
    """The first-pass winners' points of one round, sorted by latitude, for the spatial
    coherence term: the nearest strong neighbour within 400 km (same arithmetic as
    `haversine_km`, with each point's radians and cosine computed once)."""

    __slots__ = ("lats", "rows")

    def __init__(self, weights: dict[tuple[float, float], float]) -> None:
        rows = sorted((lat, lon, w, math.radians(lat), math.cos(math.radians(lat)))
                      for (lat, lon), w in weights.items())
        self.rows = rows
        self.lats = [r[0] for r in rows]

    def nearness(self, plat: float, plon: float) -> float:
        near = 0.0
        rows = self.rows
        lats = self.lats
        # A slightly wider band than the exact test below, which decides.
        lo = bisect.bisect_left(lats, plat - 3.8)
        if lo == len(lats) or lats[lo] > plat + 3.8:
            return near
        hi = bisect.bisect_right(lats, plat + 3.8, lo)
        p1 = math.radians(plat)
        c1 = math.cos(p1)
        sin, asin, sqrt, radians = math.sin, math.asin, math.sqrt, math.radians
        for j in range(lo, hi):
            lat, lon, w, p2, c2 = rows[j]
            # 400 km is under 3.7 degrees of latitude.
            if abs(lat - plat) > 3.7 or (lat == plat and lon == plon):
                continue
            dl = radians(lon - plon)
            a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(dl / 2) ** 2
            d = 2 * 6371.0 * asin(min(1.0, sqrt(a)))
            if d < 400:
                near = max(near, w * (1.0 - d / 400))
        return near
