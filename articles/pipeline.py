"""Process articles: geocode (Mention rows) then extract and store actors, statements and campaigns.

Storing (articles/extraction_store.py) is an upsert that never overwrites a curator's rows.

Each article is processed in one transaction, within the limits of articles/limits.py (at most
ARTICLE_PROCESS_LIMIT_BYTES of its text, ARTICLE_PROCESS_TIME_LIMIT_SECONDS of time): it ends
`processed` with all its results, or `failed` with its error and none of them. Its attempt is
counted (and committed) before it starts, so an article that kills the process (out of memory) is
not retried ahead of new work, and is marked failed after ARTICLE_PROCESS_MAX_ATTEMPTS.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from articles.control_store import store_control
from articles.extraction import (
    ActorDictionary,
    Extraction,
    default_dictionary,
    extract,
)
from articles.extraction_store import (
    create_new_actors,
    located_places,
    store_actor_mentions,
    store_campaigns,
    store_statements,
)
from articles.geocoding import (
    TRANSIENT_RETRIES,
    GeocodeSummary,
    geocode_article,
    is_transient,
    mark_failed,
    staff_decisions,
)
from articles.limits import (
    ProcessingTimeout,
    TimeBudget,
    Window,
    processing_window,
    unlimited,
)
from articles.models import (
    Actor,
    Article,
)
from places.geoparser import get_geoparser
from places.nlp import CACHE_SIZE, parse_batch
from places.online import OnlineGeocoder
from places.online import enabled as online_enabled

logger = logging.getLogger(__name__)
# Articles parsed together ahead of their processing: all of them stay kept for their turn.
PARSE_BATCH = CACHE_SIZE
BATCH_SIZE = 50


@dataclass
class ProcessSummary:
    articles: int = 0
    actor_mentions: int = 0
    actors_created: int = 0
    statements_created: int = 0
    statements_filled: int = 0
    campaigns_created: int = 0
    campaigns_merged: int = 0
    control_observations: int = 0
    failed: int = 0
    failures: list = dataclasses.field(default_factory=list)  # [article id, title, error]
    truncated: list = dataclasses.field(default_factory=list)  # [article id, title, note]

    def add_counts(self, other: ProcessSummary) -> None:
        """Add another summary's row counts (one article's, once its transaction committed)."""
        for name in (
            "actor_mentions",
            "actors_created",
            "statements_created",
            "statements_filled",
            "campaigns_created",
            "campaigns_merged",
            "control_observations",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def report_lines(self) -> tuple[list[str], list[str]]:
        """(notes, problems) for a command's output: articles processed only in part, failures."""
        notes = [
            f"article {pk} \u201c{title}\u201d: {note} (ARTICLE_PROCESS_LIMIT_BYTES)"
            for pk, title, note in self.truncated
        ]
        problems = [
            f"article {pk} \u201c{title}\u201d failed: {error}"
            for pk, title, error in self.failures
        ]
        return notes, problems


def extract_article(
    article: Article,
    dictionary: ActorDictionary,
    summary: ProcessSummary | None = None,
    budget: TimeBudget | None = None,
) -> Extraction:
    """Extract one article's processing window and store the results (idempotent)."""
    summary = summary or ProcessSummary()
    budget = budget or unlimited()
    places = located_places(article)
    text = article.text[: processing_window(article.text).end]
    with budget.interrupting("extraction"):
        result = extract(
            text,
            published=article.published_at.date(),
            dictionary=dictionary,
            places=places or None,
        )
    with transaction.atomic():
        create_new_actors(article, result, summary, budget)
        actors = {
            a.name: a
            for a in Actor.objects.filter(
                name__in={m.actor for m in result.actors}
                | {s.actor for s in result.statements if s.actor}
                | {n for c in result.campaigns for n in c.attackers + c.opponents}
            )
        }
        store_actor_mentions(article, result, actors, summary)
        store_statements(article, result, actors, places, summary, budget)
        store_campaigns(article, result, actors, places, summary, budget)
        summary.control_observations += store_control(article, result)
        Article.objects.filter(pk=article.pk).update(extracted_at=timezone.now())
    return result


@dataclass
class _Tools:
    """What every article of a run shares, built once (the geoparser, staff decisions, actors)."""

    parser: object
    decisions: object
    dictionary: ActorDictionary
    online: OnlineGeocoder | None
    geocoded: GeocodeSummary

    @classmethod
    def build(cls) -> _Tools:
        return cls(
            get_geoparser(),
            staff_decisions(),
            default_dictionary(),
            OnlineGeocoder() if online_enabled() else None,
            GeocodeSummary(),
        )


def _article_ids(articles) -> list[int]:
    """Ids in processing order: a queryset's new work first; a list's order as given."""
    if hasattr(articles, "values_list"):
        return list(articles.order_by("processing_attempts", "pk").values_list("pk", flat=True))
    return [a if isinstance(a, int) else a.pk for a in articles]


def _out_of_attempts(article: Article, summary: ProcessSummary) -> None:
    """Mark failed an article started that often and never finished: it kills the process
    (memory?) or kept failing."""
    error = mark_failed(
        article,
        "processing",
        RuntimeError(
            f"{article.processing_attempts} attempts were interrupted or failed "
            "(ARTICLE_PROCESS_MAX_ATTEMPTS); retry it from the admin"
        ),
        count_attempt=False,
    )
    summary.failed += 1
    summary.failures.append([article.pk, article.title[:80], error])


def _extract_and_finish(
    article: Article, tools: _Tools, budget: TimeBudget
) -> tuple[ProcessSummary, Window]:
    """Extract a geocoded article and mark it processed (inside its transaction); its row counts,
    to be added to the run's summary only if the article commits, and its processing window."""
    counts = ProcessSummary()
    extract_article(article, tools.dictionary, counts, budget)
    window = processing_window(article.text)
    Article.objects.filter(pk=article.pk).update(
        processing_status=Article.ProcessingStatus.PROCESSED,
        processing_error="",
        processing_attempts=0,
        processed_chars=window.end,
        processing_note=window.note,
    )
    return counts, window


def process_article(pk: int, tools: _Tools, summary: ProcessSummary) -> None:
    """Geocode (if not yet) and extract one article in one transaction, within its limits: all of
    it or nothing. A transaction aborted by a collision with another worker is run again."""
    article = Article.objects.filter(pk=pk).first()  # one text in memory at a time
    if article is None:
        return
    if article.processing_attempts >= settings.ARTICLE_PROCESS_MAX_ATTEMPTS:
        _out_of_attempts(article, summary)
        return
    # Counted before the work and committed on its own, so a crash still counts as an attempt.
    Article.objects.filter(pk=pk).update(processing_attempts=F("processing_attempts") + 1)
    article.processing_attempts += 1
    budget = TimeBudget.per_article()
    for retry in range(TRANSIENT_RETRIES + 1):
        stage = "geocoding"
        try:
            with transaction.atomic():
                if retry:  # a fresh copy: the rolled-back try changed ours (its geocoded_at)
                    article = Article.objects.get(pk=pk)
                if article.geocoded_at is None:
                    geocode_article(
                        article,
                        tools.parser,
                        tools.decisions,
                        redo=False,
                        summary=tools.geocoded,
                        online=tools.online,
                        budget=budget,
                    )
                stage = "extraction"
                counts, window = _extract_and_finish(article, tools, budget)
            break
        except Exception as exc:  # one bad article is marked failed and logged; the run goes on
            if is_transient(exc) and retry < TRANSIENT_RETRIES:
                logger.info("%s of article %s collided with another worker: %s", stage, pk, exc)
                continue
            # A spent budget is no bug: the error says it all. Anything else gets its traceback.
            logger.warning(
                "%s failed for article %s: %s",
                stage,
                pk,
                exc,
                exc_info=not isinstance(exc, ProcessingTimeout),
            )
            summary.failed += 1
            summary.failures.append(
                [pk, article.title[:80], mark_failed(article, stage, exc, count_attempt=False)]
            )
            return
    summary.articles += 1
    summary.add_counts(counts)
    if window.truncated:
        summary.truncated.append([pk, article.title[:80], window.note])


def process_articles(
    articles=None, *, retry_failed: bool = False, progress: bool = False
) -> ProcessSummary:
    """Geocode, then extract, each of `articles` (a queryset, or a list of articles or ids, taken in
    that order); None = the queue: articles not yet processed, new work first, failed ones only
    with `retry_failed` (and while they have attempts left)."""
    if articles is None:
        articles = Article.objects.to_process(retry_failed=retry_failed)
    ids = _article_ids(articles)
    summary = ProcessSummary()
    if not ids:
        return summary
    from conflictmap.progress import Progress
    from places.warm_up import warm_up

    if progress:
        warm_up()  # says what loads, so the pause before the first article is explained
    tools = _Tools.build()
    bar = Progress(
        "process (geocode + extract)", total=len(ids), unit="articles", every=20, enabled=progress
    )
    for position, pk in enumerate(bar.iterate(ids)):
        if position % PARSE_BATCH == 0:
            _parse_ahead(ids[position : position + PARSE_BATCH])
        process_article(pk, tools, summary)
    return summary


def _parse_ahead(ids: list[int]) -> None:
    """Parse the next few articles' texts together, so geocoding and extraction each find their
    article's parse kept (one parse per article, and batches cost less CPU than single texts)."""
    texts = []
    for text in Article.objects.filter(pk__in=ids).values_list("text", flat=True).iterator():
        texts.append(text[: processing_window(text).end])
    try:
        parse_batch(texts)
    except Exception:  # each article then parses on its own, inside its own error handling
        logger.warning("parsing %d articles ahead failed", len(ids), exc_info=True)


def skipped_failed_message(count: int, retry_failed: bool) -> str:
    """What a run tells about the failed articles it left alone."""
    if retry_failed:
        return (
            f"{count} failed article(s) skipped: out of attempts (ARTICLE_PROCESS_MAX_ATTEMPTS); "
            'retry them with the admin\'s "Retry processing" action'
        )
    return (
        f"{count} failed article(s) skipped; retry them with --retry-failed or the admin's "
        '"Retry processing" action'
    )


def run_and_report(command, ids: list[int], retry_failed: bool, verbosity: int) -> int:
    """Process `ids` in order for a management command and write what happened; the failures."""
    left_alone = Article.objects.failed_left_alone(retry_failed=retry_failed).count()
    failed = 0
    if ids:
        summary = process_articles(ids, progress=verbosity > 0)
        command.stdout.write(
            f"Extract: {summary.articles} article(s), {summary.actor_mentions} actor mention(s), "
            f"{summary.statements_created} statement(s), {summary.campaigns_created} new and "
            f"{summary.campaigns_merged} merged campaign(s), {summary.failed} failed"
        )
        notes, problems = summary.report_lines()
        for line in notes:
            command.stdout.write(f"  {line}")
        for line in problems:
            command.stderr.write(command.style.WARNING(f"  {line}"))
        failed = summary.failed
    if left_alone:
        command.stdout.write(skipped_failed_message(left_alone, retry_failed))
    return failed


__all__ = [
    "ProcessSummary",
    "extract_article",
    "process_article",
    "process_articles",
    "run_and_report",
    "skipped_failed_message",
]
