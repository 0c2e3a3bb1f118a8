"""Export front lines or campaigns as GeoJSON that `import_layers` (or the admin) reads back."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from articles.importexport import export_campaigns_geojson, export_frontlines_geojson
from conflictmap.management.output import write_text_file

EXPORTERS = {"frontlines": export_frontlines_geojson, "campaigns": export_campaigns_geojson}


class Command(BaseCommand):
    help = (
        "Export front lines or campaigns (with sides, dates, sources) as a GeoJSON "
        "FeatureCollection."
    )

    def add_arguments(self, parser):
        parser.add_argument("layer", choices=sorted(EXPORTERS), help="Which layer to export")
        parser.add_argument(
            "--output", required=True, help="File to write ('-' for standard output)"
        )

    def handle(self, *args, layer: str, output: str, **options):
        text = EXPORTERS[layer]()
        if output == "-":
            self.stdout.write(text)
            return
        write_text_file(output, text)
        self.stdout.write(self.style.SUCCESS(f"Exported {layer} to {output}"))
