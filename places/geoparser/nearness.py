"""Spatial coherence for the resolver: how near a reading lies to the first-pass winners."""

from __future__ import annotations

import bisect
import math


class Neighbours:
    """The first-pass winners' points of one round, sorted by latitude, for the spatial
    coherence term: the nearest strong neighbour within 400 km (same arithmetic as
    `haversine_km`, with each point's radians and cosine computed once)."""

    __slots__ = ("band", "cache", "lats", "points", "rows")

    def __init__(self, points: dict[tuple[float, float], float]) -> None:
        self.points = points
        rows = sorted(
            (lat, lon, w, math.radians(lat), math.cos(math.radians(lat)))
            for (lat, lon), w in points.items()
        )
        self.rows = rows
        self.lats = [r[0] for r in rows]
        # Outside the points' latitude band (plus 3.8 degrees) nothing is near.
        self.band = (self.lats[0] - 3.8, self.lats[-1] + 3.8) if self.lats else (1.0, -1.0)
        self.cache: dict[int, float] = {}  # place index -> nearness

    def nearness_of(self, i: int, lat: float, lon: float) -> float:
        """`nearness` of place `i`, computed once per place."""
        near = self.cache.get(i)
        if near is None:
            band_lo, band_hi = self.band
            near = self.cache[i] = self.nearness(lat, lon) if band_lo <= lat <= band_hi else 0.0
        return near

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
