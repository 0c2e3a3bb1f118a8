"""Store one article's extraction results: its actor mentions, statements, campaigns and the actors
it introduced (articles/pipeline.py calls these inside the article's transaction).

Storing is an upsert that never overwrites a curator: ActorMentions on (article, start, end),
Statements on (article, start), Campaigns by name or by the same attacker and target. Existing rows
— including those loaded from the curated seed fixtures — only get their empty fields filled.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from articles.extraction import Extraction, PlaceRecord
from articles.extraction.campaigns import CampaignRecord
from articles.limits import TimeBudget
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
from places.models import Place
from places.normalize import name_key

if TYPE_CHECKING:  # the summary type lives with the processing that owns it
    from articles.pipeline import ProcessSummary


def located_places(article: Article) -> list[PlaceRecord]:
    mentions = Mention.objects.readings().filter(article=article).select_related("place")
    return [
        PlaceRecord(
            m.start,
            m.end,
            m.text,
            m.place.name,
            m.place.lat,
            m.place.lon,
            m.place_id,
            kind=m.place.kind,
            country=m.place.country_code or "",  # the home state of "government troops"
            feature_code=m.place.feature_code or "",  # a first-level region or a district
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


def store_actor_mentions(
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


def store_statements(
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


def store_campaigns(
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
        created = False
        if campaign is None:
            # by name, not create(): another worker may store a campaign of this (unique) name
            # between the lookup above and this insert; then it is merged into like a found one
            campaign, created = Campaign.objects.get_or_create(
                name=record.name[:200],
                defaults={
                    "named": record.named,
                    "started_on": record.started_on,
                    "date_precision": record.date_precision,
                    "origin": origin,
                },
            )
        if created:
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


def create_new_actors(
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
