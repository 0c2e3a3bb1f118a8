"""A campaign on a whole region or country beside the article's campaign on a town in it is that
campaign's setting, not a campaign of its own: "the Blue Nile fighting" beside "the offensive on
Kurmuk", "troops pressed on in the Chechen republic" beside "the assault on Shatoy". The geoparser
tells a region (a country, a first-level unit or a named area) from a town (a settlement, or a
district below the first level, which often bears its town's name); the article's campaign on a
town of the same country, by the same side, by a side not known, or started the same day (never
another day: a region's campaign dated before the town's is a wider one of its own), takes it
in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_gate import a_group_of_people
from .campaign_record import CampaignRecord, name_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

# The geoparser's kinds of a place that holds towns rather than being one.
WIDE_KINDS = frozenset({"country", "admin", "region"})
# GeoNames codes of administrative units below the first level: a district, often its town's.
_DISTRICTS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5"})


def _place_kinds(places: Sequence) -> dict[str, tuple[str, str]]:
    """("wide" or "town" or "", country) of each place the geoparser resolved, by its name and by
    its words."""
    kinds: dict[str, tuple[str, str]] = {}
    for place in places:
        code = getattr(place, "feature_code", "") or ""
        if place.kind == "settlement" or (place.kind == "admin" and code in _DISTRICTS):
            kind = "town"
        else:
            kind = "wide" if place.kind in WIDE_KINDS else ""
        for words in (place.name, place.text):
            kinds.setdefault(name_key(words), (kind, place.country or ""))
    return kinds


def _countries(record: CampaignRecord, kinds: dict, kind: str) -> set[str]:
    """The countries of the campaign's targets of a kind ("wide" or "town")."""
    found = set()
    for target in record.targets:
        target_kind, country = kinds.get(name_key(target), ("", ""))
        if country and target_kind == kind:
            found.add(country)
    return found


def _on_a_region(record: CampaignRecord, kinds: dict) -> bool:
    """An unnamed campaign every target of which is a region or a country."""
    return (
        not record.named
        and bool(record.targets)
        and all(kinds.get(name_key(t), ("", ""))[0] == "wide" for t in record.targets)
    )


def _same_fight(wide: CampaignRecord, town: CampaignRecord) -> bool:
    """The same side (or one not known), or the same start; never two different starts ("the
    push into the region began in July" and "the assault on the town on October 23" are two)."""
    if wide.started_on and town.started_on and wide.started_on != town.started_on:
        return False
    return (
        not wide.attackers
        or not town.attackers
        or bool(set(wide.attackers) & set(town.attackers))
        or (wide.started_on is not None and wide.started_on == town.started_on)
    )


def folded_regions(kept: list[CampaignRecord], places: Sequence | None) -> list[CampaignRecord]:
    """Each unnamed campaign on regions or countries alone that the article's campaign on a
    settlement of the same country takes in (`_same_fight`): it is dropped, its sides joining the
    town's campaign when that one has none. Without the geoparser's places nothing changes."""
    if not places or len(kept) < 2:
        return kept
    kinds = _place_kinds(places)
    out = []
    for record in kept:
        home = None
        if _on_a_region(record, kinds):
            countries = _countries(record, kinds, "wide")
            home = next(
                (
                    other
                    for other in kept
                    if other is not record
                    and not _on_a_region(other, kinds)
                    and countries & _countries(other, kinds, "town")
                    and _same_fight(record, other)
                ),
                None,
            )
        if home is None:
            out.append(record)
        elif not home.attackers:
            home.attackers = list(record.attackers)
    return out


def folded_into_operations(kept: list[CampaignRecord]) -> list[CampaignRecord]:
    """An unnamed campaign that shares a side and its start (day and precision) with the one
    named operation doing so is that operation's push ("Afghan troops backed by British and
    American forces have taken back Musa Qala ... The operation, known as Mar Karadad, began on
    Friday"): its targets lead the operation's, whose own may be a place named beside the naming
    only, and it is dropped (the operation keeps the sides the roles gave it). So is an undated
    one whose every side wages the one operation (`_undated_push`)."""
    out = []
    for record in kept:
        operations = [
            other
            for other in kept
            if other.named
            and not record.named
            and (_same_start_push(record, other) or _undated_push(record, other))
        ]
        if len(operations) != 1:
            out.append(record)
            continue
        operation = operations[0]
        keys = {name_key(t) for t in record.targets}
        pairs = list(zip(record.targets, record.target_spans, strict=False)) + [
            (t, s)
            for t, s in zip(operation.targets, operation.target_spans, strict=False)
            if name_key(t) not in keys
        ]
        operation.targets = [t for t, _ in pairs]
        operation.target_spans = [s for _, s in pairs]
    return out


def _same_start_push(record: CampaignRecord, operation: CampaignRecord) -> bool:
    return (
        record.started_on is not None
        and (operation.started_on, operation.date_precision)
        == (record.started_on, record.date_precision)
        and bool(set(operation.attackers) & set(record.attackers))
    )


def _undated_push(record: CampaignRecord, operation: CampaignRecord) -> bool:
    """A campaign the article gives no start, waged only by sides of a named operation ("Troops
    pushed into Okucani ... Operation Flash, launched on May 1", "Israeli forces in Ramallah ...
    Operation Defensive Shield"): the operation's push, not an earlier campaign of its own, which
    the article would date. Over heldout20-38 the three such were each a target of the gold's
    operation; a dated push of another day stays apart."""
    return (
        record.started_on is None
        and bool(record.attackers)
        and set(record.attackers) <= set(operation.attackers)
    )


def without_group_targets(text: str, kept: list[CampaignRecord], doc: Doc | None):
    """A target whose words the text uses as a group of people ("31 Maoists killed", "had
    surrounded the Maoists on the hills": `campaign_gate.a_group_of_people`) is no place: it
    leaves its campaign, and an unnamed campaign left without targets is none."""
    if doc is None:
        return kept
    out = []
    for record in kept:
        pairs = [
            (target, span)
            for target, span in zip(record.targets, record.target_spans, strict=False)
            if not a_group_of_people(doc, {target, text[span[0] : span[1]]})
        ]
        if len(pairs) < len(record.targets):
            record.targets = [target for target, _ in pairs]
            record.target_spans = [span for _, span in pairs]
        if record.targets or record.named:
            out.append(record)
    return out
