"""The ACLED and UCDP GED CSV exports, row by row, as EventRecords in our vocabulary.

Each format names the columns it needs (a file without them is refused before anything is
stored) and turns one row into a record, raising ValueError with a reason for a bad row. The
datasets' precision codes are mapped here:

- ACLED geo_precision 1–3 is our scale; time_precision 1–3 is our DatePrecision.
- UCDP GED where_prec 1 (exact place) … 7 (international waters or airspace) and date_prec
  1 (exact day) … 5 (more than a month) are folded onto those scales; the radius the map draws
  keeps UCDP's finer steps (a country-wide event is not drawn as a province).
Codebooks: ACLED Codebook (2023) §geo_precision/time_precision; UCDP GED Codebook 23.1 §3.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from articles.models import DatePrecision
from places.geometry_input import check_lonlat

# Our geo_precision (as ACLED's) and the uncertainty radius the map draws, in metres.
ACLED_GEO = {1: (1, 2_000), 2: (2, 15_000), 3: (3, 50_000)}
UCDP_GEO = {
    1: (1, 2_000),  # the exact location
    2: (2, 25_000),  # within 25 km of a known point
    3: (2, 50_000),  # a second-order administrative division (district)
    4: (3, 150_000),  # a first-order administrative division (province)
    5: (3, 150_000),  # a linear feature or a larger area between divisions
    6: (3, 500_000),  # only the country
    7: (3, 500_000),  # international waters or airspace
}
ACLED_TIME = {1: DatePrecision.DAY, 2: DatePrecision.WEEK, 3: DatePrecision.MONTH}
UCDP_TIME = {
    1: DatePrecision.DAY,  # the exact day
    2: DatePrecision.WEEK,  # a span of 2–6 days
    3: DatePrecision.WEEK,  # only the week
    4: DatePrecision.MONTH,  # a span of 8–30 days, or only the month
    5: DatePrecision.MONTH,  # more than a month (our coarsest step; the range says the rest)
}
UCDP_VIOLENCE = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
# Words UCDP appends to a place name ("Raqqa town", "Idlib province").
UCDP_NAME_SUFFIX = re.compile(
    r"\s+(?:town|city|village|province|governorate|district|region|area|camp)$", re.IGNORECASE
)
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y")
MAX_TEXT = 20_000  # longer notes or source text is cut: a CSV cell is not an article


@dataclass
class EventRecord:
    row: int
    source: str
    source_event_id: str
    started_on: dt.date
    ended_on: dt.date
    date_precision: int
    source_date_precision: int | None
    event_type: str
    lon: float
    lat: float
    geo_precision: int
    source_geo_precision: int | None
    uncertainty_m: int
    sub_event_type: str = ""
    actor1_name: str = ""
    actor2_name: str = ""
    fatalities: int | None = None
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    notes: str = ""
    source_text: str = ""
    place_names: list[str] = field(default_factory=list)


def parse_date(value: str, column: str) -> dt.date:
    """A day as the exports write it: 2016-11-06 (UCDP may add a time), or 06 November 2016."""
    text = (value or "").strip()
    if not text:
        raise ValueError(f"{column} is empty")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T][0-9:.]+", text):
        text = text[:10]
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{column} {value[:40]!r} is not a date (YYYY-MM-DD or 06 November 2016)")


def parse_coordinates(row: dict, lat_column: str = "latitude", lon_column: str = "longitude"):
    """(lon, lat) in WGS84; 0,0 is how a missing location shows up in spreadsheets."""
    raw_lat, raw_lon = (row.get(lat_column) or "").strip(), (row.get(lon_column) or "").strip()
    try:
        lat, lon = float(raw_lat), float(raw_lon)
        check_lonlat(lon, lat)
    except (ValueError, OverflowError) as exc:
        reason = str(exc) if raw_lat and raw_lon else "missing"
        raise ValueError(f"bad coordinates {raw_lat!r}, {raw_lon!r}: {reason}") from None
    if lat == 0 and lon == 0:
        raise ValueError("coordinates 0, 0: the row has no real location")
    return lon, lat


def parse_code(value: str, column: str, table: dict) -> int | None:
    """A precision code from the table, None when the cell is empty."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not number.is_integer() or int(number) not in table:
        raise ValueError(f"{column} {text[:20]!r} is not one of {', '.join(map(str, table))}")
    return int(number)


def parse_count(value: str, column: str) -> int | None:
    text = (value or "").strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{1,9}(?:\.0+)?", text):
        raise ValueError(f"{column} {text[:20]!r} is not a whole number")
    return int(float(text))


def cell(row: dict, column: str, limit: int = 300) -> str:
    return " ".join((row.get(column) or "").split())[:limit]


def long_text(row: dict, column: str) -> str:
    return (row.get(column) or "").strip()[:MAX_TEXT]


def _names(*names: str) -> list[str]:
    return [n for n in dict.fromkeys(n.strip() for n in names) if n]


def acled_record(number: int, row: dict) -> EventRecord:
    day = parse_date(row.get("event_date", ""), "event_date")
    lon, lat = parse_coordinates(row)
    geo_code = parse_code(row.get("geo_precision", ""), "geo_precision", ACLED_GEO)
    time_code = parse_code(row.get("time_precision", ""), "time_precision", ACLED_TIME)
    geo_precision, radius = ACLED_GEO[geo_code or 3]
    location = cell(row, "location")
    return EventRecord(
        row=number,
        source="acled",
        source_event_id=_event_id(row, "event_id_cnty"),
        started_on=day,
        ended_on=day,
        date_precision=ACLED_TIME[time_code or 1],
        source_date_precision=time_code,
        event_type=cell(row, "event_type", 100) or "Unknown",
        sub_event_type=cell(row, "sub_event_type", 100),
        actor1_name=cell(row, "actor1"),
        actor2_name=cell(row, "actor2"),
        fatalities=parse_count(row.get("fatalities", ""), "fatalities"),
        country=cell(row, "country", 100),
        admin1=cell(row, "admin1", 200),
        admin2=cell(row, "admin2", 200),
        admin3=cell(row, "admin3", 200),
        location=location,
        lon=lon,
        lat=lat,
        geo_precision=geo_precision,
        source_geo_precision=geo_code,
        uncertainty_m=radius,
        notes=long_text(row, "notes"),
        source_text=long_text(row, "source"),
        place_names=_names(location),
    )


def ucdp_record(number: int, row: dict) -> EventRecord:
    start = parse_date(row.get("date_start", ""), "date_start")
    end = parse_date(row["date_end"], "date_end") if (row.get("date_end") or "").strip() else start
    if end < start:
        raise ValueError(f"date_end {end} is before date_start {start}")
    lon, lat = parse_coordinates(row)
    geo_code = parse_code(row.get("where_prec", ""), "where_prec", UCDP_GEO)
    time_code = parse_code(row.get("date_prec", ""), "date_prec", UCDP_TIME)
    geo_precision, radius = UCDP_GEO[geo_code or 6]
    where = cell(row, "where_coordinates")
    return EventRecord(
        row=number,
        source="ucdp",
        source_event_id=_event_id(row, "id"),
        started_on=start,
        ended_on=end,
        date_precision=UCDP_TIME[time_code] if time_code else _span_precision(start, end),
        source_date_precision=time_code,
        event_type=UCDP_VIOLENCE.get(cell(row, "type_of_violence"), "Organised violence"),
        sub_event_type=cell(row, "dyad_name", 100),
        actor1_name=cell(row, "side_a"),
        actor2_name=cell(row, "side_b"),
        fatalities=parse_count(row.get("best", ""), "best"),
        country=cell(row, "country", 100),
        admin1=cell(row, "adm_1", 200),
        admin2=cell(row, "adm_2", 200),
        location=where,
        lon=lon,
        lat=lat,
        geo_precision=geo_precision,
        source_geo_precision=geo_code,
        uncertainty_m=radius,
        notes=long_text(row, "source_headline"),
        source_text=long_text(row, "source_article"),
        place_names=_names(where, UCDP_NAME_SUFFIX.sub("", where)),
    )


def _event_id(row: dict, column: str) -> str:
    value = cell(row, column, 100)
    if not value:
        raise ValueError(f"{column} is empty")
    if len(value) > 64:
        raise ValueError(f"{column} is longer than 64 characters")
    return value


def _span_precision(start: dt.date, end: dt.date) -> int:
    days = (end - start).days
    if days == 0:
        return DatePrecision.DAY
    return DatePrecision.WEEK if days <= 7 else DatePrecision.MONTH


@dataclass(frozen=True)
class EventFormat:
    name: str
    required: tuple[str, ...]
    record: Callable[[int, dict], EventRecord]


FORMATS = {
    "acled": EventFormat(
        "acled",
        (
            "event_id_cnty",
            "event_date",
            "event_type",
            "actor1",
            "actor2",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "fatalities",
        ),
        acled_record,
    ),
    "ucdp": EventFormat(
        "ucdp",
        (
            "id",
            "date_start",
            "date_end",
            "side_a",
            "side_b",
            "where_coordinates",
            "latitude",
            "longitude",
            "where_prec",
            "best",
        ),
        ucdp_record,
    ),
}


def missing_columns(fmt: EventFormat, header: list[str]) -> str | None:
    """The error for a header that lacks some of the format's columns, else None."""
    missing = [column for column in fmt.required if column not in header]
    if not missing:
        return None
    others = [f.name for f in FORMATS.values() if f is not fmt and set(f.required) <= set(header)]
    hint = f" It looks like a {others[0].upper()} file: use --format {others[0]}." if others else ""
    shown = ", ".join(header[:20]) + (" …" if len(header) > 20 else "")
    return (
        f"missing column(s) for {fmt.name.upper()}: {', '.join(missing)}.{hint} "
        f"This file's header is: {shown}"
    )
