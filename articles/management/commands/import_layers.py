"""Import front lines or campaigns from GeoJSON (WGS84), upserting on their natural keys.

Bad features are reported with their number and reason and skipped; with --atomic any bad
feature means nothing is imported. Actors must exist already (by canonical name).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importexport import import_campaigns_geojson, import_frontlines_geojson
from places.readers import ImportFileError

IMPORTERS = {"frontlines": import_frontlines_geojson, "campaigns": import_campaigns_geojson}


class Command(BaseCommand):
    help = (
        "Import front lines or campaigns from a GeoJSON FeatureCollection (as export_layers "
        "writes). Reports bad features and imports the good ones, or nothing with --atomic; the "
        "exit status is 1 when any feature was skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("layer", choices=sorted(IMPORTERS), help="Which layer the file holds")
        parser.add_argument("file", help="GeoJSON file to import")
        parser.add_argument(
            "--atomic", action="store_true", help="Import nothing if any feature is bad"
        )

    def handle(self, *args, layer: str, file: str, atomic: bool, **options):
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from None
        try:
            report = IMPORTERS[layer](data, atomic=atomic)
        except ImportFileError as exc:
            raise CommandError(f"{file}: {exc}") from None
        for line in report.lines():
            self.stderr.write(self.style.WARNING(line.replace("row", "feature", 1)))
        self.stdout.write(
            (self.style.SUCCESS if report.ok else self.style.NOTICE)(report.summary())
        )
        if report.rolled_back:
            raise CommandError("Nothing was imported because of the bad features above (--atomic)")
        if report.errors:
            raise CommandError(
                f"{len(report.errors)} bad feature(s) skipped (see above)", returncode=1
            )
