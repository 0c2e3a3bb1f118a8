"""A state's other armed service backing its attacker, named by a bare noun: "Colombian police
backed by army troops", "the army's special forces, supported by police commandos", "soldiers
joined by police units". The noun names no state; the attacker beside it says whose service it
is, so the police of the state whose army attacks (or the forces of the state whose police
attacks) join the campaign; both are sides told fighting beside each other
(`CampaignRecord.allies`), which the role ranker keeps."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from .states import FORCES, POLICE

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# "backed by army troops", "supported by police commandos": the bare noun of the other service, up
# to three words after the cue ("backed by tanks and army troops", "supported by elite police
# units"), in the clause after the attacker's mention ("the army's marines were dropped into the
# area, supported by police commandos").
_SERVICE_BACKING = re.compile(
    r"[^.;\"“”]{0,90}?\b(?:backed|supported|assisted|joined|reinforced|accompanied|aided)"
    r"\s+by\s+(?:[\w\-]+\s+){0,3}?(?:(?P<army>(?:army|military)\s+(?:troops|units|soldiers"
    r"|forces|helicopters)|soldiers|troops)|(?P<police>police|policemen|gendarmes"
    r"|gendarmerie))\b",
    re.I,
)
# "soldiers and police sealed off the city", "army special forces and police commandos", "a joint
# military and police operation": the police named joined to a force noun by "and"; not the
# count of the dead ("20 soldiers and police were killed"), which may be the defenders', nor two
# bodies told apart ("under the control of the army and the police").
_JOINED_POLICE = re.compile(
    r"\b(?:(?:troops|soldiers|forces|army|military|commandos|marines)\s+and\s+police"
    r"|police\s+and\s+(?:troops|soldiers|army|military))\b"
    r"(?![^.;]{0,40}\b(?:killed|wounded|injured|died|dead|missing)\b)",
    re.I,
)


@functools.cache
def _services() -> tuple[dict[str, str], dict[str, str]]:
    """(any name of a state's service or of the state -> its country, country -> its forces)."""
    country_of = {c: c for c in (*FORCES, *POLICE)}
    country_of.update({f: c for c, f in FORCES.items()})
    country_of.update({p: c for c, p in POLICE.items()})
    return country_of, dict(FORCES)


def add_backing_services(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Each campaign whose attacker a sentence names before a bare other service backing it
    (`_SERVICE_BACKING`) takes that service of the attacker's state."""
    country_of, forces_of = _services()
    wanted = {a for r in records for a in r.attackers if a in country_of}
    if not wanted:
        return
    starts = [s.start for s in sentences]
    backed: dict[str, set[str]] = {}  # attacker -> the services ("army", "police") backing it
    for match in actors:  # one pass over the mentions, each sentence found by bisection
        if match.actor not in wanted:
            continue
        index = bisect.bisect_right(starts, match.start) - 1
        if index < 0:
            continue
        cue = _SERVICE_BACKING.match(text, match.end, sentences[index].end)
        if cue:
            backed.setdefault(match.actor, set()).add("police" if cue.group("police") else "army")
    for record in records:
        for attacker in list(record.attackers):
            country = country_of.get(attacker)
            for service in sorted(backed.get(attacker, ())):
                other = POLICE.get(country) if service == "police" else forces_of.get(country)
                if other and other != attacker and other not in record.attackers:
                    record.attackers.append(other)  # each told fighting beside the other
                    record.allies.extend(s for s in (attacker, other) if s not in record.allies)


def add_joint_police(
    text: str, records: list[CampaignRecord], actors: list[ActorMatch] | None = None
) -> None:
    """Troops and police named as one body (`_JOINED_POLICE`, one scan of the text): the police of
    the state whose forces (or which) attack a campaign fight beside them and join it, and the
    forces of the state whose police attack when the article names those forces ("joint military
    and police forces have expanded an operation … troops of the Indonesian Military", where the
    joint phrase's named side is the police)."""
    if not _JOINED_POLICE.search(text):
        return
    country_of, forces_of = _services()
    named = {m.actor for m in actors or ()}
    for record in records:
        for attacker in list(record.attackers):
            country = country_of.get(attacker)
            if attacker in (country, forces_of.get(country)):
                service = POLICE.get(country)
            else:
                forces = forces_of.get(country)
                service = forces if attacker == POLICE.get(country) and forces in named else None
            if not service or service in record.attackers:
                continue
            record.attackers.append(service)  # each told fighting beside the other
            record.allies.extend(s for s in (attacker, service) if s not in record.allies)
