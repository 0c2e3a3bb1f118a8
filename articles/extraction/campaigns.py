"""Military campaigns: named operations ("Euphrates Anger", "Operation Olive Branch") and unnamed
offensives on a place ("an assault on the key northern city of Mosul"), with attacker, target and start.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import ahocorasick

from places.nlp import parse
from places.normalize import name_key as _name_key

from .actors import ActorMatch, window
from .campaign_parse import Reading, ending, reading_at, readings
from .campaign_parse import attacker as attacker_of
from .campaign_parse import origin as origin_of
from .campaign_parse import start_date as start_date_of
from .dates import find_dates
from .sentences import Span, enclosing

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Campaign names and targets are folded many times per article; the folding walks every character.
name_key = lru_cache(maxsize=4096)(_name_key)


class PlaceSpan(Protocol):
    start: int
    end: int
    text: str
    name: str


_CAMPAIGN_NOUN = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|assault|push|campaign|operation|"
    r"siege|advance)\b",
    re.I,
)
_CAMPAIGN_WORD = re.compile(
    r"\b(?:campaign|operation|offensive|push|assault|drive|onslaught)\b", re.I
)
_NAMED_QUOTED = re.compile(
    r"(?=[cdnkC])\b(?:called|calling|calls|dubbed|named|code-?named|known\s+as|christened)\s+(?:it\s+)?(?:the\s+)?"
    r"[\"“](?P<name>[A-Z][^\"”\n]{1,60}?)[\"”]"
)
# (A leading optional "the " made the scan try every position; the name group is all that is used.)
_QUOTED_CAMPAIGN = re.compile(
    r"[\"“](?P<name>[A-Z][^\"”\n]{1,50}?)[\"”]\s+(?:campaign|operation|offensive)\b"
)
# "The operation, named Claw-Lock, began…", "launched the operation, dubbed Haskanite, on October 28": a
# name without quotes right after a campaign noun and a naming verb (capitalised words only).
# (Found from each naming verb followed by a capital — a rare pair — then checked backwards for the noun:
# a case-insensitive alternation tried at every position was a hot spot.)
_NAMING_VERBS = (
    " dubbed ",
    " named ",
    " called ",
    " christened ",
    " codenamed ",
    " code-named ",
    " call ",
    " calls ",
)
_BARE_NAME = re.compile(
    r"(?!Operation\b)(?P<name>(?:(?:al|el|ad|ar|as|an|at|az)-)?[A-Z][\w'’\-]*"
    r"(?:\s+(?:(?:al|el|ad|ar|as|an|at|az)-)?(?:[A-Z0-9][\w'’\-]*))*)"
)
# "the operation, named …", "an offensive they call …", "the campaign the army calls …"
_NOUN_BEFORE_NAMING = re.compile(
    r"\b(?:operation|offensive|campaign|counteroffensive|counter-offensive)"
    r"(?:,?\s+(?:that\s+|which\s+)?(?:they|it|the\s+[a-z]+))?,?\s+$",
    re.I,
)
_OPERATION = re.compile(
    r"Operation(?<!\wOperation)\s+(?P<name>[A-Z0-9][\w'’\-]+(?:\s+(?:of\s+)?[A-Z][\w'’\-]+){0,3})"
)
_MODIFIERS = (
    r"(?:(?:key|strategic|rebel-held|[\w’']+-held|[\w’']+-controlled|besieged|embattled|northern|southern|"
    r"eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|"
    r"northwestern|southeastern|southwestern|nearby|port|coastal|border|frontline|front-line|small|"
    r"provincial|regional|oil-rich|ancient|historic|largest|last|remaining|de\s+facto|group's|"
    r"its|their|self-declared|self-styled)\s+)*"
)
_PLACE_NOUN = r"(?:(?:city|town|village|port|province|region|district|capital|stronghold|airbase|air\s+base|base|area|governorate|state|county|oblast|enclave|township)\s+(?:of\s+)?)?"
_PLACE_NAME = (
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ez|ad|ar|as|an|at|az)-|(?:da|de|do|dos|das|du|del|di)\s+)?"
    r"[A-Z][\w'’\-]+){0,2})"
)
# "the eastern Ukrainian town of Avdiivka", "the Red Sea port city of Hodeidah": capitalised words
# that only describe the place noun which follows.
_DESCRIBER = (
    r"(?:(?:[A-Z][\w'’\-]+\s+){1,3}(?:port\s+|coastal\s+|border\s+|key\s+)?"
    r"(?=(?:city|town|village|port|province|region|district|capital|stronghold)\s+(?:of\s+)?[A-Z]))?"
)
_PART_OF = r"(?:(?:the\s+)?(?:(?:eastern|western|northern|southern|old)\s+)?(?:half|part|parts|outskirts|centre|center|side|bank|districts?|edge)\s+of\s+)?"
_ANAPHOR_NOUNS = r"town|city|village|port|region|province|enclave|territory|stronghold|area|valley|country|capital"
# "the southern Gaza city", "the lakeside city", "the breakaway region": a place named before, not here.
_ANAPHOR = (
    r"the\s+(?:(?:[a-z][\w'’\-]*|[A-Z][\w'’\-]+)\s+){0,2}?(?P<anaphor>"
    + _ANAPHOR_NOUNS
    + r")\b(?!\s+of\b|\s*,\s*[A-Z]|[’']s(?!\s+(?:east|west|north|south|centre|center|outskirts|eastern|"
    r"western|northern|southern)\b)|\s+(?:and|or)\b|\s+(?:city|town|village|port|province|region|"
    r"district|capital)\b)"
)
# "the state capital, El Obeid", "the port city, Hodeidah": the name follows the noun after a comma.
_APPOSED = (
    r"the\s+" + _MODIFIERS + r"(?:state\s+|provincial\s+|regional\s+)?"
    r"(?:capital|city|town|village|port|stronghold),\s+"
    + _PLACE_NAME.replace("?P<place>", "?P<apposed>")
)
_TARGET_NP = (
    r"(?:"
    + _APPOSED
    + r"|"
    + _ANAPHOR
    + r"|(?:the\s+)?"
    + _PART_OF
    + _MODIFIERS
    + _DESCRIBER
    + _PLACE_NOUN
    + _PLACE_NAME
    + r")"
)
# "an assault on", "the battle for", "a push to take back", "the liberation of", "to retake"
_TARGET_CUE = re.compile(
    # The look-ahead (the first letters of the words below) lets the scan skip most positions quickly.
    r"(?=[oacpdbslrmitehf])\b(?:(?P<noun>offensive|counteroffensive|counter-offensive|assault|push|operation|campaign|drive|advance|"
    r"battle|siege|blockade|liberation|recapture|onslaught|march|incursion)(?:\s+by\s+[^,.;:]{1,60}?)?\s+(?:on|against|for|of|to\s+(?:(?:re)?(?:take|capture|"
    r"seize|liberate|free|open|gain)|reclaim)(?:\s+back)?|to\s+(?:secure|clear|recover)|towards?|into|in"
    # "an offensive to drive separatists from the hills around Kumbo"
    r"|to\s+(?:drive|push|expel|dislodge|oust|flush|clear)\s+(?:[\w'’\-]+\s+){1,4}?(?:from|out\s+of)"
    r"(?:\s+the\s+(?:hills|mountains|forests?|areas?|villages|countryside|bush)\s+(?:around|near|outside|of))?)"
    r"|(?P<verb>retake|retaking|recapture|recapturing|take\s+back|taking\s+back|liberate|liberating|storm|storming|"
    r"besiege|besieging|encircle|encircling|seize|seizing|capture|capturing|enter|entered|entering|"
    r"storming|recaptured|retook|retaken|seized|stormed|encircled|besieged|"
    r"(?:took|taken|taking|seized|seize|seizing)\s+control\s+of)(?:\s+control\s+of)?"
    r"(?:\s+and\s+(?:shelled|bombarded|blockaded|attacked|pounded|encircled|besieged))?"  # "besieged and shelled X"
    r"|(?P<move>(?:pushed|pushing|advanced|advancing|closed\s+in|closing\s+in|marched|marching)"
    r"\s+(?:into|on|towards?|to\s+within\s+(?:[\w,.\-]+\s+){1,3}?of)"
    # "guerrillas fought their way into the town of Bhamo"
    r"|(?:fought|fighting|battled|battling|forced|forcing)\s+(?:their|its|his)\s+way\s+(?:into|towards?)"
    # "troops have been fighting in Jabalia since mid-May": fighting that goes on is a campaign.
    r"|(?:has|have|had)\s+been\s+(?:fighting|battling|advancing|pushing)(?:\s+(?:their|its|his|our)\s+way)?"
    r"\s+(?:in|for|into|on|towards?|to)))\s+" + _TARGET_NP
)
_START_VERB = re.compile(
    r"(?=[bslkgocra])\b(?:began|begun|started|start|launched|launching|kicked\s+off|got\s+under\s*way|"
    r"opened|commenced|resumed|announced|since)\b",
    re.I,
)
_BACKER = re.compile(r"^-(?:backed|supported|led|allied|funded|armed|trained)\b", re.I)
# "the al-Qaeda-linked JNIM": the group named next is the side, not al-Qaeda ("Islamic State-linked
# insurgents", with no group named, are Islamic State's).
_LINKED = re.compile(r"^-(?:linked|affiliated|aligned|inspired)\s+(?:\w+\s+)?$", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|reported|according\s+to|claimed|announced\s+that)\b")
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|helped|assisted|aided|armed|trained)\s+by\s+[^,;]*$|\b(?:with|"
    r"alongside)\s+(?:the\s+)?(?:support|help|backing)\s+of\s+(?:the\s+)?$",
    re.I,
)
# Without a geoparser a capitalised word after "offensive on" is taken as the place, unless it is
# plainly not one: a date word, or an adjective before a group noun ("Kurdish-led forces").
_NOT_PLACE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|A|An)\b|"
    r"-(?:led|backed|held|controlled|allied)$|"
    # A month's abbreviation: "began their offensive on Sept. 16".
    r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$"
)
_NEGATED_CUE = re.compile(
    r"\b(?:not|never|no\s+need)\s+(?:to\s+)?$|\bcall(?:s|ed|ing)?\s+off\s+(?:the\s+)?$|"
    r"\binstead\s+of\s+$",
    re.I,
)
_GROUP_AFTER = re.compile(
    r"\s+(?:forces|fighters|troops|militants|rebels|positions|army|militias?|soldiers|"
    r"government|officials|authorities|lines|group|units|territory|soil|airspace|waters)\b"
)
# A campaign is fighting: without one of these words (or a fighting group as attacker) nearby, "a storm
# moving into the Red River Valley" or "a telephone campaign by the Council of West Virginia" is none.
_MILITARY = re.compile(
    r"(?=[tfamriocsjwbpdg])\b(?:troops|forces|fighters|army|armies|armed|militants?|militias?|militiamen|rebels?|insurgents?|offensive|"
    r"counteroffensive|counter-offensive|assault|military|soldiers|jets|warplanes|air\s*strikes?|airstrikes|"
    r"shelling|artillery|tanks?|siege|besieged|battle|front\s*lines?|frontline|jihadists?|terrorists?|"
    r"paramilitary|combat|war|bombard\w*|drones?|missiles?|guerrillas?|brigades?|battalions?|peshmerga|"
    r"incursions?)\b",
    re.I,
)
# An article is about armed conflict when military words are frequent enough (every gold article has at
# least 2, and at least 2 per 1,000 characters; health and local news mostly have none), or when it names
# a fighting group from the curated dictionary.
CONFLICT_MIN_WORDS = 2
CONFLICT_MIN_DENSITY = 1.5 / 1000


def about_armed_conflict(
    text: str, actors: list[ActorMatch], curated: set[str] | frozenset[str] | dict
) -> bool:
    """True when the text reads as conflict news: enough military vocabulary, or a curated armed group or
    coalition among its actors. Outside conflict news countries and organisations are not parties."""
    if any(m.kind in ("armed_group", "coalition") and m.actor in curated for m in actors):
        return True
    needed = max(CONFLICT_MIN_WORDS, int(len(text) * CONFLICT_MIN_DENSITY + 0.999))
    return count_military_words(text, needed) >= needed


def _military_automaton() -> ahocorasick.Automaton:
    """The words of _MILITARY as literals, for one linear scan of a long text (the case-insensitive
    alternation tried at every position cost 15 % of the time on general news)."""
    automaton = ahocorasick.Automaton()
    words = ["troops", "forces", "fighters", "army", "armies", "armed", "militant", "militants", "militia", "militias", "militiamen", "rebel", "rebels", "insurgent", "insurgents", "offensive", "counteroffensive", "counter-offensive", "assault", "military", "soldiers", "jets", "warplanes", "siege", "besieged", "battle", "frontline", "jihadist", "jihadists", "terrorist", "terrorists", "paramilitary", "combat", "war", "drone", "drones", "missile", "missiles", "guerrilla", "guerrillas", "brigade", "brigades", "battalion", "battalions", "peshmerga", "incursion", "incursions", "shelling", "artillery", "tank", "tanks"]
    words += [
        "air strike",
        "air strikes",
        "airstrike",
        "airstrikes",
        "front line",
        "front lines",
        "frontlines",
    ]
    for word in words:
        automaton.add_word(word, (len(word), False))
    automaton.add_word("bombard", (len("bombard"), True))  # bombard, bombarded, bombardment…
    automaton.make_automaton()
    return automaton


_MILITARY_WORDS: list = []


def count_military_words(text: str, enough: int) -> int:
    """How many military words the text has (as _MILITARY matches them), counting up to `enough`."""
    if not _MILITARY_WORDS:
        _MILITARY_WORDS.append(_military_automaton())
    lowered = text.lower()
    if len(lowered) != len(text):
        return sum(1 for _ in zip(range(enough), _MILITARY.finditer(text)))
    count = 0
    last_end = -1
    for end_index, (length, prefix) in _MILITARY_WORDS[0].iter_long(lowered):
        start, end = end_index - length + 1, end_index + 1
        if start < last_end or (
            start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_")
        ):
            continue
        if not prefix and end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "_"):
            continue
        last_end = end
        count += 1
        if count >= enough:
            break
    return count


_GENERIC_FORCE = re.compile(
    r"\b(?:troops|soldiers|the\s+army|the\s+military|ground\s+forces|tanks)\b", re.I
)
_UNNAMED_FIGHTERS = re.compile(
    r"\b(?:guerrillas|fighters|rebels|insurgents|militants|militiamen|troops|soldiers|"
    r"forces)\b",
    re.I,
)
_ATTACKER_KINDS = frozenset({"state", "armed_group", "coalition"})


@dataclass
class CampaignRecord:
    name: str
    named: bool
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)
    opponents: list[str] = field(default_factory=list)
    started_on: dt.date | None = None
    date_precision: int = 1
    origin: str | None = (
        None  # where the attack came from ("pushed south from Bama"): the arrow's tail
    )
    ended_on: dt.date | None = None  # the target's capture, a withdrawal or a halt, when reported
    sentence_start: int = 0
    sentence_end: int = 0


_AGAINST = re.compile(r"\b(?:against|targeting|on)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?$", re.I)


_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?(?:on|last)\s+\w+\s+|yesterday\s+|today\s+)?(?:that\s+)?"
    r"(?:it|they)\s+(?:had|has|have|was|were|would|will|is|are|\w+ed)\b"
)


def _attacker_before(
    text: str,
    sentence: Span,
    position: int,
    actors: list[ActorMatch],
    exclude: tuple[int, int] | None = None,
) -> str | None:
    """The subject of the clause: the first fighting actor before `position`, after any reporting verb
    ("officials said Russian forces launched …"), skipping backers ("US-backed", "backed by the US")."""
    actors = window(actors, sentence.start, position)
    floor = sentence.start
    for verb in _REPORTING.finditer(text, sentence.start, position):
        floor = verb.end()
    candidates = [
        m for m in actors if floor <= m.start and m.end <= position and m.kind in _ATTACKER_KINDS
    ]
    if candidates and floor > sentence.start and _PRONOUN_SUBJECT.match(text, floor, position):
        # "Chad's army said on Monday it had killed dozens of Boko Haram fighters": the reported clause's
        # subject is the reporter; the actors after it are its objects.
        candidates = []
    if not candidates and floor > sentence.start:
        # "The SDF said the operation … was launched": the reporter is the side that launched it.
        candidates = [
            m
            for m in actors
            if sentence.start <= m.start and m.end <= position and m.kind in _ATTACKER_KINDS
        ]
    for index, match in enumerate(candidates):
        if exclude and exclude[0] <= match.start < exclude[1]:
            continue
        if _BACKER.match(text[match.end : match.end + 12]):
            continue
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if following and _LINKED.match(text[match.end : following.start]):
            continue
        if _BACKED_BY.search(text[max(sentence.start, match.start - 60) : match.start]):
            continue
        if _HELD_BY.search(text[max(sentence.start, match.start - 40) : match.start]):
            continue  # "after the city fell to the RSF": the side holding it, not the one attacking
        if _AGAINST.search(text, max(sentence.start, match.start - 30), match.start):
            continue  # "it had begun ground raids against Hezbollah targets": the side attacked
        return match.actor
    if floor > sentence.start:
        # "Sudan's army said it had entered Wad Madani, … after the city fell to the RSF": every actor
        # after the reporting verb was ruled out, so the reporter is the side that acted.
        for match in actors:
            if (
                match.end <= min(floor, position)
                and match.kind in _ATTACKER_KINDS
                and not (exclude and exclude[0] <= match.start < exclude[1])
                and not _BACKER.match(text[match.end : match.end + 12])
            ):
                return match.actor
    return None


def _partners(text: str, attacker: str, sentence: Span, actors: list[ActorMatch]) -> list[str]:
    """ "Rwandan and Mozambican troops", "Malian troops and Russian mercenaries": sides joined by "and"
    to the attacker in one noun phrase fight together."""
    inside = window(actors, sentence.start, sentence.end)
    for index, match in enumerate(inside[:-1]):
        if match.actor != attacker:
            continue
        following = inside[index + 1]
        between = text[match.end : following.start]
        if (
            following.kind in _ATTACKER_KINDS
            and following.actor != attacker
            and re.search(
                r"\b(?:troops|forces|soldiers|army|military|fighters)\b", following.text, re.I
            )
            and re.fullmatch(
                r"(?:\s+(?:troops|forces|soldiers|fighters))?\s+(?:and|together with|alongside)\s+(?:the\s+)?",
                between,
            )
        ):
            return [following.actor]
        if (
            following.kind in _ATTACKER_KINDS
            and following.actor != attacker
            and _GROUND_BACKING.fullmatch(between)
            and (
                between.rstrip().lower().endswith(("of", "of the"))
                or re.search(
                    r"\b(?:troops|forces|soldiers|fighters|militias?)\b", following.text, re.I
                )
            )
        ):
            # "Fighters of the KIA, backed by local units of the People's Defence Force, have overrun …": a
            # fighting force backing the attacker on the ground attacks too (a state "backed by the US" with
            # no force named may only supply arms, so it is not taken).
            return [following.actor]
        return []
    return []


_GROUND_BACKING = re.compile(
    r"(?:\s+(?:troops|forces|soldiers|fighters))?,?\s+(?:backed|supported|assisted|aided|joined)\s+by\s+(?:the\s+)?"
    r"(?:(?:(?:local|allied|[\w\-]+)\s+)?(?:units|fighters|troops|members|militiamen)\s+of\s+(?:the\s+)?)?",
    re.I,
)


_HELD_BY = re.compile(
    r"\b(?:fell|fallen|falls|lost|surrendered)\s+to\s+(?:the\s+)?$|\b(?:held|controlled|occupied|"
    r"seized|captured|overrun)\s+by\s+(?:the\s+)?$",
    re.I,
)
_OPPONENT_CUE = re.compile(r"\b(?:against|from|on)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}$", re.I)


def _opponents(
    text: str, sentence: Span, after: int, actors: list[ActorMatch], attackers: list[str]
) -> list[str]:
    """Sides the campaign is against: "an offensive against the YPG", "retake Fallujah from IS"."""
    found: list[str] = []
    for match in window(actors, after, sentence.end):
        if match.kind not in _ATTACKER_KINDS or match.actor in attackers or match.actor in found:
            continue
        if _OPPONENT_CUE.search(text, max(sentence.start, match.start - 30), match.start):
            found.append(match.actor)
    return found


def _place_group(match: re.Match[str]) -> str | None:
    """Which group of a target phrase holds the place's name, if it is named there."""
    if match.group("place"):
        return "place"
    if match.group("apposed"):
        return "apposed"
    return None


def _phrase(cue: re.Match[str]) -> tuple[int, int]:
    """Span of the target phrase of a cue: the place name, or "the town" pointing back to one."""
    group = _place_group(cue) or "anaphor"
    return cue.start(group), cue.end(group)


_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "stronghold"})
_ANTE_NAME = _PLACE_NAME.replace("?P<place>", "?P<name>")
# Places the text itself tells the kind of: "Goma, the largest city in …", "Myawaddy, a major trading town",
# "the town of Bara", "the central Hiran region", "Cabo Delgado province".
_TYPED_ANTECEDENT = re.compile(
    # (The look-ahead — a capital or the first letter of a noun below — lets the scan skip other positions.)
    r"(?=[A-Zctvprdefhmo])(?:"
    + _ANTE_NAME
    + r"\s*,\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,4}?(?P<noun>city|town|village|port|capital|region|"
    r"province|enclave|stronghold|territory)\b(?![’']s)"
    r"|\b(?P<noun2>city|town|village|port|region|province|district|enclave|forests?|hills|mountains|outskirts)\s+of\s+"
    + _ANTE_NAME.replace("?P<name>", "?P<name2>")
    + r"|"
    + _ANTE_NAME.replace("?P<name>", "?P<name3>")
    + r"\s+(?P<noun3>region|province|state|district|governorate|oblast|valley|mountains|hills|department|"
    r"prefecture|division|county)\b)"
)
# Untyped: a capitalised name after a locative ("forces in Nagorno-Karabakh", "the centre of Rafah").
_LOCATIVE_ANTECEDENT = re.compile(
    r"\b(?:in|into|of|near|around|at|across|inside|outside)\s+"
    r"(?:[a-z]+-(?:held|controlled)\s+)?"  # "of rebel-held eastern Aleppo"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?" + _ANTE_NAME
)
# "Kokernag in the Anantnag district": the second place only says where the first one is.
_CONTAINER_GAP = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|"
    r"central\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Antecedent:
    start: int
    end: int
    settlement: bool | None  # None: the text does not say what kind of place it is


def find_antecedents(text: str, actors: list[ActorMatch]) -> list[Antecedent]:
    """Place names a later "the town" / "the breakaway region" can point back to, in text order."""
    found: dict[int, Antecedent] = {}
    for match in _TYPED_ANTECEDENT.finditer(text):
        for name, noun in (("name", "noun"), ("name2", "noun2"), ("name3", "noun3")):
            if match.group(name):
                start, end = match.span(name)
                found[start] = Antecedent(
                    start,
                    end,
                    match.group(noun).lower() in _SETTLEMENT_NOUNS
                    or match.group(noun).lower() == "outskirts",
                )
    for match in _LOCATIVE_ANTECEDENT.finditer(text):
        start, end = match.span("name")
        found.setdefault(start, Antecedent(start, end, None))
    kept = []
    for antecedent in sorted(found.values(), key=lambda a: a.start):
        words = text[antecedent.start : antecedent.end]
        if _NOT_PLACE.search(words) or _GROUP_AFTER.match(text, antecedent.end):
            continue
        if any(
            m.start < antecedent.end and antecedent.start < m.end
            for m in window(actors, antecedent.start - 100, antecedent.end)
        ):
            continue  # "in Hamas", "of the SDF": an actor, not a place
        if (
            kept
            and _CONTAINER_GAP.fullmatch(text, kept[-1].end, antecedent.start)
            and antecedent.settlement is not True
        ):
            continue  # "the forests of Kokernag in the Anantnag district": the district only locates Kokernag
        kept.append(antecedent)
    return kept


class Antecedents:
    """The article's antecedents, found on first use: most articles never need them."""

    def __init__(self, text: str, actors: list[ActorMatch]) -> None:
        self._text, self._actors = text, actors
        self._items: list[Antecedent] | None = None

    @property
    def items(self) -> list[Antecedent]:
        if self._items is None:
            self._items = find_antecedents(self._text, self._actors)
        return self._items


def _resolve_anaphor(
    text: str,
    position: int,
    noun: str,
    antecedents: Antecedents,
    places,
    actors,
    sentence_floor: int,
) -> tuple[str, int, int] | None:
    """The place "the lakeside city" at `position` points back to: the nearest earlier place of the same
    kind the text named ("Goma, the largest city …"), else the nearest name after a locative in this or the
    previous sentence ("forces in Nagorno-Karabakh … the breakaway region")."""
    settlement = noun.lower() in _SETTLEMENT_NOUNS
    items = antecedents.items
    earlier = items[: bisect.bisect_left(items, position, key=lambda a: a.start)][::-1]
    choice = next((a for a in earlier if a.settlement is settlement), None)
    if choice is None:
        choice = next(
            (a for a in earlier if a.settlement is None and a.start >= sentence_floor), None
        )
    if choice is None:
        return None
    return _place_at(text, choice.start, choice.end, places, actors)


_UNIT_OF = re.compile(
    r"\b(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:district|county|township|"
    r"municipality|prefecture|department|subdistrict)\s+of\s+$"
)
_CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$")
_REGION_AFTER = re.compile(r"\s+(?:province|region|state|governorate|oblast|district|department)\b")
# "troops stormed the city", "to retake the town": verbs of assault, unlike "entered the town", may point
# back to the place named before.
_ASSAULT_VERB = re.compile(r"(?:storm|besieg|encircl|retak|recaptur|liberat)(?:e|ed|ing)?$")


def _target_of(
    text: str,
    cue: re.Match[str],
    places,
    actors,
    antecedents: Antecedents | None = None,
    sentence_floor: int = 0,
) -> tuple[str, int, int] | None:
    group = _place_group(cue)
    if group:
        if (
            antecedents is not None
            and _CAPITAL_OF.search(text, max(0, cue.start(group) - 20), cue.start(group))
            and _REGION_AFTER.match(text, cue.end(group))
        ):
            # "a push to reclaim the capital of Anbar province": the city named before, not the province.
            found = _resolve_anaphor(
                text, cue.start(group), "capital", antecedents, places, actors, sentence_floor
            )
            if found:
                return found
        unit = _UNIT_OF.search(text, max(cue.start(), cue.start(group) - 60), cue.start(group))
        if unit and _REGION_AFTER.match(text, cue.end(group)):
            # "an operation in the Kech district of Balochistan province": the district, not the province.
            found = _place_at(text, unit.start("name"), unit.end("name"), places, actors)
            if found:
                return found
        return _place_at(text, cue.start(group), cue.end(group), places, actors)
    # "began its push on the town", "advanced on the city": only after a campaign noun or a movement
    # towards ("entered the town" is too loose).
    if (
        not cue.group("noun")
        and not cue.group("move")
        and not _ASSAULT_VERB.match(cue.group("verb") or "")
    ):
        return None
    if antecedents is not None:
        found = _resolve_anaphor(
            text,
            cue.start("anaphor"),
            cue.group("anaphor"),
            antecedents,
            places,
            actors,
            sentence_floor,
        )
        if found:
            return found
    # Else the town the article is about — the settlement the geoparser found most often (first on a tie).
    if not places or cue.group("anaphor").lower() not in _SETTLEMENT_NOUNS:
        return None
    towns = [p for p in places if p.start < cue.start() and getattr(p, "kind", "") == "settlement"]
    if not towns:
        return None
    counts = Counter(p.name for p in towns)
    best = max(counts.values())
    place = next(p for p in towns if counts[p.name] == best)
    return place.name, place.start, place.end


def _place_at(
    text: str, start: int, end: int, places: list[PlaceSpan] | None, actors: list[ActorMatch]
) -> tuple[str, int, int] | None:
    """Canonical place name for a target phrase; None if it names an actor, not a place."""
    if any(m.start < end and start < m.end for m in window(actors, start - 100, end)):
        return None
    if places:
        first = bisect.bisect_left(places, start - 200, key=lambda p: p.start)
        for place in places[first:]:
            if place.start >= end:
                break
            if place.start < end and start < place.end:
                return place.name, place.start, place.end
    # No resolved toponym there (no geoparser, or the gazetteer lacks the name): keep the capitalised
    # phrase unless it is plainly not a place; the pipeline then looks it up by name.
    candidate = text[start:end]
    if _NOT_PLACE.search(candidate) or _GROUP_AFTER.match(text, end):
        return None
    return candidate, start, end


def dictionary_kind(actors: list[ActorMatch], name: str) -> str:
    return next((m.kind for m in actors if m.actor == name), "")


def _agent_in(doc: Doc, actors: list[ActorMatch], start: int, end: int) -> str | None:
    """The first attacker the parse gives a trigger between two offsets ("The assault, which began on
    Thursday, is led by Viv Ansanm")."""
    return next(
        (
            found
            for reading in readings(doc, start, end)
            if (found := attacker_of(doc.text, reading, actors)) is not None
        ),
        None,
    )


def _cue_reading(doc: Doc, cue: re.Match[str]) -> Reading | None:
    """The parse's reading of a cue's trigger word ("offensive", "stormed", "pushed")."""
    group = next((g for g in ("noun", "verb", "move") if cue.group(g)), None)
    if group is None:
        return None
    return reading_at(doc, cue.start(group))


def _origin(
    text: str, doc: Doc, sentence: Span, places, actors: list[ActorMatch], target_key: str
) -> str | None:
    """The place the parse gives as where the attack came from ("The assault on Gwoza began on Monday,
    when troops pushed south from Bama"), kept apart from the target."""
    for reading in readings(doc, sentence.start, sentence.end):
        span = origin_of(text, reading, actors)
        found = _place_at(text, *span, places, actors) if span is not None else None
        if found is not None and name_key(found[0]) != target_key:
            return found[0]
    return None


def _ended(text: str, doc: Doc, records: list[CampaignRecord], published: dt.date | None) -> None:
    """Campaigns whose target the text reports taken, given up or the push halted: their end date."""
    for record in records:
        if record.targets and record.ended_on is None:
            found = ending(text, doc, record.targets[0], published)
            if found is not None and (record.started_on is None or found.date >= record.started_on):
                record.ended_on = found.date


def _parse_start(
    text: str, reading: Reading | None, published: dt.date | None
) -> tuple[dt.date, int] | None:
    """The date the parse ties to the trigger or the verb launching it ("erupted in early February",
    "launched … two weeks ago"), unless it is the day of a report."""
    if reading is None:
        return None
    found = start_date_of(text, reading, published)
    if found is None or _is_report_date(text, found):
        return None
    return found.date, found.precision


def _cue_attacker(
    text: str, sentence: Span, cue: re.Match[str], actors: list[ActorMatch], doc: Doc
) -> str | None:
    """The agent the parse gives the cue's trigger ("X's offensive", "an offensive by X", "X launched
    …", "… is led by X"), else the clause's subject before it."""
    reading = _cue_reading(doc, cue)
    found = attacker_of(doc.text, reading, actors) if reading is not None else None
    return found or _attacker_before(text, sentence, cue.start(), actors)


def _weak_cue(text: str, cue: re.Match[str]) -> bool:
    """ "an offensive in X" names where the fighting is, a weaker cue than "an offensive on X"."""
    return (
        bool(cue.group("noun"))
        and re.search(r"\bin\s+$", text[cue.start() : _phrase(cue)[0]]) is not None
    )


# Every _TARGET_CUE match contains one of these (case as written); one Aho-Corasick pass finds where
# they are, so sentences without any skip the pattern.
_CUE_WORDS = (
    "offensive",
    "assault",
    "push",
    "operation",
    "campaign",
    "drive",
    "advanc",
    "battl",
    "siege",
    "besieg",
    "blockade",
    "liberat",
    "recaptur",
    "onslaught",
    "march",
    "incursion",
    "retak",
    "retook",
    "take",
    "taking",
    "took",
    "storm",
    "encircl",
    "seiz",
    "captur",
    "enter",
    "clos",
    "been",
    "way into",
    "way tow",
)
_CUE_AUTOMATON: list = []


def _cue_hints(text: str) -> list[int]:
    """Sorted end offsets of the cue words in the text."""
    if not _CUE_AUTOMATON:
        automaton = ahocorasick.Automaton()
        for word in _CUE_WORDS:
            automaton.add_word(word, len(word))
        automaton.make_automaton()
        _CUE_AUTOMATON.append(automaton)
    return [end for end, _ in _CUE_AUTOMATON[0].iter(text)]


def _find_target(
    text: str,
    sentences: list[Span],
    places,
    actors,
    doc: Doc,
    attackers: list[str] | None = None,
    antecedents: Antecedents | None = None,
    floors: dict[int, int] | None = None,
) -> tuple[str, int, int, Span] | None:
    for sentence in sentences:
        for cue in _TARGET_CUE.finditer(text, sentence.start, sentence.end):
            other = _cue_attacker(text, sentence, cue, actors, doc)
            if attackers and other and other not in attackers:
                continue  # another side's offensive, not this campaign's target
            found = _target_of(
                text,
                cue,
                places,
                actors,
                antecedents,
                (floors or {}).get(sentence.start, sentence.start),
            )
            if found:
                return (*found, sentence)
    return None


_PLACE_AFTER = re.compile(r"\b(?:on|in|around|near|against|at|towards?)\s+" + _TARGET_NP)


# "launched … on 15 June, a week after a Taliban attack on Karachi's airport": what follows "after" is
# another event, whose place is not the operation's target.
_OTHER_EVENT = re.compile(r"\b(?:after|before|following|when|until)\b")


def _find_place_after(text: str, sentence: Span, position: int, places, actors):
    """The first place after the campaign's name in its own sentence ("… with air strikes on Ras al-Ain"),
    before any clause about another event ("… after the militants attacked a base near the town of X")."""
    other = _OTHER_EVENT.search(text, position, sentence.end)
    end = other.start() if other else sentence.end
    for match in _PLACE_AFTER.finditer(text, position, end):
        group = _place_group(match)
        if not group:
            continue
        found = _place_at(text, match.start(group), match.end(group), places, actors)
        if found:
            return (*found, sentence)
    return None


def _place_named_before(
    text: str, position: int, floor: int, places, actors, antecedents: Antecedents
) -> tuple[str, int, int] | None:
    """A named operation with no cue to its target ("a raid in the West Bank city of Jenin, … an operation
    named "Iron Wall""): the nearest place before the name, in its sentence or the one before, that the text
    called a town or city, else a region ("the Cal Miskaad mountains"), else one after a locative."""
    items = antecedents.items
    earlier = [
        a
        for a in items[: bisect.bisect_left(items, position, key=lambda a: a.start)]
        if a.start >= floor
    ][::-1]
    for settlement in (True, False, None):
        for antecedent in earlier:
            if antecedent.settlement is settlement:
                found = _place_at(text, antecedent.start, antecedent.end, places, actors)
                if found:
                    return found
    return None


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_OFFSET = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+"
    r"(?P<dir>after|before)\s+(?:[\w'’\-]+\s+){0,6}?$",
    re.I,
)


def _shifted(text: str, date, verbs: list[re.Match[str]], sentence: Span) -> tuple[dt.date, int]:
    """ "said on Wednesday …, a day after Baku launched …": the start is the date moved by the offset that
    introduces the start verb's clause (when the date itself is outside that clause)."""
    for verb in verbs:
        head = max(sentence.start, verb.start() - 90)
        offset = _OFFSET.search(text, head, verb.start())
        if offset is None or date.start > offset.start():
            continue
        count = offset.group("n").lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        days = n * (7 if offset.group("unit").lower() == "week" else 1)
        sign = -1 if offset.group("dir").lower() == "after" else 1
        precision = (
            date.precision if offset.group("unit").lower() == "day" else max(date.precision, 2)
        )
        return date.date + dt.timedelta(days=sign * days), precision
    return date.date, date.precision


# "troops had been fighting their way towards Shusha for about two weeks": started that long ago.
_DURATION = re.compile(
    r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b[^.;:]{0,80}?\bfor\s+(?:about|around|nearly|almost|"
    r"more\s+than|over|some|at\s+least\s+)?\s*(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?P<unit>day|week|month)s?\b",
    re.I,
)


def _duration_start(text: str, sentence: Span, published: dt.date) -> tuple[dt.date, int] | None:
    match = _DURATION.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    count = match.group("n").lower()
    n = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    unit = match.group("unit").lower()
    if unit == "day":
        return published - dt.timedelta(days=n), 1
    if unit == "week":
        return published - dt.timedelta(weeks=n), 2
    month_index = published.year * 12 + published.month - 1 - n
    return dt.date(month_index // 12, month_index % 12 + 1, 1), 3


# "as their assault … entered its fourth day on Monday", "on Monday, the third day of a ground assault":
# started that many days before the date the sentence gives (else the publication date).
_DAY_COUNT = re.compile(
    r"\b(?:entered|enters|entering|into|in|on|was|is|marked)\s+(?:its|their|the)\s+"
    r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+)?day\b|,\s+the\s+(?P<n2>second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b",
    re.I,
)
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def _day_count_start(text: str, sentence: Span, published: dt.date) -> tuple[dt.date, int] | None:
    if " day" not in text[sentence.start : sentence.end]:
        return None
    match = _DAY_COUNT.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    word = (match.group("n") or match.group("n2")).lower()
    n = _ORDINALS[word] if word in _ORDINALS else int(word[:-2])
    dates = [
        d
        for d in find_dates(text, published, sentence.start, sentence.end)
        if d.precision == 1 and not _is_dateline(text, d)
    ]
    base = min(dates, key=lambda d: abs(d.start - match.start())).date if dates else published
    return base - dt.timedelta(days=n - 1), 1


# Verbs that say when the campaign itself started ("The attack began before dawn on Tuesday"), and "since"
# right before a date ("have besieged the garrison … since March 3").
_STRONG_START = re.compile(
    r"\b(?:began|begun|started|launched|kicked\s+off|got\s+under\s*way|commenced)\b"
    r"|\bsince\s+(?=\S)",
    re.I,
)
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed)"
    r"(?:\s+[\w'’]+){0,2}?\s+$"
)
NEAR_VERB = 60  # characters between a start verb and its date


# "YAOUNDE, May 15 (Reuters) - …": the dateline's date is the report's.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z'’ .\-]{1,40}(?:,\s+[A-Z][A-Za-z .]{1,30})?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-—–]")


def _is_report_date(text: str, date) -> bool:
    """ "the military said on Wednesday it had launched …": the day of the report, not of the start."""
    return _REPORTED_ON.search(
        text, max(0, date.start - 30), date.start
    ) is not None or _is_dateline(text, date)


def _is_dateline(text: str, date) -> bool:
    return (
        _DATELINE_AFTER.match(text, date.end) is not None
        and _DATELINE_BEFORE.search(text, max(0, date.start - 80), date.start) is not None
    )


def _strong_start_date(text: str, window: list[Span], published: dt.date):
    """The first date in the window right next to a verb of starting (or right after "since") that is not
    the date of a report; None when there is none."""
    for sentence in window:
        verbs = list(_STRONG_START.finditer(text, sentence.start, sentence.end))
        if not verbs:
            continue
        dates = [
            d
            for d in find_dates(text, published, sentence.start, sentence.end)
            if not _is_report_date(text, d)
        ]
        near = [
            (
                min(
                    abs(d.start - v.end()) if d.start >= v.end() else abs(v.start() - d.end)
                    for v in verbs
                ),
                d,
            )
            for d in dates
        ]
        near = [(distance, d) for distance, d in near if distance <= NEAR_VERB]
        if near:
            best = min(near, key=lambda pair: pair[0])[1]
            return _shifted(text, best, verbs, sentence)
    return None


def _start_date(
    text: str, window: list[Span], published: dt.date | None
) -> tuple[dt.date, int] | None:
    """The campaign's start: the date nearest a start verb in the first sentence of the window that has
    both; when that date is the report's ("said on Wednesday it had launched …") or far from the verb,
    a date right next to a verb of starting elsewhere in the window wins ("… began moving on Monday")."""
    found = _first_start_date(text, window, published)
    if found is None or published is None or found[1] is None:
        return found[0] if found else None
    better = _strong_start_date(text, window, published)
    return better or found[0]


_RELATIVE = re.compile(r",\s+(?:which|who|whom|where)\s")


def _offset_before_start(
    text: str, verbs: list[re.Match[str]], sentence: Span, published: dt.date
) -> tuple[dt.date, int] | None:
    """ "… on Saturday, two weeks after they began a push south": with no date in the sentence, that long
    before the report (the week for weeks, the day for days)."""
    for verb in verbs:
        if verb.group().lower() not in (
            "began",
            "begun",
            "started",
            "launched",
            "opened",
            "commenced",
        ):
            continue
        offset = _OFFSET.search(text, max(sentence.start, verb.start() - 90), verb.start())
        if offset is None or offset.group("dir").lower() != "after":
            continue
        count = offset.group("n").lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        week = offset.group("unit").lower() == "week"
        return published - dt.timedelta(days=n * (7 if week else 1)), 2 if week else 1
    return None


def _in_relative(text: str, start: int, date_start: int) -> bool:
    """A relative clause opens between `start` and the date and is not closed by a comma before it
    (", which they call Operation Hilaac, last month": the date is the main clause's)."""
    relative = _RELATIVE.search(text, start, date_start)
    return relative is not None and "," not in text[relative.end() : date_start]


def _first_start_date(text: str, window: list[Span], published: dt.date | None):
    """(date, the date mention it came from, or None when no single mention was used unshifted)."""
    if published is None:
        return None
    for index, sentence in enumerate(window):
        counted = _day_count_start(text, sentence, published)
        if counted:
            return counted, None
        verbs = list(_START_VERB.finditer(text, sentence.start, sentence.end))
        if not verbs:
            lasting = _duration_start(text, sentence, published)
            if lasting:
                return lasting, None
            continue
        dates = [
            d
            for d in find_dates(text, published, sentence.start, sentence.end)
            if not _is_dateline(text, d)
        ]
        if dates and ", wh" in text[sentence.start : sentence.end]:
            # "… to retake Saraqib, which opposition fighters recaptured last week": a date in a relative
            # clause after the start verb dates another event.
            dates = [
                d
                for d in dates
                if not any(
                    v.end() <= d.start and _in_relative(text, v.end(), d.start) for v in verbs
                )
            ]
        if dates:
            # The date closest to the start verb.
            distance = {id(d): min(abs(d.start - v.end()) for v in verbs) for d in dates}
            best = min(dates, key=lambda d: distance[id(d)])
            shifted = _shifted(text, best, verbs, sentence)
            doubtful = shifted == (best.date, best.precision) and (
                _is_report_date(text, best) or distance[id(best)] > NEAR_VERB
            )
            return shifted, (best if doubtful else None)
        ago = _offset_before_start(text, verbs, sentence, published)
        if ago:
            return ago, None
        following = window[index + 1] if index + 1 < len(window) else None
        if following is not None and following.start >= sentence.end:
            # "X has launched an offensive on Y. Its fighters attacked … on Friday."
            dates = find_dates(text, published, following.start, following.end)
            if dates:
                # "… said on Sunday that Operation Spring Shield had been under way since Thursday": a date
                # that sentence ties to a start, not its first.
                strong = (
                    _strong_start_date(text, [following], published) if len(dates) > 1 else None
                )
                return (strong or (dates[0].date, dates[0].precision)), None
    return None


_CAMPAIGN_START = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|assault|campaign|operation|push)"
    # "a joint offensive against Tigrayan forces that began in late August"
    r"\b(?:\s+(?:against|by)\s+(?:[\w'’\-]+\s+){1,4}?(?=(?:that|which)\b))?"
    r"(?:,\s+which|\s*\bthat|\s*\bwhich)?\s+(?:(?:has|had|was|were)\s+)?(?:began|begun|started|launched|"
    r"kicked\s+off|got\s+under\s*way|commenced)\b"
    r"|\b(?:began|started|launched|opened|kicked\s+off)\s+(?:(?:its|their|the|an?|a\s+new)\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}?(?:offensive|counteroffensive|counter-offensive|assault|campaign|"
    r"operation|push)\b",
    re.I,
)


_AGAINST_DEMONYM = re.compile(
    r"\bagainst\s+(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:forces|fighters|rebels|troops|"
    r"militias?|militants)\b"
)


def _demonym_place(
    text: str, demonym: str, before: int, places, actors
) -> tuple[str, int, int] | None:
    """The place "Tigrayan forces" are from, when the text names it before `before` ("in northwestern
    Tigray"): the demonym less a usual ending, as a word that is no actor's name."""
    for ending in ("ian", "an", "ese", "ite", "n", "i"):
        stem = demonym[: -len(ending)]
        if not demonym.endswith(ending) or len(stem) < 3:
            continue
        for match in re.finditer(r"\b" + re.escape(stem) + r"\b", text[:before]):
            found = _place_at(text, match.start(), match.end(), places, actors)
            if found:
                return found
    return None


def _untargeted_campaign(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None,
    places,
    doc: Doc,
    antecedents: Antecedents,
    floors: dict[int, int],
) -> CampaignRecord | None:
    lowered = text.lower()
    if not any(
        noun in lowered for noun in ("offensive", "assault", "campaign", "operation", "push")
    ):
        return None  # _CAMPAIGN_START needs one of these: skip the per-sentence scan
    for index, sentence in enumerate(sentences):
        start = _CAMPAIGN_START.search(text, sentence.start, sentence.end)
        if start is None or not _MILITARY.search(text, floors[sentence.start], sentence.end):
            continue
        items = antecedents.items
        earlier = items[: bisect.bisect_left(items, start.start(), key=lambda a: a.start)][::-1]
        # "an offensive against Tigrayan forces" on a text that named Tigray: the region of the side attacked.
        against = _AGAINST_DEMONYM.search(text, sentence.start, sentence.end)
        found = (
            _demonym_place(text, against.group("dem"), start.start(), places, actors)
            if against
            else None
        )
        choice = next((a for a in earlier if a.settlement is True), None) or next(
            (a for a in earlier if a.settlement is False), None
        )
        if found is None and choice is not None:
            found = _place_at(text, choice.start, choice.end, places, actors)
        if found is None:
            continue
        attacker = _attacker_before(text, sentence, start.start(), actors) or _agent_in(
            doc, actors, start.start(), sentence.end
        )
        if attacker is None and index > 0:
            previous = sentences[index - 1]
            attacker = _attacker_before(text, previous, previous.end, actors)
        record = CampaignRecord(
            name=f"{found[0]} offensive",
            named=False,
            targets=[found[0]],
            target_spans=[(found[1], found[2])],
            sentence_start=sentence.start,
            sentence_end=sentence.end,
        )
        if attacker:
            record.attackers.append(attacker)
        started = _start_date(text, [sentence], published)
        if started:
            record.started_on, record.date_precision = started
        return record
    return None


def find_campaigns(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
    doc: Doc | None = None,
) -> list[CampaignRecord]:
    """Campaigns in an article, merged by name and by target; `doc` is the article's parse
    (places.nlp.parse), parsed here when not given."""
    if doc is None:
        doc = parse(text)
    records: dict[str, CampaignRecord] = {}
    by_target: dict[str, CampaignRecord] = {}
    named_hits: list[tuple[str, int, int]] = []
    for pattern in (_NAMED_QUOTED, _QUOTED_CAMPAIGN):
        for match in pattern.finditer(text):
            context = text[max(0, match.start() - 80) : match.end() + 30]
            if _CAMPAIGN_WORD.search(context):
                named_hits.append(
                    (match.group("name").strip(" ,.'’"), match.start("name"), match.end("name"))
                )
    quoted = list(named_hits)
    for verb in _NAMING_VERBS:
        at = text.find(verb)
        while at != -1:
            match = _BARE_NAME.match(text, at + len(verb))
            if (
                match
                and _NOUN_BEFORE_NAMING.search(text, max(0, at - 40), at + 1)
                and not any(s <= match.start("name") < e for _, s, e in quoted)
            ):
                named_hits.append((match.group("name"), match.start("name"), match.end("name")))
            at = text.find(verb, at + 1)
    for match in _OPERATION.finditer(text):
        if any(s <= match.start() < e for _, s, e in named_hits):
            continue  # "Comprehensive Operation Sinai 2018" was named whole
        name = match.group("name").rstrip("'’")  # "'Operation Spring Shield'" in single quotes
        named_hits.append((f"Operation {name}", match.start(), match.start("name") + len(name)))
    named_hits.sort(key=lambda hit: hit[1])
    position_of = {sentence.start: index for index, sentence in enumerate(sentences)}
    # Where "the breakaway region" may find an untyped antecedent: this sentence or the one before.
    floors = {
        sentence.start: sentences[max(index - 1, 0)].start
        for index, sentence in enumerate(sentences)
    }
    antecedents = Antecedents(text, actors)

    for name, start, end in named_hits:
        sentence = enclosing(sentences, start)
        if sentence is None:
            continue
        index = position_of[sentence.start]
        context_start = sentences[max(index - 1, 0)].start
        context_end = max(sentences[min(index + 1, len(sentences) - 1)].end, sentence.end)
        fighters = any(
            m.kind in ("armed_group", "coalition")
            for m in window(actors, sentence.start, sentence.end)
        )
        if not fighters and not _MILITARY.search(text, context_start, context_end):
            continue  # "Operation Blessing International", a "First Amendment Now Campaign"
        forward = sentences[index : index + 4]
        nearby = forward + sentences[max(0, index - 2) : index][::-1]
        key = name_key(name)
        record = records.get(key)
        if record is None:
            record = CampaignRecord(
                name=name, named=True, sentence_start=sentence.start, sentence_end=sentence.end
            )
            records[key] = record
        attacker = _attacker_before(text, sentence, start, actors) or _agent_in(
            doc, actors, end, sentence.end
        )
        found_in = sentence
        if attacker is None and index > 0 and not record.attackers:
            # "The coalition said … which it has named "Golden Victory"": the side named just before.
            found_in = sentences[index - 1]
            attacker = _attacker_before(text, found_in, found_in.end, actors)
        if attacker and attacker not in record.attackers:
            record.attackers.append(attacker)
            for partner in _partners(text, attacker, found_in, actors):
                if partner not in record.attackers:
                    record.attackers.append(partner)
        if not record.targets:
            target = (
                _find_target(
                    text, nearby, places, actors, doc, record.attackers, antecedents, floors
                )
                or _find_place_after(text, sentence, end, places, actors)
                or _place_named_before(text, start, context_start, places, actors, antecedents)
            )
            if target:
                record.targets.append(target[0])
                record.target_spans.append((target[1], target[2]))
                by_target.setdefault(name_key(target[0]), record)
        for opponent in _opponents(text, sentence, end, actors, record.attackers):
            if opponent not in record.opponents:
                record.opponents.append(opponent)
        if record.started_on is None:
            started = _start_date(text, nearby, published)
            if started:
                record.started_on, record.date_precision = started

    named_records = list(records.values())
    hints = _cue_hints(text)
    for sentence_index, sentence in enumerate(sentences):
        first_hint = bisect.bisect_left(hints, sentence.start)
        if first_hint == len(hints) or hints[first_hint] >= sentence.end:
            continue  # no word a cue starts with: skip the long pattern
        # Every cue starts at most a few words before its cue word ("had been fighting", "counter-offensive"):
        # the scan starts at a word boundary 40 characters before the first one, not at the sentence start.
        ahead = text.rfind(" ", sentence.start, max(sentence.start, hints[first_hint] - 40))
        cues = list(
            _TARGET_CUE.finditer(text, ahead + 1 if ahead != -1 else sentence.start, sentence.end)
        )
        if len(cues) > 1 and any(
            not _weak_cue(text, c) and _target_of(text, c, places, actors) for c in cues
        ):
            # "its offensive in North Kordofan … closed in on the state capital, El Obeid": the place
            # attacked, not the area the offensive is in.
            cues = [c for c in cues if not _weak_cue(text, c)]
        for cue in cues:
            if (
                cue.group("verb")
                and not _CAMPAIGN_WORD.search(text, sentence.start, sentence.end)
                and not re.search(
                    r"\b(?:push|bid|offensive|aim|attempt|effort|fight|forces?|troops)\b",
                    text[sentence.start : cue.start()],
                )
            ):
                # A bare "capture X" is an event, not a campaign, unless the sentence speaks of one.
                continue
            if _NEGATED_CUE.search(text, max(sentence.start, cue.start() - 30), cue.start()):
                continue  # "ordered his forces not to storm the steel works", "calls off storming of": none
            found = _target_of(text, cue, places, actors, antecedents, floors[sentence.start])
            if not found:
                continue
            place_name, p_start, p_end = found
            key = name_key(place_name)
            attacker = _cue_attacker(text, sentence, cue, actors, doc)
            fighting = attacker is not None and dictionary_kind(actors, attacker) in (
                "armed_group",
                "coalition",
            )
            # "The group launched its latest push on the lakeside city": the fighting may be named in the
            # sentence before ("M23 rebels said …") when the cue is a campaign noun.
            context_start = floors[sentence.start] if cue.group("noun") else sentence.start
            if not fighting and not _MILITARY.search(text, context_start, sentence.end):
                continue
            record = by_target.get(key)
            if record is None and len(named_records) == 1:
                # An article about one named operation calls it "the offensive" too: an offensive by the
                # same side (or by no named side) is that operation, not a new one.
                named = named_records[0]
                if attacker is None or attacker in named.attackers or not named.attackers:
                    record = named
                    if not named.targets:
                        named.targets.append(place_name)
                        named.target_spans.append((p_start, p_end))
                    by_target[key] = named
            if record is None:
                record = CampaignRecord(
                    name=f"{place_name} offensive",
                    named=False,
                    targets=[place_name],
                    target_spans=[(p_start, p_end)],
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                )
                records.setdefault(name_key(record.name), record)
                record = records[name_key(record.name)]
                by_target[key] = record
            partner_sentence = sentence
            if not attacker and sentence_index > 0:
                # "The army had begun its advance on Kidal": the subject named one sentence before —
                # unless this sentence fights it ("… an operation against regrouping Hamas units").
                previous = sentences[sentence_index - 1]
                attacker = _attacker_before(text, previous, previous.end, actors)
                if attacker and attacker in _opponents(text, sentence, cue.start(), actors, []):
                    attacker = None
            if (
                not attacker
                and not record.attackers
                and sentence_index + 1 < len(sentences)
                and _UNNAMED_FIGHTERS.search(text, sentence.start, cue.start())
                and not any(
                    m.kind in _ATTACKER_KINDS for m in window(actors, sentence.start, cue.start())
                )
            ):
                # "Ethnic Kachin guerrillas fought their way into … Bhamo. Fighters of the Kachin Independence
                # Army, backed by …, have overrun …": the side the next sentence opens with.
                following = sentences[sentence_index + 1]
                attacker = _attacker_before(
                    text, following, min(following.end, following.start + 60), actors
                )
                if attacker:
                    partner_sentence = following  # its allies are named beside it there
            if (
                not attacker
                and not record.attackers
                and _GENERIC_FORCE.search(text, sentence.start, cue.start())
            ):
                # "troops have been fighting in Jabalia": in an article whose other offensives are all one
                # side's, unnamed troops are that side's.
                sides = {a for r in records.values() if r is not record for a in r.attackers}
                if len(sides) == 1:
                    attacker = next(iter(sides))
            if attacker and attacker in record.opponents:
                attacker = None  # "retake Kunduz from the Taliban": the side fought is no attacker later on
            if (
                attacker
                and attacker not in record.attackers
                and (not record.named or not record.attackers)
            ):
                record.attackers.append(attacker)
                for partner in _partners(text, attacker, partner_sentence, actors):
                    if partner not in record.attackers:
                        record.attackers.append(partner)
            for opponent in _opponents(text, sentence, cue.start(), actors, record.attackers):
                if opponent not in record.opponents:
                    record.opponents.append(opponent)
            if record.origin is None:
                record.origin = _origin(text, doc, sentence, places, actors, key)
            if record.started_on is None:
                started = _parse_start(text, _cue_reading(doc, cue), published) or _start_date(
                    text, sentences[sentence_index : sentence_index + 2], published
                )
                if started:
                    record.started_on, record.date_precision = started
    kept = [r for r in records.values() if r.named or r.targets]
    if not kept:
        # "The offensive, which began last month, …" names no target: it is on the place the article is
        # about — the nearest place before it the text called a town (else a region).
        found = _untargeted_campaign(
            text, sentences, actors, published, places, doc, antecedents, floors
        )
        if found:
            records[name_key(found.name)] = found
            kept = [found]
    if published is not None:
        # "Militiamen have besieged the garrison in the town of Nasir … since March 3" … "The siege of Nasir":
        # a sentence naming the target with a verb of starting and its date dates the campaign.
        for record in kept:
            if record.started_on is None and record.targets and not record.named:
                naming = [
                    sentence
                    for sentence in sentences
                    if record.targets[0] in text[sentence.start : sentence.end]
                ]
                started = _strong_start_date(text, naming, published)
                if started:
                    record.started_on, record.date_precision = started
    if len(kept) == 1 and kept[0].started_on is None and published is not None:
        # One campaign in the article: "Ukraine's southern counteroffensive, which began in late August"
        # dates it even without naming its target, unless another side is the subject.
        only = kept[0]
        for sentence in sentences:
            if not _CAMPAIGN_NOUN.search(text, sentence.start, sentence.end):
                continue
            subject = _attacker_before(text, sentence, sentence.end, actors)
            if subject is not None and only.attackers and subject not in only.attackers:
                continue
            started = _start_date(text, [sentence], published)
            if started:
                only.started_on, only.date_precision = started
                break
    kept = [r for r in records.values() if r.named or r.targets]
    if kept:
        _add_air_backers(text, sentences, actors, kept)
        _ended(text, doc, kept, published)
    # A campaign with neither a name nor a target is not something the map can show.
    return kept


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


def _add_air_backers(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """ "Syrian troops backed by Russian air strikes recaptured Palmyra", "under the cover of Russian and
    Syrian air strikes", "with air support from the U.S.-led coalition": the side flying for the attackers
    attacks too — in a sentence that names the attacker or the target."""
    for match in actors:
        if match.kind not in _ATTACKER_KINDS:
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
                or any(t and t in said for t in record.targets)
                or (
                    the_campaign
                    and 0 <= sentence.start - record.sentence_end <= 16
                    and not text[record.sentence_end : sentence.start].strip()
                )
            ):  # (bounded: no long slices)
                # "… troops stormed the city in a push to reclaim … . The assault, launched … with air support
                # from the U.S.-led coalition, …": "The assault" opening the next sentence is that campaign.
                record.attackers.append(match.actor)
