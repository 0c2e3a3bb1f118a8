"""Attackers an article leaves unnamed where it tells its campaign: "Troops sweep into Kasala as
army vows to restore order", "Army combs hills around Tarlo after convoy ambush". Wire copy about
a state's own operation calls its forces "troops", "soldiers" or "the army" without the state's
name; the actor dictionary resolves the bare "the army" to the story's state's army (actors.py),
so when that word stands for exactly one side in the article, unnamed troops in a campaign's
sentence are that side's. Only a campaign no other step gave an attacker, and only where its
sentence names no side of a fighting kind (then that side is rather the attacker, or the troops
are its)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# The word by which an article means its own state's forces without naming them ("the military" is
# as often the government it runs: not read).
_BARE_ARMY = frozenset({"army"})
# A state's unnamed forces, as nouns: "troops", "the army", a headline's "Army …" ("military
# government", "an army base" are no force).
_UNNAMED_TROOPS = re.compile(
    r"\b(?:troops|soldiers|ground\s+forces|security\s+forces)\b"
    r"|(?:^|\bthe\s+)army\b(?!\s+(?:base|camp|barracks|post|checkpoint|brigade|officers?)\b)",
    re.I,
)
# A sentence with unnamed insurgents, or telling a defence, may make the troops the defenders:
# "Government troops clung to the centre as insurgent units pushed in", "Guerrillas say they hold
# the capital as the army flees".
_OTHER_SIDE = re.compile(
    r"\b(?:guerrillas|insurgents?|rebels?|militants|repuls\w*|repell\w*|fought\s+off"
    r"|defenders?|defend\w*|besieged|clung|cling\w*|held\s+out|holding\s+out|under\s+siege|encircled)\b",
    re.I,
)


def home_army(actors: list[ActorMatch]) -> str | None:
    """The one side the article's bare "the army" stands for; None when it stands for two sides
    or for none."""
    sides = {m.actor for m in actors if m.text.lower() in _BARE_ARMY}
    return next(iter(sides)) if len(sides) == 1 else None


def unnamed_attackers(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Give each campaign without attackers the article's army when the sentence that tells the
    campaign (or names its first target) speaks of unnamed troops and names no fighting side."""
    army = None
    for record in records:
        if record.attackers:
            continue
        start = record.target_spans[0][0] if record.target_spans else record.sentence_start
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        said = text[sentence.start : sentence.end] if sentence else ""
        if not _UNNAMED_TROOPS.search(said) or _OTHER_SIDE.search(said):
            continue
        if any(m.kind in ATTACKER_KINDS for m in window(actors, sentence.start, sentence.end)):
            continue
        army = army or home_army(actors)
        if army and army not in record.opponents:
            record.attackers.append(army)
