"""Poll the enabled RSS/Atom feeds (or one) now: store their new articles, then process them."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from articles.feeds import poll_feed
from articles.models import Article, Feed
from articles.pipeline import run_and_report


class Command(BaseCommand):
    help = (
        "Poll RSS/Atom feeds now (every enabled feed, or the one given with --feed): download each "
        "new item's page, extract its text, skip links already stored and near-duplicate texts, "
        "store the rest, then geocode and extract them. One line per feed; every failed item is "
        "reported and the poll goes on. The exit status is 1 when any item or feed failed. With "
        "a Celery broker, beat polls each feed on its own interval instead (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--feed", type=int, metavar="ID", help="poll only this feed (also when disabled)"
        )
        parser.add_argument("--no-process", action="store_true", help="only store the articles")

    def handle(self, *args, **options):
        if options["feed"] is not None:
            feeds = list(Feed.objects.filter(pk=options["feed"]))
            if not feeds:
                raise CommandError(f"no feed with id {options['feed']}")
        else:
            feeds = list(Feed.objects.filter(enabled=True))
            if not feeds:
                self.stdout.write("No enabled feeds; add one in the admin (Articles › Feeds).")
                return
        created: list[int] = []
        errors = 0
        for number, feed in enumerate(feeds, 1):
            self.stdout.write(f"[{number}/{len(feeds)}] polling {feed.url} …")
            report = poll_feed(feed, process=False, progress=options["verbosity"] > 0)
            self.stdout.write(f"  {report.line()}")
            for line in report.warnings:
                self.stdout.write(f"  {line}")
            for line in report.errors:
                self.stderr.write(self.style.WARNING(f"  error: {line}"))
            if feed.failed_polls:
                self.stderr.write(
                    self.style.WARNING(
                        f"  the feed failed {feed.failed_polls} poll(s) in a row; Celery beat "
                        f"polls it next at {feed.next_poll_at:%Y-%m-%d %H:%M} UTC "
                        f"(waits double after each failure, up to FEED_BACKOFF_MAX_MINUTES)"
                    )
                )
            created += report.created
            errors += len(report.errors)
        failed = 0
        if not options["no_process"]:
            # This run's articles first, then any an interrupted earlier run left unprocessed.
            earlier = Article.objects.to_process().exclude(pk__in=created)
            ids = created + list(earlier.values_list("pk", flat=True))
            failed = run_and_report(self, ids, False, options["verbosity"])
        problems = [f"{errors} item(s) or feed(s) failed"] if errors else []
        problems += [f"{failed} article(s) failed processing"] if failed else []
        if problems:
            raise CommandError("; ".join(problems), returncode=1)
        self.stdout.write(self.style.SUCCESS(f"Done: {len(created)} new article(s)."))
