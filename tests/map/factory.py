"""Plain factories for map and API tests (no factory library), plus seed loading."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from django.core.management import call_command

from articles.extraction.sentences import enclosing, sentences
from articles.models import (
    Actor,
    ActorAlias,
    ActorMention,
    Article,
    Campaign,
    FrontLine,
    Mention,
    Statement,
)
from places.models import Place

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("0*.json"))


def load_seeds() -> Article:
    """Load the seed fixtures and give the seed article its place and actor mentions.

    Mentions normally come from the geocoder; a plain alias match keeps these tests
    independent of it.
    """
    for path in SEEDS:
        call_command("loaddata", str(path), verbosity=0)
    article = Article.objects.get(title__icontains="Raqqa")
    link_mentions(article)
    return article


def link_mentions(article: Article) -> None:
    """Place and actor mentions by plain name and alias matches, each place mention with the
    sentence around it, as the geocoder records it (popups and the feed cite that sentence)."""
    spans = sentences(article.text)
    names = []
    for place in Place.objects.prefetch_related("names"):
        for name in {place.name, *(n.name for n in place.names.all())}:
            if len(name) >= 4:
                names.append((name, place))
    # Longest first; ties in a fixed order, so ids and winners never depend on hashing or collation.
    names.sort(key=lambda item: (-len(item[0]), item[0], item[1].source, item[1].source_id))
    taken: list[tuple[int, int]] = []
    for name, place in names:
        for match in re.finditer(rf"\b{re.escape(name)}\b", article.text):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            sentence = enclosing(spans, span[0])
            Mention.objects.get_or_create(
                article=article,
                start=span[0],
                end=span[1],
                defaults={
                    "text": match.group(),
                    "place": place,
                    "status": Mention.Status.RESOLVED,
                    "confidence": 0.9,
                    "method": "test-alias",
                    "sentence_start": sentence.start if sentence else None,
                    "sentence_end": sentence.end if sentence else None,
                },
            )
    actors = [(a.alias, a.actor) for a in ActorAlias.objects.select_related("actor")]
    actors += [(a.name, a) for a in Actor.objects.all()]
    for alias, actor in sorted(actors, key=lambda item: (-len(item[0]), item[0], item[1].name)):
        for match in re.finditer(rf"\b{re.escape(alias)}\b", article.text):
            ActorMention.objects.get_or_create(
                article=article,
                start=match.start(),
                end=match.end(),
                defaults={"actor": actor, "text": match.group()},
            )


def make_actor(**kwargs) -> Actor:
    kwargs.setdefault("name", f"Actor {Actor.objects.count() + 1}")
    kwargs.setdefault("kind", Actor.Kind.ARMED_GROUP)
    kwargs.setdefault("colour", "#336699")
    return Actor.objects.create(**kwargs)


def make_place(name: str = "Testville", lon: float = 39.0, lat: float = 36.0, **kwargs) -> Place:
    kwargs.setdefault("kind", Place.Kind.SETTLEMENT)
    kwargs.setdefault("source", Place.Source.CURATOR)
    kwargs.setdefault("source_id", f"test:{name}:{lon}:{lat}")
    place = Place.objects.create(name=name, point=Place.make_point(lon, lat), **kwargs)
    place.add_name(name, preferred=True)
    return place


def make_article(text: str = "Fighting was reported in Testville.", **kwargs) -> Article:
    kwargs.setdefault("title", "Test article")
    kwargs.setdefault("outlet", "Test outlet")
    kwargs.setdefault("published_at", dt.datetime(2016, 11, 6, 12, tzinfo=dt.UTC))
    return Article.objects.create(text=text, **kwargs)


def make_mention(article: Article, place: Place, text: str | None = None, **kwargs) -> Mention:
    text = text or place.name
    start = article.text.find(text)
    start = max(start, 0)
    kwargs.setdefault("status", Mention.Status.RESOLVED)
    kwargs.setdefault("confidence", 0.9)
    kwargs.setdefault("start", start)
    kwargs.setdefault("end", kwargs["start"] + len(text))
    if "sentence_start" not in kwargs:  # the sentence around it, as the geocoder records it
        sentence = enclosing(sentences(article.text), kwargs["start"])
        kwargs["sentence_start"] = sentence.start if sentence else None
        kwargs["sentence_end"] = sentence.end if sentence else None
    return Mention.objects.create(article=article, place=place, text=text, **kwargs)


def make_statement(article: Article, quote: str, places=(), **kwargs) -> Statement:
    start = article.text.find(quote)
    kwargs.setdefault("start", max(start, 0))
    kwargs.setdefault("end", kwargs["start"] + len(quote))
    kwargs.setdefault("said_on", article.published_at.date())
    statement = Statement.objects.create(article=article, quote=quote, **kwargs)
    statement.places.set(places)
    return statement


def make_frontline(
    side_a: Actor, side_b: Actor, coords=((38.5, 36.3), (39.5, 36.2)), **kwargs
) -> FrontLine:
    from django.contrib.gis.geos import LineString

    kwargs.setdefault("name", f"Line {FrontLine.objects.count() + 1}")
    kwargs.setdefault("valid_from", dt.date(2016, 11, 1))
    return FrontLine.objects.create(
        side_a=side_a, side_b=side_b, geometry=LineString(coords, srid=4326), **kwargs
    )


def make_campaign(name: str, attackers=(), targets=(), **kwargs) -> Campaign:
    kwargs.setdefault("started_on", dt.date(2016, 11, 5))
    campaign = Campaign.objects.create(name=name, **kwargs)
    campaign.attackers.set(attackers)
    campaign.targets.set(targets)
    return campaign
