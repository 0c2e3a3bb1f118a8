"""Exporting control as of a day (GeoJSON or KML), in the form `manage.py import_control`
reads back: areas (latest version of each on the day), settlements (their holder's latest
report or assessment) and the front lines valid on the day, each with its own date."""

from __future__ import annotations

import datetime as dt
import json
from xml.sax.saxutils import escape, quoteattr

from articles.models import Actor, FrontLine
from conflictmap.control_layer import area_geometries, area_standings, settlement_standings
from places.models import Place


def control_features(day: dt.date) -> list[dict]:
    """GeoJSON features of the control on `day` (plain properties: names, not ids)."""
    actors = {a.pk: a for a in Actor.objects.all()}
    features = []
    areas = area_standings(day)
    geometries = area_geometries(s.current["id"] for s in areas.values())
    for name, standing in sorted(areas.items()):
        row = standing.current
        features.append(
            _feature(
                geometries[row["id"]],
                {"name": name, "side": actors[row["side_id"]].name, "date": row["observed_on"]},
                row,
            )
        )
    settlements = settlement_standings(day)
    places = Place.objects.in_bulk(list(settlements))
    for place_id, standing in sorted(settlements.items(), key=lambda i: places[i[0]].name):
        row = standing.current
        props = {
            "name": places[place_id].name,
            "side": actors[row["side_id"]].name,
            "date": row["observed_on"],
            "event": row["event"],
        }
        features.append(_feature(places[place_id].point, props, row))
    for line in FrontLine.objects.valid_on(day).select_related("side_a", "side_b"):
        props = {
            "name": line.name,
            "side_a": line.side_a.name,
            "side_b": line.side_b.name,
            "date": line.valid_from,
        }
        features.append(_feature(line.geometry, props, None))
    return features


def _feature(geometry, props: dict, row: dict | None) -> dict:
    props = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in props.items()}
    if row is not None and row["source_name"]:
        props["source"] = row["source_name"]
    return {"type": "Feature", "geometry": json.loads(geometry.json), "properties": props}


def export_geojson(day: dt.date) -> str:
    collection = {"type": "FeatureCollection", "date": day.isoformat()}
    collection["features"] = control_features(day)
    return json.dumps(collection, ensure_ascii=False, indent=1)


def kml_colour(hex_colour: str, alpha: str = "99") -> str:
    """#rrggbb as KML's aabbggrr."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        value = "666666"
    return f"{alpha}{value[4:6]}{value[2:4]}{value[0:2]}".lower()


def export_kml(day: dt.date) -> str:
    from django.contrib.gis.geos import GEOSGeometry

    actors = {a.name: a for a in Actor.objects.all()}
    used: set[str] = set()
    placemarks = []
    for feature in control_features(day):
        props = feature["properties"]
        side = props.get("side") or props.get("side_a")
        style = f"side-{actors[side].pk}" if side in actors else ""
        if style:
            used.add(side)
        data = "".join(
            f"<Data name={quoteattr(k)}><value>{escape(str(v))}</value></Data>"
            for k, v in props.items()
            if k not in ("name", "date")
        )
        geometry = GEOSGeometry(json.dumps(feature["geometry"]), srid=4326)
        placemarks.append(
            f"<Placemark><name>{escape(props['name'])}</name>"
            f"<TimeStamp><when>{props['date']}</when></TimeStamp>"
            + (f"<styleUrl>#{style}</styleUrl>" if style else "")
            + f"<ExtendedData>{data}</ExtendedData>{geometry.kml}</Placemark>"
        )
    styles = "".join(
        f'<Style id="side-{actors[name].pk}">'
        f"<LineStyle><color>{kml_colour(actors[name].colour, 'ff')}</color><width>3</width>"
        f"</LineStyle><PolyStyle><color>{kml_colour(actors[name].colour)}</color></PolyStyle>"
        "</Style>"
        for name in sorted(used)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        f"<name>Control on {day.isoformat()}</name>{styles}\n"
        + "\n".join(placemarks)
        + "\n</Document></kml>\n"
    )
