"""Write the map as one self-contained HTML file (folium) that opens offline."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflictmap.export import export_map
from conflictmap.params import ParamsError, parse


class Command(BaseCommand):
    help = (
        "Export the map (places, campaigns, front lines, statements, with popups) to a single HTML "
        "file that opens in a browser with no network. Filters take the API's parameter syntax."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", type=Path, help="Where to write the HTML file, e.g. map.html")
        parser.add_argument("--start", help="Only features from this day (YYYY-MM-DD)")
        parser.add_argument("--end", help="Only features up to this day (YYYY-MM-DD)")
        parser.add_argument(
            "--date", help="Front lines valid on this day (default: --end, else all)"
        )
        parser.add_argument("--actor", help="Actor name, alias or id; comma-separate several")
        parser.add_argument("--kind", help="Place kinds, e.g. settlement,river")
        parser.add_argument("--min-confidence", help="Minimum geocoding confidence, 0..1")
        parser.add_argument("--bbox", help="minlon,minlat,maxlon,maxlat (EPSG:4326)")
        parser.add_argument(
            "--limit", default="5000", help="Most features per layer (default 5000)"
        )

    def handle(self, *args, **options):
        query = {
            key: options[opt]
            for key, opt in (
                ("start", "start"),
                ("end", "end"),
                ("date", "date"),
                ("actor", "actor"),
                ("kind", "kind"),
                ("min_confidence", "min_confidence"),
                ("bbox", "bbox"),
                ("limit", "limit"),
            )
            if options[opt]
        }
        try:
            filters = parse(query)
        except ParamsError as exc:
            raise CommandError(f"bad filter: {exc}") from None
        out: Path = options["out"]
        if options["verbosity"] >= 1:
            self.stdout.write(f"Exporting the map to {out} …")
        counts = export_map(out, filters)
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        size = out.stat().st_size / 1e6
        self.stdout.write(self.style.SUCCESS(f"Wrote {out} ({size:.1f} MB): {summary}"))
