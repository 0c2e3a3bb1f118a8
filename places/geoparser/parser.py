"""The geoparser: spot names, drop false friends, resolve each to one place with a confidence.

`Geoparser(index).parse(text)` is pure: it reads only the in-memory index, so it is testable on
a string and safe to share between threads. Its stages live beside it: the false-friend filter
(`falsefriends.py`) and the resolver (`resolve.py`), which pass `Mention` records (`records.py`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from places.geoparser.common_words import drop_common_words_abroad
from places.geoparser.confidence import (
    calibrate,
    cap_minority_countries,
    cap_unnamed_countries,
    drop_foreign_other_names,
    read_by_other_name,
)
from places.geoparser.cues import InstitutionHomes
from places.geoparser.datelines import DATELINE as _DATELINE
from places.geoparser.districts import district_toponyms
from places.geoparser.entities import EntityEvidence
from places.geoparser.facilities import with_facility_words, with_kind_words
from places.geoparser.falsefriends import MAJOR_POPULATION, FalseFriendFilter
from places.geoparser.filters import QUALIFIERS, STOP_PHRASES, Context
from places.geoparser.index import DEMONYM, GazetteerIndex
from places.geoparser.namesakes import cap_towns_outside_named_regions, cap_unproven_namesakes
from places.geoparser.records import Mention, NameFacts
from places.geoparser.resolve import Resolver
from places.geoparser.sites import site_toponyms
from places.geoparser.spans import SpanIndex
from places.geoparser.spotter import Spot, article_names, article_spots, spot
from places.geoparser.story import StoryCountries
from places.geoparser.successors import report_current_countries, report_territories
from places.geoparser.unit_words import join_unit_words
from places.geoparser.variants import (
    VARIANT_CEILING,
    VARIANT_CONFIDENCE,
    article_variant_spots,
    one_per_span,
    read_at_home,
    variant_key,
    variant_spots,
)
from places.geoparser.weights import (
    ADMIN_SUFFIX_COUNTRIES,
    LOCALITY_CEILING,
    LOCALITY_CODE,
    TOWNSHIP_COUNTRIES,
)
from places.normalize import name_key

# Prepositions that put something in a place (not "of", "from", "to": "a friend of Mitch Lewis").
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "within", "throughout", "around"}
# "the city of X", "the town of X": the text names a place.
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "province",
    "governorate",
    "district",
    "region",
    "state",
    "capital",
    "port",
    "county",
}
MAX_CANDIDATES = 40
# Countries that call their first-level regions by one of these words: English copy uses them
# interchangeably ("Donetsk Oblast" and "Donetsk Region", "Idlib Governorate" and "Province").
ADMIN_SUFFIX_ANY = frozenset().union(*ADMIN_SUFFIX_COUNTRIES.values())
# A name this common as an English word (Zipf frequency) joins a region word only in the
# countries that use that word.
COMMON_WORD_ZIPF = 4.0
# Confidence of a town far from the document's other places when a local reading exists.
STRAY_CEILING = 0.7
CONFIDENCE_CEILING = {
    "demonym": 0.5,
    "country": 0.85,
    "region": 0.4,
    "river": 0.5,
    "water": 0.7,
    "mountain": 0.6,
}

# Datelines in capitals ("CHARLESTON, W.Va. --"), also after a date ("March 15, 2009 NEWARK --"),
# before a colon ("BEIRUT: The body of"), a dash without spaces ("WASHINGTON—") or the agency in
# brackets and a dash ("LONDON (Reuters) -", "BEIRUT (AP) —"); accented ("BOGOTÁ, May 5"); with
# the state or country in brackets before the date or the agency ("BIJAPUR (Chhattisgarh), May
# 15 (PTI) —", "KARKAMIS (Turkey) (AFP) -"); or in brackets after the date, as some agencies
# write it ("November 4, 2011 (KHARTOUM) –").
# The position tests look behind the first capital, so the regex engine can skip to capitals.
# "the Qadisiya district" of Tikrit: a word for a unit below the first level says region, but
# not that the first-level region of the name is meant (a city district is often named after one).
LOWER_UNIT_WORDS = frozenset({"district", "subdistrict", "county", "municipality", "township"})


def _below_first_level(p, m: Mention, ctx: Context) -> bool:
    """The admin cue names another level than the reading's: "the Qadisiya district" read as an
    admin-1 region, or "the Ixil region" (Guatemala's) read as a municipality abroad."""
    if m.cue != "admin":
        return False
    word = ctx.word_after(m.spot.end).lower()
    if p.feature_code == "ADM1":
        return word in LOWER_UNIT_WORDS
    return word == "region" and p.kind == "admin" and p.feature_code.startswith("ADM")


_PATRON = re.compile(r"-(?:led|backed|funded|sponsored)\b|['’]s\b")
_ADMIN_SUFFIX = re.compile(
    r"[ \t]+([Ss]tate|[Rr]egion|[Pp]rovince|[Gg]overnorate|[Oo]blast)\b(?![ \t]+[A-Z])"
)
_TOWNSHIP_SUFFIX = re.compile(r"[ \t]+[Tt]ownship\b(?![ \t]+[A-Z])")


def _placed_here(ctx: Context, start: int) -> bool:
    """The text puts something in the place: "in X", "northern X", "the city of X"."""
    before = [w.lower() for w in ctx.words_before(start, 3)]
    if not before:
        return False
    return (
        before[-1] in PLACE_PREPOSITIONS
        or before[-1] in QUALIFIERS
        or (len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS)
    )


class Precision:
    """As ACLED's geo_precision: 1 the place itself, 2 near it or part of a region, 3 a larger
    area."""

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
class Decisions:
    """Staff decisions from the review queue: name key -> confirmed place id, rejected keys."""

    confirmed: dict[str, int] = field(default_factory=dict)
    rejected: set[str] = field(default_factory=set)


class Geoparser(FalseFriendFilter, EntityEvidence, Resolver, StoryCountries):
    def __init__(
        self,
        index: GazetteerIndex,
        *,
        stop_phrases: list[str] | None = None,
        decisions: Decisions | None = None,
        include_demonyms: bool = True,
        use_parse: bool = True,
    ) -> None:
        """`use_parse=False` is the fast path: the rules alone, no statistical parse."""
        import ahocorasick

        self.index = index
        self.use_parse = use_parse
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
        self.homes = InstitutionHomes(getattr(index, "homes", {}))
        self._shortlists: dict[str, list[tuple[int, int]]] = {}
        self._priors: dict[str, list[float]] = {}
        self._facts: dict[str, NameFacts] = {}
        self._seats: dict[str, list[int]] = {}
        self._geo: dict[str, tuple[frozenset[tuple[str, str]], list]] = {}
        self._columns: dict[str, list[tuple]] = {}
        self._famous: dict[str, bool] = {}
        self._key_countries: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._variant_runs: dict = {}  # variants.variant_spots' answers per run of words
        self._place_country = [p.country for p in index.places]
        self._place_is_country = [p.kind == "country" for p in index.places]
        # A first-level region's weight is the population of its towns: California and Punjab
        # outrank a town of the same name, a Jamaican parish "Portland" does not outrank Portland.
        self.region_population: dict[tuple[str, str], int] = defaultdict(int)
        for p in index.places:
            if p.kind == "settlement" and p.admin1 and p.population:
                self.region_population[(p.country, p.admin1)] += p.population

    # ------------------------------------------------------------------ public

    def parse(
        self,
        text: str,
        *,
        decisions: Decisions | None = None,
        candidates: bool = True,
        use_parse: bool | None = None,
    ) -> list[Toponym]:
        """The toponyms of `text`. `candidates=False` leaves `Toponym.candidates` empty (the
        top readings with their scores) for callers that never show them, such as `geoparse`.
        `use_parse` overrides the parser's setting for this text (the entity evidence)."""
        if not text or self.index.automaton is None:
            return []
        decisions = decisions or self.decisions
        ctx = Context(text)
        mentions = self._place_mentions(
            text, ctx, decisions, self.use_parse if use_parse is None else use_parse
        )
        if not mentions:
            return []
        self._resolve(mentions, ctx, text, decisions)
        out = []
        for m in mentions:
            top = self._toponym(m, ctx, text, candidates)
            if top is not None and (self.include_demonyms or not top.is_demonym):
                if m.spot.start in ctx.variant_starts:
                    top.confidence = round(
                        min(top.confidence * VARIANT_CONFIDENCE, VARIANT_CEILING), 4
                    )
                    top.method += "+variant"
                out.append(top)
        self._cap_strays(out, mentions)
        keys = {m.spot.start: m.spot.key for m in mentions}
        calibrate(out, keys, text)
        cap_unproven_namesakes(out, mentions, self.index.places)
        cap_towns_outside_named_regions(out)  # "the Venezuelan border town of La Victoria"
        cap_unnamed_countries(out, keys)
        out = cap_minority_countries(out, keys)  # namesakes in a country never named
        out = drop_foreign_other_names(out, keys, ctx.other_name_starts)
        out = drop_common_words_abroad(out, mentions, self.index.places, keys, self.zipf)
        report_current_countries(out)  # "Yugoslavia" under today's code
        # "the Tel al-Hawa neighbourhood": parts of a city the gazetteer lacks
        districts, replaced = district_toponyms(text, out, self.zipf, self._is_demonym_key)
        if districts:
            out = [t for t in out if id(t) not in replaced] + districts
        # "the villages of Shushiya and Akhar", "the Kanyaruchinya camp": sites the gazetteer lacks
        masked = SpanIndex(self._masked_spans(text))
        sites, replaced = site_toponyms(text, out, self.zipf, masked.any_overlapping)
        out = sorted([t for t in out if id(t) not in replaced] + sites, key=lambda t: t.start)
        out = with_kind_words(text, with_facility_words(text, out))  # "Kabul airport", "Taiz city"
        report_territories(out)  # Smara, filed under Morocco, in Western Sahara
        return out

    def _is_demonym_key(self, key: str) -> bool:
        return any(flags & DEMONYM for _i, flags in self.index.candidates(key))

    def _cap_strays(self, toponyms: list[Toponym], mentions: list[Mention]) -> None:
        """A town in another country than every other place of the document, when the name
        also has a reading in the document's own country, is doubtful however strong its cue."""
        by_key = {m.spot.start: m for m in mentions}
        countries: dict[str, set[str]] = defaultdict(set)  # country -> keys resolved there
        for t in toponyms:
            if t.country and not t.is_demonym:
                countries[t.country].add(by_key[t.start].spot.key)
        for t in toponyms:
            m = by_key[t.start]
            # The seat of an institution the sentence names is explicit evidence (cues.py).
            if t.kind != "settlement" or t.confidence <= STRAY_CEILING or m.method == "home":
                continue
            others = {cc for cc, keys in countries.items() if keys - {m.spot.key}}
            if t.country in others or not others:
                continue
            if any(self._place_country[i] in others for i, _f in m.cands):
                t.confidence = STRAY_CEILING

    def _place_mentions(
        self, text: str, ctx: Context, decisions: Decisions, use_parse: bool
    ) -> list[Mention]:
        """The spotted names that are places here: not masked, not rejected by staff, not false
        friends, not a person or an organisation for the parse (`use_parse`), and not a person's
        name elsewhere in the document."""
        masked = SpanIndex(self._masked_spans(text))
        spots = self._datelines(text, spot(text, self.index.automaton, self.index.spot_keys), ctx)
        spots = self._variants(text, spots, ctx)
        spot_starts = {s.start for s in spots}
        ctx.spot_ends = {s.end for s in spots}
        kept: list[Mention] = []
        ctx.doc_countries = self._document_countries(spots)
        person_keys: set[str] = set()
        place_keys: set[str] = set()
        for s in spots:
            if masked.any_overlapping(s.start, s.end) and not self._patron_country(s, text, masked):
                continue
            if s.key in decisions.rejected and s.key not in decisions.confirmed:
                continue
            cands = self._shortlist(s.key)
            key = read_at_home(
                s.key, self._readings, self.index.variants, ctx.doc_countries, self._minor_name
            )
            if not key or not cands:
                continue
            if key != s.key:  # a spelling of a place at home, not a village abroad
                ctx.variant_starts.add(s.start)
                cands = self._shortlist(key)
            m = Mention(s if key == s.key else Spot(s.start, s.end, key), cands)
            verdict, key = self._keep(m, ctx, spot_starts), m.spot.key
            if (
                verdict == "person"
                and self._name_facts(key, cands).major
                and (
                    self._is_state_name(key, cands, ctx.doc_countries)
                    or any(self.index.places[i].population >= MAJOR_POPULATION for i, _ in cands)
                )
            ):
                verdict = False  # "Bank Charleston Market": drop here, but Charleston stays a place
            if verdict == "person":
                person_keys.add(key)
            if verdict is True:
                kept.append(m)
                if _placed_here(ctx, s.start):
                    place_keys.add(key)
        # A name once used for a person ("Mitch Lewis") is that person all through the document,
        # unless it is a country or region, or the document also puts something in it ("in Ozark"
        # beside "Ozark Dodge", "the city of Manbij" beside "Syria's Manbij").
        person_keys = {
            key
            for key in person_keys - place_keys - decisions.confirmed.keys()
            if not any(
                m.spot.key == key and self._is_state_name(key, m.cands, ctx.doc_countries)
                for m in kept
            )
        }
        if use_parse:
            return self._apply_entities(kept, ctx, person_keys)
        return [m for m in kept if m.spot.key not in person_keys]

    def _patron_country(self, s: Spot, text: str, masked: SpanIndex) -> bool:
        """A country that opens an actor's name as its patron or owner ("the US-led coalition",
        "Russia's Africa Corps") is still a mention of the country."""
        return (
            any(a == s.start for a, _b in masked.overlapping(s.start, s.end))
            and _PATRON.match(text, s.end) is not None
            and bool(self._countries_of_key(s.key)[0])
        )

    def _readings(self, key: str) -> Iterator[tuple[str, bool]]:
        """(country, is a locality) of each place a name key names."""
        for i, _f in self.index.candidates(key):
            yield self.index.places[i].country, self.index.places[i].feature_code == LOCALITY_CODE

    def _minor_name(self, key: str) -> bool:
        """No reading of the name is a country, a region, a capital or a city of 100,000."""
        return not self._name_facts(key, self._shortlist(key)).major

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
            self._famous.clear()
        self._shortlists[key] = cands
        return cands

    # ------------------------------------------------------------------ filtering

    def _datelines(self, text: str, spots: list[Spot], ctx: Context | None = None) -> list[Spot]:
        """Datelines in capitals ("CHARLESTON, W.Va. --", also in a spelling variant: "DEIR
        AL-BALAH, Gaza Strip") and names after a hyphenated article in lower case ("al-Qaim")
        that the case-sensitive automaton misses."""
        extra = []
        taken = SpanIndex((sp.start, sp.end) for sp in spots)
        for m in _DATELINE.finditer(text):
            start, end = m.span(1) if m.start(1) >= 0 else m.span(2)
            if taken.any_overlapping(start, end):
                continue
            key = name_key(text[start:end])
            if key not in self.index.by_key:
                entry = self.index.variants.get(variant_key(key), "") if len(key) >= 5 else ""
                key = entry.partition("|")[0]
                if not key or ctx is None:
                    continue
                ctx.dateline_variants.add(start)
            extra.append(Spot(start, end, key))
        extra += article_spots(text, spots + extra, self.index.by_key)
        spots = sorted(spots + extra, key=lambda sp: sp.start) if extra else spots
        spots = join_unit_words(text, spots, self.index)  # "Puncak regency"
        self._admin_suffixes(text, spots)
        return spots

    def _admin_suffixes(self, text: str, spots: list[Spot]) -> None:
        """In place: "Rakhine State", "Magway Region", "the Kharkiv region": the word joins the
        name of an admin-1 region (capitalised, of a country that calls its regions so:
        weights.ADMIN_SUFFIX_COUNTRIES); "Kyaukme Township" joins a town's name
        (weights.TOWNSHIP_COUNTRIES)."""
        places = self.index.places
        for sp in spots:
            m = _ADMIN_SUFFIX.match(text, sp.end)
            if m is None:
                township = _TOWNSHIP_SUFFIX.match(text, sp.end)
                if township is not None and any(
                    places[i].kind == "settlement" and places[i].country in TOWNSHIP_COUNTRIES
                    for i, _f in self.index.candidates(sp.key)
                ):
                    sp.end = township.end()  # "Kyaukme Township": the town's area
                continue
            # In lower case the word says region for any country's first-level region ("the
            # Donetsk region", "Idlib province"), capitalised for any country that calls its
            # regions by one of the words ("Donetsk Region"; "Michigan State" is a university);
            # a common English word joins only where regions are called by this very word
            # ("the Eastern province of Prince Edward Island" is no Kenyan province).
            word = m.group(1)
            if self.zipf.get(text[sp.start : sp.end].lower(), 0.0) >= COMMON_WORD_ZIPF:
                countries = ADMIN_SUFFIX_COUNTRIES[word.capitalize()]
            else:
                countries = None if word.islower() else ADMIN_SUFFIX_ANY
            if any(
                places[i].feature_code == "ADM1"
                and (countries is None or places[i].country in countries)
                for i, _f in self.index.candidates(sp.key)
            ):
                sp.end = m.end()

    def _variants(self, text: str, spots: list[Spot], ctx: Context) -> list[Spot]:
        """Names the automaton missed because they are spelled otherwise ("Hodeidah")."""
        if not self.index.variants:
            return spots
        ctx.variant_starts = set(ctx.dateline_variants)
        taken = [(sp.start, sp.end) for sp in spots]
        args = (self.index.by_key, self.index.variants, self.zipf)
        extra = variant_spots(text, taken, *args, self._variant_runs)
        extra += article_variant_spots(text, article_names(text), taken, *args)
        # Both readers can find one name ("El-Obeid"): one spot per span, or the name becomes
        # two mentions of one place (and the second cannot be stored).
        extra = one_per_span(extra)
        if not extra:
            return spots
        # Only in a story about the place's country: "Rahall" (a congressman) is not Rahal, Iran;
        # a name found by its consonants only in the story's main country ("Chakhansur" in a story
        # about Afghanistan that names Iran is no Iranian Chaykhansar).
        countries = self._document_countries(spots)
        main = {self._main_country(spots)}
        extra = [
            Spot(start, end, here)
            for start, end, keys in extra
            if (here := self._variant_key_here(keys, main, countries))
        ]
        ctx.variant_starts = {sp.start for sp in extra} | ctx.dateline_variants
        if not extra:
            return spots
        # A longer name found this way replaces the automaton's pieces of it ("Tal" of "Tal
        # Rifaat").
        found = SpanIndex((e.start, e.end) for e in extra)
        spots = [
            sp
            for sp in spots
            if not any(
                a <= sp.start and sp.end <= b for a, b in found.overlapping(sp.start, sp.end)
            )
        ]
        return sorted(spots + extra, key=lambda sp: sp.start)

    def _masked_spans(self, text: str) -> list[tuple[int, int]]:
        if not len(self.masks):
            return []
        spans = []
        for end_idx, length in self.masks.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                spans.append((start, end))
        return spans

    # ------------------------------------------------------------------ output

    def _toponym(
        self, m: Mention, ctx: Context, text: str, with_candidates: bool = True
    ) -> Toponym | None:
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
        if read_by_other_name(best_flags, p):
            ctx.other_name_starts.add(m.spot.start)
        # Confidence: a softmax over the candidates' scores, discounted by false-friend risk.
        z = [math.exp(min(50.0, (sc - best_score))) for _, _, sc in ranked[:10]]
        prob = 1.0 / sum(z)
        confidence = max(0.0, min(1.0, prob * (1.0 - m.risk)))
        # Measured ceilings (benchmarks/geoparse_eval.py): demonyms are often not annotated as
        # places, and a single point for a country, continent or river is often far from the
        # point a reader means.
        confidence = min(
            confidence, CONFIDENCE_CEILING.get("demonym" if best_flags & DEMONYM else p.kind, 1.0)
        )
        # A bare town name is right about two times in three in local news (LGL); only explicit
        # support ("Paris, Texas", "the city of X", a staff decision) earns 0.9 and more.
        if (
            p.kind in ("settlement", "admin")
            and m.method not in ("containment", "staff")
            and (not m.cue or _below_first_level(p, m, ctx))
        ):
            confidence = min(confidence, 0.89)
        if p.feature_code == LOCALITY_CODE:  # a post office's point, often its district's
            confidence = min(confidence, LOCALITY_CEILING)
        if m.method == "staff":
            confidence = max(confidence, 0.99)
        is_demonym = bool(best_flags & DEMONYM)
        precision = self._precision(p, m)
        sent = ctx.sentence(m.spot.start)
        cands = (
            [
                {
                    "place_id": places[i].place_id,
                    "name": places[i].name,
                    "country": places[i].country,
                    "lat": round(places[i].lat, 5),
                    "lon": round(places[i].lon, 5),
                    "score": round(sc, 3),
                }
                for i, _f, sc in ranked[:5]
            ]
            if with_candidates
            else []
        )
        return Toponym(
            start=m.spot.start,
            end=m.spot.end,
            text=text[m.spot.start : m.spot.end],
            place_id=p.place_id,
            name=p.name,
            lat=p.lat,
            lon=p.lon,
            geonameid=p.geonameid,
            feature_code=p.feature_code,
            country=p.country,
            kind=p.kind,
            confidence=round(confidence, 4),
            precision=precision,
            method=m.method,
            candidates=cands,
            qualifier=m.qualifier,
            is_demonym=is_demonym,
            sentence_start=sent[0],
            sentence_end=sent[1],
        )

    @staticmethod
    def _precision(p, m: Mention) -> int:
        if p.kind == "settlement":
            near = m.nearby or m.qualifier or p.feature_code == LOCALITY_CODE
            return Precision.NEAR if near else Precision.EXACT
        if p.kind == "admin" and p.feature_code != "ADM1":
            return Precision.NEAR
        return Precision.REGION
