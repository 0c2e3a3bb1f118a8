"""The map's filters, mixed into the QuerySets in articles/models.py.

Kept apart so models.py stays a readable size; each method is a no-op when its parameter
is empty, so a layer chains every filter its request may carry. Bounding boxes go through
conflictmap.bbox, which picks a query plan per backend (see there why).
"""

from __future__ import annotations

from django.apps import apps
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.expressions import RawSQL

from conflictmap.bbox import bbox_polygon, covers_world, is_wide, place_bbox_q

Bbox = tuple[float, float, float, float]


def _owners_with_a_place_in(qs, relation: str, owner_column: str, bbox: Bbox):
    """`qs` (statements, campaigns) narrowed to the rows with a place of the many-to-many
    `relation` in the box. On SQLite the links are read first and their places looked up
    (CROSS JOIN fixes that order): as a plain join SQLite could start from the gazetteer and
    test every place's point (all 5,000–290,000 places, for each feed page and layer, when its
    statistics knew of no links). Elsewhere, and for the world, an ordinary join."""
    if connection.vendor != "sqlite" or covers_world(bbox):
        return qs.filter(place_bbox_q(bbox, prefix=f"{relation}__", few_rows=True)).distinct()
    links = getattr(qs.model, relation).through._meta.db_table
    sql = (
        f"SELECT t.{owner_column} FROM {links} t CROSS JOIN places_place p "
        "WHERE p.id = t.place_id AND MbrWithin(p.point, BuildMbr(%s, %s, %s, %s, 4326))"
    )
    return qs.filter(pk__in=RawSQL(sql, bbox))


def _articles_naming(actor_ids: list[int]):
    """Ids of the articles naming one of the actors, as a subquery."""
    actor_mention = apps.get_model("articles", "ActorMention")
    return actor_mention.objects.filter(actor_id__in=actor_ids).values("article_id")


def _articles_placing(place_id: int):
    """Ids of the articles with a located mention of the place, as a subquery."""
    mention = apps.get_model("articles", "Mention")
    return mention.objects.located().filter(place_id=place_id).values("article_id")


class ArticleMapQueries:
    def naming(self, actor_ids: list[int] | None):
        """Articles that name one of the actors."""
        return self.filter(pk__in=_articles_naming(actor_ids)) if actor_ids else self

    def placed_in(self, bbox: Bbox | None):
        """Articles with a located mention in the box."""
        if not bbox:
            return self
        in_box = apps.get_model("articles", "Mention").objects.located().in_bbox(bbox)
        if is_wide(bbox):
            # EXISTS: a wide box's mentions are never listed; each article stops at its first.
            return self.filter(Exists(in_box.filter(article=OuterRef("pk"))))
        # IN: SQLite would re-run the SpatialIndex lookup inside a correlated EXISTS.
        return self.filter(pk__in=in_box.values("article_id"))


class MentionMapQueries:
    def confident(self, min_confidence: float | None):
        return self if min_confidence is None else self.filter(confidence__gte=min_confidence)

    def naming(self, actor_ids: list[int] | None):
        """In articles that name one of the actors."""
        return self.filter(article_id__in=_articles_naming(actor_ids)) if actor_ids else self

    def with_place(self, place_id: int | None):
        """In articles that mention the place (a search result chosen on the map): the place
        itself and the places mentioned with it."""
        return self.filter(article_id__in=_articles_placing(place_id)) if place_id else self

    def of_place_kinds(self, kinds: list[str] | None):
        return self.filter(place__kind__in=kinds) if kinds else self

    def in_bbox(self, bbox: Bbox | None):
        """Whose place's marker is in the box."""
        return self.filter(place_bbox_q(bbox, prefix="place__")) if bbox else self


class StatementMapQueries:
    def by_speakers(self, actor_ids: list[int] | None):
        return self.filter(speaker_actor_id__in=actor_ids) if actor_ids else self

    def about_place(self, place_id: int | None):
        """Tied to the place."""
        return self.filter(places=place_id) if place_id else self

    def about_places_in(self, bbox: Bbox | None):
        """Tied to a place in the box, tested through each statement's own places: far
        fewer than the places in a box."""
        if not bbox:
            return self
        return _owners_with_a_place_in(self, "places", "statement_id", bbox)


class CampaignMapQueries:
    def involving(self, actor_ids: list[int] | None):
        """Led or opposed by one of the actors."""
        if not actor_ids:
            return self
        return self.filter(Q(attackers__in=actor_ids) | Q(opponents__in=actor_ids)).distinct()

    def targeting(self, place_id: int | None):
        """With the place among its targets."""
        return self.filter(targets=place_id) if place_id else self

    def targeting_places_in(self, bbox: Bbox | None):
        """With a target in the box."""
        if not bbox:
            return self
        return _owners_with_a_place_in(self, "targets", "campaign_id", bbox)


class FrontLineMapQueries:
    def between_sides(self, actor_ids: list[int] | None):
        """Held by one of the actors on either side."""
        if not actor_ids:
            return self
        return self.filter(Q(side_a_id__in=actor_ids) | Q(side_b_id__in=actor_ids))

    def confident(self, min_confidence: float | None):
        return self if min_confidence is None else self.filter(confidence__gte=min_confidence)

    def crossing(self, bbox: Bbox | None):
        if not bbox or covers_world(bbox):
            return self
        return self.filter(geometry__intersects=bbox_polygon(bbox))
