"""Geocode articles: store their place mentions (resumable, idempotent, keeps staff decisions)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from places.geocoding import geocode_articles


class Command(BaseCommand):
    help = ("Find and resolve the place names of articles and store them as Mention rows. "
            "Default (--pending): articles never geocoded. Re-running adds nothing; staff-confirmed "
            "or rejected mentions are never changed; commits in small batches, so a killed run resumes.")

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every article (updates mentions in place).")
        which.add_argument("--article", type=int, metavar="ID", help="One article by id.")
        which.add_argument("--pending", action="store_true", help="Articles never geocoded (default).")
        parser.add_argument("--redo", action="store_true",
                            help="Also remove machine mentions the geoparser no longer finds.")
        parser.add_argument("--queue", action="store_true",
                            help="Enqueue the articles in batches for Celery workers (`celery -A conflictmap "
                                 "worker`, needs CELERY_BROKER_URL) instead of geocoding here.")

    def handle(self, *args, **options) -> None:
        if options["article"] is not None:
            articles = list(Article.objects.filter(pk=options["article"]))
            if not articles:
                raise CommandError(f"no article with id {options['article']}")
        elif options["all"]:
            articles = Article.objects.order_by("pk")
        else:
            articles = None
        if options["queue"]:
            from conflictmap.jobs import enqueue_geocoding

            pending = articles is None
            ids = [a.pk for a in (Article.objects.filter(geocoded_at__isnull=True).order_by("pk") if pending
                                  else articles)]
            tasks = enqueue_geocoding(ids, redo=options["redo"], only_pending=pending)
            self.stdout.write(self.style.SUCCESS(f"Queued {len(ids)} article(s) in {tasks} task(s) for the workers."))
            return
        summary = geocode_articles(articles, redo=options["redo"], progress=options["verbosity"] >= 1)
        style = self.style.WARNING if summary.failed else self.style.SUCCESS
        self.stdout.write(style(str(summary)))
