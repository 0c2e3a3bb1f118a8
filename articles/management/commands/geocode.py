"""Geocode articles: store their place mentions (resumable, idempotent, keeps staff decisions)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError

from articles.geocoding import geocode_articles
from articles.models import Article
from articles.pipeline import skipped_failed_message


class Command(BaseCommand):
    help = (
        "Find and resolve the place names of articles and store them as Mention rows. Default "
        "(--pending): articles never geocoded and not failed. Re-running adds nothing; "
        "staff-confirmed or rejected mentions are never changed; commits in small batches, so a "
        "killed run resumes."
    )

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--all", action="store_true", help="Every article (updates mentions in place)."
        )
        which.add_argument("--article", type=int, metavar="ID", help="One article by id.")
        which.add_argument(
            "--pending", action="store_true", help="Articles never geocoded (default)."
        )
        parser.add_argument(
            "--redo",
            action="store_true",
            help="Also remove machine mentions the geoparser no longer finds.",
        )
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="Also take articles whose processing failed (--pending, --all), after the others "
            "and up to ARTICLE_PROCESS_MAX_ATTEMPTS attempts each. Without it they are "
            "skipped; --article always takes the one asked for.",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Enqueue the articles in batches for Celery workers (`celery -A conflictmap "
            "worker`, needs CELERY_BROKER_URL) instead of geocoding here.",
        )

    def handle(self, *args, **options) -> None:
        retry_failed = options["retry_failed"]
        articles, left_alone = self.selection(options)
        if options["queue"]:
            from articles.queueing import queue_geocoding

            ids = (
                list(articles.values_list("pk", flat=True))
                if hasattr(articles, "values_list")
                else [a.pk for a in articles]
            )
            pending = not options["all"] and options["article"] is None
            tasks = queue_geocoding(
                ids, redo=options["redo"], only_pending=pending, retry_failed=retry_failed
            )
            self.stdout.write(
                self.style.SUCCESS(
                    f"Queued {len(ids)} article(s) in {tasks} task(s) for the workers."
                )
            )
        else:
            try:
                summary = geocode_articles(
                    articles, redo=options["redo"], progress=options["verbosity"] >= 1
                )
            except OperationalError as exc:  # another session kept the database busy
                raise CommandError(
                    f"the database stayed busy ({exc}); the batches committed before are kept, "
                    "run the command again to go on"
                ) from exc
            style = self.style.WARNING if summary.failed else self.style.SUCCESS
            self.stdout.write(style(str(summary)))
            for pk, title, error in summary.failures:
                self.stderr.write(
                    self.style.WARNING(f"  article {pk} \u201c{title}\u201d failed: {error}")
                )
        if left_alone:
            self.stdout.write(skipped_failed_message(left_alone, retry_failed))

    def selection(self, options):
        """The articles to geocode, in order (new work first), and how many failed ones are left
        alone.
        """
        retry_failed = options["retry_failed"]
        skipped = Article.objects.failed_left_alone(retry_failed=retry_failed)
        if options["article"] is not None:
            articles = list(Article.objects.filter(pk=options["article"]))
            if not articles:
                raise CommandError(f"no article with id {options['article']}")
            return articles, 0
        if options["all"]:
            everything = Article.objects.exclude(pk__in=skipped.values("pk")).order_by(
                "processing_attempts", "pk"
            )
            return everything, skipped.count()
        return Article.objects.to_geocode(retry_failed=retry_failed), skipped.filter(
            geocoded_at__isnull=True
        ).count()
