"""Process articles: geocode (Mention rows) then extract and store actors, statements and campaigns.

Storing is an upsert that never overwrites a curator: ActorMentions on (article, start, end),
Statements on (article, start), Campaigns by name or by the same attacker and target. Existing rows
— including those loaded from the curated seed fixtures — only get their empty fields filled.

Each article is processed in one transaction, within the limits of articles/limits.py (at most
ARTICLE_PROCESS_LIMIT_BYTES of its text, ARTICLE_PROCESS_TIME_LIMIT_SECONDS of time): it ends
`processed` with all its results, or `failed` with its error and none of them. Its attempt is
counted (and committed) before it starts, so an article that kills the process (out of memory) is
not retried ahead of new work, and is marked failed after ARTICLE_PROCESS_MAX_ATTEMPTS.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from articles.control_store import store_control
from articles.extraction import (
    ActorDictionary,
    Extraction,
    PlaceRecord,
    default_dictionary,
    extract,
)
from articles.extraction.campaigns import CampaignRecord
from articles.geocoding import GeocodeSummary, geocode_article, mark_failed, staff_decisions
from articles.limits import (
    ProcessingTimeout,
    TimeBudget,
    Window,
    processing_window,
    unlimited,
)
from articles.models import (
    Actor,
    ActorAlias,
    ActorMention,
    Article,
    Campaign,
    CampaignSource,
    DatePrecision,
    Mention,
    Statement,
)
from places.geoparser import get_geoparser
from places.models import Place
from places.nlp import CACHE_SIZE, parse_batch
from places.normalize import name_key
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


def _located_places(article: Article) -> list[PlaceRecord]:
    mentions = Mention.objects.located().filter(article=article).select_related("place")
    return [
        PlaceRecord(
            m.start, m.end, m.text, m.place.name, m.place.lat, m.place.lon, m.place_id, m.place.kind
        )
        for m in mentions
    ]


def _main_place(places: list[PlaceRecord]) -> int | None:
    """The place the article is about: the most mentioned town or region (a country only when the
    article names nothing smaller), the earliest on a tie."""
    if not places:
        return None
    smaller = [p for p in places if p.kind and p.kind != Place.Kind.COUNTRY]
    pool = smaller or places
    counts = Counter(p.place_id for p in pool)
    best = max(counts.values())
    return next(p.place_id for p in pool if counts[p.place_id] == best)


def _place_for(name: str, spans: list[tuple[int, int]], places: list[PlaceRecord]) -> Place | None:
    for start, end in spans:
        for place in places:
            if place.start < end and start < place.end and place.place_id:
                return Place.objects.filter(pk=place.place_id).first()
    # Without a mention there: the gazetteer by name, the most populous first.
    return Place.objects.matching(name).order_by("-population").first()


def _target_places(record: CampaignRecord, places: list[PlaceRecord]) -> list[Place]:
    """The place of each of the campaign's targets: the place geocoded at that target's own span
    (the record keeps one span per target), else the gazetteer's by name."""
    if len(record.target_spans) == len(record.targets):
        spans = [[span] for span in record.target_spans]
    else:  # a record built without spans for every target: any of its spans may hold each
        spans = [record.target_spans] * len(record.targets)
    found = (_place_for(name, own, places) for name, own in zip(record.targets, spans, strict=True))
    return list(dict.fromkeys(place for place in found if place))


def _store_actor_mentions(
    article: Article, result: Extraction, actors: dict[str, Actor], summary
) -> None:
    existing = set(ActorMention.objects.filter(article=article).values_list("start", "end"))
    rows = []
    for match in result.actors:
        actor = actors.get(match.actor)
        if actor is None or (match.start, match.end) in existing:
            continue
        sentence = _sentence_of(result, match.start)
        rows.append(
            ActorMention(
                article=article,
                actor=actor,
                start=match.start,
                end=match.end,
                text=match.text[:200],
                sentence_start=sentence[0],
                sentence_end=sentence[1],
            )
        )
    ActorMention.objects.bulk_create(rows, ignore_conflicts=True)
    summary.actor_mentions += len(rows)


def _sentence_of(result: Extraction, position: int) -> tuple[int | None, int | None]:
    from articles.extraction.sentences import enclosing

    span = enclosing(result.sentences, position)
    return (span.start, span.end) if span else (None, None)


def _store_statements(
    article: Article,
    result: Extraction,
    actors: dict[str, Actor],
    places: list[PlaceRecord],
    summary,
    budget: TimeBudget,
) -> None:
    main_place = _main_place(places)
    by_start = sorted(places, key=lambda p: p.start)
    starts = [p.start for p in by_start]
    for record in result.statements:
        budget.check("storing statements")
        # The places inside the quote (bisect: a long article has thousands of both).
        inside = by_start[bisect_left(starts, record.start) : bisect_right(starts, record.end)]
        own = sorted({p.place_id for p in inside if p.end <= record.end and p.place_id})
        place_ids = own or ([main_place] if main_place else [])
        actor = actors.get(record.actor) if record.actor else None
        statement = Statement.objects.filter(article=article, start=record.start).first()
        if statement is None:
            statement = Statement.objects.create(
                article=article,
                quote=record.quote,
                start=record.start,
                end=record.end,
                sentence_start=record.sentence_start,
                sentence_end=record.sentence_end,
                speaker_name=record.speaker[:200],
                speaker_role=record.role[:300],
                speaker_actor=actor,
                said_on=record.said_on or article.published_at.date(),
                date_precision=record.date_precision if record.said_on else DatePrecision.DAY,
            )
            statement.places.set(place_ids)
            summary.statements_created += 1
            continue
        # A curated row (fixture or admin): fill only what is empty.
        changed = []
        for field, value in (
            ("speaker_name", record.speaker[:200]),
            ("speaker_role", record.role[:300]),
            ("sentence_start", record.sentence_start),
            ("sentence_end", record.sentence_end),
            ("said_on", record.said_on or article.published_at.date()),
        ):
            if getattr(statement, field) in ("", None) and value not in ("", None):
                setattr(statement, field, value)
                changed.append(field)
        if statement.speaker_actor_id is None and actor is not None:
            statement.speaker_actor = actor
            changed.append("speaker_actor")
        if changed:
            statement.save(update_fields=changed)
        if place_ids and not statement.places.exists():
            statement.places.set(place_ids)
            changed.append("places")
        if changed:
            summary.statements_filled += 1


def _origin_place(name: str, places: list[PlaceRecord]) -> Place | None:
    """The place the text says a campaign came from: the article's resolved mention of that
    name, else the gazetteer's most populous place of the name."""
    key = name_key(name)
    for place in places:
        if place.place_id and name_key(place.text) == key:
            return Place.objects.filter(pk=place.place_id).first()
    return _place_for(name, [], places)


def _store_end(campaign: Campaign, record: CampaignRecord) -> None:
    """The end the text reports (the target taken, a halt, a withdrawal), when the campaign
    has none yet: a curator's end date is never moved."""
    if record.ended_on is None or campaign.ended_on is not None:
        return
    if campaign.started_on and record.ended_on < campaign.started_on:
        return
    campaign.ended_on, campaign.end_precision = record.ended_on, DatePrecision.DAY
    campaign.status = Campaign.Status.ENDED
    campaign.save(update_fields=["ended_on", "end_precision", "status"])


def _find_campaign(
    record: CampaignRecord, attackers: list[Actor], targets: list[Place]
) -> Campaign | None:
    by_name = Campaign.objects.filter(name__iexact=record.name).first()
    if by_name:
        return by_name
    for campaign in Campaign.objects.filter(name__isnull=False).only("pk", "name"):
        if name_key(campaign.name) == name_key(record.name):
            return campaign
    if attackers and targets:
        return (
            Campaign.objects.filter(attackers__in=attackers, targets__in=targets).distinct().first()
        )
    return None


def _store_campaigns(
    article: Article,
    result: Extraction,
    actors: dict[str, Actor],
    places: list[PlaceRecord],
    summary,
    budget: TimeBudget,
) -> None:
    for record in result.campaigns:
        budget.check("storing campaigns")
        attackers = [actors[name] for name in record.attackers if name in actors]
        opponents = [actors[name] for name in record.opponents if name in actors]
        targets = _target_places(record, places)
        campaign = _find_campaign(record, attackers, targets)
        origin = _origin_place(record.origin, places) if record.origin else None
        if campaign is None:
            campaign = Campaign.objects.create(
                name=record.name[:200],
                named=record.named,
                started_on=record.started_on,
                date_precision=record.date_precision,
                origin=origin,
            )
            campaign.attackers.set(attackers)
            campaign.targets.set(targets)
            campaign.opponents.set(opponents)
            summary.campaigns_created += 1
        else:
            if campaign.started_on is None and record.started_on is not None:
                campaign.started_on, campaign.date_precision = (
                    record.started_on,
                    record.date_precision,
                )
                campaign.save(update_fields=["started_on", "date_precision"])
            if attackers and not campaign.attackers.exists():
                campaign.attackers.set(attackers)
            if targets and not campaign.targets.exists():
                campaign.targets.set(targets)
            if opponents and not campaign.opponents.exists():
                campaign.opponents.set(opponents)
            if origin is not None and campaign.origin_id is None:
                campaign.origin = origin
                campaign.save(update_fields=["origin"])
            summary.campaigns_merged += 1
        _store_end(campaign, record)
        CampaignSource.objects.get_or_create(
            campaign=campaign,
            article=article,
            defaults={"sentence_start": record.sentence_start, "sentence_end": record.sentence_end},
        )


# Colours for actors created by extraction (a curator can change them in the admin).
_NEW_ACTOR_COLOURS = (
    "#8c564b",
    "#9467bd",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#e377c2",
    "#2ca02c",
    "#ff7f0e",
)


def _create_new_actors(
    article: Article, result: Extraction, summary: ProcessSummary, budget: TimeBudget
) -> None:
    """Store the actors extraction found outside the dictionary (a state's forces, an organisation
    the article introduced with its acronym). get_or_create by name: re-runs add nothing, and an
    existing (curated) row is never changed; an acronym becomes an alias only when no actor has it
    yet.
    """
    for name, (found_kind, acronym) in sorted(result.new_actors.items()):
        budget.check("storing new actors")
        kind = found_kind if found_kind in Actor.Kind.values else Actor.Kind.ARMED_GROUP
        colour = _NEW_ACTOR_COLOURS[
            int(hashlib.sha256(name.encode()).hexdigest(), 16) % len(_NEW_ACTOR_COLOURS)
        ]
        how = (f"introduced as {acronym}" if acronym else "named") + f" in article {article.pk}"
        actor, created = Actor.objects.get_or_create(
            name=name[:200],
            defaults={
                "kind": kind,
                "colour": colour,
                "description": f"Created by extraction ({how}); check and curate.",
            },
        )
        summary.actors_created += created
        if created and acronym and not ActorAlias.objects.filter(alias=acronym).exists():
            ActorAlias.objects.create(actor=actor, alias=acronym, case_sensitive=True)


def extract_article(
    article: Article,
    dictionary: ActorDictionary,
    summary: ProcessSummary | None = None,
    budget: TimeBudget | None = None,
) -> Extraction:
    """Extract one article's processing window and store the results (idempotent)."""
    summary = summary or ProcessSummary()
    budget = budget or unlimited()
    places = _located_places(article)
    text = article.text[: processing_window(article.text).end]
    with budget.interrupting("extraction"):
        result = extract(
            text,
            published=article.published_at.date(),
            dictionary=dictionary,
            places=places or None,
        )
    with transaction.atomic():
        _create_new_actors(article, result, summary, budget)
        actors = {
            a.name: a
            for a in Actor.objects.filter(
                name__in={m.actor for m in result.actors}
                | {s.actor for s in result.statements if s.actor}
                | {n for c in result.campaigns for n in c.attackers + c.opponents}
            )
        }
        _store_actor_mentions(article, result, actors, summary)
        _store_statements(article, result, actors, places, summary, budget)
        _store_campaigns(article, result, actors, places, summary, budget)
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


# SQLSTATEs of a transaction PostgreSQL aborted only because a concurrent one got in its way
# (deadlock, serialization failure, lock not available): two workers storing the same campaign
# or actor rows in different orders. Run again, the article goes through.
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03"})
TRANSIENT_RETRIES = 3


def _is_transient(exc: Exception) -> bool:
    cause = exc.__cause__ if isinstance(exc, OperationalError) else None
    return getattr(cause, "sqlstate", None) in _TRANSIENT_SQLSTATES


@dataclass
class _Run:
    """One article's processing: the stage reached (for the failure message) and its results."""

    stage: str = "geocoding"
    counts: ProcessSummary | None = None
    window: Window | None = None


def _process_in_transaction(pk: int, tools: _Tools, budget: TimeBudget, run: _Run) -> None:
    """Geocode (if not yet) and extract article `pk` in one transaction: all of it or nothing."""
    run.stage = "geocoding"
    with transaction.atomic():
        article = Article.objects.get(pk=pk)  # fresh: a rolled-back try may have changed ours
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
        run.stage = "extraction"
        run.counts = ProcessSummary()  # added to the run's summary only if the article commits
        extract_article(article, tools.dictionary, run.counts, budget)
        run.window = processing_window(article.text)
        Article.objects.filter(pk=pk).update(
            processing_status=Article.ProcessingStatus.PROCESSED,
            processing_error="",
            processing_attempts=0,
            processed_chars=run.window.end,
            processing_note=run.window.note,
        )


def process_article(pk: int, tools: _Tools, summary: ProcessSummary) -> None:
    """Geocode (if not yet) and extract one article in one transaction, within its limits."""
    article = Article.objects.filter(pk=pk).first()  # one text in memory at a time
    if article is None:
        return
    if article.processing_attempts >= settings.ARTICLE_PROCESS_MAX_ATTEMPTS:
        # Started that often and never finished: it kills the process (memory?) or we kept failing.
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
        summary.failures.append([pk, article.title[:80], error])
        return
    # Counted before the work and committed on its own, so a crash still counts as an attempt.
    Article.objects.filter(pk=pk).update(processing_attempts=F("processing_attempts") + 1)
    budget = TimeBudget.per_article()
    run = _Run()
    for retry in range(TRANSIENT_RETRIES + 1):
        try:
            _process_in_transaction(pk, tools, budget, run)
            break
        except Exception as exc:  # one bad article is marked failed and logged; the run goes on
            if _is_transient(exc) and retry < TRANSIENT_RETRIES:
                logger.info("%s of article %s collided with another worker: %s", run.stage, pk, exc)
                continue
            # A spent budget is no bug: the error says it all. Anything else gets its traceback.
            logger.warning(
                "%s failed for article %s: %s",
                run.stage,
                pk,
                exc,
                exc_info=not isinstance(exc, ProcessingTimeout),
            )
            summary.failed += 1
            summary.failures.append(
                [pk, article.title[:80], mark_failed(article, run.stage, exc, count_attempt=False)]
            )
            return
    summary.articles += 1
    summary.add_counts(run.counts)
    if run.window.truncated:
        summary.truncated.append([pk, article.title[:80], run.window.note])


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
