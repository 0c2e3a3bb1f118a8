"""Export places (with their aliases) as GeoJSON, CSV or KML; `import_places` reads them back."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from places.importexport import FORMATS, write_places
from places.models import Place


class Command(BaseCommand):
    help = (
        "Export places and their aliases to a GeoJSON, CSV or KML file that import_places can read "
        "back."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=FORMATS, help="Output format")
        parser.add_argument(
            "--output", required=True, help="File to write ('-' for standard output)"
        )
        parser.add_argument("--curated", action="store_true", help="Only places marked curated")
        parser.add_argument(
            "--on-map",
            action="store_true",
            help="Only places the map shows (mentioned or curated), not the whole gazetteer",
        )

    def handle(self, *args, format: str, output: str, curated: bool, on_map: bool, **options):
        queryset = Place.objects.on_map() if on_map else Place.objects.all()
        if curated:
            queryset = queryset.filter(curated=True)
        queryset = Place.objects.filter(pk__in=queryset.values("pk"))
        if output == "-":
            write_places(format, self.stdout, queryset)
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = write_places(format, out, queryset, progress=options["verbosity"] > 0)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc.strerror}") from None
        self.stdout.write(self.style.SUCCESS(f"Exported {count} place(s) as {format} to {output}"))
