"""Import and export of the knowledge base's map layers: front lines and campaigns (GeoJSON) and
an ACLED-style events CSV of campaigns, statements and located mentions.

The file reading, row report and geometry checks are the places app's (places/readers.py,
places/geometry_input.py): only WGS84 input, each bad row reported and skipped, or nothing
imported with `atomic=True`. Re-importing an export changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from articles.models import (
    Actor,
    ActorMention,
    Article,
    Campaign,
    CampaignSource,
    DatePrecision,
    FrontLine,
    Mention,
    Statement,
)
from places.geometry_input import geojson_to_wkt, make_geometry
from places.models import Place
from places.readers import (
    ImportReport,
    iso_date,
    layer_feature_name,
    read_feature_collection,
    run_layer_import,
)

# Front lines and campaigns (GeoJSON) ------------------------------------------------------------


def _actor_names(actors) -> list[str]:
    return [a.name for a in actors.all()]


def export_frontlines_geojson(queryset=None) -> str:
    queryset = FrontLine.objects.all() if queryset is None else queryset
    features = []
    for line in queryset.select_related("side_a", "side_b", "source_article").order_by(
        "name", "valid_from"
    ):
        features.append(
            {
                "type": "Feature",
                "geometry": json.loads(line.geometry.json),
                "properties": {
                    "name": line.name,
                    "valid_from": line.valid_from.isoformat(),
                    "valid_to": line.valid_to.isoformat() if line.valid_to else None,
                    "side_a": line.side_a.name,
                    "side_b": line.side_b.name,
                    "source_article": line.source_article.content_hash
                    if line.source_article
                    else None,
                    "source_sentence_start": line.source_sentence_start,
                    "source_sentence_end": line.source_sentence_end,
                    "source_note": line.source_note,
                    "confidence": line.confidence,
                    "approximate": line.approximate,
                    "note": line.note,
                },
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    )


def _place_ref(place: Place) -> list:
    """A place as [source, source_id, name]: found by its gazetteer id, else by its name."""
    return [place.source, place.source_id, place.name]


def _place(ref: Any, what: str) -> Place:
    if isinstance(ref, (list, tuple)) and len(ref) >= 2:
        place = Place.objects.filter(source=ref[0], source_id=ref[1]).first()
        if place:
            return place
        ref = ref[2] if len(ref) > 2 else ref[1]
    if not isinstance(ref, str) or not ref.strip():
        raise ValueError(f"{what} must be a place name or [source, source_id, name], not {ref!r}")
    places = list(Place.objects.matching(ref).order_by("-curated", "-population")[:1])
    if not places:
        raise ValueError(f"unknown {what} place {ref!r}")
    return places[0]


def _precision(props: dict, key: str) -> int:
    value = props.get(key)
    if value in (None, ""):
        return DatePrecision.DAY
    try:
        number = int(value) if not isinstance(value, (bool, float)) else None
    except (TypeError, ValueError):
        number = None
    if number not in DatePrecision.values:
        raise ValueError(
            f"{key} must be one of {DatePrecision.values} (day, week, month), not {value!r}"
        )
    return number


def export_campaigns_geojson(queryset=None) -> str:
    queryset = Campaign.objects.all() if queryset is None else queryset
    features = []
    for campaign in (
        queryset.select_related("origin")
        .prefetch_related("attackers", "opponents", "targets", "sources__article")
        .order_by("name")
    ):
        features.append(
            {
                "type": "Feature",
                "geometry": json.loads(campaign.geometry.json)
                if campaign.geometry is not None
                else None,
                "properties": {
                    "name": campaign.name,
                    "attackers": _actor_names(campaign.attackers),
                    "opponents": _actor_names(campaign.opponents),
                    "targets": [_place_ref(t) for t in campaign.targets.all()],
                    "origin": _place_ref(campaign.origin) if campaign.origin else None,
                    "started_on": campaign.started_on.isoformat() if campaign.started_on else None,
                    "ended_on": campaign.ended_on.isoformat() if campaign.ended_on else None,
                    "date_precision": campaign.date_precision,
                    "end_precision": campaign.end_precision,
                    "status": campaign.status,
                    "named": campaign.named,
                    "sources": [
                        [s.article.content_hash, s.sentence_start, s.sentence_end]
                        for s in campaign.sources.all()
                    ],
                },
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    )


def _actor(name: Any):
    try:
        return Actor.objects.get(name=name)
    except Actor.DoesNotExist:
        raise ValueError(f"unknown actor {name!r}") from None


def _article(content_hash: Any):
    if not content_hash:
        return None
    try:
        return Article.objects.get(content_hash=content_hash)
    except Article.DoesNotExist:
        raise ValueError(f"unknown source article {content_hash!r}") from None


def import_frontlines_geojson(data: bytes, *, atomic: bool = False, user=None) -> ImportReport:
    report = ImportReport()
    known = {
        "name",
        "valid_from",
        "valid_to",
        "side_a",
        "side_b",
        "source_article",
        "source_sentence_start",
        "source_sentence_end",
        "source_note",
        "confidence",
        "approximate",
        "note",
    }

    def save_one(feature, props, seen, number, report):
        name = layer_feature_name(props, known)
        valid_from = iso_date(props.get("valid_from"), "valid_from", required=True)
        valid_to = iso_date(props.get("valid_to"), "valid_to")
        if valid_to and valid_to < valid_from:
            raise ValueError("valid_to is before valid_from")
        key = (name, valid_from)
        if key in seen:
            raise ValueError(
                f"duplicate front line {name!r} from {valid_from} (first at row {seen[key]})"
            )
        geometry = make_geometry(geojson_to_wkt(feature.get("geometry")))
        if geometry.geom_type not in ("LineString", "MultiLineString"):
            raise ValueError(
                f"a front line must be a LineString or MultiLineString, not {geometry.geom_type}"
            )
        confidence = float(props.get("confidence", 0.5))
        if not 0 <= confidence <= 1:
            raise ValueError("confidence must be between 0 and 1")
        values = {
            "geometry": geometry,
            "valid_to": valid_to,
            "side_a": _actor(props.get("side_a")),
            "side_b": _actor(props.get("side_b")),
            "source_article": _article(props.get("source_article")),
            "source_sentence_start": props.get("source_sentence_start"),
            "source_sentence_end": props.get("source_sentence_end"),
            "source_note": str(props.get("source_note") or "")[:500],
            "confidence": confidence,
            "approximate": bool(props.get("approximate", True)),
            "note": str(props.get("note") or ""),
        }
        if user is not None and getattr(user, "pk", None):
            values["curator"] = user
        _, created = FrontLine.objects.update_or_create(
            name=name, valid_from=valid_from, defaults=values
        )
        if created:
            report.created += 1
        else:
            report.updated += 1
        return key

    return run_layer_import(read_feature_collection(data, report), report, atomic, save_one)


def import_campaigns_geojson(data: bytes, *, atomic: bool = False) -> ImportReport:
    report = ImportReport()
    known = {
        "name",
        "attackers",
        "opponents",
        "targets",
        "started_on",
        "ended_on",
        "date_precision",
        "end_precision",
        "origin",
        "status",
        "named",
        "sources",
    }

    def save_one(feature, props, seen, number, report):
        name = layer_feature_name(props, known)
        if name in seen:
            raise ValueError(f"duplicate campaign {name!r} (first at row {seen[name]})")
        geometry = (
            make_geometry(geojson_to_wkt(feature["geometry"])) if feature.get("geometry") else None
        )
        status = props.get("status") or Campaign.Status.ONGOING
        if status not in Campaign.Status.values:
            raise ValueError(f"unknown status {status!r}")
        started_on = iso_date(props.get("started_on"), "started_on")
        ended_on = iso_date(props.get("ended_on"), "ended_on")
        if started_on and ended_on and ended_on < started_on:
            raise ValueError("ended_on is before started_on")
        attackers = [_actor(n) for n in props.get("attackers") or []]
        opponents = [_actor(n) for n in props.get("opponents") or []]
        targets = [_place(ref, "target") for ref in props.get("targets") or []]
        origin = _place(props["origin"], "origin") if props.get("origin") else None
        sources = [(_article(h), start, end) for h, start, end in props.get("sources") or []]
        campaign, created = Campaign.objects.update_or_create(
            name=name,
            defaults={
                "geometry": geometry,
                "status": status,
                "date_precision": _precision(props, "date_precision"),
                "end_precision": _precision(props, "end_precision"),
                "origin": origin,
                "started_on": started_on,
                "ended_on": ended_on,
                "named": bool(props.get("named", True)),
            },
        )
        campaign.attackers.set(attackers)
        campaign.opponents.set(opponents)
        campaign.targets.set(targets)
        for article, start, end in sources:
            CampaignSource.objects.update_or_create(
                campaign=campaign,
                article=article,
                defaults={"sentence_start": start, "sentence_end": end},
            )
        if created:
            report.created += 1
        else:
            report.updated += 1
        return name

    return run_layer_import(read_feature_collection(data, report), report, atomic, save_one)


# ACLED-style events CSV ---------------------------------------------------------------------------

EVENT_COLUMNS = (
    "event_id",
    "event_type",
    "event_date",
    "time_precision",
    "actor1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_url",
    "notes",
)


def geo_precision(place: Place) -> int:
    """ACLED's geo_precision: 1 the town itself, 2 a part of a region or nearby, 3 a larger
    region.
    """
    if place.kind == Place.Kind.SETTLEMENT:
        return 1
    if place.kind == Place.Kind.COUNTRY:
        return 3
    return 2


def _spreadsheet_safe(value: Any) -> Any:
    # A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _location(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {"country": "", "location": "", "latitude": "", "longitude": "", "geo_precision": ""}
    return {
        "country": place.country_code,
        "location": place.name,
        "latitude": round(place.lat, 5),
        "longitude": round(place.lon, 5),
        "geo_precision": geo_precision(place),
    }


def event_rows() -> Iterator[dict[str, Any]]:
    """One row per campaign, statement and located mention, in ACLED's column vocabulary."""
    for campaign in Campaign.objects.prefetch_related(
        "attackers", "opponents", "targets", "sources__article"
    ).order_by("started_on", "name"):
        targets = list(campaign.targets.all())
        sources = [s.article for s in campaign.sources.all()]
        notes = f"Campaign {campaign.name} ({campaign.get_status_display().lower()})"
        if len(targets) > 1:
            notes += "; also targets " + ", ".join(t.name for t in targets[1:])
        yield {
            "event_id": f"campaign-{campaign.pk}",
            "event_type": "campaign",
            "event_date": campaign.started_on or "",
            "time_precision": campaign.date_precision,
            "actor1": "; ".join(_actor_names(campaign.attackers)),
            "actor2": "; ".join(_actor_names(campaign.opponents)),
            **_location(targets[0] if targets else None),
            "source": "; ".join(sorted({a.outlet for a in sources if a.outlet})),
            "source_url": sources[0].source_url or "" if sources else "",
            "notes": notes,
        }
    for statement in (
        Statement.objects.select_related("article", "speaker_actor")
        .prefetch_related("places")
        .order_by("said_on", "pk")
    ):
        places = list(statement.places.all())
        for index, place in enumerate(places or [None]):
            who = statement.speaker_name or statement.speaker_role or "unnamed speaker"
            yield {
                "event_id": f"statement-{statement.pk}"
                + (f"-{index + 1}" if len(places) > 1 else ""),
                "event_type": "statement",
                "event_date": statement.said_on or "",
                "time_precision": statement.date_precision,
                "actor1": statement.speaker_actor.name if statement.speaker_actor else "",
                "actor2": "",
                **_location(place),
                "source": statement.article.outlet,
                "source_url": statement.article.source_url or "",
                "notes": f"{who}: “{statement.quote[:300]}”",
            }
    mentions = (
        Mention.objects.located().select_related("article", "place").order_by("article_id", "start")
    )
    actor_spans: dict[int, list] = {}
    for am in ActorMention.objects.filter(article__in=mentions.values("article")).select_related(
        "actor"
    ):
        actor_spans.setdefault(am.article_id, []).append(am)
    for mention in mentions:
        lo = mention.sentence_start if mention.sentence_start is not None else mention.start
        hi = mention.sentence_end if mention.sentence_end is not None else mention.end
        actors: list[str] = []
        for am in sorted(actor_spans.get(mention.article_id, []), key=lambda a: a.start):
            if lo <= am.start < hi and am.actor.name not in actors:
                actors.append(am.actor.name)
        location = _location(mention.place)
        if mention.geo_precision:
            location["geo_precision"] = mention.geo_precision
        yield {
            "event_id": f"mention-{mention.pk}",
            "event_type": "mention",
            "event_date": mention.article.published_at.date(),
            "time_precision": 1,
            "actor1": actors[0] if actors else "",
            "actor2": actors[1] if len(actors) > 1 else "",
            **location,
            "source": mention.article.outlet,
            "source_url": mention.article.source_url or "",
            "notes": (mention.sentence or mention.text)[:300],
        }


def export_events_csv() -> tuple[str, int]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in event_rows():
        writer.writerow({k: _spreadsheet_safe(v) for k, v in row.items()})
        count += 1
    return out.getvalue(), count
