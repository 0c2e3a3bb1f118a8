"""/api/countries.json: how often each country is named as a whole, for the map's shading.

"Russia" or "the US" in an article is not a point in Siberia or Kansas: the places layer
leaves countries out unless asked (geojson.ASKED_FOR_KINDS), and the map shades each
country's outline (the vendored Natural Earth borders, matched by ISO 3166-1 alpha-2) by
its mentions under the same date, actor and confidence filters instead. One GROUP BY.
"""

from __future__ import annotations

from django.db.models import Count

from conflictmap.geojson import located_mentions
from conflictmap.params import Filters
from places.models import Place


def countries_mentioned(filters: Filters) -> dict:
    rows = (
        located_mentions(filters)
        .filter(place__kind=Place.Kind.COUNTRY)
        .exclude(place__country_code="")
        .order_by()
        .values_list("place__country_code", "place__name")
        .annotate(n=Count("pk"))
    )
    counts: dict[str, dict] = {}
    for code, name, n in rows:
        entry = counts.setdefault(code, {"code": code, "name": name, "mentions": 0})
        entry["mentions"] += n
    countries = sorted(counts.values(), key=lambda c: (-c["mentions"], c["code"]))
    return {"countries": countries}
