"""The geocoding job: geoparse articles and store their place mentions.

`geocode_articles()` writes one Mention per toponym, upserting on (article, start, end), so
re-running adds nothing. Articles are committed in small batches with their `geocoded_at`, so a
killed run loses no committed work and the next run resumes with the articles still pending.
Staff decisions (confirmed / rejected mentions) are never modified, and they teach the parser:
a name staff confirmed resolves to their place, a name staff only ever rejected is skipped.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from articles.limits import ProcessingTimeout, TimeBudget, processing_window, unlimited
from articles.models import Actor, ActorAlias, Article, Campaign, Mention
from places.geoparser import Decisions, Geoparser, Toponym, get_geoparser
from places.normalize import name_key
from places.online import OnlineGeocoder, unknown_names
from places.online import enabled as online_enabled

logger = logging.getLogger(__name__)

BATCH_ARTICLES = 20
# A toponym below this confidence is stored as "ambiguous" for the review queue.
RESOLVED_MIN_CONFIDENCE = 0.5
# Online answers are unverified: they land in the review queue's "check" range.
ONLINE_CONFIDENCE = 0.55
MENTION_FIELDS = [
    "text",
    "place_id",
    "status",
    "confidence",
    "method",
    "candidates",
    "geo_precision",
    "qualifier",
    "is_demonym",
    "sentence_start",
    "sentence_end",
]


@dataclass
class GeocodeSummary:
    articles: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    kept_staff: int = 0
    failed: int = 0
    failures: list = field(default_factory=list)  # [article id, title, error]
    statuses: Counter = field(default_factory=Counter)

    def __str__(self) -> str:
        s = self.statuses
        return (
            f"{self.articles} articles: {self.created} mentions created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.deleted} removed, "
            f"{self.kept_staff} staff decisions kept, {self.failed} articles failed; "
            f"resolved {s['resolved']}, ambiguous "
            f"{s['ambiguous']}, unresolved {s['unresolved']}"
        )


def knowledge_base_stop_phrases() -> list[str]:
    """Names the knowledge base says are not places: actors (other than states) and campaigns.

    Registered with the geoparser in ArticlesConfig.ready()."""
    from articles.extraction.actor_countries import town_aliases  # (the pipeline, loaded late)

    non_states = Actor.objects.exclude(kind=Actor.Kind.STATE)
    towns = town_aliases()  # "Radaa": a Libyan force, and a town in Yemen
    return [
        *non_states.values_list("name", flat=True),
        *ActorAlias.objects.exclude(actor__kind=Actor.Kind.STATE)
        .filter(case_sensitive=False)
        .exclude(alias__in=towns)
        .values_list("alias", flat=True),
        *Campaign.objects.values_list("name", flat=True),
    ]


def staff_decisions() -> Decisions:
    """What staff taught through the review queue, keyed by normalised name."""
    confirmed: dict[str, Counter] = defaultdict(Counter)
    rejected: Counter = Counter()
    rows = Mention.objects.filter(status__in=Mention.STAFF_STATUSES).values_list(
        "text", "status", "place_id"
    )
    for text, status, place_id in rows.iterator():
        key = name_key(text)
        if status == Mention.Status.CONFIRMED and place_id:
            confirmed[key][place_id] += 1
        elif status == Mention.Status.REJECTED:
            rejected[key] += 1
    return Decisions(
        confirmed={k: c.most_common(1)[0][0] for k, c in confirmed.items()},
        rejected={k for k in rejected if k not in confirmed},
    )


def status_for(t: Toponym) -> str:
    if t.place_id is None:
        return Mention.Status.UNRESOLVED
    if t.confidence < RESOLVED_MIN_CONFIDENCE and len(t.candidates) > 1:
        return Mention.Status.AMBIGUOUS
    return Mention.Status.RESOLVED


def _values(t: Toponym) -> dict:
    return {
        "text": t.text[:200],
        "place_id": t.place_id,
        "status": status_for(t),
        "confidence": max(0.0, min(1.0, float(t.confidence))),
        "method": t.method[:40],
        "candidates": t.candidates[:5],
        "geo_precision": t.precision,
        "qualifier": t.qualifier[:40],
        "is_demonym": t.is_demonym,
        "sentence_start": t.sentence_start,
        "sentence_end": t.sentence_end,
    }


def _online_mention(article: Article, start: int, end: int, name: str, place) -> Mention:
    """A resolved mention of a name the offline gazetteer lacked and the online geocoder found."""
    return Mention(
        article=article,
        start=start,
        end=end,
        text=name[:200],
        place=place,
        status=Mention.Status.RESOLVED,
        confidence=ONLINE_CONFIDENCE,
        method="online",
        candidates=[
            {
                "place_id": place.pk,
                "name": place.name,
                "country": place.country_code,
                "lat": round(place.lat, 5),
                "lon": round(place.lon, 5),
                "score": 0.0,
            }
        ],
        geo_precision=1 if place.kind == "settlement" else 3,
    )


def geocode_article(
    article: Article,
    parser: Geoparser,
    decisions: Decisions,
    *,
    redo: bool,
    summary: GeocodeSummary,
    online: OnlineGeocoder | None = None,
    budget: TimeBudget | None = None,
) -> None:
    """Upsert one article's mentions (call inside a transaction: a ProcessingTimeout from `budget`
    or any error leaves the article half-done until rolled back).

    Only the processing window (ARTICLE_PROCESS_LIMIT_BYTES of the text) is geoparsed."""
    budget = budget or unlimited()
    window = processing_window(article.text)
    text = article.text[: window.end]
    existing = {(m.start, m.end): m for m in article.mentions.all()}
    staff_spans = [(m.start, m.end) for m in existing.values() if m.is_staff_decision]
    summary.kept_staff += len(staff_spans)
    found: set[tuple[int, int]] = set()
    create, update = [], []
    with budget.interrupting("geocoding"):
        toponyms = parser.parse(text, decisions=decisions)
    for t in toponyms:
        span = (t.start, t.end)
        if span in found:
            continue  # one mention per span: the table allows no second row for it
        if any(a < t.end and t.start < b for a, b in staff_spans):
            continue  # staff decided this text; their decision stands
        found.add(span)
        values = _values(t)
        summary.statuses[values["status"]] += 1
        current = existing.get(span)
        if current is None:
            create.append(Mention(article=article, start=t.start, end=t.end, **values))
        elif any(getattr(current, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(current, f, v)
            update.append(current)
        else:
            summary.unchanged += 1
    if online is not None:
        covered = list(found) + staff_spans
        for start, end, name in unknown_names(text, covered):
            budget.check("online geocoding")
            result = online.geocode(name)
            if result is None or (start, end) in existing:
                continue
            create.append(_online_mention(article, start, end, name, result.place))
            found.add((start, end))
            summary.statuses[Mention.Status.RESOLVED] += 1
    Mention.objects.bulk_create(create)
    if update:
        Mention.objects.bulk_update(update, MENTION_FIELDS)
    summary.created += len(create)
    summary.updated += len(update)
    if redo:
        stale = [
            m.pk for span, m in existing.items() if span not in found and not m.is_staff_decision
        ]
        if stale:
            summary.deleted += Mention.objects.filter(pk__in=stale).delete()[0]
    article.geocoded_at = timezone.now()
    article.processed_chars, article.processing_note = window.end, window.note
    fields = ["geocoded_at", "processed_chars", "processing_note"]
    if article.processing_status == Article.ProcessingStatus.FAILED:
        # A retried article got through geocoding: back in the queue, after new work (its attempts).
        article.processing_status, article.processing_error = Article.ProcessingStatus.PENDING, ""
        fields += ["processing_status", "processing_error"]
    article.save(update_fields=fields)


# SQLSTATEs of a transaction PostgreSQL aborted only because a concurrent one got in its way
# (deadlock, serialization failure, lock not available): two workers storing the same campaign
# or actor rows in different orders. Run again, the article goes through.
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03"})
# SQLite's primary result codes for a file another connection holds (SQLITE_BUSY, SQLITE_LOCKED):
# the busy timeout ran out while another writer held the file.
_SQLITE_BUSY_CODES = frozenset({5, 6})
TRANSIENT_RETRIES = 3


def is_transient(exc: Exception) -> bool:
    """Whether `exc` is the database turning an article away because of another session, not
    anything wrong with the article: retried, never recorded as the article's failure."""
    if not isinstance(exc, OperationalError):
        return False
    cause = exc.__cause__
    if getattr(cause, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    code = getattr(cause, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _SQLITE_BUSY_CODES


def mark_failed(article: Article, stage: str, exc: Exception, *, count_attempt: bool) -> str:
    """Record that processing `article` failed (outside its rolled-back transaction); the error."""
    if isinstance(exc, ProcessingTimeout):
        error = str(exc)
    else:
        error = f"{stage} failed: {type(exc).__name__}: {exc}"[:2000]
    changes = {"processing_status": Article.ProcessingStatus.FAILED, "processing_error": error}
    if count_attempt:
        changes["processing_attempts"] = F("processing_attempts") + 1
    Article.objects.filter(pk=article.pk).update(**changes)
    return error


def geocode_articles(
    articles: Iterable[Article] | None = None,
    *,
    redo: bool = False,
    progress: bool = False,
    parser: Geoparser | None = None,
    online: OnlineGeocoder | None = None,
    retry_failed: bool = False,
) -> GeocodeSummary:
    """Geocode `articles` (default: those never geocoded and not failed, or failed ones with
    attempts left when `retry_failed`), committing every few articles.

    Each article has its time budget (ARTICLE_PROCESS_TIME_LIMIT_SECONDS); one that fails is rolled
    back, marked failed with its error and counted, and the job goes on.

    `online`: a fallback for names the gazetteer lacks; by default one is made only when
    settings/environment enable it (GEOCODER_ONLINE=True).
    """
    from conflictmap.progress import Progress
    from places.warm_up import warm_up

    if articles is None:
        articles = Article.objects.to_geocode(retry_failed=retry_failed)
    ids = (
        [a.pk for a in articles.only("pk")]
        if hasattr(articles, "only")
        else [a.pk for a in articles]
    )
    summary = GeocodeSummary()
    if not ids:
        return summary
    if progress and parser is None:
        warm_up(nlp=False)
    parser = parser or get_geoparser()
    decisions = staff_decisions()
    if online is None and online_enabled():
        online = OnlineGeocoder()
    bar = Progress(
        "geocode", total=len(ids), unit="articles", every=BATCH_ARTICLES, enabled=progress
    )
    for i in range(0, len(ids), BATCH_ARTICLES):
        with transaction.atomic():
            for pk in ids[i : i + BATCH_ARTICLES]:
                _geocode_one(pk, parser, decisions, redo, online, summary)
        bar.update(len(ids[i : i + BATCH_ARTICLES]))
    bar.close()
    return summary


def _geocode_one(pk, parser, decisions, redo, online, summary: GeocodeSummary) -> None:
    """Geocode article `pk` in its own savepoint. A collision with another session is tried
    again, and if it persists raised (the batch rolls back; the Celery task retries it later, the
    command says so): only an error of the article's own marks it failed."""
    for retry in range(TRANSIENT_RETRIES + 1):
        article = Article.objects.filter(pk=pk).first()  # one text in memory at a time
        if article is None:
            return
        try:
            with transaction.atomic():
                geocode_article(
                    article,
                    parser,
                    decisions,
                    redo=redo,
                    summary=summary,
                    online=online,
                    budget=TimeBudget.per_article(),
                )
            summary.articles += 1
            return
        except Exception as exc:  # one bad article must not stop the job
            if is_transient(exc):
                if retry < TRANSIENT_RETRIES:
                    logger.info("geocoding article %s collided with another session: %s", pk, exc)
                    continue
                raise
            logger.warning(
                "geocoding article %s failed: %s",
                pk,
                exc,
                exc_info=not isinstance(exc, ProcessingTimeout),
            )
            error = mark_failed(article, "geocoding", exc, count_attempt=True)
            summary.failed += 1
            summary.failures.append([pk, article.title[:80], error])
            return
