"""A small but complete dataset (every model the public pages show), built with the ORM.

The fuzz and XSS tests build their own rows rather than loading the seeds, so they keep
working whatever the seed fixtures grow into.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from django.apps import apps
from django.contrib.gis.geos import LineString, Point
from django.core import serializers

from articles.models import (
    Actor,
    ActorAlias,
    ActorMention,
    Article,
    Campaign,
    CampaignSource,
    FrontLine,
    Mention,
    Statement,
)
from places.models import Place


def make_place(
    name: str, lon: float, lat: float, *, geonameid: int | None = None, **extra
) -> Place:
    place = Place.objects.create(
        name=name,
        kind=extra.pop("kind", Place.Kind.SETTLEMENT),
        point=Point(lon, lat, srid=4326),
        geonameid=geonameid,
        source=extra.pop("source", Place.Source.CURATOR),
        source_id=extra.pop("source_id", f"ops:{name}:{lon}:{lat}"),
        **extra,
    )
    place.add_name(name, preferred=True)
    return place


def make_article(title: str, text: str, *, day: int = 6, url: str | None = None) -> Article:
    return Article.objects.create(
        title=title,
        text=text,
        outlet="Ops Wire",
        url=url,
        published_at=dt.datetime(2016, 11, day, 12, tzinfo=dt.UTC),
    )


def build_world(label: str = "Raqqa", *, n: int = 0) -> dict:
    """One article mentioning one place, with an actor, a statement, a campaign and a front line.

    `label` is used verbatim in every human-readable field (title, names, aliases, quote),
    so the XSS test can plant a payload everywhere at once; `n` keeps rows distinct.
    """
    # A grid over Syria and northern Iraq, far enough apart to be separate markers when zoomed in.
    lon, lat = 36.0 + (n % 12) * 0.6, 33.0 + (n // 12) * 0.4
    place = make_place(f"{label}", lon, lat, source_id=f"ops-place-{n}")
    place.add_name(f"{label} alias {n}")
    actor = Actor.objects.create(
        name=f"{label} #{n}", kind=Actor.Kind.ARMED_GROUP, colour="#aa0000"
    )
    ActorAlias.objects.create(actor=actor, alias=f"{label} alias #{n}")
    quote = f"{label} will fall"
    prefix = f"Fighting near {label}. "
    text = f"{prefix}The commander said \u201c{quote}\u201d on Sunday. {label} #{n} advanced."
    article = make_article(f"{label} — report {n}", text, url=f"https://example.org/ops/{n}")
    start = text.index(label)
    Mention.objects.create(
        article=article,
        start=start,
        end=start + len(label),
        text=label[:200],
        place=place,
        status=Mention.Status.RESOLVED,
        confidence=0.9,
        method="ops",
    )
    a_start = text.rindex(f"{label} #{n}")
    ActorMention.objects.create(
        article=article,
        actor=actor,
        start=a_start,
        end=a_start + len(f"{label} #{n}"),
        text=f"{label} #{n}"[:200],
    )
    q_start = text.index(quote)
    statement = Statement.objects.create(
        article=article,
        quote=quote,
        start=q_start,
        end=q_start + len(quote),
        speaker_name=f"{label} speaker",
        speaker_role=f"{label} role",
        speaker_actor=actor,
        said_on=dt.date(2016, 11, 6),
        sentence_start=len(prefix),
        sentence_end=len(text),
    )
    statement.places.add(place)
    campaign = Campaign.objects.create(
        name=f"{label} offensive {n}", started_on=dt.date(2016, 11, 5)
    )
    campaign.attackers.add(actor)
    campaign.targets.add(place)
    CampaignSource.objects.create(
        campaign=campaign, article=article, sentence_start=0, sentence_end=len(prefix)
    )
    other = Actor.objects.get_or_create(name="Ops opponent", defaults={"kind": Actor.Kind.STATE})[0]
    FrontLine.objects.create(
        name=f"{label} line {n}",
        valid_from=dt.date(2016, 11, 1),
        geometry=LineString((lon - 0.1, lat + 0.1), (lon + 0.1, lat + 0.1), srid=4326),
        side_a=actor,
        side_b=other,
        source_article=article,
        note=f"{label} note",
        source_note=f"{label} source",
    )
    return {
        "place": place,
        "actor": actor,
        "article": article,
        "statement": statement,
        "campaign": campaign,
    }


def fingerprint() -> str:
    """A hash of every row of the places and articles apps, and of the users."""
    digest = hashlib.sha256()
    models = [
        *apps.get_app_config("places").get_models(),
        *apps.get_app_config("articles").get_models(),
        apps.get_model("auth", "User"),
    ]
    for model in models:
        rows = serializers.serialize("json", model.objects.order_by("pk"))
        digest.update(model._meta.label.encode())
        digest.update(json.dumps(json.loads(rows), sort_keys=True).encode())
    return digest.hexdigest()
