"""Export campaigns, statements and located mentions as an ACLED-style events CSV."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from articles.importexport import export_events_csv
from conflictmap.management.output import write_text_file


class Command(BaseCommand):
    help = (
        "Write an ACLED-style CSV with one row per campaign, statement and located mention "
        "(actor1, actor2, location, latitude, longitude, geo_precision 1-3, event_date, "
        "time_precision, source, notes)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", required=True, help="CSV file to write ('-' for standard output)"
        )

    def handle(self, *args, output: str, **options):
        text, count = export_events_csv()
        if output == "-":
            self.stdout.write(text, ending="")
            return
        write_text_file(output, text)
        self.stdout.write(self.style.SUCCESS(f"Exported {count} event row(s) to {output}"))
