"""Control observations from the text: who holds a place after a capture, retake, withdrawal or
encirclement, and whether a party claims it or the report states it.

Each sentence is read for an event trigger (the named patterns in TRIGGERS), the place the event
is about (a resolved toponym, a place entity of the shared parse, or the proper name the trigger
governs) and the side holding the place afterwards: the actor doing the taking; the actor after
"fell to" or "held by"; for a withdrawal or an encirclement, the other side. A sentence whose
speaker is a party ("the army said it had recaptured X") gives a *claimed* observation with that
party as claimant; one told as fact or by residents, witnesses or monitors a *reported* one. The
date is the one the sentence ties to the event, else the day of the claim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_claims import claim, clause_floor
from .control_dates import date_claims_by_reports, event_date
from .control_patterns import (
    AIM_BEFORE,
    ANAPHOR,
    DEMONYM,
    GENERIC_BEFORE,
    NAME,
    NAME_AFTER,
    NOT_AGENT_AFTER,
    NOT_AGENT_BEFORE,
    NOT_PLACE,
    OBSERVER_KINDS,
    PLACE_LABELS,
    PRONOUN_SUBJECT,
    STATE_KINDS,
    TRIGGERS,
    Trigger,
)
from .sentences import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceRecord
    from .actor_dictionary import ActorMatch


@dataclass
class ControlRecord:
    place: str  # the canonical name when the geoparser resolved it, else the words of the text
    place_text: str
    start: int
    end: int
    side: str
    event: str
    kind: str
    claimant: str | None
    observed_on: dt.date | None
    date_precision: int | None
    sentence_start: int
    sentence_end: int
    place_id: int | None = None
    trigger: str = ""
    # How the date was found: 2 the text dates the change itself, 1 it dates the claim ("said on
    # Friday"), 0 the publication day or none.
    dated: int = 0


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    text: str
    name: str
    place_id: int | None = None


def _place_candidates(
    text: str, sentence: Span, places: list[PlaceRecord] | None, doc: Doc | None
) -> list[_Place]:
    """Resolved toponyms in the sentence, else the parse's place entities."""
    found = [
        _Place(p.start, p.end, p.text, p.name, p.place_id)
        for p in places or ()
        if sentence.start <= p.start and p.end <= sentence.end
    ]
    if doc is not None:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for ent in span.ents if span is not None else ():
            if ent.label_ in PLACE_LABELS and not any(
                f.start < ent.end_char and ent.start_char < f.end for f in found
            ):
                found.append(_Place(ent.start_char, ent.end_char, ent.text, ent.text))
    return sorted(found, key=lambda p: p.start)


def _is_actor(actors: list[ActorMatch], start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in actors)


def _places_after(
    text: str, at: int, limit: int, candidates: list[_Place], actors: list[ActorMatch]
) -> list[_Place]:
    """The place the trigger ending at `at` governs, and one joined by "and" ("took A and B")."""
    match = NAME_AFTER.match(text, at, limit)
    if match is None or NOT_PLACE.match(match["name"]):
        return []
    start, end = match.span("name")
    if _is_actor(actors, start, end):
        return []
    name = match["name"]
    if name.endswith(("'s", "’s")):  # "Sangin's district centre": the place is Sangin
        name, end = name[:-2], end - 2
    if DEMONYM.search(name):
        return []
    # A resolved toponym covering the name's start wins, unless the name runs past it
    # ("Qala-i-Naw", where the parse saw "Qala").
    first = next((c for c in candidates if c.start <= start < c.end and c.end >= end), None)
    first = first or _Place(start, end, name, name)
    found = [first]
    rest = re.match(r",?\s+and\s+(?:the\s+\w+\s+of\s+)?", text[first.end : limit])
    if rest:
        at_second = first.end + rest.end()
        second = next((c for c in candidates if c.start == at_second), None)
        name = NAME.match(text, at_second, limit)
        if second is None and name and not NOT_PLACE.match(name["name"]):
            second = _Place(at_second, name.end(), name["name"], name["name"])
        if second is not None and not _is_actor(actors, second.start, second.end):
            found.append(second)
    return found


def _place_before(
    text: str, at: int, sentence: Span, candidates: list[_Place], actors, names: bool = True
) -> list[_Place]:
    """The place nearest before the trigger ("X fell to Y"): a candidate, else a proper name."""
    before = [c for c in candidates if sentence.start <= c.start and c.end <= at]
    before = [c for c in before if not _is_actor(actors, c.start, c.end)]
    found = [
        _Place(m.start("name"), m.end("name"), m["name"], m["name"])
        for m in (NAME.finditer(text, sentence.start, at) if names else ())
        if not NOT_PLACE.match(m["name"]) and not _is_actor(actors, *m.span("name"))
    ]
    nearest = max(before + found, key=lambda c: c.end, default=None)
    if nearest is None:
        return []
    return [next((c for c in before if c.start <= nearest.start < c.end), nearest)]


def _agent(text: str, at: int, floor: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """The actor nearest before the trigger that acts (not "backed by X", "from X")."""
    for actor in reversed(actors):
        if actor.end > at or actor.start < floor:
            continue
        if NOT_AGENT_BEFORE.search(text[max(floor, actor.start - 30) : actor.start]):
            continue
        if _adjectival(text, actor):
            continue
        return actor
    return None


def _adjectival(text: str, actor: ActorMatch) -> bool:
    """ "Turkish-backed fighters", "pro-Russian separatists": the actor names no side here."""
    return (
        bool(NOT_AGENT_AFTER.match(text, actor.end))
        or text[max(0, actor.start - 4) : actor.start].casefold() == "pro-"
    )


def _previous_subject(text: str, context: _Context) -> ActorMatch | None:
    """The actor the sentence before is about: its first acting one."""
    if context.previous is None:
        return None
    for actor in context.actors:
        if context.previous.start <= actor.start < context.previous.end and _acts(text, actor):
            return actor
    return None


def _acts(text: str, actor: ActorMatch) -> bool:
    """Not "backed by X", "from X", "X-backed": X acts itself."""
    return not _adjectival(text, actor) and not NOT_AGENT_BEFORE.search(
        text[max(0, actor.start - 30) : actor.start]
    )


def _actor_after(at: int, limit: int, actors: list[ActorMatch]) -> ActorMatch | None:
    return next((a for a in actors if at <= a.start < min(limit, at + 60)), None)


def _opponent(
    doer: ActorMatch | None, nearby: list[ActorMatch], article: list[ActorMatch]
) -> str | None:
    """The other side: another actor of the sentence, else the one the article names most of
    the other camp (armed groups against states and their forces), else any other."""
    name = doer.actor if doer else None
    for actor in nearby:
        if actor.actor != name:
            return actor.actor
    counts: dict[str, int] = {}
    other_camp: dict[str, int] = {}
    for actor in article:
        if actor.actor == name or actor.kind in OBSERVER_KINDS:
            continue
        counts[actor.actor] = counts.get(actor.actor, 0) + 1
        if doer is not None and (actor.kind in STATE_KINDS) != (doer.kind in STATE_KINDS):
            other_camp[actor.actor] = other_camp.get(actor.actor, 0) + 1
    pool = other_camp or counts
    return max(pool, key=pool.get) if pool else None


def _observations_in(
    text: str, sentence: Span, context: _Context, trigger: Trigger, match: re.Match[str]
) -> list[ControlRecord]:
    at, end = match.span()
    sent_actors = [a for a in context.actors if sentence.start <= a.start < sentence.end]
    floor = clause_floor(text, sentence, at)
    if trigger.place == "after":
        targets = _places_after(text, end, sentence.end, context.candidates, sent_actors)
        anaphor = ANAPHOR.match(text, end, sentence.end)
        # "who seized it last week": a bare "it" is read only in a denial ("denied losing it").
        if anaphor and (anaphor["noun"] or trigger.name == "denial") and not targets:
            targets = _place_before(
                text, at, sentence, context.candidates + context.earlier, sent_actors, names=False
            )
    else:
        targets = _place_before(text, at, sentence, context.candidates, sent_actors)
    if not targets:
        return []
    if AIM_BEFORE.search(text[max(sentence.start, at - 12) : at]):
        return []
    if match.group().endswith("s") and GENERIC_BEFORE.search(
        text, max(sentence.start, at - 30), at
    ):
        return []
    kind, claimant, cue = claim(text, sentence, at, sent_actors, context.quotes)
    parties = [a for a in sent_actors if a.kind not in OBSERVER_KINDS]
    doer = _agent(text, at, floor, parties)
    if doer is None and (claimant is None or PRONOUN_SUBJECT.match(text, floor, at)):
        # "They seized X", "the ministry said the capture of X …": the sentence before says who.
        doer = _previous_subject(text, context)
    if trigger.side == "after":
        holder = _actor_after(end, sentence.end, parties)
        side = holder.actor if holder else None
    elif trigger.side == "agent":
        side = doer.actor if doer else claimant
    else:
        if doer is None and claimant is not None:
            doer = next((a for a in parties if a.actor == claimant), None)
        name = doer.actor if doer else claimant
        others = [a for a in parties if a.actor != name and not _adjectival(text, a)]
        side = _opponent(doer, others, context.actors)
    if side is None:
        return []
    kind = trigger.kind or kind
    if kind == "claimed" and claimant is None:
        claimant = doer.actor if doer else side
    quote = next((q for q in context.quotes if q.start <= at < q.end and q.said_on), None)
    said_on = quote.said_on if quote is not None else context.published  # "…," X said on Monday
    claim_day = said_on if kind == "claimed" and trigger.dated_by_claim else None
    date, precision, dated = event_date(
        text, sentence, (at, end), cue, context.quotes, context.published, claim_day
    )
    return [
        ControlRecord(
            place=p.name,
            place_text=p.text,
            start=p.start,
            end=p.end,
            side=side,
            event=trigger.event,
            kind=kind,
            claimant=claimant if kind == "claimed" else None,
            observed_on=date,
            date_precision=precision if date else None,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            place_id=p.place_id,
            trigger=trigger.name,
            dated=dated,
        )
        for p in targets
    ]


@dataclass
class _Context:
    actors: list[ActorMatch]
    candidates: list[_Place]
    published: dt.date | None
    quotes: list = field(default_factory=list)  # StatementRecords: a quote is its speaker's
    previous: Span | None = None  # the sentence before
    earlier: list[_Place] = field(default_factory=list)  # places observed earlier in the sentence


def find_control(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None,
    places: list[PlaceRecord] | None = None,
    doc: Doc | None = None,
    statements: list | None = None,
) -> list[ControlRecord]:
    """Control observations in the text; one report told twice (the headline, then the lead with
    its date) is kept once, from the sentence that dates it."""
    actors = sorted((a for a in actors if a.kind != "outlet"), key=lambda a: a.start)
    found: dict[tuple, ControlRecord] = {}
    previous = None
    for sentence in sentences:
        candidates = _place_candidates(text, sentence, places, doc)
        context = _Context(actors, candidates, published, statements or [], previous)
        previous = sentence
        taken: list[tuple[int, int]] = []
        # In the order of the text (an anaphor reads the places before it); on a tie, the
        # pattern listed first.
        matches = sorted(
            (
                (match.start(), rank, trigger, match)
                for rank, trigger in enumerate(TRIGGERS)
                for match in trigger.pattern.finditer(text, sentence.start, sentence.end)
            ),
            key=lambda m: m[:2],
        )
        for _, _, trigger, match in matches:
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            records = _observations_in(text, sentence, context, trigger, match)
            if records:
                taken.append(match.span())
            for record in records:
                context.earlier.append(
                    _Place(
                        record.start, record.end, record.place_text, record.place, record.place_id
                    )
                )
                key = (name_key(record.place), record.side, record.event, record.kind)
                if key not in found or record.dated > found[key].dated:
                    found[key] = record
    records = sorted(found.values(), key=lambda r: r.start)
    date_claims_by_reports(records)
    return records


def control_json(record: ControlRecord) -> dict:
    """The record as printed by `manage.py extract` and read by the evaluation."""
    return {
        "place": record.place,
        "text": record.place_text,
        "start": record.start,
        "end": record.end,
        "side": record.side,
        "event": record.event,
        "kind": record.kind,
        "claimant": record.claimant,
        "date": record.observed_on.isoformat() if record.observed_on else None,
        "date_precision": record.date_precision,
        "trigger": record.trigger,
    }
