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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from places.normalize import name_key

from .actor_dictionary import window
from .control_background import told_aside, told_in_passing
from .control_changes import (
    holds_claiming_a_taking,
    one_taking_per_side,
    takers_of_what_was_left,
    without_states_of_a_change,
)
from .control_claim_days import date_claims_by_sentences
from .control_claims import claim, clause_floor
from .control_date_carry import date_across_sentences, dates_better
from .control_dates import night_before, place_date
from .control_doers import doer_of, sides_of
from .control_drive_outs import drive_outs
from .control_event_dates import trigger_date
from .control_falls import falls_a_taking
from .control_far_sides import holders_of_what_was_left
from .control_holds import held_ground, subject_places
from .control_leavings import BARE, NOT_FIGHTERS_AFTER, leaving, withdrawals_after_takings
from .control_media import party_voices
from .control_near import held_next_to
from .control_objects import listed_objects
from .control_patterns import (
    AIM_BEFORE,
    ANAPHOR,
    APPOSITIVE_GAP,
    CHANGE_EVENTS,
    CIVILIANS_BEFORE,
    DEFENDERS_IN,
    DESCRIBED_HOLDS,
    FACILITY_HERE,
    FORESEEN,
    GENERIC_BEFORE,
    HEDGE,
    LEFT_FOR,
    NEGATED,
    OBSERVER_KINDS,
    PEOPLE_BEFORE,
    PERFECT_TENSE,
    RELATIVE_PRONOUN,
    SIEGE_ENDED,
    SUBJECT_NEXT,
    TAKING_EVENTS,
    TITLED,
    WHO_FLED,
)
from .control_places import (
    Place,
    antecedent,
    fronted_place,
    listed,
    listed_before,
    modifier,
    place_before,
    place_candidates,
    place_entities,
    places_after,
)
from .control_rebuttals import rebuttals
from .control_record import ControlRecord
from .control_triggers import TRIGGERS, Trigger
from .sentences import Span
from .states import FORCES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceRecord
    from .actor_dictionary import ActorMatch


def _targets(
    text: str,
    sentence: Span,
    context: _Context,
    trigger: Trigger,
    match: re.Match[str],
    sent_actors: list[ActorMatch],
) -> list[Place]:
    """The places the trigger is about (control_places.py)."""
    at, end = match.span()
    if trigger.place == "after":
        targets = places_after(text, end, sentence.end, context.candidates, sent_actors)
        # "held the old town and the village of X": a list opened by common nouns
        targets = targets or listed_objects(
            context.doc, text, (end, sentence.end), context.candidates, sent_actors
        )
        if not targets and trigger.event == "hold":  # "still held the hills above X"
            targets = held_ground(text, end, sentence.end, context.candidates, sent_actors)
        anaphor = ANAPHOR.match(text, end, sentence.end)
        if anaphor and anaphor["part"] and trigger.event not in CHANGE_EVENTS:
            anaphor = None
        # "who seized it last week": a bare "it" is read only in a denial ("denied losing it").
        if anaphor and (anaphor["noun"] or trigger.name == "denial") and not targets:
            # the place a change told before in the sentence, else the nearest one named
            targets = place_before(
                text, at, sentence, context.earlier, sent_actors, names=False
            ) or place_before(text, at, sentence, context.candidates, sent_actors, names=False)
        if not targets:  # "X, which Y captured in March"
            targets = antecedent(text, at, sentence, context.candidates, sent_actors)
            context.relative = bool(targets)
        if (
            not targets
            and trigger.event == "withdraw"
            and context.taken_here
            and LEFT_FOR.search(text, context.taken_here[-1][0].end, at)
        ):
            # "M23 seized X on Friday after government troops pulled out", "entered A and B after
            # the enemy withdrew from them": the places the sentence tells taken, by their taker
            context.left_for = True
            targets = [place for place, _ in context.taken_here]
        if (
            not targets
            and context.recent
            and ((anaphor and anaphor["noun"]) or FACILITY_HERE.match(text, end, sentence.end))
        ):
            # "The rebels stormed the city on Sunday": the place the sentence before told of;
            # read only to date what that sentence told (`follow_up`)
            targets = [replace(p, start=-1, end=-1) for p in context.recent]
        if not targets and trigger.name in BARE and not _NOT_DONE.search(text, sentence.start, at):
            # "In X, 35 miles southeast of the capital, the guerrillas pulled out on Monday"
            targets = fronted_place(text, sentence.start, at, context.candidates, sent_actors)
        if not targets and trigger.event == "withdraw" and (anaphor or trigger.name in BARE):
            targets = [Place(-1, -1, "", "")]  # "pulled out of the town": control_leavings.py
    elif trigger.place == "inside":  # "denied that X had fallen"
        targets = listed(
            text, at + match.group().index(" that ") + 6, end, context.candidates, sent_actors
        )
    elif trigger.place == "subject":  # "A and B remained in X hands"
        targets = subject_places(text, at, sentence, context, sent_actors)
    elif trigger.place == "passive":  # "X, home to a dam, has been encircled by Y"
        targets = subject_places(text, at, sentence, context, sent_actors, passive=True)
    else:
        targets = place_before(text, at, sentence, context.candidates, sent_actors)
        if targets and trigger.name in SUBJECT_NEXT and not _next_to(text, targets[0], at):
            targets = []  # "X had been taken": X its subject, not a name further back
        if (
            targets
            and trigger.name in SUBJECT_NEXT
            and (
                PEOPLE_BEFORE.search(text, max(0, targets[0].start - 60), targets[0].start)
                or TITLED.match(text, targets[0].start)
            )
        ):
            targets = []  # "The people of X are safe", "Dr X is safe": people, not the place
        if targets and trigger.name == "repel-here" and not _defended(text, targets[0], at):
            targets = []  # "troops in X had beaten back two attacks": only so
        if targets:  # "A, B and C fell to Y"
            targets = listed_before(text, targets[0], sentence, context.candidates, sent_actors)
    return targets


# A withdrawal not done: "British forces would be withdrawn", "were to pull out".
_NOT_DONE = re.compile(r"\b(?:be|to|will|would|could|might|may)\s+(?:\w+\s+)?$")


def _defended(text: str, place: Place, at: int) -> bool:
    """The place stands just before the trigger, after the defenders placed in it ("troops in X
    had beaten back two attacks")."""
    return at - place.end < 4 and bool(
        DEFENDERS_IN.search(text, max(0, place.start - 60), place.start)
    )


def _next_to(text: str, place: Place, at: int) -> bool:
    """The place stands just before the trigger, or before an appositive that ends there."""
    return 0 <= at - place.end < 4 or bool(APPOSITIVE_GAP.fullmatch(text, place.end, at))


def _tells_an_event(
    text: str, sentence: Span, trigger: Trigger, match: re.Match[str], floor: int
) -> bool:
    """Not an aim ("an offensive to retake X", "began storming X"), not a siege that ended ("broke
    the siege of X"), not civilians fleeing ("residents fled X", "a
    farmer who fled X"), not a description ("a force that ultimately liberates X")."""
    at, end = match.span()
    if AIM_BEFORE.search(text[max(sentence.start, at - 12) : at]) and not PERFECT_TENSE.match(
        match.group()
    ):  # ("claimed to have taken X": done, not aimed at)
        return False
    if HEDGE.match(text, sentence.start, at):  # "If confirmed, the fall of X would be …"
        return False
    if trigger.event == "encircle" and SIEGE_ENDED.search(text, max(floor, at - 40), at):
        return False
    if trigger.event == "withdraw" and (
        CIVILIANS_BEFORE.search(text, max(floor, at - 60), at)
        or NOT_FIGHTERS_AFTER.match(text, end)
        or WHO_FLED.search(text, max(floor, at - 14), end)
    ):
        return False
    return not (
        match.group().endswith("s")
        and trigger.name not in DESCRIBED_HOLDS  # "Ansar Dine, which holds X"
        and GENERIC_BEFORE.search(text, max(sentence.start, at - 30), at)
    )


def _observations_in(
    text: str, sentence: Span, context: _Context, trigger: Trigger, match: re.Match[str]
) -> list[ControlRecord]:
    at, end = match.span()
    sent_actors = context.sentence_actors
    context.left_for = context.relative = False
    targets = _targets(text, sentence, context, trigger, match, sent_actors)
    targets = [p for p in targets if not modifier(context.doc, p)]  # "Afghanistan's … city"
    # "holds A and B, ANGOP said": a party's medium read into the list is no place
    targets = [
        p for p in targets if not any(v.start < p.end and p.start < v.end for v in context.voices)
    ]
    if not targets or (trigger.name == "fall-of" and FORESEEN.match(text, targets[-1].end)):
        return []
    # the state whose ground the place is on: its own country's, else one of the article's places
    context.homes = [targets[0].country] if targets[0].country else context.countries
    floor = _floor(text, sentence, context, at, targets)
    if not _tells_an_event(text, sentence, trigger, match, floor):
        return []
    # a party's own medium ("…, ANGOP said") speaks for it, though it is no actor of the sentence
    speakers = sorted(sent_actors + context.voices, key=lambda a: a.start)
    kind, claimant, cue = claim(text, sentence, at, speakers, context.quotes, context.actors)
    parties = [a for a in sent_actors if a.kind not in OBSERVER_KINDS]
    doer = doer_of(text, context, trigger, (at, floor), parties, claimant)
    # the place just before the trigger ("X, held by …", "X, the capital of Y, fell to …")
    near = held_next_to(text, targets[0].end, at)
    side, leaver, doer = sides_of(
        text, context, trigger, (end, sentence.end), doer, parties, claimant, near
    )
    if trigger.name == "fell-bare" and not falls_a_taking(text, targets[0], near, side):
        return []  # "X fell on Monday, the ministry said": told by the side that lost it
    # A place the sentence does not name, or a side it does not tell ("Hundreds of armed men
    # stormed X on Monday"): the sentence only dates a change told elsewhere.
    follow_up = side is None or targets[0].start < 0
    # A state holds ground through its forces: the side is the forces actor where there is one
    # (the claimant stays the state that speaks).
    side = FORCES.get(side or "", side or "")
    kind = trigger.kind or kind
    if kind == "claimed" and claimant is None:
        claimant = doer.actor if doer else side
    if not trigger.kind and NEGATED.search(text, max(sentence.start, at - 20), at):
        # "The enemy has not entered X," the group said: who says so holds X; told as fact ("an
        # area the army had not entered"), nothing
        if kind != "claimed" or not claimant:
            return []
        side, trigger = FORCES.get(claimant, claimant), replace(trigger, event="hold")
    event, date, precision, dated = trigger_date(text, sentence, context, trigger, match, kind, cue)
    if not event:
        return []
    taken = next((r for p, r in context.taken_here if p == targets[0]), None)
    own_day = place_date(text, end, sentence, context.published)
    if context.left_for and taken is not None and own_day is None:
        # "entered X on Sunday after the rebels pulled out", "four days after taking X when the
        # army withdrew": the withdrawal came with the taking (unless it has its own date:
        # "after the rebels pulled out on Saturday")
        date, precision, dated = taken.observed_on, taken.date_precision, taken.dated
    date = night_before(text, (trigger.event, at, end), sentence, date, precision)
    # a fall named by its noun with no taker in its sentence waits for `background_falls`
    background = trigger.name == "fall-of" and not side and targets[0].start >= 0
    leaving_it = trigger.event == "withdraw" and targets[0].start < 0
    if follow_up and dated < 2 and not (leaving_it or background):
        return []  # (an undated leaving of the town may still tell a withdrawal: control_leavings)
    fields = dict(side=side, event=event, kind=kind, leaver=leaver, follow_up=follow_up)
    fields["trigger"] = trigger.name
    fields["claimant"] = claimant if kind == "claimed" else None
    return _place_records(text, sentence, context, targets, (end, date, precision, dated), fields)


def _place_records(
    text: str,
    sentence: Span,
    context: _Context,
    targets: list[Place],
    dating: tuple[int, dt.date | None, int | None, int],
    fields: dict,
) -> list[ControlRecord]:
    """One record per place of the report. `dating` is (the trigger's end, the report's date,
    precision and how it was dated); `fields` the record's side, event, kind, claimant, leaver
    and follow_up."""
    end, day, precision, dated = dating
    records = []
    for p in targets:
        # "seized A on November 30 and B on December 5", "including A in March": each place
        # followed by a date has that date
        own = place_date(text, p.end, sentence, context.published) if p.start >= end else None
        records.append(
            ControlRecord(
                place=p.name,
                place_text=p.text,
                start=p.start,
                end=p.end,
                observed_on=own.date if own else day,
                date_precision=own.precision if own else precision if day else None,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                place_id=p.place_id,
                dated=2 if own else dated,
                **fields,
            )
        )
    return records


def _floor(text: str, sentence: Span, context: _Context, at: int, targets: list[Place]) -> int:
    """Where the trigger's doer may stand from: its clause's start; in a relative clause on the
    place ("X, which the militants have held since June") after the place, unless a pronoun
    points back to the subject before it ("X, which they captured in May")."""
    floor = clause_floor(text, sentence, at)
    if context.relative and not RELATIVE_PRONOUN.search(text, targets[-1].end, at):
        floor = max(floor, targets[-1].end)
    return floor


@dataclass
class _Context:
    actors: list[ActorMatch]
    candidates: list[Place]
    published: dt.date | None
    quotes: list = field(default_factory=list)  # StatementRecords: a quote is its speaker's
    previous: Span | None = None  # the sentence before
    sentences: list[Span] = field(default_factory=list)  # the article's, in order
    earlier: list[Place] = field(default_factory=list)  # places observed earlier in the sentence
    recent: list[Place] = field(default_factory=list)  # the two sentences before's changes
    # (place, record) of the takings read so far in the sentence
    taken_here: list[tuple[Place, ControlRecord]] = field(default_factory=list)
    left_for: bool = False  # the trigger read is a withdrawal from the places taken_here
    relative: bool = False  # the trigger's place is the one its relative clause is about
    doc: Doc | None = None
    # ISO codes of the article's places, most named first; `homes` puts the trigger's place's first
    countries: list[str] = field(default_factory=list)
    homes: list[str] = field(default_factory=list)
    sentence_actors: list[ActorMatch] = field(default_factory=list)  # the sentence's own
    voices: list[ActorMatch] = field(default_factory=list)  # its parties' own media (control_media)


def _trigger_matches(text: str, sentence: Span) -> list[tuple[Trigger, re.Match[str]]]:
    """The triggers in the sentence, in the order of the text (an anaphor reads the places
    before it); on a tie, the pattern listed first."""
    matches = sorted(
        (
            (match.start(), rank, trigger, match)
            for rank, trigger in enumerate(TRIGGERS)
            for match in trigger.pattern.finditer(text, sentence.start, sentence.end)
        ),
        key=lambda m: m[:2],
    )
    return [(trigger, match) for _, _, trigger, match in matches]


def find_control(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None,
    places: list[PlaceRecord] | None = None,
    doc: Doc | None = None,
    statements: list | None = None,
) -> list[ControlRecord]:
    """Control observations in the text; a report told twice is kept once, as it is dated."""
    actors = sorted((a for a in actors if a.kind != "outlet"), key=lambda a: a.start)
    found: dict[tuple, ControlRecord] = {}
    # for later steps: follow-ups, leavings, what is told in passing (`told_aside`)
    follow_ups, leavings, untaken = [], [], []
    previous = None
    recent: list[Place] = []
    told_before: list[Place] = []  # the changes the sentence before told
    entities = place_entities(doc)
    countries = [c for c, _ in Counter(p.country for p in places or () if p.country).most_common()]
    voices = party_voices(text, actors)
    voice_starts = [v.start for v in voices]
    for sentence in sentences:
        candidates = place_candidates(text, sentence, places, doc, entities)
        context = _Context(actors, candidates, published, statements or [], previous, doc=doc)
        context.countries = countries
        context.sentences = sentences
        context.recent = recent
        # Sliced once per sentence: a scan of every actor per trigger grew with the square of
        # the text (a 5 MB article took six times as long as 2.5 MB).
        context.sentence_actors = window(actors, sentence.start, sentence.end)
        context.voices = voices[
            bisect_left(voice_starts, sentence.start) : bisect_left(voice_starts, sentence.end)
        ]
        previous = sentence
        taken: list[tuple[int, int]] = []
        in_sentence: list[ControlRecord] = []
        for trigger, match in _trigger_matches(text, sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            records = _observations_in(text, sentence, context, trigger, match)
            if not all(map(leaving, records)):  # a leaving leaves the words to others
                taken.append(match.span())
            in_sentence += records
            kept = [r for r in records if r.start >= 0]  # not a leaving's stand-in place
            context.earlier += [
                Place(r.start, r.end, r.place_text, r.place, r.place_id) for r in kept
            ]
            context.taken_here += [
                (Place(r.start, r.end, r.place_text, r.place, r.place_id), r)
                for r in records
                if r.event in TAKING_EVENTS and not r.follow_up
            ]
        told = {name_key(p.name) for p in recent}  # only the two sentences before's changes
        follow_ups += [
            r for r in in_sentence if r.follow_up and r.dated > 1 and name_key(r.place) in told
        ]
        leavings += [r for r in in_sentence if leaving(r)]
        untaken += [r for r in in_sentence if told_aside(r)]
        in_sentence = [r for r in in_sentence if not r.follow_up and not told_aside(r)]
        told_here = [
            Place(r.start, r.end, r.place_text, r.place, r.place_id)
            for r in in_sentence
            if r.event in CHANGE_EVENTS
        ]
        recent, told_before = told_before + told_here, told_here
        for record in without_states_of_a_change(in_sentence):
            key = (name_key(record.place), record.side, record.event, record.kind)
            if key not in found or dates_better(record, found[key]):
                found[key] = record
    records = sorted(found.values(), key=lambda r: r.start)
    takers_of_what_was_left(records)
    holders_of_what_was_left(records, actors)
    date_across_sentences(text, records, follow_ups, published)
    date_claims_by_sentences(text, sentences, records, published)
    holds_claiming_a_taking(records)
    records = one_taking_per_side(records, dates_better)
    records += drive_outs(text, records)  # "seized X, driving out the militia"
    records += rebuttals(text, doc, sentences, actors, records, published, countries)
    records += withdrawals_after_takings(records, leavings)
    return _without_states(told_in_passing(records, untaken), places)


def _without_states(
    records: list[ControlRecord], places: list[PlaceRecord] | None
) -> list[ControlRecord]:
    """The records in the text's order, but those of a whole state (`_a_state`)."""
    return sorted((r for r in records if not _a_state(r, places)), key=lambda r: r.start)


def _a_state(record: ControlRecord, places: list[PlaceRecord] | None) -> bool:
    """A whole state is no place that changes hands ("the enemy's last fortress in Eritrea has
    been liberated", "controlled more than half of Ethiopia's territory"): the record's words are
    (or overlap) a country the geoparser resolved, or the parse's entity of its name with a
    possessive ("Ethiopia's", where the geoparser read "Ethiopia")."""
    states = [p for p in places or () if p.kind == "country"]
    words = re.sub(r"['’]s?$", "", record.place_text)
    return any(
        (p.start < record.end and record.start < p.end)
        or (words != record.place_text and words in (p.text, p.name))
        for p in states
    )
