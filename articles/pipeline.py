"""Process articles: geocode (Mention rows) then extract and store actors, statements and campaigns.

Storing is an upsert that never overwrites a curator: ActorMentions on (article, start, end),
Statements on (article, start), Campaigns by name or by the same attacker and target. Existing rows —
including those loaded from the curated seed fixtures — only get their empty fields filled.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from articles.extraction import ActorDictionary, Extraction, PlaceRecord, default_dictionary, extract
from articles.extraction.campaigns import CampaignRecord
from articles.models import (Actor, ActorAlias, ActorMention, Article, Campaign, CampaignSource, DatePrecision,
                             Mention, Statement)
from places.geocoding import geocode_articles
from places.models import Place
from places.normalize import name_key

logger = logging.getLogger(__name__)
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
    failed: int = 0


def _located_places(article: Article) -> list[PlaceRecord]:
    mentions = Mention.objects.located().filter(article=article).select_related("place")
    return [PlaceRecord(m.start, m.end, m.text, m.place.name, m.place.lat, m.place.lon, m.place_id, m.place.kind)
            for m in mentions]


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


def _store_actor_mentions(article: Article, result: Extraction, actors: dict[str, Actor], summary) -> None:
    existing = set(ActorMention.objects.filter(article=article).values_list("start", "end"))
    rows = []
    for match in result.actors:
        actor = actors.get(match.actor)
        if actor is None or (match.start, match.end) in existing:
            continue
        sentence = _sentence_of(result, match.start)
        rows.append(ActorMention(article=article, actor=actor, start=match.start, end=match.end,
                                 text=match.text[:200], sentence_start=sentence[0], sentence_end=sentence[1]))
    ActorMention.objects.bulk_create(rows, ignore_conflicts=True)
    summary.actor_mentions += len(rows)


def _sentence_of(result: Extraction, position: int) -> tuple[int | None, int | None]:
    from articles.extraction.sentences import enclosing

    span = enclosing(result.sentences, position)
    return (span.start, span.end) if span else (None, None)


def _store_statements(article: Article, result: Extraction, actors: dict[str, Actor],
                      places: list[PlaceRecord], summary) -> None:
    main_place = _main_place(places)
    for record in result.statements:
        own = sorted({p.place_id for p in places if record.start <= p.start and p.end <= record.end and p.place_id})
        place_ids = own or ([main_place] if main_place else [])
        actor = actors.get(record.actor) if record.actor else None
        statement = Statement.objects.filter(article=article, start=record.start).first()
        if statement is None:
            statement = Statement.objects.create(
                article=article, quote=record.quote, start=record.start, end=record.end,
                sentence_start=record.sentence_start, sentence_end=record.sentence_end,
                speaker_name=record.speaker[:200], speaker_role=record.role[:300], speaker_actor=actor,
                said_on=record.said_on or article.published_at.date(),
                date_precision=record.date_precision if record.said_on else DatePrecision.DAY)
            statement.places.set(place_ids)
            summary.statements_created += 1
            continue
        # A curated row (fixture or admin): fill only what is empty.
        changed = []
        for field, value in (("speaker_name", record.speaker[:200]), ("speaker_role", record.role[:300]),
                             ("sentence_start", record.sentence_start), ("sentence_end", record.sentence_end),
                             ("said_on", record.said_on or article.published_at.date())):
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


def _find_campaign(record: CampaignRecord, attackers: list[Actor], targets: list[Place]) -> Campaign | None:
    by_name = Campaign.objects.filter(name__iexact=record.name).first()
    if by_name:
        return by_name
    for campaign in Campaign.objects.filter(name__isnull=False).only("pk", "name"):
        if name_key(campaign.name) == name_key(record.name):
            return campaign
    if attackers and targets:
        return (Campaign.objects.filter(attackers__in=attackers, targets__in=targets).distinct().first())
    return None


def _store_campaigns(article: Article, result: Extraction, actors: dict[str, Actor],
                     places: list[PlaceRecord], summary) -> None:
    for record in result.campaigns:
        attackers = [actors[name] for name in record.attackers if name in actors]
        opponents = [actors[name] for name in record.opponents if name in actors]
        targets = [p for p in (_place_for(name, record.target_spans, places) for name in record.targets) if p]
        campaign = _find_campaign(record, attackers, targets)
        if campaign is None:
            campaign = Campaign.objects.create(name=record.name[:200], named=record.named,
                                               started_on=record.started_on, date_precision=record.date_precision)
            campaign.attackers.set(attackers)
            campaign.targets.set(targets)
            campaign.opponents.set(opponents)
            summary.campaigns_created += 1
        else:
            if campaign.started_on is None and record.started_on is not None:
                campaign.started_on, campaign.date_precision = record.started_on, record.date_precision
                campaign.save(update_fields=["started_on", "date_precision"])
            if attackers and not campaign.attackers.exists():
                campaign.attackers.set(attackers)
            if targets and not campaign.targets.exists():
                campaign.targets.set(targets)
            if opponents and not campaign.opponents.exists():
                campaign.opponents.set(opponents)
            summary.campaigns_merged += 1
        CampaignSource.objects.get_or_create(
            campaign=campaign, article=article,
            defaults={"sentence_start": record.sentence_start, "sentence_end": record.sentence_end})


# Colours for actors created by extraction (a curator can change them in the admin).
_NEW_ACTOR_COLOURS = ("#8c564b", "#9467bd", "#17becf", "#bcbd22", "#7f7f7f", "#e377c2", "#2ca02c", "#ff7f0e")


def _create_new_actors(article: Article, result: Extraction, summary: ProcessSummary) -> None:
    """Store the actors extraction found outside the dictionary (a state's forces, an organisation the
    article introduced with its acronym). get_or_create by name: re-runs add nothing, and an existing
    (curated) row is never changed; an acronym becomes an alias only when no actor has it yet."""
    for name, (kind, acronym) in sorted(result.new_actors.items()):
        kind = kind if kind in Actor.Kind.values else Actor.Kind.ARMED_GROUP
        colour = _NEW_ACTOR_COLOURS[int(hashlib.sha256(name.encode()).hexdigest(), 16) % len(_NEW_ACTOR_COLOURS)]
        how = (f"introduced as {acronym}" if acronym else "named") + f" in article {article.pk}"
        actor, created = Actor.objects.get_or_create(
            name=name[:200], defaults={"kind": kind, "colour": colour,
                                       "description": f"Created by extraction ({how}); check and curate."})
        summary.actors_created += created
        if created and acronym and not ActorAlias.objects.filter(alias=acronym).exists():
            ActorAlias.objects.create(actor=actor, alias=acronym, case_sensitive=True)


def extract_article(article: Article, dictionary: ActorDictionary, summary: ProcessSummary | None = None) -> Extraction:
    """Extract one article and store the results (idempotent)."""
    summary = summary or ProcessSummary()
    places = _located_places(article)
    result = extract(article.text, published=article.published_at.date(), dictionary=dictionary,
                     places=places or None)
    _create_new_actors(article, result, summary)
    actors = {a.name: a for a in Actor.objects.filter(name__in={m.actor for m in result.actors}
                                                        | {s.actor for s in result.statements if s.actor}
                                                        | {n for c in result.campaigns
                                                           for n in c.attackers + c.opponents})}
    with transaction.atomic():
        _store_actor_mentions(article, result, actors, summary)
        _store_statements(article, result, actors, places, summary)
        _store_campaigns(article, result, actors, places, summary)
        Article.objects.filter(pk=article.pk).update(extracted_at=timezone.now())
    return result


def process_articles(articles=None, *, progress: bool = False) -> ProcessSummary:
    """Geocode, then extract, the given articles (a queryset or list; None = all not yet extracted)."""
    if articles is None:
        articles = Article.objects.filter(extracted_at__isnull=True)
    articles = list(articles.order_by("pk") if hasattr(articles, "order_by") else articles)
    summary = ProcessSummary()
    if not articles:
        return summary
    geocode_articles(Article.objects.filter(pk__in=[a.pk for a in articles]), progress=progress)
    dictionary = default_dictionary()
    iterator = articles
    if progress:
        from tqdm import tqdm

        iterator = tqdm(articles, desc="extract", unit="article")
    for article in iterator:
        try:
            extract_article(article, dictionary, summary)
            summary.articles += 1
        except Exception:  # one bad article is counted and logged; the batch goes on
            logger.exception("extraction failed for article %s", article.pk)
            summary.failed += 1
    return summary


__all__ = ["ProcessSummary", "extract_article", "process_articles"]
