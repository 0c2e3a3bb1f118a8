"""manage.py export_control --date D [--format geojson|kml] [--output FILE]."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflictmap.control_export import export_geojson, export_kml


class Command(BaseCommand):
    help = (
        "Export who held what on a day: areas, settlements and front lines, as GeoJSON or KML "
        "that import_control reads back."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True, help="YYYY-MM-DD")
        parser.add_argument("--format", choices=("geojson", "kml"), default="geojson")
        parser.add_argument("--output", help="File to write (default: standard output)")

    def handle(self, *args, date, format, output, **options):
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            raise CommandError(f"--date must be YYYY-MM-DD, not {date!r}") from None
        text = export_geojson(day) if format == "geojson" else export_kml(day)
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(f"wrote {output}")
        else:
            self.stdout.write(text)
