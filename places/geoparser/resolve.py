"""Resolution: each mention's readings scored in stages, from what the name alone says to what
the whole document says.

1. candidates: each reading's prior (population, kind, main name or alias) and the cue words
   around the mention ("X province", "the city of X", "X river");
2. context: "X, Y" where Y holds X, and staff decisions from the review queue;
3. coherence: readings that share a first-level region, or lie within ~60 km, with other
   names' readings;
4. scoring: the document's focus (countries, regions and points of the leading readings),
   twice, then one sense per name all through the document.

`Resolver` is a part of `Geoparser`: its stages read the parser's index and per-name caches,
and pass `Mention` records whose `scores` each stage adds to.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import NamedTuple

from places.geoparser.commas import cities_listed, mention_after_comma, mention_before_comma
from places.geoparser.containment import contain
from places.geoparser.cross_border import prefer_populated_namesakes_abroad
from places.geoparser.cues import cued_score, cues_of, prefer_named_regions
from places.geoparser.demonym_cues import apply_demonym_cues
from places.geoparser.filters import Context
from places.geoparser.index import ABBREVIATION, DEMONYM, PREFERRED
from places.geoparser.located_in import add_located_in
from places.geoparser.near_namesakes import prefer_near_namesakes
from places.geoparser.nearness import Neighbours as _Neighbours
from places.geoparser.prominence import prefer_prominent_readings
from places.geoparser.records import Mention
from places.geoparser.spellings import prefer_written_spellings
from places.geoparser.strays import (
    demote_country_namesakes,
    prefer_home_readings,
    prefer_towns_of_record,
)
from places.geoparser.variants import COUNTRIES as TRANSLITERATED
from places.geoparser.weights import (
    ADM1_BONUS,
    ADM1_MIN_PRIOR,
    ADM1_PRIOR,
    ALIAS_PENALTY,
    COHERENCE_WEIGHT,
    FAMOUS_BONUS,
    FOREIGN_LOCALITY_PENALTY,
    LOCALITY_CODE,
    PLACED_REGION_BONUS,
    PROXIMITY_WEIGHT,
    SETTLEMENT_BONUS,
    WORLD_CITY_POPULATION,
)


class Reading(NamedTuple):
    """What the document-focus stage reads of one reading of a name."""

    place: int  # index into the gazetteer's places
    country: str
    admin1: str
    local: bool  # a town or a district (not a first-level region or a country)
    region: tuple[str, str]  # (country, admin1)
    lat: float
    lon: float


class Focus(NamedTuple):
    """Where the document's leading readings lie: votes per country and per first-level region,
    their total over countries, and one point per place with its strongest vote."""

    countries: dict[str, float]
    regions: dict[tuple[str, str], float]
    total: float
    points: dict[tuple[float, float], float]


class Resolver:
    def _resolve(self, mentions: list[Mention], ctx: Context, text: str, decisions) -> None:
        """Score every reading of every mention; the best score wins (see `_toponym`)."""
        self._score_candidates(mentions, ctx)
        self._add_containment(mentions, text)
        add_located_in(mentions, text, self.index.places)  # "Konna in central Mali"
        apply_demonym_cues(mentions, text, self.index)  # "the Syrian town of X"
        self._add_decisions(mentions, decisions)
        self._add_region_coherence(mentions, ctx.doc_countries)
        self._add_proximity(mentions)
        self._add_document_focus(mentions)
        self.homes.apply(mentions, ctx, self.index.places)  # explicit evidence over the pull
        self._one_sense_per_document(mentions)
        # After one sense per name: "Kharkiv region" is the region, the bare "Kharkiv" of the
        # same story keeps the sense the whole story gives it (the city; "New York" beside "New
        # York state" stays the state).
        prefer_named_regions(mentions, ctx.text, self.index.places)
        prefer_home_readings(mentions, self.index.places, self._is_famous_name)
        prefer_near_namesakes(mentions, self.index.places)  # a namesake among the story's towns
        prefer_towns_of_record(mentions, self.index.places)
        prefer_populated_namesakes_abroad(mentions, self.index.places)  # a hamlet over a border
        prefer_prominent_readings(mentions, self.index.places)  # a small namesake needs evidence
        # Last: "Wollo" in a story about Ethiopia is no Wolo of Indonesia, whatever pulled there.
        prefer_written_spellings(mentions, ctx, self.index.places)

    # ------------------------------------------------------------------ 1. candidates

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
            s += SETTLEMENT_BONUS.get(p.feature_code, 0.0)
        else:
            s = 6.0
            if p.kind == "region" and p.country:
                # A region placed in a country (the project's table: "the Ogaden" of Ethiopia)
                # before a Natural Earth feature of its name with none (its point lies apart).
                s += PLACED_REGION_BONUS
        if flags & PREFERRED:
            s += 1.0
        else:
            s -= ALIAS_PENALTY
        if flags & DEMONYM:
            s += 0.5
        return s

    def _priors_of(self, key: str, cands: list[tuple[int, int]]) -> list[float]:
        """The priors of a name's shortlist, in its order (computed once per name)."""
        priors = self._priors.get(key)
        if priors is None:
            famous = self.index.famous.get(key)
            priors = self._priors[key] = [
                self._prior(i, flags) + (FAMOUS_BONUS if i == famous else 0.0) for i, flags in cands
            ]
        return priors

    def _score_candidates(self, mentions: list[Mention], ctx: Context) -> None:
        """Priors and local cues."""
        places = self.index.places
        countries = ctx.doc_countries
        for m in mentions:
            cues = cues_of(m, ctx)
            m.village = cues.village
            priors = self._priors_of(m.spot.key, m.cands)
            if not (
                cues.admin or cues.city or cues.water or cues.country or cues.bare or cues.village
            ):
                m.scores = list(priors)
            else:
                m.scores = [
                    cued_score(places[i], sc, cues)
                    for (i, _flags), sc in zip(m.cands, priors, strict=False)
                ]
                # A water cue over a city cue over an admin cue; a border word only weighs the
                # country reading (it says nothing about a town: no cue for the confidence).
                if cues.water or cues.city or cues.admin:
                    m.cue = "water" if cues.water else "city" if cues.city else "admin"
            # A village of the postal data outside the story's countries is no reading here.
            for k, (i, _f) in enumerate(m.cands):
                if places[i].feature_code == LOCALITY_CODE and places[i].country not in countries:
                    m.scores[k] -= FOREIGN_LOCALITY_PENALTY
            if not cues.city:
                demote_country_namesakes(m, self.index.places)
            # A city and the region named after it: the city, unless the text says province.
            if m.cue != "admin":
                scores = m.scores
                for k in self._seat_regions(m.spot.key, m.cands):
                    scores[k] -= 2.5

    def _seat_regions(self, key: str, cands: list[tuple[int, int]]) -> list[int]:
        """Positions of the readings that are a region whose seat is another reading of the
        name (a city and the region named after it), computed once per name."""
        positions = self._seats.get(key)
        if positions is None:
            places = self.index.places
            seats = {
                (places[i].country, places[i].admin1)
                for i, _ in cands
                if places[i].kind == "settlement" and places[i].feature_code in ("PPLA", "PPLC")
            }
            # A region with no first-level code in a country whose names are transliterated: a
            # Natural Earth region that joined no GeoNames region because the two spell it
            # otherwise ("Timbuktu" beside "Tombouctou") - it counts by its country. (Elsewhere
            # such a region is another unit: the Paris department beside Paris, Texas.)
            seat_countries = {country for country, _a in seats} & TRANSLITERATED
            positions = self._seats[key] = [
                k
                for k, (i, _f) in enumerate(cands)
                if places[i].kind == "admin"
                and (
                    (places[i].country, places[i].admin1) in seats
                    or (not places[i].admin1 and places[i].country in seat_countries)
                )
            ]
        return positions

    # ------------------------------------------------------------------ 2. context

    def _add_containment(self, mentions: list[Mention], text: str) -> None:
        """Containment "X, Y": Y a country or region holding X."""
        places = self.index.places
        by_start = {m.spot.start: m for m in mentions}
        by_end = {m.spot.end: m for m in mentions}
        contained: set[int] = set()  # ids of mentions that hold the mention before them
        for m in mentions:
            # "Armenia, Georgia, Iraq, Iran", "Arizona, California, Colorado": a country or
            # state name after "Z, " is an item of a list, not a town inside the next item,
            # unless Z lies in X ("Stroud, Ontario, Canada") or closed a pair ("Ky., Ohio, US").
            prev = mention_before_comma(text, m.spot.start, by_end)
            if (
                prev is not None
                and id(m) not in contained
                and id(prev) not in contained
                and any(
                    f & PREFERRED and places[i].feature_code in ("PCLI", "ADM1") for i, f in m.cands
                )
            ):
                continue
            nxt = mention_after_comma(text, m.spot.end, by_start)
            if nxt is None or cities_listed(self.index.places, m, nxt, text, by_start):
                continue
            if contain(self.index.places, m, nxt):
                contained.add(id(nxt))

    def _add_decisions(self, mentions: list[Mention], decisions) -> None:
        """Staff decisions win over everything else."""
        for m in mentions:
            want = decisions.confirmed.get(m.spot.key)
            if want is not None and want in self.pos_of_id:
                wi = self.pos_of_id[want]
                for k, (i, _f) in enumerate(m.cands):
                    if i == wi:
                        m.scores[k] += 50.0
                        m.method = "staff"

    # ------------------------------------------------------------------ 3. coherence

    def _add_region_coherence(self, mentions: list[Mention], doc_countries: set[str]) -> None:
        """Joint coherence of ambiguous names: "Paris" and "Henry County" both have a reading in
        Tennessee; each reading a region shares with other names gains, weighted by how specific
        those names are."""
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
        # A name with a famous reading (a country, a capital, a world city) is not pulled to a
        # small namesake by another such name: "in Russia and Paris" is not Russia and Paris, Ohio.
        for key, regions in regions_by_key.items():
            if self._is_famous_name(key):
                for region in regions:  # negative: counts for small names only
                    region_support[region][key] = -region_support[region][key]
        # The gains depend only on the name (its readings, the document): computed once per name.
        coherence: dict[str, list[tuple[int, float]]] = {}
        for m in mentions:
            if len(m.cands) == 1:
                continue
            gains = coherence.get(m.spot.key)
            if gains is None:
                gains = coherence[m.spot.key] = self._region_gains(m, region_support, doc_countries)
            scores = m.scores
            for k, gain in gains:
                scores[k] += gain

    def _region_gains(
        self,
        m: Mention,
        region_support: dict[tuple[str, str], dict[str, float]],
        doc_countries: set[str],
    ) -> list[tuple[int, float]]:
        """(candidate position, gain) from the other names' readings in the same region."""
        places = self.index.places
        famous = self._is_famous_name(m.spot.key)
        gains = []
        # A state is supported by the towns the document names in it: "Georgia" beside
        # Atlanta and Lake Lanier is the American state, not the country.
        for k, (i, f) in enumerate(m.cands):
            p = places[i]
            if p.feature_code == "ADM1" and p.admin1 and f & (PREFERRED | ABBREVIATION):
                support = _support(
                    region_support.get((p.country, p.admin1), {}), m.spot.key, famous
                )
                gains.append((k, COHERENCE_WEIGHT * min(2.0, support)))
        # "Nevada" in a list of states is the state, not a town of that state named after
        # it. A town abroad ("Paris" beside Edgar County, Illinois) may still gain, unless
        # the document points at the state's country ("Ontario" in a story about Canada).
        state_countries = {
            places[i].country
            for i, f in m.cands
            if f & PREFERRED and places[i].feature_code in ("ADM1", "PCLI")
        }
        if state_countries & doc_countries:
            return gains
        for k, (i, _f) in enumerate(m.cands):
            p = places[i]
            if (
                p.kind in ("settlement", "admin")
                and p.admin1
                and p.feature_code != "ADM1"
                and p.country not in state_countries
            ):
                support = _support(
                    region_support.get((p.country, p.admin1), {}), m.spot.key, famous
                )
                gains.append((k, COHERENCE_WEIGHT * min(2.0, support)))
        return gains

    def _name_geo(
        self, key: str, cands: list[tuple[int, int]]
    ) -> tuple[
        frozenset[tuple[str, str]], list[tuple[tuple[int, int], float, float, float, float]]
    ]:
        """A name's first-level regions (country, admin1) of its towns and regions, and the
        grid cells, points, latitude in radians and its cosine of its local readings (not
        states or countries) for the proximity test; computed once per name."""
        geo = self._geo.get(key)
        if geo is None:
            places = self.index.places
            regions = frozenset(
                (places[i].country, places[i].admin1)
                for i, _f in cands
                if places[i].kind in ("settlement", "admin") and places[i].admin1
            )
            cells = []
            for i, _f in cands:
                p = places[i]
                if p.kind in ("settlement", "admin") and p.feature_code not in ("ADM1", "PCLI"):
                    rad = math.radians(p.lat)
                    cells.append(
                        ((int(p.lat * 2), int(p.lon * 2)), p.lat, p.lon, rad, math.cos(rad))
                    )
            geo = self._geo[key] = (regions, cells)
        return geo

    def _is_famous_name(self, key: str) -> bool:
        """Whether a name has a famous reading (computed once per name)."""
        famous = self._famous.get(key)
        if famous is None:
            famous = self._famous[key] = bool(self._famous_readings(key, self._shortlist(key)))
        return famous

    def _famous_readings(self, key: str, cands: list[tuple[int, int]]) -> list[int]:
        """Positions of the readings a reader takes for granted: a country, a national capital
        or a city of a million under its main name, or the famous reading of common_names.tsv."""
        places = self.index.places
        famous = self.index.famous.get(key)
        out = []
        for k, (i, flags) in enumerate(cands):
            p = places[i]
            if (
                i == famous
                or (flags & (PREFERRED | ABBREVIATION) and p.kind == "country")
                or (
                    flags & PREFERRED
                    and p.kind == "settlement"
                    and (p.feature_code == "PPLC" or p.population >= WORLD_CITY_POPULATION)
                )
            ):
                out.append(k)
        return out

    def _add_proximity(self, mentions: list[Mention]) -> None:
        """Joint proximity: readings of different names within ~60 km of each other support
        each other ("Paris" and "Henry County" both have a reading at Paris, Tennessee)."""
        grid: dict[tuple[int, int], list[tuple[str, float, float, float, float, float]]] = (
            defaultdict(list)
        )
        for key, ms in self._by_key(mentions).items():
            cands = ms[0].cands
            weight = 1.0 / (1.0 + math.log(len(cands)))
            if self._is_famous_name(key):
                weight = -weight  # negative: counts for small names only (see region coherence)
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

    def _proximity_gains(self, m: Mention, grid: dict) -> list[tuple[int, float]]:
        """(candidate position, gain) for readings within ~60 km of other names' readings."""
        places = self.index.places
        state_countries = {
            places[i].country
            for i, f in m.cands
            if f & PREFERRED and places[i].feature_code == "ADM1"
        }
        gains = []
        own_key = m.spot.key
        famous = self._is_famous_name(own_key)
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
                        if w < 0:  # a famous name supports small names only
                            if famous:
                                continue
                            w = -w  # noqa: PLW2901 (the stored sign only marks fame)
                        # 0.6 degrees of latitude are over 66 km: too far whatever the longitude.
                        if key != own_key and abs(lat - plat) <= 0.6 and w > near.get(key, 0.0):
                            # haversine_km(plat, plon, lat, lon) < 60, with the same arithmetic
                            a = (
                                sin((p2 - p1) / 2) ** 2
                                + c1 * c2 * sin(radians(lon - plon) / 2) ** 2
                            )
                            if 2 * 6371.0 * asin(min(1.0, sqrt(a))) < 60:
                                near[key] = w
            gains.append((k, PROXIMITY_WEIGHT * min(2.0, sum(near.values()))))
        return gains

    # ------------------------------------------------------------------ 4. scoring

    def _add_document_focus(self, mentions: list[Mention]) -> None:
        """Document focus and spatial coherence from the first-pass winners, in two rounds."""
        neighbours: _Neighbours | None = None
        for _round in range(2):
            focus = self._focus(mentions)
            # Often the same winners twice: keep the nearness computed for them.
            if neighbours is None or focus.points != neighbours.points:
                neighbours = _Neighbours(focus.points)
            rescored: dict[tuple[str, tuple[float, ...]], list[float]] = {}
            for m in mentions:
                if m.base is None:
                    m.base = list(m.scores)
                if len(m.cands) == 1:
                    continue
                # Mentions of a name with the same first-pass scores get the same new scores.
                seen_key = (m.spot.key, tuple(m.base))
                done = rescored.get(seen_key)
                if done is not None:
                    m.scores = list(done)
                else:
                    m.scores = rescored[seen_key] = self._focus_scores(m, focus, neighbours)
                if m.method == "prior":
                    m.method = "context"

    def _focus(self, mentions: list[Mention]) -> Focus:
        places = self.index.places
        countries: dict[str, float] = defaultdict(float)
        regions: dict[tuple[str, str], float] = defaultdict(float)
        points: list[tuple[float, float, float]] = []
        for m in mentions:
            k = max(range(len(m.scores)), key=m.scores.__getitem__)
            p = places[m.cands[k][0]]
            w = self._margin_weight(m.scores)
            if p.country:
                countries[p.country] += w
            adm_w = 0.0
            if p.kind == "admin" and p.admin1:
                adm_w = w
            elif p.kind == "settlement" or p.feature_code == "ADM2":
                adm_w = 0.5 * w
                points.append((p.lat, p.lon, w))
            if adm_w:
                regions[(p.country, p.admin1)] += adm_w
        # One point per place (a city named ten times is one neighbour), strongest vote kept.
        dedup: dict[tuple[float, float], float] = {}
        for lat, lon, w in points:
            dedup[(lat, lon)] = max(w, dedup.get((lat, lon), 0.0))
        return Focus(countries, regions, sum(countries.values()) or 1.0, dedup)

    def _focus_scores(self, m: Mention, focus: Focus, neighbours: _Neighbours) -> list[float]:
        base = m.base
        new = []
        k_self = max(range(len(base)), key=base.__getitem__)
        columns = self._name_columns(m.spot.key, m.cands)
        c_self = columns[k_self].country
        self_weight = self._margin_weight(base)
        for k, (i, country, _admin1, local, region, lat, lon) in enumerate(columns):
            sc = base[k]
            # Discount this mention's own vote so a name does not confirm itself, nor lift
            # another reading in its leader's country ("Paris" the département, "Kuwait" the
            # city beside the country, "WASHINGTON (AP)" the state beside the capital).
            own = self_weight if k == k_self or country == c_self else 0.0
            share = max(0.0, focus.countries.get(country, 0.0) - own) / focus.total
            sc += 4.0 * share
            if local:
                adm = focus.regions.get(region, 0.0) - (own if k == k_self else 0.0)
                sc += 1.5 * min(1.0, max(0.0, adm))
                sc += 1.5 * neighbours.nearness_of(i, lat, lon)
            new.append(sc)
        return new

    def _name_columns(self, key: str, cands: list[tuple[int, int]]) -> list[Reading]:
        """Per reading, what the focus stage reads; computed once per name."""
        columns = self._columns.get(key)
        if columns is None:
            places = self.index.places
            columns = []
            for i, _f in cands:
                p = places[i]
                local = p.kind == "settlement" or (p.kind == "admin" and p.feature_code != "ADM1")
                columns.append(
                    Reading(i, p.country, p.admin1, local, (p.country, p.admin1), p.lat, p.lon)
                )
            self._columns[key] = columns
        return columns

    def _one_sense_per_document(self, mentions: list[Mention]) -> None:
        """Every mention of a name takes the sense with the best total. Mentions the text names
        as a region ("the Diffa region", "Najran province") form a group of their own, with the
        name's mentions after a direction word ("northern Hama" beside "northern Hama
        province"): they say nothing of the story's bare "Diffa", whose city keeps its lead over
        the region named after it ("the towns of Diffa and Bosso", "Diffa, the regional
        capital")."""
        for same_key in self._by_key(mentions).values():
            if not any(m.cue == "admin" for m in same_key):
                self._one_sense(same_key)
                continue
            regions = [m for m in same_key if m.cue == "admin" or m.qualifier]
            bare = [m for m in same_key if not (m.cue == "admin" or m.qualifier)]
            for group in (regions, bare) if regions and bare else (same_key,):
                self._one_sense(group)

    @staticmethod
    def _one_sense(group: list[Mention]) -> None:
        """The mentions of `group` take the reading with the best score over all of them."""
        if len(group) < 2:
            return
        totals: dict[int, float] = defaultdict(float)
        for m in group:
            for (i, _f), sc in zip(m.cands, m.scores, strict=False):
                totals[i] = max(totals[i], sc)
        best = max(totals, key=totals.__getitem__)
        for m in group:
            for k, (i, _f) in enumerate(m.cands):
                if i == best:
                    m.scores[k] = totals[best] + 0.01

    @staticmethod
    def _by_key(mentions: list[Mention]) -> dict[str, list[Mention]]:
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            groups[m.spot.key].append(m)
        return groups

    @staticmethod
    def _margin_weight(scores: list[float]) -> float:
        if len(scores) == 1:
            return 1.0
        top, second = sorted(scores, reverse=True)[:2]
        return min(1.0, max(0.1, (top - second) / 4.0))


def _support(supporters: dict[str, float], own_key: str, famous: bool) -> float:
    """The support of other names in a region; famous names' (stored negative) count only for a
    name that is not famous itself."""
    total = 0.0
    for key, w in supporters.items():
        if key != own_key and (w > 0 or not famous):
            total += abs(w)
    return total
