"""A small war for the control and change endpoints: two towns and one area change hands.

Side A holds Alpha, Beta and Gamma and two areas (the Valley and the Hills) on 1 May 2024.
By 20 May the press reports B in Alpha, an analyst assesses B in Beta, B only *claims*
Gamma (a claim never overrides an assessment: Gamma stays A's, disputed), and the Valley
(1° × 1°, 36–37° E, 35–36° N) is assessed B's. The Hills stay A's.
"""

from __future__ import annotations

import datetime as dt
import math

from django.contrib.gis.geos import MultiPolygon, Polygon

from articles.models import ControlObservation
from tests.map.factory import make_actor, make_article, make_place

Kind = ControlObservation.Kind
Event = ControlObservation.Event
# A 1°-square cell's area on the authalic sphere (same area as the WGS84 ellipsoid):
# R² · Δλ · (sin φ2 − sin φ1), an independent check of the geodesic computation.
AUTHALIC_RADIUS_KM = 6371.0072
VALLEY_KM2 = (
    AUTHALIC_RADIUS_KM**2
    * math.radians(1)
    * (math.sin(math.radians(36)) - math.sin(math.radians(35)))
)
REPORT = "Residents said Alpha fell to B on Tuesday. B said it had taken Gamma."


def square(lon: float, lat: float, size: float = 1.0) -> MultiPolygon:
    ring = ((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat))
    return MultiPolygon(Polygon(ring), srid=4326)


def observe(side, day: str, *, kind=Kind.ASSESSED, **kwargs) -> ControlObservation:
    kwargs.setdefault("status", ControlObservation.Status.ACCEPTED)
    if "article" not in kwargs:
        kwargs.setdefault("source_file", "layer-2024.geojson")
        kwargs.setdefault("source_name", "Test analysts")
    return ControlObservation.objects.create(
        side=side, kind=kind, observed_on=dt.date.fromisoformat(day), **kwargs
    )


def build_war() -> dict:
    a = make_actor(name="Side A", colour="#cc0000")
    b = make_actor(name="Side B", colour="#0033cc")
    alpha = make_place("Alpha", 36.2, 35.5)
    beta = make_place("Beta", 36.8, 35.2)
    gamma = make_place("Gamma", 39.5, 37.5)
    article = make_article(text=REPORT, title="Alpha falls")
    for town in (alpha, beta, gamma):
        observe(a, "2024-05-01", place=town, source_feature=town.name)
    fell = REPORT.index("Residents")
    reported = observe(
        b,
        "2024-05-14",
        kind=Kind.REPORTED,
        event=Event.CAPTURE,
        place=alpha,
        article=article,
        sentence_start=fell,
        sentence_end=REPORT.index(" B said"),
    )
    observe(a, "2024-05-02", kind=Kind.CLAIMED, claimant=a, place=beta, source_feature="beta-c")
    observe(b, "2024-05-10", place=beta, source_feature="beta-2")
    claim = observe(
        b,
        "2024-05-12",
        kind=Kind.CLAIMED,
        claimant=b,
        event=Event.CAPTURE,
        place=gamma,
        article=article,
        sentence_start=REPORT.index("B said"),
        sentence_end=len(REPORT),
    )
    observe(a, "2024-05-01", area=square(36, 35), area_name="Valley", source_feature="valley-1")
    valley_b = observe(b, "2024-05-15", area=square(36, 35), area_name="Valley", source_feature="7")
    observe(a, "2024-05-01", area=square(37, 35), area_name="Hills", source_feature="hills-1")
    # A rejected observation never counts.
    observe(
        b,
        "2024-05-03",
        place=gamma,
        source_feature="bad",
        status=ControlObservation.Status.REJECTED,
    )
    return {
        "a": a,
        "b": b,
        "alpha": alpha,
        "beta": beta,
        "gamma": gamma,
        "article": article,
        "reported": reported,
        "claim": claim,
        "valley_b": valley_b,
    }
