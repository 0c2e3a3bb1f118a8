"""Prepare the database for `make run`: migrate, gazetteer, seed fixtures, seed article.

Every step is idempotent and skips work already done, so a second `make run` starts in
seconds. Seed fixtures are loaded once: re-loading them would undo curators' edits to
seeded rows (use --reload-seeds to force it). Actors the seed table gained since are added,
with their aliases, leaving the rows the database has as they are (articles.seeding).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.models import Article
from articles.pipeline import process_articles
from articles.seeding import add_missing_actors

SEED_DIR = Path(settings.BASE_DIR) / "seeds"
SEED_FIXTURES = [
    "01_places.json",
    "02_actors.json",
    "03_articles.json",
    "04_campaigns.json",
    "05_frontlines.json",
    "06_statements.json",
]


class Command(BaseCommand):
    help = (
        "Migrate, load the offline gazetteer, load the seed fixtures and geocode/extract the "
        "seed articles. Safe to run repeatedly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reload-seeds",
            action="store_true",
            help="Load the seed fixtures again even if they were loaded before",
        )
        parser.add_argument(
            "--gazetteer-countries",
            default="",
            help="Load only these countries' gazetteer (comma-separated ISO codes)",
        )

    def handle(self, *args, reload_seeds: bool = False, gazetteer_countries: str = "", **options):
        verbosity = options["verbosity"]
        self.stdout.write(self.style.MIGRATE_HEADING("1/4 Database schema"))
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))

        self.stdout.write(self.style.MIGRATE_HEADING("2/4 Offline gazetteer"))
        gazetteer_args = ["--countries", gazetteer_countries] if gazetteer_countries else []
        call_command("load_gazetteer", *gazetteer_args, verbosity=verbosity)

        self.stdout.write(self.style.MIGRATE_HEADING("3/4 Seed fixtures"))
        if reload_seeds or not self._seeds_loaded():
            for name in SEED_FIXTURES:
                call_command("loaddata", str(SEED_DIR / name), verbosity=verbosity)
        else:
            actors, aliases = add_missing_actors(SEED_DIR / "02_actors.json")
            self.stdout.write(
                "  already loaded (use --reload-seeds to load them again)"
                + (f"; added {actors} new actors and {aliases} aliases" if actors else "")
            )

        self.stdout.write(self.style.MIGRATE_HEADING("4/4 Geocode and extract the seed articles"))
        # The fixture already holds the seed article, so ingest usually finds it a duplicate;
        # geocoding and extraction then run on whatever has not been processed yet.
        call_command(
            "ingest", str(SEED_DIR / "articles" / "seed_articles.jsonl"), verbosity=verbosity
        )
        # Failed articles wait for `process_articles --retry-failed` or the admin: a restart must
        # not spend their time budget again every time.
        unprocessed = Article.objects.to_process()
        if unprocessed.exists():
            process_articles(unprocessed, progress=verbosity > 0)
        self.stdout.write(self.style.SUCCESS("Data ready."))

    def _seeds_loaded(self) -> bool:
        return Article.objects.filter(
            outlet="Al Jazeera English", published_at__date="2016-11-06"
        ).exists()
