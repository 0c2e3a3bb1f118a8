"""Validation of the map API's query parameters.

Every endpoint reads its filters through `MapParams`, so a bad value becomes a 400 with a
JSON error instead of a 500 deep inside a query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db.models import Q

from articles.models import Actor, ActorAlias
from places.models import Place
from places.normalize import name_key

# Coordinates are WGS84 (EPSG:4326) longitude/latitude; nothing else is accepted.
SUPPORTED_SRID = 4326


@dataclass
class Filters:
    """Cleaned parameters, ready for the query helpers in `conflictmap.geojson`."""

    bbox: tuple[float, float, float, float] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    date: dt.date | None = None
    actor_ids: list[int] | None = None
    kinds: list[str] | None = None
    min_confidence: float | None = None
    limit: int = 1000
    offset: int = 0
    zoom: int | None = None
    q: str = ""
    extra: dict = field(default_factory=dict)


class ParamsError(ValueError):
    """Raised with a user-facing message when a parameter is invalid."""


def _csv(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


class MapParamsForm(forms.Form):
    bbox = forms.CharField(required=False)
    srid = forms.IntegerField(required=False)
    start = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    end = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    date = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    actor = forms.CharField(required=False, max_length=500)
    kind = forms.CharField(required=False, max_length=200)
    min_confidence = forms.FloatField(required=False, min_value=0.0, max_value=1.0)
    limit = forms.IntegerField(required=False, min_value=1)
    offset = forms.IntegerField(required=False, min_value=0, max_value=10_000_000)
    page = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)
    zoom = forms.IntegerField(required=False, min_value=0, max_value=22)
    q = forms.CharField(required=False, max_length=200)

    def clean_bbox(self) -> tuple[float, float, float, float] | None:
        raw = self.cleaned_data.get("bbox") or ""
        if not raw:
            return None
        parts = raw.split(",")
        if len(parts) != 4:
            raise forms.ValidationError("bbox must be minlon,minlat,maxlon,maxlat")
        try:
            minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
        except ValueError:
            raise forms.ValidationError("bbox values must be numbers") from None
        values = (minlon, minlat, maxlon, maxlat)
        if any(v != v or v in (float("inf"), float("-inf")) for v in values):
            raise forms.ValidationError("bbox values must be finite numbers")
        if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= 90 and -90 <= maxlat <= 90):
            raise forms.ValidationError("bbox is outside longitude -180..180 / latitude -90..90 (EPSG:4326)")
        if minlon > maxlon or minlat > maxlat:
            raise forms.ValidationError("bbox minimum must not exceed maximum")
        return values

    def clean_srid(self) -> int | None:
        srid = self.cleaned_data.get("srid")
        if srid is not None and srid != SUPPORTED_SRID:
            raise forms.ValidationError(f"only srid {SUPPORTED_SRID} (WGS84 longitude/latitude) is supported")
        return srid

    def clean_limit(self) -> int | None:
        limit = self.cleaned_data.get("limit")
        if limit is not None and limit > settings.API_MAX_FEATURES:
            raise forms.ValidationError(f"limit must be at most {settings.API_MAX_FEATURES}")
        return limit

    def clean_kind(self) -> list[str] | None:
        kinds = _csv(self.cleaned_data.get("kind") or "")
        if not kinds:
            return None
        unknown = [k for k in kinds if k not in Place.Kind.values]
        if unknown:
            raise forms.ValidationError(
                f"unknown kind {unknown[0]!r}; choose from {', '.join(Place.Kind.values)}")
        return kinds

    def clean_actor(self) -> list[int] | None:
        names = _csv(self.cleaned_data.get("actor") or "")
        if not names:
            return None
        ids: set[int] = set()
        for name in names:
            actor_id = resolve_actor(name)
            if actor_id is None:
                raise forms.ValidationError(f"unknown actor {name!r}")
            ids.add(actor_id)
        # Filtering by a group includes its members (YPG within SDF).
        ids |= set(Actor.objects.filter(parent_id__in=ids).values_list("id", flat=True))
        return sorted(ids)

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("start must not be after end")
        return data


def resolve_actor(value: str) -> int | None:
    """An actor id from an id, a name or an alias ("Daesh" → Islamic State)."""
    if value.isdigit():
        return Actor.objects.filter(pk=int(value)).values_list("id", flat=True).first()
    exact = Actor.objects.filter(Q(name=value) | Q(aliases__alias=value)).values_list("id", flat=True).first()
    if exact is not None:
        return exact
    key = name_key(value)
    alias = ActorAlias.objects.filter(key=key, case_sensitive=False).values_list("actor_id", flat=True).first()
    if alias is not None:
        return alias
    for actor_id, name in Actor.objects.values_list("id", "name"):
        if name_key(name) == key:
            return actor_id
    return None


def parse(query: dict, *, default_limit: int = 1000) -> Filters:
    """Validate a request's GET parameters; raise ParamsError with the first problem."""
    form = MapParamsForm(query)
    if not form.is_valid():
        errors = form.errors.get_json_data()
        name, problems = next(iter(errors.items()))
        message = problems[0]["message"]
        raise ParamsError(message if name == "__all__" else f"{name}: {message}")
    data = form.cleaned_data
    limit = data.get("limit") or min(default_limit, settings.API_MAX_FEATURES)
    offset = data.get("offset") or 0
    if data.get("page"):
        offset = (data["page"] - 1) * limit
    return Filters(
        bbox=data.get("bbox"),
        start=data.get("start"),
        end=data.get("end"),
        date=data.get("date"),
        actor_ids=data.get("actor"),
        kinds=data.get("kind"),
        min_confidence=data.get("min_confidence"),
        limit=limit,
        offset=offset,
        zoom=data.get("zoom"),
        q=(data.get("q") or "").strip(),
    )
