"""Sides settled across steps, once the steps that read them have run: a state fights a campaign
through the forces the article names, a minister's role is a mention of the state he speaks for, a
speaker for an operations room speaks for the side that named the operation, and a named person
speaks for one side in an article."""

from __future__ import annotations

import datetime as dt
import functools
import re

from .actors import ActorMatch
from .campaign_agents import fights_abroad
from .campaign_record import CampaignRecord
from .statements import StatementRecord
from .states import FORCES, NAMED_FORCES, countries, period_names, state_of_forces


@functools.cache
def _state_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(country name -> its forces actor, forces actor -> country), built once."""
    states = {c["name"]: FORCES.get(c["name"], c["name"]) for c in countries()}
    return states, {f: c for c, f in FORCES.items()}


def _named_forces(state: str, named: set[str], published: dt.date | None) -> str | None:
    """The state's forces the article names: its forces actor, else the forces of the national
    list, also under the name they had on the day ("the South African Defence Force" in 1981,
    renamed so at the end by actor_periods)."""
    states, _ = _state_tables()
    forces = states.get(state)
    if (forces in named and forces != state) or state not in NAMED_FORCES:
        return forces
    listed = NAMED_FORCES[state][0]
    then = period_names(published).get(listed, listed) if published else listed
    found = next((name for name in (listed, then) if name in named), None)
    return found if found and found not in states else forces


def _forces_for_states(
    campaigns: list[CampaignRecord], actors: list[ActorMatch], published: dt.date | None = None
) -> None:
    """ "Benin deployed troops … under Operation Mirador": a state whose forces the article names
    (the Benin Armed Forces) fights through them, so they are the attacker
    (tests/gold/README.md)."""
    named = {m.actor for m in actors}
    for campaign in campaigns:
        for index, attacker in enumerate(campaign.attackers):
            forces = _named_forces(attacker, named, published)
            if (
                forces
                and forces != attacker
                and forces in named
                and forces not in campaign.attackers
            ):
                campaign.attackers[index] = forces
                if attacker in campaign.allies:
                    campaign.allies.append(forces)


def _states_abroad(text: str, campaigns: list[CampaignRecord], places: list | None) -> None:
    """A campaign into another country (every target the geoparser placed lies there) is the
    state's, not its forces', when the article names the state itself ("Ethiopian troops pushed
    into Eritrea … Ethiopia said") (tests/gold/README.md, "Attackers"). Run last: the steps
    before read the forces' name in control's reports."""
    if not places:
        return
    state_of = state_of_forces()
    for campaign in campaigns:
        for index, forces in enumerate(campaign.attackers):
            state = state_of.get(forces)
            if (
                state is None
                or state in campaign.attackers
                or not fights_abroad(campaign, _iso_codes().get(state), places)
                or not re.search(r"\b" + re.escape(state) + r"\b", text)
            ):
                continue
            campaign.attackers[index] = state
            if forces in campaign.allies:
                campaign.allies.append(state)


@functools.cache
def _iso_codes() -> dict[str, str]:
    """Country name -> ISO code, built once."""
    return {c["name"]: c.get("iso", "") for c in countries()}


def _with_official_states(
    text: str, actors: list[ActorMatch], statements: list[StatementRecord]
) -> list[ActorMatch]:
    """ "Prime Minister Adel Hamoudi" speaking for Iraq in an article that names only "Iraqi
    forces": the state acts through its minister, so the minister's role is a mention of it
    (heldout6-8 convention)."""
    named = {m.actor for m in actors}
    added = []
    for statement in statements:
        if statement.actor is None or statement.actor in named or not statement.role:
            continue
        span = statement.attribution
        at = text.find(statement.role, span.start, span.end) if span is not None else -1
        if at == -1:  # "…," he said: the role is where the speaker was introduced, before the quote
            at = text.rfind(statement.role, max(0, statement.start - 600), statement.start)
        if at == -1:
            at = text.find(statement.role, statement.start, statement.sentence_end)
        if at == -1:
            continue
        added.append(
            ActorMatch(at, at + len(statement.role), statement.role, statement.actor, "state")
        )
        named.add(statement.actor)
    if not added:
        return actors
    return sorted(actors + added, key=lambda m: (m.start, m.end))


_ARTICLE_PARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|an|at|az)-")


def _operation_key(name: str) -> str:
    """ "al-Bunyan al-Marsous" and "Bunyan al-Marsous" alike; "Operation X" as "X"."""
    name = name[len("Operation ") :] if name.startswith("Operation ") else name
    return " ".join(_ARTICLE_PARTICLE.sub("", name).casefold().split())


def _one_side_per_speaker(statements: list[StatementRecord]) -> None:
    """A named person speaks for one side in an article: his later quotes ("…," Mr Balinda said)
    take the side his first quote with a side got, over a side read from their own words."""
    sides: dict[tuple[str, str], str] = {}
    for statement in statements:
        if not statement.speaker:
            continue
        key = (statement.speaker, statement.role)
        if key in sides:
            statement.actor = sides[key]
        elif statement.actor is not None:
            sides[key] = statement.actor


def _speakers_for_operations(
    statements: list[StatementRecord], campaigns: list[CampaignRecord]
) -> None:
    """ "a spokesman for the Bunyan al-Marsous operations room" speaks for the side that named the
    operation."""
    named = [(_operation_key(c.name), c.attackers[0]) for c in campaigns if c.named and c.attackers]
    if not named:
        return
    for statement in statements:
        if statement.actor is None and statement.role:
            role = _operation_key(statement.role)
            statement.actor = next(
                (side for key, side in named if len(key) > 3 and key in role), None
            )
