"""Import ACLED and UCDP GED CSV exports as Events (the formats are in articles/event_sources.py).

- A file without the format's columns is refused before anything is stored, naming them.
- A bad row (coordinates, dates, codes) is reported with its line and skipped; the rest is imported.
- Events are upserted on (dataset, event id): importing twice adds nothing, and a changed row
  updates its event. Rows are written in batches of BATCH, each batch in one transaction.
- Actors are matched to ours by name or alias (also without the dataset's qualifiers:
  "Islamic State (Syria)", "SDF: Syrian Democratic Forces"); unknown ones are created.
- Places are matched by name among the gazetteer places nearest the coordinates; when the
  nearest place of that name is more than MISMATCH_KM away the event is flagged for review.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterator

from django.db import transaction
from django.utils import timezone

from articles.event_sources import FORMATS, EventRecord, missing_columns
from articles.models import Actor, ActorAlias, Event
from conflictmap.bbox import place_bbox_q
from places.geoparser.index import haversine_km
from places.models import Place
from places.normalize import name_key
from places.readers import ImportFileError, ImportReport, decode

BATCH = 500
MISMATCH_KM = 25.0
# Without a name match, the nearest settlement within this distance is the event's place.
NEAREST_KM = 5.0
STATE_NAME = re.compile(r"^(?:Military|Police|Armed) Forces of (.+)$|^Government of (.+)$")
NON_COMBATANTS = re.compile(r"^(?:Civilians|Protesters|Rioters)\b")
FIELDS = (
    "started_on",
    "ended_on",
    "date_precision",
    "source_date_precision",
    "event_type",
    "sub_event_type",
    "actor1_name",
    "actor2_name",
    "fatalities",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "geo_precision",
    "source_geo_precision",
    "uncertainty_m",
    "notes",
    "source_text",
)
Progress = Callable[[int, ImportReport], None]


# Reading ----------------------------------------------------------------------------------------


def read_events(data: bytes, fmt: str, report: ImportReport) -> Iterator[EventRecord]:
    """The file's rows as records; the header is checked before the first one is yielded."""
    if fmt not in FORMATS:
        raise ImportFileError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    text = decode(data, report, line_rows=True)
    first_line = text.split("\n", 1)[0]
    dialect = csv.excel_tab if "\t" in first_line and "," not in first_line else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip() for h in reader.fieldnames or []]
    if not header or header == [""]:
        raise ImportFileError("empty CSV file")
    if problem := missing_columns(FORMATS[fmt], header):
        raise ImportFileError(problem)
    reader.fieldnames = header
    return _records(reader, FORMATS[fmt].record, report)


def _records(reader: csv.DictReader, make, report: ImportReport) -> Iterator[EventRecord]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.error(reader.line_num, f"unreadable CSV: {exc}")
            continue
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        try:
            if None in row:
                raise ValueError("more values than columns")
            yield make(reader.line_num, row)
        except ValueError as exc:
            report.error(reader.line_num, str(exc))


# Actors -----------------------------------------------------------------------------------------


def name_variants(name: str) -> list[str]:
    """The dataset's actor name, then the forms our actors and aliases are more likely to use."""
    variants = [name]
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "Islamic State (Syria)", "(2000-)"
    variants.append(bare)
    if ":" in bare:  # "SDF: Syrian Democratic Forces"
        variants += [part.strip() for part in bare.split(":")]
    if match := STATE_NAME.match(bare):  # "Military Forces of Turkey" → Turkey
        variants.append((match.group(1) or match.group(2)).strip())
    return [v for v in dict.fromkeys(variants) if v]


class ActorResolver:
    """Dataset actor names to our actors (cached for the whole import)."""

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.folded: dict[str, int] = {}
        for pk, name in Actor.objects.values_list("pk", "name"):
            self.exact[name] = pk
            self.folded.setdefault(name_key(name), pk)
        for actor_id, alias, key, case_sensitive in ActorAlias.objects.values_list(
            "actor_id", "alias", "key", "case_sensitive"
        ):
            self.exact.setdefault(alias, actor_id)
            if not case_sensitive:
                self.folded.setdefault(key, actor_id)
        self.created: list[str] = []

    def find(self, name: str) -> int | None:
        for variant in name_variants(name):
            if variant in self.exact:
                return self.exact[variant]
            if (pk := self.folded.get(name_key(variant))) is not None:
                return pk
        return None

    def resolve(self, name: str) -> int | None:
        """Our actor for the name, created (with the dataset's name) when none matches."""
        if not name:
            return None
        pk = self.find(name)
        if pk is None:
            actor = Actor.objects.create(name=name[:200], kind=_guess_kind(name))
            pk = self.exact[actor.name] = actor.pk
            self.folded.setdefault(name_key(actor.name), pk)
            self.created.append(actor.name)
        return pk


def _guess_kind(name: str) -> str:
    if STATE_NAME.match(name):
        return Actor.Kind.STATE
    if NON_COMBATANTS.match(name):
        return Actor.Kind.ORGANISATION
    return Actor.Kind.ARMED_GROUP


# Places -----------------------------------------------------------------------------------------


class PlaceMatcher:
    """The gazetteer place for an event's name and coordinates.

    The places bearing each name are read once per import (a dataset repeats its locations);
    the nearest of them to each event's coordinates is picked in Python.
    """

    def __init__(self) -> None:
        self.named: dict[str, list[tuple[int, float, float]]] = {}

    def match(self, record: EventRecord) -> tuple[int | None, str, float | None]:
        """(place id, how it was matched, distance in km)."""
        return self._by_name(record) or self._nearest(record)

    def _places_named(self, name: str) -> list[tuple[int, float, float]]:
        key = name_key(name)
        if key not in self.named:
            named = Place.objects.filter(names__key=key).values_list("pk", "point")
            self.named[key] = [(pk, point.x, point.y) for pk, point in named[:200]]
        return self.named[key]

    def _by_name(self, record: EventRecord):
        for name in record.place_names:
            candidates = [
                (pk, Event.PlaceMatch.NAME, haversine_km(record.lat, record.lon, y, x))
                for pk, x, y in self._places_named(name)
            ]
            if candidates:
                return min(candidates, key=lambda c: (c[2], c[0]))
        return None

    def _nearest(self, record: EventRecord):
        pad = NEAREST_KM / 111.0 / max(0.1, math.cos(math.radians(record.lat)))
        box = (record.lon - pad, record.lat - NEAREST_KM / 111.0, record.lon + pad)
        box += (record.lat + NEAREST_KM / 111.0,)
        nearby = Place.objects.filter(place_bbox_q(box), kind=Place.Kind.SETTLEMENT)
        best = None
        for pk, point in nearby.values_list("pk", "point")[:500]:
            km = haversine_km(record.lat, record.lon, point.y, point.x)
            if km <= NEAREST_KM and (best is None or km < best[2]):
                best = (pk, Event.PlaceMatch.COORDINATES, km)
        return best or (None, Event.PlaceMatch.NONE, None)


# Writing ----------------------------------------------------------------------------------------


def import_events(
    data: bytes, fmt: str, *, progress: Progress | None = None
) -> tuple[ImportReport, list[str]]:
    """Import an export; returns the report and the names of the actors created."""
    report = ImportReport()
    records = read_events(data, fmt, report)  # raises ImportFileError before anything is stored
    actors, places = ActorResolver(), PlaceMatcher()
    batch: list[EventRecord] = []
    seen: dict[str, int] = {}
    done = 0
    for record in records:
        if record.source_event_id in seen:
            first = seen[record.source_event_id]
            report.error(record.row, f"duplicate event id {record.source_event_id} (row {first})")
            continue
        seen[record.source_event_id] = record.row
        batch.append(record)
        if len(batch) >= BATCH:
            done += _write_batch(batch, report, actors, places)
            batch = []
            if progress:  # rows read so far, the skipped ones included
                progress(done + len(report.errors), report)
    if batch:
        done += _write_batch(batch, report, actors, places)
    if progress and (batch or not done):  # the last rows, or a file with none to write
        progress(done + len(report.errors), report)
    report.errors.sort()
    return report, actors.created


def _write_batch(batch, report: ImportReport, actors: ActorResolver, places: PlaceMatcher) -> int:
    source = batch[0].source
    now = timezone.now()
    with transaction.atomic():
        ids = [record.source_event_id for record in batch]
        existing = {
            e.source_event_id: e
            for e in Event.objects.filter(source=source, source_event_id__in=ids)
        }
        new, changed = [], []
        for record in batch:
            event = existing.get(record.source_event_id) or Event(
                source=source, source_event_id=record.source_event_id
            )
            if _fill(event, record, actors, places):
                event.updated_at = now
                (changed if event.pk else new).append(event)
            else:
                report.unchanged += 1
        Event.objects.bulk_create(new)
        Event.objects.bulk_update(changed, [*FIELDS, *DERIVED, "updated_at"])
    report.created += len(new)
    report.updated += len(changed)
    return len(batch)


DERIVED = (
    "actor1",
    "actor2",
    "point",
    "place",
    "place_match",
    "place_distance_km",
    "needs_review",
    "review_reason",
)


def _fill(event: Event, record: EventRecord, actors: ActorResolver, places: PlaceMatcher) -> bool:
    """Copy the record onto the event; False when nothing the dataset says has changed."""
    point = Place.make_point(record.lon, record.lat)
    same = event.pk is not None and (
        all(getattr(event, name) == getattr(record, name) for name in FIELDS)
        and event.point.equals_exact(point, 1e-9)
    )
    if same:
        return False  # a curator's review of an unchanged event stays as it is
    for name in FIELDS:
        setattr(event, name, getattr(record, name))
    event.point = point
    event.actor1_id = actors.resolve(record.actor1_name)
    event.actor2_id = actors.resolve(record.actor2_name)
    event.place_id, event.place_match, event.place_distance_km = places.match(record)
    far = event.place_match == Event.PlaceMatch.NAME and event.place_distance_km > MISMATCH_KM
    event.needs_review = far
    event.review_reason = (
        f"the dataset's coordinates are {event.place_distance_km:.0f} km from the nearest "
        f"place named {record.place_names[0]!r} (over {MISMATCH_KM:.0f} km)"
        if far
        else ""
    )
    if event.place_distance_km is not None:
        event.place_distance_km = round(event.place_distance_km, 3)
    return True
