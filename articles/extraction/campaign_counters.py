"""Counter-offensives: the other side's push on a town a campaign is already on ("rebels overran
X … troops backed by gunships pushed back into X", "Forces of the breakaway region drove the
army's units out of X", "the guerrillas began a counter-offensive … and overran it"). Merging by
target makes one campaign of both; the map shows two arrows on the town, one per side.

Runs after the roles are decided, on the article's final campaigns: a side is a counter-attacker
only when it is named doing the retaking in the sentence that names the town."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .campaign_agents import ATTACKER_KINDS
from .campaign_answered import answered_attack, push_against, waged_on
from .campaign_dates import start_date
from .campaign_record import CampaignRecord, name_key
from .dates import find_dates
from .sentences import Span

# Verbs and nouns of a push back into a place the other side holds or attacks.
_DEED = re.compile(
    r"\b(?:counter-?(?:attack|offensive)(?:ed|s)?|counteroffensive|drove\b|"
    # "driven" only as an active perfect: in "militia driven out of X" the words before it name
    # the side driven out, not the doer
    r"(?:(?<=had )|(?<=has )|(?<=have ))driven\b|"
    r"pushed\s+back\s+into|moved\s+back\s+into|re(?:took|taken|captured)|regained)",
    re.IGNORECASE,
)
# Between the side and its verb: a retaking only wished, threatened or denied is none.
_NOT_DONE = re.compile(
    r"\b(?:would|will|could|might|may|vow\w*|threat\w*|plan(?:s|ned|ning)?|tr(?:y|ied|ies)|attempt\w*|"
    r"fail\w*|not|never|no|denied|aim\w*|hop\w*|want\w*|bid|been|was|were)\b",
    re.IGNORECASE,
)
# Where the verb's clause starts: "The army returned in 2015 after other troops drove the group
# from the town" tells the other troops' earlier deed.
_CLAUSE = re.compile(r";|\b(?:after|before|since|when|while|as)\b", re.IGNORECASE)
# "a government counter-offensive there is expected within days": not yet under way.
# How far after its verb the town's name must start to be what the deed was on ("regained control
# on Wednesday of the town of X", "drove police and army units out of most of the city
# of X": the name may run past the window).
_OBJECT_CHARS = 60
_EARLIER = frozenset({"after", "since"})
# Where the deed's object ends: a comma, a semicolon or the next clause.
_OBJECT_ENDS = re.compile(r"[,;]|\b(?:that|which|who|while|but|whereas)\b", re.IGNORECASE)
# "The army had retaken the town from the rebels in January": a deed before the story's fight.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
# "The ministry said its troops had driven the rebels out of X": reported speech shifts the
# deed's tense back, so a past perfect after a verb of saying in the sentence is the story's fight.
_REPORTED = re.compile(
    r"\b(?:said|says|announced|claimed|reported|added|stated|confirmed)\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(r"^[^.;]{0,40}\b(?:expected|planned|likely|imminent)\b", re.IGNORECASE)
_BACKED = re.compile(
    r"\b(?:backed|supported|aided|helped|joined|accompanied)\s+by\s+(?:[\w'’\-]+\s+){0,3}$|\bwith\s+$",
    re.IGNORECASE,
)


def add_counter_offensives(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    campaigns: list[CampaignRecord],
    published,
) -> list[CampaignRecord]:
    """`campaigns` with, after each unnamed one on a single town, the counter-offensive the article
    names the other side making on it."""
    taken = {name_key(t) for r in campaigns for t in r.targets if r.named}
    result: list[CampaignRecord] = []
    for record in campaigns:
        if not record.attackers or len(record.targets) != 1:
            result.append(record)
            continue
        if record.named:  # "Operation X stalls as the other side's armour drives it out of Y"
            counter = _counter_of(text, sentences, actors, record, published)
            result += [record] if counter is None else [record, counter]
            continue
        if name_key(record.targets[0]) in taken:
            result.append(record)
            continue  # a named operation's town: its push, not a second campaign
        first = answered_attack(text, sentences, actors, record, _town(text, record), _doer)
        if first is not None and not waged_on(campaigns, first.attackers[0], record.targets[0]):
            # the record is itself the retaking: the other side's attack came first
            record.name = f"{record.targets[0]} counter-offensive"
            if first.started_on is None:  # dated by the sentence telling the first attack
                told = Span(first.sentence_start, first.sentence_end)
                started = start_date(text, [told], published) or _nearest_date(
                    text, told, told.start, published
                )
                if started:
                    first.started_on, first.date_precision = started
            result += [first, record]
            continue
        counter = _counter_of(text, sentences, actors, record, published)
        result += [record] if counter is None else [record, counter]
    return result


def _town(text: str, record: CampaignRecord) -> re.Pattern:
    """The record's town as the article writes it."""
    surfaces = {text[s:e] for s, e in record.target_spans} | {record.targets[0]}
    return re.compile("|".join(rf"\b{re.escape(s)}\b" for s in surfaces if s))


def _earlier(one: CampaignRecord, other: CampaignRecord) -> bool:
    return (
        one.started_on is not None
        and other.started_on is not None
        and one.started_on < other.started_on
    )


def _counter_of(
    text: str, sentences: list[Span], actors: list[ActorMatch], record: CampaignRecord, published
) -> CampaignRecord | None:
    """The first sentence in which another side does a counter-attack on the record's town:
    that side's counter-offensive, which never starts before the campaign it answers ("The army
    returned in 2015 after other troops drove the group from the town" is an earlier fight)."""
    kinds = {m.actor: m.kind for m in actors}
    town = _town(text, record)
    for sentence in sentences:
        if not town.search(text, sentence.start, sentence.end):
            continue
        for verb in _DEED.finditer(text, sentence.start, sentence.end):
            if _NOT_YET.search(text[verb.end() : sentence.end]) or _before_the_story(
                text, sentence.start, verb.start()
            ):
                continue
            named = town.search(text, verb.end(), sentence.end)
            if named is None or _not_object(text, verb.end(), named.start()):
                continue  # "retook Siuna; the garrison of Bonanza held": not the town's push
            side = _doer(text, actors, sentence.start, verb.start())
            if side is None or not _opposed(actors, side, record, kinds, verb.end()):
                continue
            started = start_date(text, [sentence], published) or _nearest_date(
                text, sentence, verb.start(), published
            )
            counter = _counter(record, side, sentence, started)
            if not _earlier(counter, record):
                return counter
    return None


def _not_object(text: str, verb: int, town: int) -> bool:
    """The town is too far past the verb to be what the deed was on, or told past the object's
    end: "had retaken the railway town of A, about 100 km west of B" places A by B; "retaken A
    and that the garrison of B held" tells another clause."""
    return town - verb > _OBJECT_CHARS or _OBJECT_ENDS.search(text, verb, town) is not None


def _before_the_story(text: str, start: int, verb: int) -> bool:
    """A past perfect deed not told as someone's words: an earlier fight."""
    if not _PAST_PERFECT.search(text, max(start, verb - 20), verb):
        return False
    return _REPORTED.search(text, start, verb) is None


def _nearest_date(text: str, sentence: Span, at: int, published):
    """The date told nearest the deed in its sentence ("counter-attacked on 30 October")."""
    found = find_dates(text, published, sentence.start, sentence.end)
    if not found:
        return None
    near = min(found, key=lambda d: abs(d.start - at))
    return near.date, near.precision


def _counter(record: CampaignRecord, side: str, sentence: Span, started) -> CampaignRecord:
    other = push_against(record, side, sentence, f"{record.targets[0]} counter-offensive")
    if started:
        other.started_on, other.date_precision = started
    return other


def _doer(text: str, actors: list[ActorMatch], start: int, verb: int) -> str | None:
    """The first side named in the verb's clause, not a backer ("troops backed by coalition air
    strikes have launched an operation to recapture"), when nothing between it and the verb says
    the deed was only wished or denied."""
    bounds = list(_CLAUSE.finditer(text, start, verb))
    if bounds and bounds[-1].group().lower() in _EARLIER:
        return None  # "… after other troops drove the group from the town": an earlier fight
    clause = bounds[-1].end() if bounds else start
    named = [
        m
        for m in window(actors, clause, verb)
        if m.kind in ATTACKER_KINDS and not _BACKED.search(text, max(clause, m.start - 30), m.start)
    ]
    if not named:
        return None
    first = named[0]
    between = text[first.end : verb]
    if len(between) > 120 or _NOT_DONE.search(between):
        return None
    return first.actor


def _opposed(
    actors: list[ActorMatch], side: str, record: CampaignRecord, kinds: dict[str, str], after: int
) -> bool:
    """The side fights the campaign's attackers: the rules found it defending, one is a state and
    the other an armed group, or the deed's object is an attacker ("drove Moldovan police out of
    the city"). Else a state beside a state may be its ally or its own forces ("NATO troops …
    Afghan soldiers retook the town"), so it is no other side."""
    own = set(record.attackers) | set(record.allies)
    if side in own:
        return False
    if side in record.opponents:
        return True
    if any(m.actor in own for m in window(actors, after, after + 40)):
        return True
    state = kinds.get(side) == "state"
    return all((kinds.get(a) == "state") != state for a in record.attackers)
