"""The in-memory gazetteer index: place records, name keys and the spotting automaton.

Built once per process from the database (or from plain records in tests). Plain data only:
the matcher never touches the ORM while parsing.
"""

from __future__ import annotations

import gzip
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from places.normalize import name_key

DATA = Path(__file__).resolve().parent.parent / "data"

# Name flags stored per (key, place).
PREFERRED = 1
DEMONYM = 2
ABBREVIATION = 4


@dataclass(slots=True)
class PlaceInfo:
    place_id: int
    name: str
    lat: float
    lon: float
    geonameid: int | None
    feature_code: str
    country: str
    kind: str
    population: int
    admin1: str


@dataclass
class GazetteerIndex:
    places: list[PlaceInfo] = field(default_factory=list)
    # name key -> [(place index, flags)]
    by_key: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (country, admin1) -> index of the admin-1 region; country code -> index of the country
    admin1_of: dict[tuple[str, str], int] = field(default_factory=dict)
    country_of: dict[str, int] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None
    word_zipf: dict[str, float] = field(default_factory=dict)
    # name key -> the place index the name means unless the text says otherwise (common_names.tsv)
    famous: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls, places: Iterable[PlaceInfo], names: Iterable[tuple[int, str, str, str, bool]]
    ) -> GazetteerIndex:
        """`names` rows are (place_id, name, key, kind, preferred), as PlaceName stores them."""
        index = cls()
        pos: dict[int, int] = {}
        for info in places:
            # One shared object per code ("settlement", "PPL", "US"): tens of megabytes less, and
            # comparisons with the parser's literals succeed on identity.
            info.kind, info.feature_code = _intern(info.kind), _intern(info.feature_code)
            info.country, info.admin1 = _intern(info.country), _intern(info.admin1)
            pos[info.place_id] = len(index.places)
            index.places.append(info)
            if info.kind == "country" and info.country:
                index.country_of[info.country] = pos[info.place_id]
        for i, info in enumerate(index.places):
            if info.kind == "admin" and info.feature_code == "ADM1" and info.admin1:
                index.admin1_of.setdefault((info.country, info.admin1), i)
        automaton = ahocorasick.Automaton()
        surfaces: dict[str, str] = {}
        for place_id, name, key, kind, preferred in names:
            i = pos.get(place_id)
            if i is None:
                continue
            key = key or name_key(name)
            if not key:
                continue
            flags = (
                (PREFERRED if preferred else 0)
                | (DEMONYM if kind == "demonym" else 0)
                | (ABBREVIATION if kind == "abbr" else 0)
            )
            index.by_key.setdefault(key, []).append((i, flags))
            if _spottable(name, kind):
                surfaces.setdefault(name, key)
                if kind == "demonym" and not name.endswith("s"):
                    surfaces.setdefault(name + "s", key)  # "Syrians"
        index._add_common_names(surfaces)
        for surface, key in surfaces.items():
            automaton.add_word(surface, (len(surface), key))
        if len(automaton):
            automaton.make_automaton()
            index.automaton = automaton
        else:  # an empty gazetteer: nothing to find (pyahocorasick refuses to search an empty trie)
            index.automaton = None
        index.word_zipf = load_word_frequencies()
        return index

    def candidates(self, key: str) -> list[tuple[int, int]]:
        return self.by_key.get(key, [])

    def _add_common_names(self, surfaces: dict[str, str]) -> None:
        """The names of `common_names.tsv` whose place is in the index, as main names."""
        by_geonameid = {p.geonameid: i for i, p in enumerate(self.places) if p.geonameid}
        for name, geonameid, role in load_common_names():
            i = by_geonameid.get(geonameid)
            key = name_key(name)
            if i is None or not key:
                continue
            readings = self.by_key.setdefault(key, [])
            readings[:] = [(j, flags) for j, flags in readings if j != i] + [(i, PREFERRED)]
            surfaces.setdefault(name, key)
            if role == "famous":
                self.famous[key] = i


def load_common_names(path: Path | None = None) -> list[tuple[str, int, str]]:
    """(name, GeoNames id, role) rows of the data table; see its header for the roles."""
    rows = []
    with open(path or DATA / "common_names.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, geonameid, role = line.rstrip("\n").split("\t")[:3]
            if role not in ("alias", "famous", "city"):
                raise ValueError(f"common_names.tsv: unknown role {role!r} for {name!r}")
            rows.append((name, int(geonameid), role))
    return rows


def _intern(value):
    return sys.intern(value) if type(value) is str else value


def _spottable(name: str, kind: str) -> bool:
    """Names the automaton looks for: Latin script, capitalised, three letters or more
    (abbreviations such as "US" excepted). Other scripts cost time and gain nothing on English."""
    if not name or not name[0].isupper():
        return False
    if len(name) < 3 and kind != "abbr":
        return False
    return all(ord(ch) < 0x250 or ch in "ʿʾ’‘" for ch in name)


_ZIPF: dict[str, float] | None = None


def load_word_frequencies() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (from wordfreq, vendored as a small list)."""
    global _ZIPF
    if _ZIPF is None:
        table: dict[str, float] = {}
        with gzip.open(DATA / "english_words.tsv.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                word, _, zipf = line.rstrip("\n").partition("\t")
                table[word] = float(zipf)
        _ZIPF = table
    return _ZIPF


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def index_from_database() -> GazetteerIndex:
    """Read every Place/PlaceName row into a GazetteerIndex (a few seconds for the world)."""
    from django.db.models import F, FloatField, Func

    from places.models import Place, PlaceName

    rows = (
        Place.objects.order_by()
        .annotate(
            x=Func(F("point"), function="ST_X", output_field=FloatField()),
            y=Func(F("point"), function="ST_Y", output_field=FloatField()),
        )
        .values_list(
            "pk",
            "name",
            "y",
            "x",
            "geonameid",
            "feature_code",
            "country_code",
            "kind",
            "population",
            "admin1",
        )
    )
    places = (PlaceInfo(*row) for row in rows.iterator(chunk_size=20000))
    names = (
        PlaceName.objects.order_by()
        .values_list("place_id", "name", "key", "kind", "preferred")
        .iterator(chunk_size=50000)
    )
    return GazetteerIndex.build(places, names)
