"""Who a control report's sides are: the doer of the change a trigger tells (the acting actor
before it, a generic subject read as the article's main group or state, the subject of the sentence
before for "they"), and who holds the place afterwards and who left it (the actor "fell to"
introduces, the doer, or for a withdrawal or an encirclement the doer's opponent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .control_demonym_holders import demonym_holder
from .control_far_sides import in_passing
from .control_holds import adjective_holder
from .control_own_fighters import claimants_own
from .control_patterns import (
    GENERIC_AFTER,
    GENERIC_SUBJECT,
    OBSERVER_KINDS,
    PRONOUN_SUBJECT,
    STATE_VOICE,
)
from .control_places import is_actor
from .control_pronouns import camp_before
from .control_sides import (
    actor_after,
    acts,
    adjectival,
    agent,
    attributive,
    first_conjunct,
    home_state,
    main_actor,
    opponent,
    phrase_end,
    qualified,
    state_of_ground,
)
from .control_speakers import speakers_side
from .control_subjects import parse_doer

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .control import _Context
    from .control_triggers import Trigger


def previous_subject(text: str, context: _Context) -> ActorMatch | None:
    """The actor the sentence before is about: its first acting one."""
    if context.previous is None:
        return None
    for actor in context.actors:
        if (
            context.previous.start <= actor.start < context.previous.end
            and actor.kind not in OBSERVER_KINDS  # a monitor or an agency holds no ground
            and acts(text, actor)
        ):
            return actor
    return None


def doer_of(
    text: str,
    context: _Context,
    trigger: Trigger,
    where: tuple[int, int],
    parties: list[ActorMatch],
    claimant: str | None,
) -> ActorMatch | None:
    """Who did it: the acting actor before the trigger at `where` (trigger, clause start); a
    generic subject ("the jihadists", "the army") is the article's main armed group or state."""
    at, floor = where
    doer = agent(text, at, floor, parties)
    if doer is not None:
        doer = first_conjunct(text, context.doc, (at, doer), parties, (context.actors, claimant))
    own = claimants_own(text, where, claimant, context.actors, doer)
    if own is not None:  # "He said the rebels still held X", told by the rebels
        return own
    parsed = parse_doer(text, context.doc, at, parties, (context.actors, context.homes))
    generic = GENERIC_SUBJECT.search(text, max(floor, at - 40), at)
    if (
        generic
        and not is_actor(context.actors, *generic.span())
        and not qualified(text, generic.start(), floor)
    ):
        home = home_state(context.actors, context.homes) if generic["state"] else None
        doer = home or main_actor(context.actors, state=bool(generic["state"])) or doer
    if doer is None and claimant is None:
        doer = parsed
    if doer is None and claimant is None and trigger.kind and STATE_VOICE.search(text, floor, at):
        # "The junta denied that X had fallen", "the defence minister denied …": the state's side
        doer = state_of_ground(context.actors, context.homes)
    if doer is None and (claimant is None or PRONOUN_SUBJECT.match(text, floor, at)):
        # "They seized X", "the ministry said the capture of X …": the sentence before says who,
        # unless a generic speaker says whose ("the army said its troops had retaken X")
        doer = speakers_side(text, context, where, previous_subject(text, context))
    if doer is None and claimant is None:
        # "Regime troops seized A. They had taken B on Tuesday": the camp the noun names
        doer = camp_before(text, context, where)
    return doer


def _after_by(
    text: str, context: _Context, after: tuple[int, int], parties: list[ActorMatch]
) -> ActorMatch | None:
    """The actor a trigger ending in "by" introduces; "by the militants" the article's main
    armed group, "by government troops" the home state."""
    by = actor_after(after[0], phrase_end(text, *after), parties)
    generic = GENERIC_AFTER.match(text, after[0], after[1])
    if by is not None or generic is None:
        return by
    if generic["state"]:
        return home_state(context.actors, context.homes) or main_actor(context.actors)
    return main_actor(context.actors, state=False)


def _defender(
    text: str,
    context: _Context,
    attacker: ActorMatch | None,
    parties: list[ActorMatch],
    claimant: str | None,
) -> str | None:
    """Who held a place an attack on it was repelled from: the party telling it (other than the
    attacker), else the attacker's opponent."""
    name = attacker.actor if attacker else None
    if claimant is not None and claimant != name:
        return claimant
    if attacker is None:
        return None
    others = [a for a in parties if a.actor != name and not adjectival(text, a)]
    return opponent(attacker, others, context.actors)


def sides_of(
    text: str,
    context: _Context,
    trigger: Trigger,
    after: tuple[int, int],
    doer: ActorMatch | None,
    parties: list[ActorMatch],
    claimant: str | None,
    near: bool = False,
) -> tuple[str | None, str | None, ActorMatch | None]:
    """(who holds the place afterwards, who left it, who did it): the actor the trigger
    introduces ("fell to Y"), the doer, or for a withdrawal or an encirclement the doer's
    opponent; a withdrawal from what the sentence tells taken hands it to the taker."""
    if trigger.side == "after":
        holder = actor_after(after[0], phrase_end(text, *after), parties)
        generic = GENERIC_AFTER.match(text, after[0], after[1])
        if holder is None and generic and near:
            # "the city of X, held by the militants since May": the article's main group
            holder = (home_state(context.actors, context.homes) if generic["state"] else None) or (
                main_actor(context.actors, state=bool(generic["state"]))
            )
        if holder is None and generic is None:  # "fell to the Tanzanians": the state
            return demonym_holder(text, *after), None, doer
        return (holder.actor if holder else None), None, doer
    if trigger.side == "adjective":  # "in Georgian hands", "under rebel control"
        return adjective_holder(text, after[0], parties, context), None, doer
    if trigger.side == "agent":
        return (doer.actor if doer else claimant), None, doer
    if trigger.side == "speaker":  # "said X remained under its control": the speaker's
        return (None if _quoted(text, after[0]) else claimant), None, doer
    if trigger.side == "defender":  # "an attack by Y on X had been beaten off"
        return _defender(text, context, doer, parties, claimant), None, None
    if trigger.side == "other-after":  # "encircled by Y": Y did it, its opponent holds
        doer = _after_by(text, context, after, parties)
        if doer is None:
            return None, None, None
    if doer is None and claimant is not None:
        doer = next((a for a in parties if a.actor == claimant), None)
    if trigger.event == "encircle" and (
        (doer is None and claimant is None) or attributive(text, context.doc, after[0] - 1)
    ):
        # "the besieged town of X", "the blockade of X", "X, which risks being encircled": no
        # one is told encircling it, so whoever the article names most would be a guess
        return None, None, None
    name = doer.actor if doer else claimant
    others = [
        a
        for a in parties
        if a.actor != name
        and not adjectival(text, a)
        and not in_passing(text, context.doc, a)  # "as U.S. envoy X tried to arrange a truce"
    ]
    side = opponent(doer, others, context.actors, name)
    if context.left_for and context.taken_here:
        # who took what the leaver left, in the same sentence (the leaver is the subject of the
        # withdrawal's own clause, not the taker the clause before names)
        taker = context.taken_here[-1][1].side
        return taker, (name if name != taker else None), doer
    return side, name, doer


def _quoted(text: str, at: int) -> bool:
    """A quotation mark in the sentence up to `at` or just after it: a quote, where "their
    hands" are the enemy's ("Everything west of the river is in their hands," he said)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    end = text.find(". ", at)
    return any(mark in text[start : end if end >= 0 else len(text)] for mark in '"“”')
