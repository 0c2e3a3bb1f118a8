"""manage.py import_control FILE [--source-name NAME] [--date YYYY-MM-DD] [--side VALUE=ACTOR]
[--sides A,B]: a control layer (GeoJSON, KML, KMZ) as assessed observations and front lines."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from articles.control_files import read_bytes
from articles.control_import import import_control
from places.readers import ImportFileError


def day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date must be YYYY-MM-DD, not {value!r}") from None


class Command(BaseCommand):
    help = (
        "Import a control layer (GeoJSON, KML or KMZ in WGS84) as published by map projects: "
        "polygons become assessed area observations, points settlement observations (matched "
        "to the gazetteer place of that name nearby), lines front-line versions. Each feature's "
        "date comes from its date property, the collection's date, --date, or the file name. "
        "Bad features are reported and skipped (exit status 1); re-importing changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--source-name", default="", help="Who published the layer")
        parser.add_argument("--date", type=day, help="The day of features without their own")
        parser.add_argument(
            "--side",
            action="append",
            default=[],
            metavar="VALUE=ACTOR",
            help="Map a property value or a #rrggbb style colour to an actor (repeatable)",
        )
        parser.add_argument("--sides", help="A,B: the two sides of lines without side_a/side_b")

    def handle(self, *args, file, source_name, date, side, sides, **options):
        side_map = {}
        for item in side:
            value, sep, actor = item.partition("=")
            if not sep or not value.strip() or not actor.strip():
                raise CommandError(f"--side must be VALUE=ACTOR, not {item!r}")
            side_map[value.strip()] = actor.strip()
        line_sides = tuple(s.strip() for s in sides.split(",")) if sides else None
        if line_sides and len(line_sides) != 2:
            raise CommandError("--sides must name two actors: A,B")

        def progress(done: int, total: int) -> None:
            self.stdout.write(f"{done}/{total} features read")

        try:
            report = import_control(
                file,
                read_bytes(file),
                source_name=source_name,
                default_day=date,
                side_map=side_map,
                line_sides=line_sides,
                progress=progress,
            )
        except (ImportFileError, ValueError) as exc:
            raise CommandError(f"{file}: {exc}") from None
        for number, reason in report.errors:
            self.stderr.write(self.style.WARNING(f"feature {number}: {reason}"))
        self.stdout.write(
            (self.style.NOTICE if report.errors else self.style.SUCCESS)(report.summary())
        )
        if report.errors:
            raise CommandError(f"{len(report.errors)} bad feature(s) skipped", returncode=1)
