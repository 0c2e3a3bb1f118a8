"""Validation of the map API's query parameters.

Every endpoint reads its filters through `MapParams`, so a bad value becomes a 400 with a
JSON error instead of a 500 deep inside a query.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q

from articles.models import Actor, ActorAlias
from places.models import Place
from places.normalize import name_key

# Coordinates are WGS84 (EPSG:4326) longitude/latitude; nothing else is accepted.
SUPPORTED_SRID = 4326
# Row ids are 64-bit (BigAutoField): anything larger overflows SQLite's integer.
MAX_ID = 2**63 - 1
# The dates any layer can hold; outside them a day's arithmetic overflows (9999-12-31 + 1 day).
MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
# Numbers are written in ASCII: int() and float() also accept "١٢" or "１", and
# str.isdigit() accepts "²" and "①", which int() then rejects.
ASCII_INTEGER = re.compile(r"[+-]?[0-9]{1,20}", re.ASCII)
ASCII_DECIMAL = re.compile(
    r"[+-]?(?:[0-9]{1,20}(?:\.[0-9]{0,20})?|\.[0-9]{1,20})(?:[eE][+-]?[0-9]{1,3})?", re.ASCII
)


@dataclass
class Filters:
    """Cleaned parameters, ready for the query helpers in `conflictmap.geojson`."""

    bbox: tuple[float, float, float, float] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    date: dt.date | None = None
    actor_ids: list[int] | None = None
    # A place chosen in search: what relates to it (articles naming it, its statements,
    # campaigns and events), like actor_ids for an actor.
    about: int | None = None
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


def parse_id(raw: str) -> int | None:
    """A row id written in ASCII digits, 1..MAX_ID; None if `raw` is no such number."""
    if not ASCII_INTEGER.fullmatch(raw):
        return None
    value = int(raw)
    if not 1 <= value <= MAX_ID:
        raise ParamsError(f"id must be between 1 and {MAX_ID}")
    return value


class AsciiIntegerField(forms.IntegerField):
    """An integer in ASCII digits (no "²", "①", "١" or "１")."""

    def to_python(self, value):
        if isinstance(value, str) and value.strip() and not ASCII_INTEGER.fullmatch(value.strip()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class AsciiFloatField(forms.FloatField):
    def to_python(self, value):
        if isinstance(value, str) and value.strip() and not ASCII_DECIMAL.fullmatch(value.strip()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class BoundedDateField(forms.DateField):
    """YYYY-MM-DD between MIN_DATE and MAX_DATE."""

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            input_formats=["%Y-%m-%d"],
            validators=[MinValueValidator(MIN_DATE), MaxValueValidator(MAX_DATE)],
            **kwargs,
        )


class MapParamsForm(forms.Form):
    bbox = forms.CharField(required=False)
    srid = AsciiIntegerField(required=False)
    start = BoundedDateField()
    end = BoundedDateField()
    date = BoundedDateField()
    actor = forms.CharField(required=False, max_length=500)
    about = AsciiIntegerField(required=False, min_value=1, max_value=MAX_ID)
    kind = forms.CharField(required=False, max_length=200)
    min_confidence = AsciiFloatField(required=False, min_value=0.0, max_value=1.0)
    limit = AsciiIntegerField(required=False, min_value=1)
    offset = AsciiIntegerField(required=False, min_value=0, max_value=10_000_000)
    page = AsciiIntegerField(required=False, min_value=1, max_value=1_000_000)
    zoom = AsciiIntegerField(required=False, min_value=0, max_value=22)
    q = forms.CharField(required=False, max_length=200)

    def clean_bbox(self) -> tuple[float, float, float, float] | None:
        raw = self.cleaned_data.get("bbox") or ""
        if not raw:
            return None
        parts = raw.split(",")
        if len(parts) != 4:
            raise forms.ValidationError("bbox must be minlon,minlat,maxlon,maxlat")
        if not all(ASCII_DECIMAL.fullmatch(p.strip()) for p in parts):
            raise forms.ValidationError("bbox values must be finite numbers in ASCII digits")
        minlon, minlat, maxlon, maxlat = values = tuple(float(p) for p in parts)
        if not all(math.isfinite(v) for v in values):
            raise forms.ValidationError("bbox values must be finite numbers")
        if not (
            -180 <= minlon <= 180
            and -180 <= maxlon <= 180
            and -90 <= minlat <= 90
            and -90 <= maxlat <= 90
        ):
            raise forms.ValidationError(
                "bbox is outside longitude -180..180 / latitude -90..90 (EPSG:4326)"
            )
        if minlon > maxlon or minlat > maxlat:
            raise forms.ValidationError("bbox minimum must not exceed maximum")
        return values

    def clean_srid(self) -> int | None:
        srid = self.cleaned_data.get("srid")
        if srid is not None and srid != SUPPORTED_SRID:
            raise forms.ValidationError(
                f"only srid {SUPPORTED_SRID} (WGS84 longitude/latitude) is supported"
            )
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
                f"unknown kind {unknown[0]!r}; choose from {', '.join(Place.Kind.values)}"
            )
        return kinds

    def clean_actor(self) -> list[int] | None:
        names = _csv(self.cleaned_data.get("actor") or "")
        if not names:
            return None
        ids: set[int] = set()
        for name in names:
            try:
                actor_id = resolve_actor(name)
            except ParamsError as exc:
                raise forms.ValidationError(str(exc)) from None
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
    actor_id = parse_id(value)
    if actor_id is not None:
        return Actor.objects.filter(pk=actor_id).values_list("id", flat=True).first()
    exact = (
        Actor.objects.filter(Q(name=value) | Q(aliases__alias=value))
        .values_list("id", flat=True)
        .first()
    )
    if exact is not None:
        return exact
    key = name_key(value)
    alias = (
        ActorAlias.objects.filter(key=key, case_sensitive=False)
        .values_list("actor_id", flat=True)
        .first()
    )
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
        about=data.get("about"),
        kinds=data.get("kind"),
        min_confidence=data.get("min_confidence"),
        limit=limit,
        offset=offset,
        zoom=data.get("zoom"),
        q=(data.get("q") or "").strip(),
    )


# A comparison over more than this many days is refused: it would hold years of observations.
MAX_CHANGE_RANGE_DAYS = 5 * 366


# Playback over more than this many days is refused (the map's range is its data's, far less).
MAX_TIMELINE_DAYS = 50 * 366


def check_timeline_range(filters: Filters) -> None:
    """`start` ≤ `end` is checked by parse(); a range over MAX_TIMELINE_DAYS is refused too."""
    if filters.start and filters.end and (filters.end - filters.start).days > MAX_TIMELINE_DAYS:
        raise ParamsError(
            f"start and end are {(filters.end - filters.start).days} days apart; play at most "
            f"{MAX_TIMELINE_DAYS} days (about 50 years)"
        )


class ChangeRangeForm(forms.Form):
    # `from` is a Python keyword: the fields are read by their query-string names below.
    start = BoundedDateField()
    end = BoundedDateField()


def parse_change_range(query) -> tuple[dt.date, dt.date]:
    """`from` and `to` (both required, from ≤ to, at most MAX_CHANGE_RANGE_DAYS apart)."""
    for name in ("from", "to"):
        if not query.get(name):
            raise ParamsError(f"{name}: enter a date as YYYY-MM-DD")
    form = ChangeRangeForm({"start": query.get("from"), "end": query.get("to")})
    if not form.is_valid():
        name, problems = next(iter(form.errors.get_json_data().items()))
        raise ParamsError(f"{'from' if name == 'start' else 'to'}: {problems[0]['message']}")
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    if start > end:
        raise ParamsError("from must not be after to")
    if (end - start).days > MAX_CHANGE_RANGE_DAYS:
        raise ParamsError(
            f"from and to are {(end - start).days} days apart; compare at most "
            f"{MAX_CHANGE_RANGE_DAYS} days (about five years)"
        )
    return start, end
