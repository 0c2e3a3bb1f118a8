"""Grid clustering for the map's low zooms, over rows already counted in SQL.

Plain Python on (id, x, y) tuples: a few thousand places are binned in a millisecond or
two, and the database does the counting it is good at (one GROUP BY). Cells are squares
in degrees sized to the zoom, so a cluster's label never overlaps its neighbour's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable


def rounded(value: float) -> float:
    """Coordinates to 5 decimals (about a metre): enough for a marker, and a smaller download."""
    return round(value, 5)


def mention_cell_degrees(zoom: int) -> float:
    return 60 / 2**zoom


def place_cell_degrees(zoom: int) -> float:
    return 120 / 2**zoom  # about 340 px at any zoom: one label per cell, never overlapping


def mention_cells(
    points: Iterable[tuple[int, float, float]], counts: dict[int, int], zoom: int
) -> list[dict]:
    """One feature per grid cell: its mentions (`count`) and places, at the mention-weighted
    centre.
    """
    cell = mention_cell_degrees(zoom)
    cells: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for pk, x, y in sorted(points):  # a fixed order: float sums, and so centres, repeat exactly
        n = counts.get(pk, 0)
        if not n:
            continue
        acc = cells[(math.floor(x / cell), math.floor(y / cell))]
        acc[0] += x * n
        acc[1] += y * n
        acc[2] += n
        acc[3] += 1
    return [
        {
            "type": "Feature",
            "id": f"cluster-{zoom}-{cx}-{cy}",
            "geometry": {"type": "Point", "coordinates": [rounded(x / n), rounded(y / n)]},
            "properties": {"layer": "mentions", "cluster": True, "count": n, "places": k},
        }
        for (cx, cy), (x, y, n, k) in sorted(cells.items())
    ]


def place_cells(points: Iterable[tuple[int, float, float]], zoom: int) -> list[dict]:
    """One feature per grid cell from (mentions, x, y) rows: its places and mentions, at the
    mention-weighted centre (a place no article mentions weighs as one)."""
    cell = place_cell_degrees(zoom)
    cells: dict[tuple[int, int], list] = defaultdict(lambda: [0.0, 0.0, 0, 0, 0.0])
    for n, x, y in sorted(points):  # a fixed order: float sums, and so centres, repeat exactly
        acc = cells[(math.floor(x / cell), math.floor(y / cell))]
        weight = n or 1
        acc[0] += x * weight
        acc[1] += y * weight
        acc[4] += weight
        acc[2] += n
        acc[3] += 1
    return [
        {
            "type": "Feature",
            "id": f"placecluster-{zoom}-{cx}-{cy}",
            "geometry": {"type": "Point", "coordinates": [rounded(x / w), rounded(y / w)]},
            "properties": {"layer": "places", "cluster": True, "places": k, "mentions": n},
        }
        for (cx, cy), (x, y, n, k, w) in sorted(cells.items())
    ]
