"""Ingest article files (text, HTML, JSON Lines, RSS/Atom), then geocode and extract the new ones."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from articles.ingest import FORMATS, expand, ingest_paths
from articles.models import Article
from articles.pipeline import process_articles


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


class Command(BaseCommand):
    help = ("Ingest articles from files, globs or folders (plain text, HTML, JSON Lines, RSS/Atom), "
            "deduplicated by content hash and URL; then geocode and extract the new articles (and any an earlier, "
            "interrupted run left unprocessed). Every bad "
            "file or line is reported and skipped; the exit status is 1 when anything was skipped.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH_OR_GLOB")
        parser.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: by extension)")
        parser.add_argument("--published", type=_date, default=None,
                            help="publication date for files that carry none (YYYY-MM-DD)")
        parser.add_argument("--no-process", action="store_true", help="only store the articles")
        parser.add_argument("--queue", action="store_true",
                            help="enqueue the files for Celery workers (`celery -A conflictmap worker`, needs "
                                 "CELERY_BROKER_URL) instead of ingesting here")

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        if options["queue"]:
            return self.enqueue(options)
        report = ingest_paths(options["paths"], options["format"], progress=verbosity > 0,
                              default_published=options["published"])
        for problem in report.skipped:
            self.stderr.write(self.style.WARNING(f"skipped {problem}"))
        for problem in report.warnings:
            self.stderr.write(self.style.WARNING(problem))
        self.stdout.write(f"Ingest: {report.files} file(s), {report.created_count} new article(s), "
                          f"{report.duplicates} duplicate(s), {len(report.skipped)} skipped")
        # Also finish articles an earlier run stored but never processed (it was killed, or --no-process).
        todo = Article.objects.filter(Q(pk__in=report.created) | Q(extracted_at__isnull=True))
        if not options["no_process"] and todo.exists():
            summary = process_articles(todo, progress=verbosity > 0)
            self.stdout.write(f"Extract: {summary.articles} article(s), {summary.actor_mentions} actor mention(s), "
                              f"{summary.statements_created} statement(s), {summary.campaigns_created} new and "
                              f"{summary.campaigns_merged} merged campaign(s), {summary.failed} failed")
        if report.skipped:
            raise CommandError(f"{len(report.skipped)} file(s) or line(s) skipped", returncode=1)
        self.stdout.write(self.style.SUCCESS("Done."))

    def enqueue(self, options) -> None:
        from conflictmap.jobs import enqueue_ingest

        files, missing = expand(options["paths"])
        for pattern in missing:
            self.stderr.write(self.style.WARNING(f"skipped {pattern}: no such file"))
        published = options["published"].isoformat() if options["published"] else None
        tasks = enqueue_ingest([str(f.resolve()) for f in files], fmt=options["format"],
                               process=not options["no_process"], published=published)
        self.stdout.write(self.style.SUCCESS(f"Queued {len(files)} file(s) in {tasks} task(s) for the workers."))
        if missing:
            raise CommandError(f"{len(missing)} path(s) not found", returncode=1)
