"""Who holds a place after a control event (articles/extraction/control.py): the actor that acts
before a trigger, the one it introduces, the article's main state or armed group, and the other
side of a withdrawal or an encirclement."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from places.nlp import text_of

from .control_patterns import (
    NOT_AGENT_AFTER,
    NOT_AGENT_BEFORE,
    NOT_PLACE,
    OBSERVER_KINDS,
    QUALIFIER,
    STATE_KINDS,
)
from .states import FORCES, countries

# The nouns that name a state's fighters without naming the state ("soldiers and militiamen").
STATE_NOUNS = frozenset({"soldiers", "troops", "army", "military", "servicemen"})
# Conjuncts that back a taking but hold no ground ("Turkish tanks and FSA fighters captured X").
MACHINES = frozenset(
    {"tanks", "jets", "warplanes", "aircraft", "drones", "helicopters", "artillery", "gunboats"}
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorMatch


# A participle phrase set off by commas after the subject: "Russian forces, led by Wagner
# mercenaries, captured X", "MNLA fighters, backed by the HCUA and the MAA, entered Y".
SUPPORT_PHRASE = re.compile(
    r",\s+(?:\w+\s+)?(?:backed|led|supported|aided|helped|assisted|joined|accompanied|"
    r"reinforced|spearheaded)\s+by\b[^,;]*$",
    re.I,
)


# A subject that names fighters without naming whose ("Government forces, backed by …").
FIGHTERS = re.compile(
    r"\b(?:forces|troops|soldiers|army|fighters|rebels|militants|insurgents|units|militiamen|"
    r"guerrillas)\b",
    re.I,
)


def agent(text: str, at: int, floor: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """The actor nearest before the trigger that acts (not "backed by X", "from X", nor one in
    a ", led by X," phrase between the subject and its verb)."""
    for actor in reversed(actors):
        if actor.end > at or actor.start < floor:
            continue
        if NOT_AGENT_BEFORE.search(text[max(floor, actor.start - 50) : actor.start]):
            continue
        if _supports(text, (floor, at), actor, actors):
            continue
        if adjectival(text, actor):
            continue
        return actor
    return None


def _supports(
    text: str, where: tuple[int, int], actor: ActorMatch, actors: list[ActorMatch]
) -> bool:
    """`actor` stands in a ", led by X," phrase after a subject that names a side of its own, by
    name or as fighters (`where`: the clause start and the trigger); after "The offensive, led by
    X," X leads."""
    floor, at = where
    phrase = SUPPORT_PHRASE.search(text, max(floor, actor.start - 150), actor.start)
    if phrase is None or "," not in text[actor.end : at]:
        return False
    return bool(FIGHTERS.search(text, floor, phrase.start())) or any(
        floor <= a.start and a.end <= phrase.start() for a in actors
    )


def adjectival(text: str, actor: ActorMatch) -> bool:
    """ "Turkish-backed fighters", "pro-Russian separatists": the actor names no side here."""
    return (
        bool(NOT_AGENT_AFTER.match(text, actor.end))
        or text[max(0, actor.start - 4) : actor.start].casefold() == "pro-"
    )


def acts(text: str, actor: ActorMatch) -> bool:
    """Not "backed by X", "from X", "X-backed": X acts itself."""
    return not adjectival(text, actor) and not NOT_AGENT_BEFORE.search(
        text[max(0, actor.start - 50) : actor.start]
    )


def qualified(text: str, at: int, floor: int) -> bool:
    """A common noun a name qualifies ("LNA troops", "Shi'ite militiamen", "Kurdish fighters"):
    it names a side of its own, not the article's main one."""
    word = QUALIFIER.search(text, floor, at)
    return word is not None and bool(word["acronym"] or not NOT_PLACE.match(word["word"]))


@lru_cache(maxsize=1)
def state_side_forces() -> frozenset[str]:
    """Multinational forces of states (NATO, regional and UN missions), from
    data/state_side_forces.json."""
    path = Path(__file__).resolve().parent / "data" / "state_side_forces.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["forces"])


def main_actor(actors: list[ActorMatch], state: bool = True) -> ActorMatch | None:
    """The state or state force the article names most; with `state` false, the armed group (not
    a multinational force of states: "the rebels" in an article naming NATO are not NATO)."""
    counts: dict[str, int] = {}
    allied = () if state else state_side_forces()
    for actor in actors:
        if actor.actor in allied:
            continue
        if (actor.kind in STATE_KINDS) == state and actor.kind not in OBSERVER_KINDS:
            counts[actor.actor] = counts.get(actor.actor, 0) + 1
    best = max(counts, key=counts.get, default=None)
    return next((a for a in actors if a.actor == best), None)


def home_state(actors: list[ActorMatch], homes: list[str]) -> ActorMatch | None:
    """The state whose ground it is, for a bare "troops", "the army", "government forces": of the
    countries `homes` lists (ISO codes: the place's own first, then the article's places' by how
    often), the first whose state or forces actor the article names (the one it names most)."""
    names = {c["iso"]: c["name"] for c in countries()}
    for iso in homes:
        name = names.get(iso)
        own = {name, FORCES.get(name, name)} if name else set()
        counts: dict[str, int] = {}
        for actor in actors:
            if actor.actor in own:
                counts[actor.actor] = counts.get(actor.actor, 0) + 1
        if counts:
            best = max(counts, key=counts.get)
            return next(a for a in actors if a.actor == best)
    return None


def state_of_ground(actors: list[ActorMatch], homes: list[str]) -> ActorMatch | None:
    """A state's voice or fighters the text does not name ("government troops", "the junta
    said"): the home state; where the place's country is known but its state goes unnamed, none
    (not the foreign state the article names most); else the state the article names most."""
    home = home_state(actors, homes)
    return home if home is not None or homes else main_actor(actors)


def actor_after(at: int, limit: int, actors: list[ActorMatch]) -> ActorMatch | None:
    return next((a for a in actors if at <= a.start < min(limit, at + 60)), None)


# What ends the phrase a trigger ending in "to" / "by" introduces: a comma, or a clause of time or
# cause ("had fallen to Eritrean rebels after the surrender of the army's command": the army
# lost it; "held by the rebels since May, when the garrison fled").
_PHRASE_END = re.compile(
    r"[,;.]|\s(?:after|since|before|following|when|while|amid|during|until|on|earlier|last)\b",
    re.I,
)


def phrase_end(text: str, at: int, limit: int) -> int:
    """Where the phrase after a trigger ending in "to" / "by" at `at` ends (at most `limit`)."""
    end = _PHRASE_END.search(text, at, limit)
    return end.start() if end else limit


def opponent(
    doer: ActorMatch | None,
    nearby: list[ActorMatch],
    article: list[ActorMatch],
    name: str | None = None,
) -> str | None:
    """The other side of `name` (who did it; the doer's actor by default): another actor of the
    sentence, else the one the article names most of the other camp (armed groups against states
    and their forces), else any other."""
    name = doer.actor if doer else name
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


def first_conjunct(
    text: str,
    doc: Doc | None,
    where: tuple[int, ActorMatch],
    actors: list[ActorMatch],
    article: tuple[list[ActorMatch], str | None],
) -> ActorMatch:
    """ "Malian troops and Wagner fighters retook X", "its soldiers and the PMF had retaken X":
    the side a coordinated subject of the trigger at `where[0]` names first leads (the doer,
    `where[1]`, the nearest actor before the trigger, is the last conjunct); a first conjunct
    naming only a state's soldiers ("Soldiers and members of the VDP") is the article's main
    state (`article`: its actors and the claimant). The doer stays when it stands first or alone,
    when it is the claimant ("X's television said Syrian troops and X fighters had seized"), and
    when the first conjunct is machines ("Turkish tanks and FSA fighters captured")."""
    at, doer = where
    article_actors, claimant = article
    if doc is None or text_of(doc) != text or doer.actor == claimant:
        return doer
    span = doc.char_span(doer.start, doer.end, alignment_mode="expand")
    verb = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or verb is None:
        return doer
    head = span.root
    while head.dep_ in ("compound", "amod", "poss", "nmod", "case") and head.head.i > head.i:
        head = head.head  # "Wagner fighters", "the PMF's units": the noun the name qualifies
    # "members of the VDP"; "soldiers and fighters of the X" parsed with "of X" on "soldiers":
    # the conjunct before the "of" is X's
    shared = False
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        of = head.head
        head = of.head
        shared = any(c.dep_ == "conj" and c.i < of.i for c in head.children)
    first = head  # ("Kenyan and Ethiopian troops": one noun, both sides, no conjunct noun)
    lead_of = _lead_of_shared(text, first, verb, actors) if shared else None
    if lead_of is not None:
        return lead_of
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if (
        (first.i == head.i and not shared)
        or first.dep_ not in ("nsubj", "nsubjpass")
        or first.head.i not in (verb.root.i, verb.root.head.i)  # not "X, who took Y"
        or first.lower_ in MACHINES
    ):
        return doer
    start, end = first.left_edge.idx, first.idx + len(first)
    lead = [a for a in actors if start <= a.start and a.end <= end and acts(text, a)]
    of = next((c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if not lead and of is not None and not shared:
        # "Members of M23 and soldiers of the RDF seized X": the group the first "of" names
        start, end = of.idx, of.right_edge.idx + len(of.right_edge)
        lead = [a for a in actors if start <= a.start and a.end <= end and acts(text, a)]
    if lead:
        return lead[0]
    if first.lower_ in STATE_NOUNS and all(
        c.lower_ == "government" for c in first.children if c.dep_ in ("compound", "amod")
    ):
        return main_actor(article_actors) or doer
    return doer


def _lead_of_shared(text: str, first: Token, verb: Span, actors: list[ActorMatch]):
    """ "Fighters of the RUF and soldiers of the AFRC overran X", parsed as "Fighters of [the RUF
    and soldiers] of the AFRC": the group the subject's "of" names first leads."""
    of = first.head
    subject = of.head
    if (
        first.dep_ != "pobj"
        or of.lower_ != "of"
        or subject.dep_ not in ("nsubj", "nsubjpass")
        or subject.head.i not in (verb.root.i, verb.root.head.i)
    ):
        return None
    start, end = first.left_edge.idx, first.idx + len(first)
    return next((a for a in actors if start <= a.start and a.end <= end and acts(text, a)), None)


def attributive(text: str, doc: Doc | None, at: int) -> bool:
    """The trigger word at `at` only describes a noun ("the besieged town of X"): it tells no one
    doing it, whatever the sentence before is about."""
    if doc is None or text_of(doc) != text:
        return False
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span.root.dep_ == "amod"
