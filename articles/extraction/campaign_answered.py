"""The attack a retaking answers: "Army retakes X from rebels", "Guerrillas have recaptured X"
told in the headline or lead makes the retaker's push a campaign on X, but the story's fight has
two when the same sentence tells that attack only days or weeks before ("retaken X, four weeks
after rebels seized it", "retake X a month after government victory"). When the campaign's own
side is the one told retaking its town so, the side it took the town back from attacked it first.
A town held for months or years ("six months after the militants overran it", "two years after the
paramilitary group seized it") or a return after being driven out ("a day after the army announced
it had driven them out") is one campaign: the retaking's.

Runs with the counter-offensives (`campaign_counters`), on the article's final campaigns."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .campaign_agents import ATTACKER_KINDS
from .campaign_cues import open_lines
from .campaign_record import CampaignRecord, name_key
from .sentences import Span

# A retaking told as done, in a headline's present ("retakes", "recapture") or the past.
RETAKING = re.compile(
    r"\bre(?:took|taken?|takes|captured?|captures|gained|gains?)\b|\bpushed\s+back\s+into\b",
    re.IGNORECASE,
)
# "launched an operation to retake X", "had recaptured X in January": not the story's retaking.
_NOT_TOLD_DONE = re.compile(
    r"(?:\bto|\bhad(?:\s+\w+)?|\bwould|\bwill|\bcould|\bmay|\bmight)\s+$", re.IGNORECASE
)
# The attack the retaking answers, told days or weeks (at most a month) before it.
_SOON_AFTER = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
    r"(?:days?|weeks?|(?<=\ba\s)month|(?<=\bone\s)month)\s+after\b[^.;]{0,80}?"
    r"\b(?:seiz\w*|overr[au]n\w*|captur\w*|took|stormed|attacked|fell|victory)\b",
    re.IGNORECASE,
)
# The side of the attack the retaking answers, as a bare noun: a state's forces or armed rebels.
_STATE_NOUN = re.compile(r"\b(?:troops|soldiers|army|forces|police|government)\b", re.IGNORECASE)
_GROUP_NOUN = re.compile(
    r"\b(?:rebels|guerrillas|militants|fighters|insurgents|jihadists|militiam[ae]n|militias?)\b",
    re.IGNORECASE,
)
# How far after the verb the town must be named ("recaptured their former headquarters at X").
_OBJECT_CHARS = 60
# How many sentences past the lead may name the side that first took the town.
_LOOK_AHEAD = 6


def answered_attack(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    record: CampaignRecord,
    town: re.Pattern,
    doer,
) -> CampaignRecord | None:
    """The other side's attack on the record's town when the headline or lead tells the record's
    own attackers retaking it (`doer` finds a verb's side, `campaign_counters._doer`)."""
    lead = sentences[: 2 + open_lines(text)]
    for sentence in lead:
        if not town.search(text, sentence.start, sentence.end):
            continue
        for verb in RETAKING.finditer(text, sentence.start, sentence.end):
            if _NOT_TOLD_DONE.search(text, max(sentence.start, verb.start() - 20), verb.start()):
                continue
            if not town.search(text, verb.end(), min(sentence.end, verb.end() + _OBJECT_CHARS)):
                continue
            if doer(text, actors, sentence.start, verb.start()) not in record.attackers:
                continue
            soon = _SOON_AFTER.search(text, verb.end(), sentence.end)
            if soon is None or _own_deed(soon.group(), actors, record, soon.start()):
                continue
            loser = _first_taker(text, sentences, actors, record, town, verb.end())
            if loser is not None:
                return _attack(record, loser, sentence)
    return _driven_out(text, sentences, actors, record, town, doer)


# "drove its rivals out of the town of X", "fought … to drive separatist fighters out of X",
# "have pushed rebel forces out of the airport at X": the campaign's side clearing a town of the
# other side (active forms only: "were driven out of X" tells the other way round).
_DRIVE_OUT = re.compile(
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:drove|drive|driving|(?<=\bhad\s)driven|(?<=\bhave\s)driven|pushed|push|pushing"
    r"|forced|force)\b(?P<object>(?:\s+[\w'’\-]+){1,5}?)\s+(?:back\s+)?out\s+of\b",
    re.IGNORECASE,
)
# The other side's taking told after the lead's clearing: "stormed X before dawn Thursday",
# "seized the airport … in X", "who had controlled most of the town since Wednesday" (a hold
# since a weekday, not since a year: a town held for years is one campaign, the clearing's).
_FIRST_TAKING = re.compile(
    r"\b(?:stormed|seized|overr[au]n|captured|took\s+(?:over|control)|"
    r"(?:had\s+)?(?:controlled|held)\b[^.;]{0,40}\bsince\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|last\s+week|the\s+weekend))",
    re.IGNORECASE,
)
_THE_TOWN = re.compile(r"\bthe\s+(?:town|city)\b", re.IGNORECASE)


def _driven_out(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    record: CampaignRecord,
    town: re.Pattern,
    doer,
) -> CampaignRecord | None:
    """The other side's attack on the town when the headline or lead tells the campaign's own side
    driving that side out of it and a sentence soon after tells that side taking it (by storm,
    or holding it since a day of the week): "drove its rivals out of X … militiamen of the Y, who
    had controlled most of the town since Wednesday", "fought to drive the fighters out of X …
    fighters stormed X before dawn Thursday"."""
    lines = 2 + open_lines(text)
    for sentence in sentences[:lines]:
        for verb in _DRIVE_OUT.finditer(text, sentence.start, sentence.end):
            named = town.search(text, verb.end(), sentence.end)
            if named is None or re.search(r"[,;]", text[verb.end() : named.start()]):
                continue  # "out of Gudermes, Chechnya's second-largest town": Gudermes only
            if doer(text, actors, sentence.start, verb.start()) not in record.attackers:
                continue
            own = set(record.attackers) | set(record.allies)
            driven = [
                m.actor
                for m in window(actors, verb.start("object"), verb.end("object"))
                if m.kind in ATTACKER_KINDS and m.actor not in own
            ]
            taking = _taking(text, sentences[: lines + _LOOK_AHEAD], actors, own, town, verb)
            if taking is not None and (driven or taking[1]):
                # the attack's sentence is the taking's, which dates it
                return _attack(record, (driven or taking[1])[0], taking[0])
    return None


def _taking(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    own: set[str],
    town: re.Pattern,
    verb: re.Match,
) -> tuple[Span, list[str]] | None:
    """The first taking of the town told after the clearing `verb`, in a sentence naming the town
    (or "the town"): its sentence, and the sides other than `own` named before its verb."""
    for sentence in (s for s in sentences if s.end > verb.end()):
        start = max(sentence.start, verb.end())
        if not (
            town.search(text, start, sentence.end) or _THE_TOWN.search(text, start, sentence.end)
        ):
            continue
        taking = _FIRST_TAKING.search(text, start, sentence.end)
        if taking is not None:
            sides = [
                m.actor
                for m in window(actors, start, taking.start())
                if m.kind in ATTACKER_KINDS and m.actor not in own
            ]
            return sentence, sides
    return None


def _first_taker(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    record: CampaignRecord,
    town: re.Pattern,
    after: int,
) -> str | None:
    """The first side named after the retaking that fights the retakers (one the rules found
    defending, or an armed group against a state's forces or a state's forces against an armed
    group: "retakes X from rebels … Fighters of the Y attacked X"), in it or in a sentence naming
    the town soon after the lead, else in any sentence there ("four days after leftist guerrillas
    overran its police station. Thousands of fighters of the Y attacked …")."""
    kinds = {m.actor: m.kind for m in actors}
    own = set(record.attackers) | set(record.allies)
    retakers_state = any(kinds.get(a) == "state" for a in record.attackers)
    near = [s for s in sentences[: 2 + open_lines(text) + _LOOK_AHEAD] if s.end > after]
    naming = [s for s in near if town.search(text, s.start, s.end)]
    for sentence in naming + near:
        for mention in window(actors, max(after, sentence.start), sentence.end):
            if mention.kind not in ATTACKER_KINDS or mention.actor in own:
                continue
            if mention.actor in record.opponents or (mention.kind == "state") != retakers_state:
                return mention.actor
    return None


def _own_deed(told: str, actors: list[ActorMatch], record: CampaignRecord, at: int) -> bool:
    """Whether the attack told before the retaking is the retakers' own ("a week after troops
    stormed the city" of troops retaking it): it names one of them, or a bare noun of their kind
    and none of the other's."""
    if any(m.actor in record.attackers for m in window(actors, at, at + len(told))):
        return True
    kinds = {m.actor: m.kind for m in actors}
    state = any(kinds.get(a) == "state" for a in record.attackers)
    own, other = (_STATE_NOUN, _GROUP_NOUN) if state else (_GROUP_NOUN, _STATE_NOUN)
    return bool(own.search(told)) and not other.search(told)


def _attack(record: CampaignRecord, side: str, sentence: Span) -> CampaignRecord:
    return push_against(record, side, sentence, f"{record.targets[0]} offensive")


def push_against(record: CampaignRecord, side: str, sentence: Span, name: str) -> CampaignRecord:
    """`side`'s push on the record's first target, against the record's attackers, told in
    `sentence`: the attack a retaking answers, or the counter-offensive answering an attack."""
    return CampaignRecord(
        name=name,
        named=False,
        attackers=[side],
        targets=[record.targets[0]],
        target_spans=record.target_spans[:1],
        opponents=list(record.attackers),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
    )


def waged_on(campaigns: list[CampaignRecord], side: str, target: str) -> bool:
    """Whether a campaign of the article already has the side attacking the town."""
    key = name_key(target)
    return any(side in r.attackers and key in map(name_key, r.targets) for r in campaigns)
