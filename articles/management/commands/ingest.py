"""Ingest article files (text, HTML, JSON Lines, RSS/Atom), then geocode and extract the new
ones.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from articles.ingest import FORMATS, expand, ingest_paths
from articles.models import Article
from articles.pipeline import run_and_report


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


class Command(BaseCommand):
    help = (
        "Ingest articles from files, globs or folders (plain text, HTML, JSON Lines, RSS/Atom), "
        "deduplicated by content hash and URL; then geocode and extract the new articles (and any "
        "an earlier, interrupted run left unprocessed). Every bad file or line is reported and "
        "skipped; the exit status is 1 when anything was skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH_OR_GLOB")
        parser.add_argument(
            "--format", choices=FORMATS, default="auto", help="input format (default: by extension)"
        )
        parser.add_argument(
            "--published",
            type=_date,
            default=None,
            help="publication date of every article ingested (YYYY-MM-DD); without it, a "
            "'Date:' header, the feed's or page's date or the dateline "
            "('KYIV, May 14 (Reuters) -') is used; an article with none is skipped (the file's "
            "modification time is when it was copied, not published)",
        )
        parser.add_argument("--no-process", action="store_true", help="only store the articles")
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="also retry articles whose processing failed before (after the new ones, up to "
            "ARTICLE_PROCESS_MAX_ATTEMPTS attempts each)",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="enqueue the files for Celery workers (`celery -A conflictmap worker`, needs "
            "CELERY_BROKER_URL) instead of ingesting here",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        if options["queue"]:
            self.enqueue(options)
            return
        report = ingest_paths(
            options["paths"],
            options["format"],
            progress=verbosity > 0,
            default_published=options["published"],
        )
        for problem in report.skipped:
            self.stderr.write(self.style.WARNING(f"skipped {problem}"))
        for problem in report.warnings:
            self.stderr.write(self.style.WARNING(problem))
        self.stdout.write(
            f"Ingest: {report.files} file(s), {report.created_count} new article(s), "
            f"{report.duplicates} duplicate(s), {len(report.skipped)} skipped"
        )
        failed = 0
        if not options["no_process"]:
            failed = self.process(report.created, options["retry_failed"], verbosity)
        problems = [f"{len(report.skipped)} file(s) or line(s) skipped"] if report.skipped else []
        problems += [f"{failed} article(s) failed"] if failed else []
        if problems:
            raise CommandError("; ".join(problems), returncode=1)
        self.stdout.write(self.style.SUCCESS("Done."))

    def process(self, created: list[int], retry_failed: bool, verbosity: int) -> int:
        """Process this run's new articles first, then what earlier runs left (killed,
        --no-process), then, if asked, failed ones; returns how many failed.
        """
        earlier = Article.objects.to_process(retry_failed=retry_failed).exclude(pk__in=created)
        return run_and_report(
            self, created + list(earlier.values_list("pk", flat=True)), retry_failed, verbosity
        )

    def enqueue(self, options) -> None:
        from conflictmap.jobs import enqueue_ingest

        files, missing = expand(options["paths"])
        for pattern in missing:
            self.stderr.write(self.style.WARNING(f"skipped {pattern}: no such file"))
        published = options["published"].isoformat() if options["published"] else None
        tasks = enqueue_ingest(
            [str(f.resolve()) for f in files],
            fmt=options["format"],
            process=not options["no_process"],
            published=published,
        )
        self.stdout.write(
            self.style.SUCCESS(f"Queued {len(files)} file(s) in {tasks} task(s) for the workers.")
        )
        if options["retry_failed"] and not options["no_process"]:
            from articles.queueing import queue_processing

            retry = list(Article.objects.retryable().order_by("pk").values_list("pk", flat=True))
            tasks = queue_processing(retry, retry_failed=True)
            self.stdout.write(f"Queued {len(retry)} failed article(s) to retry in {tasks} task(s).")
        if missing:
            raise CommandError(f"{len(missing)} path(s) not found", returncode=1)
