"""Import events from an ACLED or UCDP GED CSV export (see articles/event_import.py)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.event_import import BATCH, MISMATCH_KM, import_events
from articles.event_sources import FORMATS
from places.readers import ImportFileError, ImportReport


class Command(BaseCommand):
    help = (
        "Import conflict events from FILE, a CSV export of ACLED (event_id_cnty, event_date, "
        "actor1, actor2, location, latitude, longitude, geo_precision, fatalities, notes…) or "
        "UCDP GED (id, date_start, date_end, side_a, side_b, where_coordinates, latitude, "
        "longitude, where_prec, best, source_article…). Events are matched on the dataset's id, "
        "so importing again adds nothing and updates changed rows. Actors are matched to ours "
        "by name or alias (unknown ones are created); places by name near the coordinates, and "
        f"an event whose named place is over {MISMATCH_KM:.0f} km from its coordinates is "
        "flagged for review in the admin. A file without the format's columns is refused; a "
        "bad row is reported and skipped (exit status 1)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV export")
        parser.add_argument(
            "--format", required=True, choices=tuple(FORMATS), help="Which dataset exported it"
        )

    def handle(self, *args, file: str, format: str, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        show = options["verbosity"] > 0
        # Rows, roughly: lines after the header (a quoted note may span lines).
        total = max(0, data.count(b"\n") - 1) if show else 0
        progress = self._progress(total) if show else None
        try:
            report, created_actors = import_events(data, format, progress=progress)
        except ImportFileError as exc:
            raise CommandError(f"{path}: {exc}. Nothing was imported.") from None
        finally:
            if progress is not None:
                progress.close()
        for line in report.lines():
            self.stderr.write(self.style.WARNING(line))
        if created_actors:
            names = ", ".join(created_actors[:20]) + (" …" if len(created_actors) > 20 else "")
            self.stdout.write(f"{len(created_actors)} new actor(s): {names}")
        style = self.style.SUCCESS if report.ok else self.style.NOTICE
        self.stdout.write(style(report.summary()))
        if report.errors:
            raise CommandError(f"{len(report.errors)} bad row(s) skipped (see above)", returncode=1)

    def _progress(self, total: int):
        """A progress bar on a terminal; otherwise one line per batch of BATCH rows."""
        if sys.stderr.isatty():
            return _Bar(total)
        return _Lines(self.stdout, total)


class _Bar:
    def __init__(self, total: int):
        from tqdm import tqdm

        self.bar = tqdm(total=total or None, unit=" rows", desc=f"events (batches of {BATCH})")
        self.done = 0

    def __call__(self, done: int, report: ImportReport) -> None:
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        self.bar.close()


class _Lines:
    def __init__(self, out, total: int):
        self.out, self.total, self.started = out, total, time.monotonic()

    def __call__(self, done: int, report: ImportReport) -> None:
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = f", ETA {(self.total - done) / rate:.0f} s" if rate and done < self.total else ""
        self.out.write(
            f"events: {done} of ~{self.total} rows, {rate:.0f} rows/s{eta} "
            f"({report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.errors)} bad)"
        )

    def close(self) -> None:
        pass
