"""The records the geoparser's stages pass along: a mention and what is known of a name."""

from __future__ import annotations

from dataclasses import dataclass, field

from places.geoparser.index import ABBREVIATION, DEMONYM, PREFERRED
from places.geoparser.spotter import Spot


@dataclass
class Mention:
    """One spotted name, its readings (place index, name flags) and their scores as the
    resolver's stages add evidence."""

    spot: Spot
    cands: list[tuple[int, int]]  # (place index, flags)
    scores: list[float] = field(default_factory=list)
    method: str = "prior"
    qualifier: str = ""
    nearby: bool = False
    risk: float = 0.0  # 0 = surely a place name, towards 1 = probably a false friend
    cue: str = ""
    # The text calls it a village ("the village of X", "X village"): a locating cue for a
    # locality over a town of its name (`strays.prefer_towns_of_record`).
    village: bool = False
    # The scores before document focus (its rounds rescore from them, not from each other).
    base: list[float] | None = None

    def leading_place(self) -> int:
        """The place index of the best-scored reading (the first of a tie)."""
        return self.cands[max(range(len(self.cands)), key=self.scores.__getitem__)][0]

    def put_ahead(self, place: int, margin: float) -> None:
        """Make the reading of place index `place` lead the others by `margin`."""
        k = next(k for k, (i, _f) in enumerate(self.cands) if i == place)
        self.scores[k] = max(self.scores) + margin


class NameFacts:
    """Properties of a name's shortlist that the false-friend filter asks about every mention."""

    __slots__ = (
        "all_natural",
        "all_populated",
        "any_abbr",
        "any_country_kind",
        "any_preferred",
        "any_preferred_or_abbr",
        "capital",
        "country",
        "major",
        "regions",
    )

    def __init__(self, places: list, cands: list[tuple[int, int]], major: bool) -> None:
        self.major = major
        country = any_country_kind = any_preferred = any_preferred_or_abbr = any_abbr = capital = (
            False
        )
        all_populated = all_natural = True
        regions = set()
        for i, flags in cands:  # one pass over the readings
            p = places[i]
            kind = p.kind
            if kind == "country":
                any_country_kind = True
            # A state: a country, or first-level regions (by country), under a main name,
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
                capital = capital or p.feature_code == "PPLC"
            if flags & (PREFERRED | ABBREVIATION):
                any_preferred_or_abbr = True
            if flags & ABBREVIATION:
                any_abbr = True
        self.country = country
        self.capital = capital  # a national capital under its main name: "Washington said"
        self.regions = frozenset(regions)
        self.any_country_kind = any_country_kind
        self.all_populated = all_populated
        self.any_preferred = any_preferred
        self.any_preferred_or_abbr = any_preferred_or_abbr
        self.any_abbr = any_abbr
        self.all_natural = all_natural
