"""Import places from a GeoJSON, CSV (WKT or lat/lon columns) or KML file.

Bad rows are reported with their row number and reason and skipped; the good rows are
imported (upserted on source + source_id, else GeoNames id). With --atomic, any bad row
means nothing is imported. Only WGS84 (EPSG:4326) coordinates are accepted. The exit status
is 1 when any row was skipped.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflictmap.progress import say
from places.importexport import FORMATS, ImportFileError, import_places


class Command(BaseCommand):
    help = (
        "Import places from FILE (GeoJSON, CSV with wkt or lat/lon columns, or KML; WGS84 only). "
        "Reports bad rows and imports the good ones, or nothing with --atomic; the exit status is "
        "1 when any row was skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the file to import")
        parser.add_argument(
            "--format",
            default="auto",
            choices=("auto", *FORMATS),
            help="File format (default: from the file name or content)",
        )
        parser.add_argument(
            "--atomic", action="store_true", help="Import nothing if any row is bad"
        )

    def handle(self, *args, file: str, format: str, atomic: bool, **options):
        path = Path(file)
        try:
            stream = path.open("rb")
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        if options["verbosity"] > 0:
            say(f"importing places from {path} ({path.stat().st_size / 1e6:,.1f} MB)")
        try:
            with stream:
                report = import_places(
                    stream, format, name=path.name, atomic=atomic, progress=options["verbosity"] > 0
                )
        except ImportFileError as exc:
            raise CommandError(f"{path}: {exc}") from None
        for line in report.lines():
            self.stderr.write(self.style.WARNING(line))
        style = (
            self.style.SUCCESS
            if report.ok
            else (self.style.ERROR if report.rolled_back else self.style.NOTICE)
        )
        self.stdout.write(style(report.summary()))
        if report.rolled_back:
            raise CommandError("Nothing was imported because of the bad rows above (--atomic)")
        if report.errors:  # as `ingest` does: a script must notice that rows were left out
            raise CommandError(f"{len(report.errors)} bad row(s) skipped (see above)", returncode=1)
