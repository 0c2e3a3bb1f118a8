"""Geocode and extract the articles still to process: new work first, failed ones only when
asked.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from articles.pipeline import run_and_report


class Command(BaseCommand):
    help = (
        "Geocode and extract every article not processed yet (stored with `ingest --no-process`, "
        'left by a killed run, or re-queued with the admin\'s "Retry processing"), each within '
        "the processing limits (ARTICLE_PROCESS_LIMIT_BYTES, ARTICLE_PROCESS_TIME_LIMIT_SECONDS). "
        "Failed articles are skipped unless --retry-failed; the exit status is 1 when an article "
        "failed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="also retry failed articles, after the others, up to ARTICLE_PROCESS_MAX_ATTEMPTS "
            "attempts each",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="enqueue the articles in batches for Celery workers (needs CELERY_BROKER_URL)",
        )

    def handle(self, *args, **options) -> None:
        retry_failed = options["retry_failed"]
        ids = list(
            Article.objects.to_process(retry_failed=retry_failed).values_list("pk", flat=True)
        )
        if options["queue"]:
            from articles.queueing import queue_processing

            tasks = queue_processing(ids, retry_failed=retry_failed)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Queued {len(ids)} article(s) in {tasks} task(s) for the workers."
                )
            )
            return
        failed = run_and_report(self, ids, retry_failed, options["verbosity"])
        if failed:
            raise CommandError(f"{failed} article(s) failed", returncode=1)
        self.stdout.write(self.style.SUCCESS("Done."))
