"""Which countries a story is about: the countries it names, and the country most of its names'
readings fall in (its main country). Part of `Geoparser`, which keeps the per-name cache
(`_key_countries`) and the flat per-place columns (`_place_country`, `_place_is_country`)."""

from __future__ import annotations

from collections import defaultdict

from places.geoparser.index import ABBREVIATION, DEMONYM, PREFERRED
from places.geoparser.spotter import Spot
from places.geoparser.variants import COUNTRIES as TRANSLITERATED
from places.geoparser.variants import EXACT_MARK, SKELETON_MARK, key_here, one_place
from places.geoparser.weights import LOCALITY_CODE

# See `_major_at_home`.
EXACT_MIN_POPULATION = 10_000
# A name this common as an English word ("Holiday" of the Holiday Inn, "Christian", "Tower",
# "Abu": Zipf 4.0-4.9) whose readings are all minor towns casts no vote for the story's main
# country: six mentions of a hotel outvote the four datelines of Beirut.
VOTE_WORD_ZIPF = 4.0
_SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})


class StoryCountries:
    """Part of `Geoparser`: the story's countries from its spotted names."""

    def _document_countries(self, spots: list[Spot]) -> set[str]:
        """Countries a document names, plus the country most of its names' readings fall in."""
        named, main = self._named_and_main(spots)
        return named | {main} if main else named

    def _main_country(self, spots: list[Spot]) -> str:
        """The country most of the document's names' readings fall in ("" if none)."""
        return self._named_and_main(spots)[1]

    def _named_and_main(self, spots: list[Spot]) -> tuple[set[str], str]:
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
        # Ties go to the first country in code order, so a run never depends on hashing.
        main = max(sorted(votes), key=votes.__getitem__) if votes else ""
        return named, main

    def _countries_of_key(self, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Countries a name names (as a country), and the countries of all its readings."""
        # Flat per-place columns: a name's readings (some names have 1,000) are read without
        # touching each place record.
        country_of, is_country = self._place_country, self._place_is_country
        cands = self.index.candidates(key)
        named = tuple(
            country_of[i]
            for i, flags in cands
            if is_country[i] and flags & (PREFERRED | ABBREVIATION)
        )
        places = self.index.places
        countries = {country_of[i] for i, _ in cands if places[i].feature_code != LOCALITY_CODE}
        countries.discard("")
        per_country = tuple(sorted(countries))
        # A first-level region of several words whose name has no reading in another country
        # names its country too: "the Gaza Strip" a story about Palestine ("Gulf", a province
        # of Papua New Guinea, names no country).
        if (
            not named
            and " " in key
            and len(countries) == 1
            and any(places[i].feature_code == "ADM1" and flags & PREFERRED for i, flags in cands)
        ):
            named = per_country
        if not named and cands:
            named = self._only_country(cands)
        if not named and self._common_minor_name(key, cands):
            per_country = ()
        if len(self._key_countries) > 200_000:
            self._key_countries.clear()
        return named, per_country

    def _only_country(self, cands) -> tuple[str, ...]:
        """A country's other name that names nothing else ("Burma", "East Timor", "DR Congo",
        and the former names stories of past wars use: "East Pakistan", "Portuguese Guinea")
        names it as its usual name does: the villages of a story set in Bangladesh in 1971 are
        read there. Not a demonym ("Bangladeshi" names people)."""
        if all(self._place_is_country[i] and not flags & DEMONYM for i, flags in cands):
            countries = {self._place_country[i] for i, _f in cands}
            if len(countries) == 1:
                return tuple(countries)
        return ()

    def _common_minor_name(self, key: str, cands) -> bool:
        """A common English word whose readings are no country, region, capital or big city."""
        return self.zipf.get(key, 0.0) >= VOTE_WORD_ZIPF and not self._is_major(cands)

    def _variant_key_here(self, keys: str, main: set[str], countries: set[str]) -> str | None:
        """The key a spot found by a spelling variant is read under in this story, or None: an
        exact key only where a major place is at home (`_major_at_home`), a key found by its
        consonants only in the story's main country, any other in the story's countries."""
        if keys.startswith(EXACT_MARK):
            return keys[1:] if self._major_at_home(keys[1:], countries) else None
        by_skeleton = keys.startswith(SKELETON_MARK)
        key = keys.lstrip(SKELETON_MARK)
        home = main if by_skeleton else countries
        return key_here(key, self._readings, home) or self._one_key_here(key, home)

    def _one_key_here(self, keys: str, countries: set[str]) -> str | None:
        """Of several keys folding to a spelling with places in the story's countries, the one
        to read it by: where those places are one (a town under two spellings, "Enda Selasie"
        and "Inda Silase", within `variants.SAME_PLACE_KM`), the key of its largest town of
        record; else the one key with a town of record there, when the others name only
        localities ("Dobley" is the town Dhobley, not a village "Ceel Dhooble" 500 km off).
        Never localities alone: "Shiite" is no pair of Syrian villages of one skeleton."""
        places = self.index.places
        here = [
            (key, i)
            for key in dict.fromkeys(k for k in keys.split("|") if k)
            for i, _f in self.index.candidates(key)
            if places[i].country in countries
        ]
        towns = [(key, i) for key, i in here if places[i].feature_code != LOCALITY_CODE]
        if not towns:
            return None
        if one_place(places, [i for _k, i in here]):
            return max(towns, key=lambda ki: places[ki[1]].population)[0]
        keys_with_towns = {key for key, _i in towns}
        return keys_with_towns.pop() if len(keys_with_towns) == 1 else None

    def _major_at_home(self, key: str, countries: set[str]) -> bool:
        """A reading of `key` in the story's countries (of those where transliterations vary) is
        a region, a seat or a town of EXACT_MIN_POPULATION: a spelling the automaton missed
        ("Raqa", "Faw") is read only as such a place, never as a village namesake whose country
        the story happens to name."""
        places = self.index.places
        for i, _f in self.index.candidates(key):
            p = places[i]
            if p.country not in countries or p.feature_code == LOCALITY_CODE:
                continue
            if p.country not in TRANSLITERATED:
                continue
            if p.kind != "settlement" or p.feature_code in _SEATS:
                return True
            if p.population >= EXACT_MIN_POPULATION:
                return True
        return False
