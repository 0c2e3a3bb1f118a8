"""Campaign sides: who attacks (the agent the parse gives, else the clause's subject), the forces
fighting beside the attacker, the side flying for it, and the sides attacked (opponents)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from places.nlp import text_of

from .actors import ActorMatch, window
from .campaign_agents import ATTACKER_KINDS, actor_in
from .campaign_beaten_off import attack_namer, beaten_off
from .campaign_lexicon import GOVERNING
from .campaign_parse import Reading, phrase, reading_at, readings
from .campaign_parse import attacker as attacker_of
from .campaign_record import CampaignRecord
from .campaign_side_cues import BACKER, DEFENDING_AFTER, REPORTED_DEFENCE, rules_out
from .sentences import Span, enclosing

if TYPE_CHECKING:
    from spacy.tokens import Doc


_REPORTING = re.compile(r"\b(?:said|says|told|reported|according\s+to|claimed|announced\s+that)\b")


GENERIC_FORCE = re.compile(
    r"\b(?:troops|soldiers|the\s+army|the\s+military|ground\s+forces|tanks)\b", re.I
)
UNNAMED_FIGHTERS = re.compile(
    r"\b(?:guerrillas|fighters|rebels|insurgents|militants|militiamen|troops|soldiers|"
    r"forces)\b",
    re.I,
)


_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?(?:on|last)\s+\w+\s+|yesterday\s+|today\s+"
    # "said Monday they had driven …" (the weekday without "on", as wire copy writes it)
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that\s+)?"
    r"(?:it|they)\s+(?:had|has|have|was|were|would|will|is|are|\w+ed)\b"
)


_QUOTE_CLOSED = re.compile(r"[,.!?]?[\"”]\s*$")


def attacker_before(
    text: str,
    sentence: Span,
    position: int,
    actors: list[ActorMatch],
    exclude: tuple[int, int] | None = None,
) -> str | None:
    """The subject of the clause: the first fighting actor before `position`, after any reporting
    verb ("officials said Russian forces launched …"), skipping backers ("US-backed", "backed by the
    US")."""
    repelled, foiled = beaten_off(text, sentence, position)
    if repelled:
        # "the garrison threw back an assault on X": the subject held the place; only a side
        # naming the attack itself ("RUF attacks", "an assault by Libyan forces") made it
        return attack_namer(text, repelled, actors)
    actors = window(actors, sentence.start, position)
    floor = sentence.start
    for verb in _REPORTING.finditer(text, sentence.start, position):
        floor = verb.end()
        if _QUOTE_CLOSED.search(text, max(sentence.start, verb.start() - 4), verb.start()):
            # ' "… the battle for Homs is not over," said X, a spokesman for the FSA': the side
            # after the verb is the speaker's, and the clause is the quote's — no subject here.
            return None
    candidates = [
        m for m in actors if floor <= m.start and m.end <= position and m.kind in ATTACKER_KINDS
    ]
    if candidates and floor > sentence.start and _PRONOUN_SUBJECT.match(text, floor, position):
        # "Chad's army said on Monday it had killed dozens of Boko Haram fighters": the reported
        # clause's subject is the reporter; the actors after it are its objects.
        candidates = []
    if not candidates and floor > sentence.start and not foiled:
        # "The SDF said the operation … was launched": the reporter is the side that launched it.
        candidates = [
            m
            for m in actors
            if sentence.start <= m.start and m.end <= position and m.kind in ATTACKER_KINDS
        ]
    # A side told holding out in the clause is its defender, under any of its names there
    # ("Malian troops have defended the town …, the army said").
    # So is a reporter telling of its holding ("the rebels say they still hold X") or of help
    # coming ("commanders said reinforcements were trying to reach X").
    reporter_holds = floor > sentence.start and REPORTED_DEFENCE.match(text, floor, position)
    defending = {
        m.actor
        for m in actors
        if m.end <= position
        and (DEFENDING_AFTER.match(text, m.end, position) or (reporter_holds and m.end <= floor))
    }
    for index, match in enumerate(candidates):
        if exclude and exclude[0] <= match.start < exclude[1]:
            continue
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if not rules_out(text, sentence, position, match, following, defending):
            return match.actor
    if floor > sentence.start and not foiled:
        # "Sudan's army said it had entered Wad Madani, … after the city fell to the RSF": every
        # actor after the reporting verb was ruled out, so the reporter is the side that acted.
        for match in actors:
            if (
                match.end <= min(floor, position)
                and match.kind in ATTACKER_KINDS
                and not (exclude and exclude[0] <= match.start < exclude[1])
                and not BACKER.match(text[match.end : match.end + 12])
                and match.actor not in defending
            ):
                return match.actor
    return None


def partners(text: str, attacker: str, sentence: Span, actors: list[ActorMatch]) -> list[str]:
    """ "Rwandan and Mozambican troops", "Malian troops and Russian mercenaries": sides joined by
    "and" to the attacker in one noun phrase fight together."""
    inside = window(actors, sentence.start, sentence.end)
    for index, match in enumerate(inside[:-1]):
        if match.actor != attacker:
            continue
        following = inside[index + 1]
        if (
            index + 2 < len(inside)
            and text[following.end : following.end + 3] in ("'s ", "’s ")
            and inside[index + 2].start == following.end + 3
        ):
            following = inside[index + 2]  # "fighters from Lebanon's Hezbollah": the group
        between = text[match.end : following.start]
        if (
            following.kind in ATTACKER_KINDS
            and following.actor != attacker
            and (
                re.search(
                    r"\b(?:troops|forces|soldiers|army|military|fighters)\b", following.text, re.I
                )
                # "Malian troops and Wagner fighters retook Kidal": the force word after a group's
                # name ("Russian mercenaries" are not the Russian state's forces)
                or (
                    following.kind != "state"
                    and (
                        "mercenar" in following.text.lower()
                        or _FORCE_AFTER.match(text, following.end)
                    )
                )
            )
            and re.fullmatch(
                r"(?:\s+(?:troops|forces|soldiers|fighters))?\s+(?:and|together with"
                r"|alongside)\s+(?:the\s+)?",
                between,
            )
        ):
            return [following.actor]
        if (
            following.kind in ATTACKER_KINDS
            and following.actor != attacker
            and _GROUND_BACKING.fullmatch(between)
            and (
                between.rstrip().lower().endswith(("of", "of the", "from"))
                or between.rstrip().endswith(("'s", "’s"))
                or re.search(
                    r"\b(?:troops|forces|soldiers|fighters|militias?)\b", following.text, re.I
                )
            )
        ):
            # "Fighters of the KIA, backed by local units of the People's Defence Force, have
            # overrun …": a fighting force backing the attacker on the ground attacks too (a state
            # "backed by the US" with no force named may only supply arms, so it is not taken).
            return [following.actor]
        return []
    return []


_FORCE_AFTER = re.compile(
    r"\s+(?:troops|forces|soldiers|fighters|militiamen|militias?|mercenaries|units)\b", re.I
)
_GROUND_BACKING = re.compile(
    r"(?:\s+(?:troops|forces|soldiers|fighters))?,?\s+(?:backed|supported|assisted|aided"
    r"|joined)\s+by\s+(?:the\s+)?"
    r"(?:(?:(?:local|allied|[\w\-]+)\s+)?(?:units|fighters|troops|members"
    r"|militiamen)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w\-]+['’]s\s+)?)?",
    re.I,
)


# "on Saturday as Macedonian forces closed in": "on" a day is no attack on anyone, so the side
# after it is no opponent ("pushed on Lunsar as the RUF hit back" still makes one).
_OPPONENT_CUE = re.compile(
    r"\b(?:against|from|on)\s+(?:the\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[\w'’\-]+\s+){0,2}$",
    re.I,
)


def opponents(
    text: str, sentence: Span, after: int, actors: list[ActorMatch], attackers: list[str]
) -> list[str]:
    """Sides the campaign is against: "an offensive against the YPG", "retake Fallujah from IS"."""
    found: list[str] = []
    for match in window(actors, after, sentence.end):
        if match.kind not in ATTACKER_KINDS or match.actor in attackers or match.actor in found:
            continue
        cue = _OPPONENT_CUE.search(text, max(sentence.start, match.start - 30), match.start)
        if cue and not _FORCES_FROM.search(text, max(sentence.start, cue.start() - 20), cue.end()):
            found.append(match.actor)
    return found


# "backed by fighters from Lebanon's Hezbollah": where the force comes from, not whom it fights
_FORCES_FROM = re.compile(
    r"\b(?:fighters|troops|forces|units|soldiers|militiamen|volunteers|reinforcements)\s+from\s",
    re.I,
)


def dictionary_kind(actors: list[ActorMatch], name: str) -> str:
    return next((m.kind for m in actors if m.actor == name), "")


def agent_in(doc: Doc | None, actors: list[ActorMatch], start: int, end: int) -> str | None:
    """The first attacker the parse gives a trigger between two offsets ("The assault, which began
    on Thursday, is led by Viv Ansanm")."""
    if doc is None:
        return None
    return next(
        (
            found
            for reading in readings(doc, start, end)
            if (found := attacker_of(text_of(doc), reading, actors)) is not None
        ),
        None,
    )


def cue_reading(doc: Doc | None, cue: re.Match[str]) -> Reading | None:
    """The parse's reading of a cue's trigger word ("offensive", "stormed", "pushed")."""
    group = next((g for g in ("noun", "verb", "move") if cue.group(g)), None)
    if group is None or doc is None:
        return None
    return reading_at(doc, cue.start(group))


def cue_attacker(
    text: str, sentence: Span, cue: re.Match[str], actors: list[ActorMatch], doc: Doc | None
) -> str | None:
    """The agent the parse gives the cue's trigger ("X's offensive", "an offensive by X", "X
    launched …", "… is led by X"), else the clause's subject before it."""
    reading = cue_reading(doc, cue)
    found = attacker_of(text, reading, actors) if reading is not None else None
    return found or attacker_before(text, sentence, cue.start(), actors)


_AIR_BACKING = re.compile(
    r"\b(?:backed|supported|covered)\s+by\s+(?:heavy\s+)?(?:the\s+)?$|"
    r"\bunder\s+(?:the\s+)?cover\s+of\s+(?:the\s+)?$|"
    r"\bwith\s+air\s+(?:support|cover)\s+from\s+(?:the\s+)?$",
    re.I,
)
_AIR_POWER = re.compile(
    r"(?:\s+and\s+[A-Z][\w\-]+)?\s+(?:air\s*strikes|warplanes|jets|aircraft|air\s+power|"
    r"air\s+support|bombers|bombardment)\b",
    re.I,
)


_THE_CAMPAIGN = re.compile(r"\s*The\s+(?:assault|attack|offensive|operation|advance|push)\b", re.I)


def add_air_backers(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """ "Syrian troops backed by Russian air strikes recaptured Palmyra", "under the cover of
    Russian and Syrian air strikes", "with air support from the U.S.-led coalition": the side flying
    for the attackers attacks too — in a sentence that names the attacker or the target."""
    for match in actors:
        if match.kind not in ATTACKER_KINDS:
            continue
        before = text[max(0, match.start - 40) : match.start]
        if "by" not in before and "of" not in before and "from" not in before:
            continue  # (cheap test first: most mentions follow none of the backing phrases)
        backing = _AIR_BACKING.search(before)
        if not backing or not (
            _AIR_POWER.match(text, match.end) or "air" in backing.group().lower()
        ):
            continue
        sentence = enclosing(sentences, match.start)
        if sentence is None or backing.start() + match.start - len(before) < sentence.start:
            continue
        inside = window(actors, sentence.start, sentence.end)
        said = text[sentence.start : sentence.end]
        the_campaign = _THE_CAMPAIGN.match(said)
        for record in records:
            if (
                not record.attackers
                or match.actor in record.attackers
                or match.actor in record.opponents
            ):
                continue
            if (
                any(m.actor in record.attackers for m in inside)
                or any(t and t in said for t in _target_words(text, record))
                or (
                    the_campaign
                    and 0 <= sentence.start - record.sentence_end <= 16
                    and not text[record.sentence_end : sentence.start].strip()
                )
            ):  # (bounded: no long slices)
                # "… troops stormed the city in a push to reclaim … . The assault, launched … with
                # air support from the U.S.-led coalition, …": "The assault" opening the next
                # sentence is that campaign.
                record.attackers.append(match.actor)
                record.allies.append(match.actor)  # the ranker keeps it (campaign_allies)


def _target_words(text: str, record: CampaignRecord) -> list[str]:
    """A campaign's targets as named (the gazetteer's "Dar‘ā") and as the text writes them
    ("Daraa")."""
    return record.targets + [text[start:end] for start, end in record.target_spans]


_RELATIVES = frozenset({"which", "who", "that"})


def name_launcher(doc: Doc | None, actors: list[ActorMatch], start: int, end: int) -> str | None:
    """The side the parse makes the subject of the verb launching a named operation: "the Three
    Brotherhood Alliance, which began Operation 1027" (the relative pronoun's noun), "the army
    launched Operation Eagle"."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root.head
    if verb is span.root or verb.lower_ not in GOVERNING or span.root.dep_ not in ("dobj", "attr"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    found = actor_in(text_of(doc), actors, phrase(subject))
    return found.actor if found is not None else None
