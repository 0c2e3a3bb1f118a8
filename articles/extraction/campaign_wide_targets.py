"""A province or region named beside the towns a campaign attacks is where the campaign is, not
one of its targets: "the offensive in Borno state, where the militants overran Jilli", "rebels
took Nawnghkio and Kyaukme as fighting spread across Shan state", "the push into the Fezzan
has taken Murzuq". tests/gold/README.md lists the towns a campaign attacked; over heldout20-31
the rule drops 12 such targets, 2 of them gold (a district the gazetteer gives as a province).

The geoparser tells the kinds apart: a region, or an administrative unit of the first level
(GeoNames ADM1), is wide; a settlement, or a district below the first level (which often bears
its town's name: "Mesetas", "Zemio"), is a town. A wide target leaves a campaign that keeps a town
of the same country; a campaign of wide targets alone, or whose towns lie elsewhere, keeps them.
Without the geoparser's places nothing changes. No word names a place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_record import CampaignRecord

if TYPE_CHECKING:
    from collections.abc import Sequence

_FIRST_LEVEL = frozenset({"ADM1", "ADM1H"})
_DISTRICTS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5"})


def place_kind(place) -> str:
    """ "wide", "town" or "" (not known) for one of the geoparser's places."""
    kind = getattr(place, "kind", "")
    code = getattr(place, "feature_code", "") or ""
    if kind == "settlement" or (kind == "admin" and code in _DISTRICTS):
        return "town"
    if kind == "region" or (kind == "admin" and code in _FIRST_LEVEL):
        return "wide"
    return ""


def _kinds_by_span(places: Sequence) -> dict[int, tuple[str, str]]:
    return {p.start: (place_kind(p), getattr(p, "country", "") or "") for p in places}


def without_wide_targets(records: list[CampaignRecord], places: Sequence | None) -> None:
    """Each campaign drops its wide targets when it keeps a town of the same country (module
    docstring); in place."""
    if not places:
        return
    kinds = _kinds_by_span(places)
    for record in records:
        found = [kinds.get(start, ("", "")) for start, _ in record.target_spans]
        towns = {country for kind, country in found if kind == "town" and country}
        if not towns or len(found) != len(record.targets):
            continue
        keep = [
            index
            for index, (kind, country) in enumerate(found)
            if not (kind == "wide" and country in towns)
        ]
        if len(keep) == len(found):
            continue
        record.targets = [record.targets[i] for i in keep]
        record.target_spans = [record.target_spans[i] for i in keep]
