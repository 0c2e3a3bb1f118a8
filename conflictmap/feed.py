"""The map's event feed: what happened in the view and time range, newest first.

One list over several kinds of item, each read from its own table by an indexed query:
settlements changing hands (control observations), statements, campaign starts and ends,
ACLED/UCDP events, and located mentions grouped per article. Paging is by keyset, not
offset: every item has the sort key (day, rank, pk) and the cursor is the key of the last
item sent, so page 200 costs what page 1 costs. Each source returns at most `limit + 1`
items after the cursor, the lists are merged and cut.

Adding a kind: write a `FeedSource` whose `items()` reads
its rows after the cursor, newest first, and returns `FeedItem`s, give it a rank of its own
and add it to `SOURCES`. The browser (static/conflictmap/js/feed.js) needs nothing more than
the item's `feature` id, which must be the id its map layer registers for the popup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.contrib.gis.db.models.functions import PointOnSurface
from django.db.models import DateField, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, Substr, TruncDate

from articles.models import (
    Actor,
    Campaign,
    CampaignSource,
    ControlObservation,
    Event,
    Mention,
    Statement,
)
from conflictmap.bbox import X, Y, place_bbox_q
from conflictmap.clusters import rounded
from conflictmap.geojson import article_link, located_mentions
from conflictmap.params import MAX_DATE, MAX_ID, MIN_DATE, Filters, ParamsError

FEED_MAX_LIMIT = 200
FEED_DEFAULT_LIMIT = 50
SNIPPET_CHARS = 160
CONTEXT_BEFORE = 60
# Days either side of an item in which another article mentioning its place corroborates it.
CORROBORATION_DAYS = 1
CURSOR = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})~([0-9]{1,2})~([0-9]{1,20})", re.ASCII)

# Rank breaks ties between kinds on one day (higher first): a town changing hands reads before
# a campaign's end, which reads before its start, before what was said, reported or mentioned.
RANK_CAMPAIGN_END, RANK_CAMPAIGN_START, RANK_STATEMENT, RANK_EVENT, RANK_MENTIONS = 5, 4, 3, 2, 1
RANK_CONTROL = 6


@dataclass(frozen=True)
class Cursor:
    day: dt.date
    rank: int
    pk: int

    def __str__(self) -> str:
        return f"{self.day.isoformat()}~{self.rank}~{self.pk}"


def parse_cursor(raw: str | None) -> Cursor | None:
    """`YYYY-MM-DD~rank~pk`, as sent in a page's `next_cursor`; anything else is a 400."""
    if not raw:
        return None
    match = CURSOR.fullmatch(raw)
    if not match:
        raise ParamsError("cursor: use the next_cursor of the previous page")
    try:
        day = dt.date.fromisoformat(match[1])
    except ValueError:
        raise ParamsError("cursor: not a valid date") from None
    rank, pk = int(match[2]), int(match[3])
    if not (MIN_DATE <= day <= MAX_DATE and 1 <= pk <= MAX_ID):
        raise ParamsError("cursor: out of range")
    return Cursor(day, rank, pk)


@dataclass
class FeedItem:
    day: dt.date
    rank: int
    pk: int
    kind: str
    title: str
    feature: str  # the id the map layer registers, so a click can open its popup
    layer: str
    lon: float | None
    lat: float | None
    time: str | None = None
    outlet: str = ""
    snippet: str = ""
    url: str | None = None
    corroborating: int = 0
    # Places and days that count as corroboration: (place ids, first day, last day, own article).
    evidence: tuple = field(default=(), repr=False)

    @property
    def key(self) -> tuple:
        return (self.day, self.rank, self.pk)

    def as_json(self) -> dict:
        return {
            "id": f"{self.kind}-{self.pk}",
            "kind": self.kind,
            "date": self.day.isoformat(),
            "time": self.time,
            "title": self.title,
            "outlet": self.outlet,
            "snippet": self.snippet,
            "url": self.url,
            "corroborating": self.corroborating,
            "layer": self.layer,
            "feature": self.feature,
            "point": [rounded(self.lon), rounded(self.lat)] if self.lon is not None else None,
        }


def one_line(text: str | None) -> str:
    """A sentence as one line of at most SNIPPET_CHARS characters."""
    flat = " ".join((text or "").split())
    if len(flat) <= SNIPPET_CHARS:
        return flat
    return flat[: SNIPPET_CHARS - 1].rstrip() + "…"


def after(cursor: Cursor | None, rank: int, day_field: str, pk_field: str = "pk") -> Q:
    """Rows of a source of `rank` that sort after the cursor in (day, rank, pk) descending."""
    if cursor is None:
        return Q()
    if rank < cursor.rank:
        return Q(**{f"{day_field}__lte": cursor.day})
    if rank > cursor.rank:
        return Q(**{f"{day_field}__lt": cursor.day})
    return Q(**{f"{day_field}__lt": cursor.day}) | Q(
        **{day_field: cursor.day, f"{pk_field}__lt": cursor.pk}
    )


def sentence_expr(prefix: str = ""):
    """The cited sentence, cut out of the article text by the database (no full texts read)."""
    start, end = F(f"{prefix}sentence_start"), F(f"{prefix}sentence_end")
    return Substr(f"{prefix}article__text", start + 1, end - start)


def published_time(value: dt.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


# Sources ------------------------------------------------------------------------------------


def _statement_places(statement_ids: list[int], filters: Filters) -> dict[int, list[tuple]]:
    """Each statement's places (in the box, if one is given) with their marker coordinates."""
    through = Statement.places.through.objects.filter(statement_id__in=statement_ids)
    if filters.bbox:
        through = through.filter(place_bbox_q(filters.bbox, prefix="place__", few_rows=True))
    rows = (
        through.annotate(x=X("place__point"), y=Y("place__point"))
        .order_by("pk")
        .values_list("statement_id", "place_id", "x", "y")
    )
    places = defaultdict(list)
    for statement_id, place_id, x, y in rows:
        places[statement_id].append((place_id, x, y))
    return places


def statement_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    day = Coalesce("said_on", TruncDate("article__published_at"), output_field=DateField())
    rows = list(
        Statement.objects.said_between(filters.start, filters.end)
        .by_speakers(filters.actor_ids)
        .about_place(filters.about)
        .about_places_in(filters.bbox)
        .annotate(day=day, sentence=sentence_expr())
        .filter(after(cursor, RANK_STATEMENT, "day"))
        .order_by("-day", "-pk")
        .values_list(
            "pk", "day", "speaker_name", "speaker_role", "start", "end", "sentence", "quote",
            "article_id", "article__outlet", "article__published_at",
        )[:n]
    )  # fmt: skip
    if not rows:
        return []
    places = _statement_places([row[0] for row in rows], filters)
    items = []
    for pk, day_, speaker, role, start, end, sentence, quote, article, outlet, published in rows:
        _id, lon, lat = places[pk][0] if places[pk] else (None, None, None)
        items.append(
            FeedItem(
                day=day_,
                rank=RANK_STATEMENT,
                pk=pk,
                kind="statement",
                title=", ".join(part for part in (speaker, role) if part) or "Unknown speaker",
                feature=f"statement-{pk}",
                layer="statements",
                lon=lon,
                lat=lat,
                time=published_time(published),
                outlet=outlet,
                snippet=one_line(sentence or quote),
                url=article_link(article, start, end),
                evidence=([p[0] for p in places[pk]], day_, day_, {article}),
            )
        )
    return items


def _campaign_items(filters, cursor, n, *, ended: bool) -> list[FeedItem]:
    day_field = "ended_on" if ended else "started_on"
    rank = RANK_CAMPAIGN_END if ended else RANK_CAMPAIGN_START
    window = Q(**{f"{day_field}__isnull": False})
    if filters.start:
        window &= Q(**{f"{day_field}__gte": filters.start})
    if filters.end:
        window &= Q(**{f"{day_field}__lte": filters.end})
    campaigns = list(
        Campaign.objects.filter(window)
        .involving(filters.actor_ids)
        .targeting(filters.about)
        .targeting_places_in(filters.bbox)
        .filter(after(cursor, rank, day_field))
        .annotate(marker=PointOnSurface("geometry"))
        .order_by(f"-{day_field}", "-pk")
        .only("id", "name", day_field)[:n]
    )
    if not campaigns:
        return []
    targets = defaultdict(list)
    for campaign_id, place_id, x, y in (
        Campaign.targets.through.objects.filter(campaign_id__in=[c.pk for c in campaigns])
        .annotate(x=X("place__point"), y=Y("place__point"))
        .order_by("pk")
        .values_list("campaign_id", "place_id", "x", "y")
    ):
        targets[campaign_id].append((place_id, x, y))
    sources = {}
    for src in (
        CampaignSource.objects.filter(campaign_id__in=[c.pk for c in campaigns])
        .annotate(sentence=sentence_expr())
        .order_by("article__published_at", "pk")
        .values_list(
            "campaign_id", "article_id", "article__outlet", "sentence",
            "sentence_start", "sentence_end",
        )
    ):  # fmt: skip
        sources.setdefault(src[0], src)
    items = []
    for c in campaigns:
        day = getattr(c, day_field)
        if targets[c.pk]:
            lon, lat = targets[c.pk][0][1:]
        else:
            lon, lat = (c.marker.x, c.marker.y) if c.marker else (None, None)
        _cid, article, outlet, sentence, s_start, s_end = sources.get(
            c.pk, (None, None, "", "", None, None)
        )
        items.append(
            FeedItem(
                day=day,
                rank=rank,
                pk=c.pk,
                kind="campaign_end" if ended else "campaign_start",
                title=f"{c.name} {'ended' if ended else 'began'}",
                feature=f"campaign-{c.pk}",
                layer="campaigns",
                lon=lon,
                lat=lat,
                outlet=outlet,
                snippet=one_line(sentence),
                url=article_link(article, s_start, s_end) if article else None,
                evidence=([t[0] for t in targets[c.pk]], day, day, {article}),
            )
        )
    return items


def campaign_start_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    return _campaign_items(filters, cursor, n, ended=False)


def campaign_end_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    return _campaign_items(filters, cursor, n, ended=True)


def event_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    """ACLED/UCDP events whose first possible day is in the window, newest first.

    Not every event overlapping the window (the events layer's rule): an event has no index on
    its span, so "started before the window, still going" would walk every older event. The
    feed lists what began in the period; the layer still draws the ongoing ones."""
    window = Q()
    if filters.start:
        window &= Q(started_on__gte=filters.start)
    if filters.end:
        window &= Q(started_on__lte=filters.end)
    rows = (
        Event.objects.filter(window)
        .involving(filters.actor_ids)
        .at_place(filters.about)
        .in_bbox(filters.bbox)
        .filter(after(cursor, RANK_EVENT, "started_on"))
        .annotate(x=X("point"), y=Y("point"))
        .order_by("-started_on", "-pk")
        .values_list(
            "pk", "started_on", "ended_on", "source", "event_type", "sub_event_type",
            "location", "notes", "place_id", "x", "y",
        )[:n]
    )  # fmt: skip
    datasets = dict(Event.Source.choices)
    items = []
    for pk, start, end, source, kind, sub_kind, location, notes, place, x, y in rows:
        what = f"{kind}: {sub_kind}" if sub_kind else kind
        items.append(
            FeedItem(
                day=start,
                rank=RANK_EVENT,
                pk=pk,
                kind="event",
                title=f"{what} at {location}" if location else what,
                feature=f"event-{pk}",
                layer="events",
                lon=x,
                lat=y,
                outlet=datasets.get(source, source),
                snippet=one_line(notes),
                evidence=([place] if place else [], start, end, set()),
            )
        )
    return items


# How sure a change is: an assessment is the default; claims and reports say so.
KIND_NOTE = {
    ControlObservation.Kind.CLAIMED: ", claimed by a party",
    ControlObservation.Kind.REPORTED: ", reported",
}


def _control_candidates(filters: Filters, cursor: Cursor | None):
    """The window's standing settlement observations in the box, newest first."""
    qs = ControlObservation.objects.standing().settlements().between(filters.start, filters.end)
    if filters.actor_ids:
        qs = qs.filter(side_id__in=filters.actor_ids)
    if filters.about:
        qs = qs.filter(place_id=filters.about)
    if filters.bbox:
        qs = qs.filter(place_bbox_q(filters.bbox, prefix="place__"))
    return qs.filter(after(cursor, RANK_CONTROL, "observed_on")).order_by("-observed_on", "-pk")


def _changes_of_hands(filters: Filters, cursor: Cursor | None, n: int) -> dict[int, int]:
    """Up to `n` of the window's observations, newest first, whose side differs from their
    place's observation before them: observation id -> the side before.

    Read in batches: the candidates (no subquery), then the side before each candidate of the
    batch (one index probe each). Asking the side before in the candidates' query made SQLite
    probe every observation of the box in the window before sorting (13 ms of a feed page's
    ~35 at 100,000 observations)."""
    earlier = (
        ControlObservation.objects.standing()
        .filter(place=OuterRef("place"), observed_on__lt=OuterRef("observed_on"))
        .order_by("-observed_on", "-pk")
        .values("side_id")[:1]
    )
    candidates, changed, batch = _control_candidates(filters, cursor), {}, 4 * n
    while len(changed) < n:
        # (pk, day) only: read from articles_control_day_standing alone, no table rows.
        rows = list(candidates.values_list("pk", "observed_on")[:batch])
        sides = {
            pk: (side, before)
            for pk, side, before in ControlObservation.objects.filter(pk__in=[r[0] for r in rows])
            .annotate(before_id=Subquery(earlier))
            .values_list("pk", "side_id", "before_id")
        }
        for pk, _day in rows:
            side, before = sides[pk]
            if before is not None and before != side and len(changed) < n:
                changed[pk] = before
        if len(rows) < batch:
            break
        last_pk, last_day = rows[-1]
        candidates = _control_candidates(filters, Cursor(last_day, RANK_CONTROL, last_pk))
    return changed


def control_change_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    """Settlements changing hands in the window, newest first: observations whose side differs
    from the place's observation before it (one (place, day) index lookup each). A place's
    first observation is not a change; areas are on the map and /api/changes.geojson."""
    changed = _changes_of_hands(filters, cursor, n)
    if not changed:
        return []
    sides = dict(Actor.objects.filter(pk__in=set(changed.values())).values_list("pk", "name"))
    rows = (
        ControlObservation.objects.filter(pk__in=list(changed))
        .annotate(x=X("place__point"), y=Y("place__point"), sentence=sentence_expr())
        .order_by("-observed_on", "-pk")
        .values_list(
            "pk", "observed_on", "place_id", "place__name", "side__name", "event",
            "kind", "article_id", "article__outlet", "sentence_start", "sentence_end",
            "sentence", "source_name", "x", "y",
        )
    )  # fmt: skip
    items = []
    for row in rows:
        pk, day, place, name, side, event, kind, article, outlet, s0, s1 = row[:11]
        sentence, source, x, y = row[11:]
        what = ControlObservation.Event(event).label.lower() if event else "held"
        items.append(
            FeedItem(
                day=day,
                rank=RANK_CONTROL,
                pk=pk,
                kind="control",
                title=f"{name}: from {sides[changed[pk]]} to {side}" + KIND_NOTE.get(kind, ""),
                feature=f"control-place-{place}",
                layer="control",
                lon=x,
                lat=y,
                outlet=outlet or source or "",
                snippet=one_line(sentence) or f"{ControlObservation.Kind(kind).label}: {what}.",
                url=article_link(article, s0, s1) if article else None,
                evidence=([place], day, day, {article} if article else set()),
            )
        )
    return items


def _mentions_in_view(filters: Filters):
    return located_mentions(filters).of_place_kinds(filters.kinds).in_bbox(filters.bbox)


def mention_items(filters: Filters, cursor: Cursor | None, n: int) -> list[FeedItem]:
    """Located mentions, one item per article and day: the (published_on) index walked
    newest first, then the page's mentions in one query."""
    keys = list(
        _mentions_in_view(filters)
        .filter(after(cursor, RANK_MENTIONS, "published_on", "article_id"))
        .order_by("-published_on", "-article_id")
        .values_list("published_on", "article_id")
        .distinct()[:n]
    )
    if not keys:
        return []
    # The page's articles by their own index, the box tested here: asked with the box, SQLite
    # walked every mention of every place in it to find the page's few hundred.
    rows = (
        located_mentions(filters)
        .of_place_kinds(filters.kinds)
        .filter(article_id__in=[article for _day, article in keys])
        .annotate(
            x=X("place__point"),
            y=Y("place__point"),
            sentence=sentence_expr(),
            # Mentions stored without their sentence: the words around the name instead.
            context=Substr(
                "article__text", Greatest(F("start") - CONTEXT_BEFORE, Value(0)) + 1, SNIPPET_CHARS
            ),
        )
        .order_by("article_id", "start")
        .values_list(
            "article_id", "place_id", "place__name", "x", "y", "start", "end",
            "sentence_start", "sentence_end", "sentence", "context",
            "article__outlet", "article__published_at",
        )
    )  # fmt: skip
    by_article = defaultdict(list)
    west, south, east, north = filters.bbox or (-180, -90, 180, 90)
    for row in rows:
        if west <= row[3] <= east and south <= row[4] <= north:
            by_article[row[0]].append(MentionRow(*row))
    return [mention_group(day, by_article[article]) for day, article in keys if by_article[article]]


class MentionRow(NamedTuple):
    article: int
    place: int
    name: str
    x: float
    y: float
    start: int
    end: int
    sentence_start: int | None
    sentence_end: int | None
    sentence: str | None
    context: str
    outlet: str
    published: dt.datetime


def mention_group(day: dt.date, mentions: list[MentionRow]) -> FeedItem:
    """One article's mentions in view, led by its most mentioned place."""
    counts = Counter(m.place for m in mentions)
    lead = max(mentions, key=lambda m: (counts[m.place], -m.start))
    names = list(dict.fromkeys(m.name for m in sorted(mentions, key=lambda m: -counts[m.place])))
    title = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    first = next((m for m in mentions if m.place == lead.place), lead)
    if first.sentence:
        snippet, url = (
            first.sentence,
            article_link(first.article, first.sentence_start, first.sentence_end),
        )
    else:
        snippet, url = "…" + first.context, article_link(first.article, first.start, first.end)
    plural = "s" if len(mentions) != 1 else ""
    return FeedItem(
        day=day,
        rank=RANK_MENTIONS,
        pk=first.article,
        kind="mentions",
        title=f"{title} · {len(mentions)} mention{plural}",
        feature=f"place-{lead.place}",
        layer="places",
        lon=lead.x,
        lat=lead.y,
        time=published_time(first.published),
        outlet=first.outlet,
        snippet=one_line(snippet),
        url=url,
        evidence=(list(counts), day, day, {first.article}),
    )


# The feed's kinds.
SOURCES = (
    control_change_items,
    campaign_end_items,
    campaign_start_items,
    statement_items,
    event_items,
    mention_items,
)


def count_corroboration(items: list[FeedItem]) -> None:
    """Other articles mentioning an item's places within CORROBORATION_DAYS of its days.

    One query for the page: the located mentions of every place on it over the page's days.
    """
    dated = [item for item in items if item.evidence and item.evidence[0]]
    if not dated:
        return
    margin = dt.timedelta(days=CORROBORATION_DAYS)
    place_ids = {place for item in dated for place in item.evidence[0]}
    low = min(item.evidence[1] for item in dated) - margin
    high = max(item.evidence[2] for item in dated) + margin
    seen = defaultdict(list)
    for place, day, article in (
        Mention.objects.located()
        .filter(place_id__in=place_ids, published_on__range=(low, high))
        .order_by()
        .values_list("place_id", "published_on", "article_id")
        .distinct()
    ):
        seen[place].append((day, article))
    for item in dated:
        places, first, last, own = item.evidence
        others = {
            article
            for place in places
            for day, article in seen[place]
            if first - margin <= day <= last + margin and article not in own
        }
        item.corroborating = len(others)


def feed_page(filters: Filters, cursor: Cursor | None, limit: int) -> dict:
    items = [item for source in SOURCES for item in source(filters, cursor, limit + 1)]
    items.sort(key=lambda item: item.key, reverse=True)
    page = items[:limit]
    count_corroboration(page)
    more = len(items) > limit
    return {
        "items": [item.as_json() for item in page],
        "limit": limit,
        "next_cursor": str(Cursor(*page[-1].key)) if more and page else None,
    }
