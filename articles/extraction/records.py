"""The records `extract()` returns: an `Extraction` (every step's records for one article, and the
stable JSON `manage.py extract` prints) and the geoparser's resolved toponyms as `PlaceRecord`s."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from places.nlp import parse_batch

from .actors import ActorMatch
from .campaign_record import CampaignRecord
from .campaign_role_features import RoleContext
from .control_record import ControlRecord, control_json
from .sentences import Span
from .statements import StatementRecord


@dataclass
class PlaceRecord:
    start: int
    end: int
    text: str
    name: str
    lat: float | None = None
    lon: float | None = None
    place_id: int | None = None
    kind: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 code, when the geoparser resolved it
    feature_code: str = ""  # GeoNames feature code ("ADM1", "PPLA"), when the gazetteer has one


@dataclass
class Extraction:
    text: str
    actors: list[ActorMatch] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)
    campaigns: list[CampaignRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    # Actors found here that the given dictionary lacks (a state's forces from the country list, an
    # organisation the article introduces): name -> (kind, acronym or ""). The pipeline stores them.
    new_actors: dict[str, tuple[str, str]] = field(default_factory=dict)
    control: list[ControlRecord] = field(default_factory=list)  # who holds which place, per source
    # What the campaign role ranker read (campaign_roles); its training re-scores from it.
    roles: RoleContext | None = None

    def actor_names(self) -> list[str]:
        return sorted({m.actor for m in self.actors})

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        """The stable format printed by `manage.py extract` (evaluation tools read it)."""
        grouped: dict[str, list[dict]] = {}
        for match in self.actors:
            grouped.setdefault(match.actor, []).append(
                {"start": match.start, "end": match.end, "text": match.text}
            )
        return {
            "file": file,
            "actors": [{"name": name, "mentions": mentions} for name, mentions in grouped.items()],
            "statements": [
                {
                    "quote": s.quote,
                    "start": s.start,
                    "end": s.end,
                    "speaker": s.speaker,
                    "role": s.role,
                    "actor": s.actor,
                }
                for s in self.statements
            ],
            "campaigns": [
                {
                    "name": c.name,
                    "actors": list(c.attackers),
                    "targets": list(c.targets),
                    "started_on": c.started_on.isoformat() if c.started_on else None,
                    "date_precision": c.date_precision,
                    "origin": c.origin,
                    "ended_on": c.ended_on.isoformat() if c.ended_on else None,
                }
                for c in self.campaigns
            ],
            "control": [control_json(c) for c in self.control],
            "places": [
                {
                    "start": p.start,
                    "end": p.end,
                    "text": p.text,
                    "name": p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                }
                for p in self.places
            ],
        }


def places_from_geoparser(text: str, geoparser: Any) -> list[PlaceRecord]:
    """Resolved toponyms from a geoparser with the shared contract (`parse(text) -> [Toponym]`).
    The text is parsed first and the parse kept, so the geoparser's filter reads its entities
    and `extract` reuses it: one parse per article, as in process_articles."""
    parse_batch([text])
    return places_from_toponyms(geoparser.parse(text))


def places_from_toponyms(toponyms: list) -> list[PlaceRecord]:
    """The resolved toponyms among a geoparser's output, as extraction's place records."""
    records = []
    for toponym in toponyms:
        if getattr(toponym, "place_id", None) is None and not getattr(toponym, "name", ""):
            continue
        records.append(
            PlaceRecord(
                toponym.start,
                toponym.end,
                toponym.text,
                toponym.name or toponym.text,
                getattr(toponym, "lat", None),
                getattr(toponym, "lon", None),
                getattr(toponym, "place_id", None),
                getattr(toponym, "kind", "") or "",
                getattr(toponym, "country", "") or "",
                getattr(toponym, "feature_code", "") or "",
            )
        )
    return records
