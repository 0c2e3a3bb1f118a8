"""Campaign targets: the cue phrases that say a place is attacked ("an assault on", "a push to
retake", "troops stormed") and the place each one names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from typing import TYPE_CHECKING

import ahocorasick

from .campaign_antecedents import SETTLEMENT_NOUNS, Antecedents, resolve_anaphor
from .campaign_places import PLACE_NAME, place_at
from .campaign_sides import cue_attacker
from .sentences import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


_MODIFIERS = (
    r"(?:(?:key|strategic|rebel-held|[\w’']+-held|[\w’']+-controlled|besieged|embattled|northern"
    r"|southern|"
    r"eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|"
    r"northwestern|southeastern|southwestern|nearby|port|coastal|border|frontline|front-line|small|"
    r"provincial|regional|oil-rich|ancient|historic|largest|last|remaining|de\s+facto|group's|"
    r"its|their|self-declared|self-styled)\s+)*"
)
_SETTLEMENT_OF = r"(?:city|town|port|capital|stronghold)\s+of\s+"
_PLACE_NOUN = (
    # "the disputed oil town of Heglig", "the lakeside town of Minova": any two words describing the
    # settlement noun before "of" and its name (not a village's: "the hilltop village of X" taken
    # is an event of a campaign)
    r"(?:(?:[a-z][\w'’\-]*\s+){0,2}?" + _SETTLEMENT_OF + r"(?=[A-Z])"
    r"|(?:city|town|village|port|province|region|district|capital|stronghold|airbase|air\s+base|"
    r"base|area|governorate|state|county|oblast|enclave|township|neighbou?rhood)\s+(?:of\s+)?)?"
)
# "the eastern Ukrainian town of Avdiivka", "the Red Sea port city of Hodeidah", "the Congo lakeside
# town of Minova", "the Indigenous neighborhood of Monimbó": capitalised words that only describe
# the place noun which follows.
_DESCRIBER = (
    r"(?:(?:[A-Z][\w'’\-]+\s+){1,3}(?:port\s+|coastal\s+|border\s+|key\s+)?"
    r"(?=(?:(?:[a-z][\w'’\-]*\s+){0,2}?" + _SETTLEMENT_OF + r"|(?:city|town|village|port|province"
    r"|region|district|capital|stronghold|neighbou?rhood)\s+(?:of\s+)?)[A-Z]))?"
)
_PART_OF = (
    r"(?:(?:the\s+)?(?:(?:eastern|western|northern|southern|old)\s+)?(?:half|part|parts|outskirts|"
    r"centre|center|side|bank|districts?|edge)\s+of\s+"
    # "an offensive on the hills above Sake", "the heights overlooking X": the town they command
    r"|(?:the\s+)?(?:hills|heights|ridges?|approaches)\s+(?:above|around|overlooking|outside)\s+)?"
)
_ANAPHOR_NOUNS = (
    r"town|city|village|port|region|province|enclave|territory|stronghold|area|valley|"
    r"country|capital"
)
# "the southern Gaza city", "the lakeside city", "the breakaway region": a place named before, not
# here.
_ANAPHOR = (
    r"the\s+(?:(?:[a-z][\w'’\-]*|[A-Z][\w'’\-]+)\s+){0,2}?(?P<anaphor>"
    + _ANAPHOR_NOUNS
    # "the city, Yemen's third largest" is an anaphor; "the city, Taez" names the city
    + r")\b(?!\s+of\b|\s*,\s*[A-Z](?![\w\-]*[’']s\b)|[’']s(?!\s+(?:east|west|north|south|"
    r"centre|center|outskirts|eastern|"
    r"western|northern|southern)\b)|\s+(?:and|or)\b|\s+(?:city|town|village|port|province|region|"
    r"district|capital)\b)"
)
# "the state capital, El Obeid", "the port city, Hodeidah": the name follows the noun after a comma.
_APPOSED = (
    r"the\s+" + _MODIFIERS + r"(?:state\s+|provincial\s+|regional\s+)?"
    r"(?:capital|city|town|village|port|stronghold),\s+"
    # "the city, Yemen's third largest": a possessive describes the place named before
     + r"(?![A-Z][\w\-]*[’']s\b)" + PLACE_NAME.replace("?P<place>", "?P<apposed>")
)
# "the army's main base in Ardamata", "the headquarters of the state broadcaster in Omdurman",
# "recaptured the Republican Palace in central Khartoum": a site taken is in the place attacked;
# so is a unit's post, "the assault on the 3rd Mechanised Infantry Regiment at La Tablada".
_SITE_IN = (
    r"(?:(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:base|headquarters|barracks|garrison|airport|compound"
    r"|command|bridge|[Pp]alace|[Rr]egiment|[Bb]attalion|[Bb]rigade)\s+(?:[\w'’\-]+\s+){0,7}?"
    r"(?:in|at|near|outside)\s+)?"
)
_TARGET_NP = (
    r"(?:"
    + _APPOSED
    + r"|"
    + _ANAPHOR
    + r"|"
    + _SITE_IN
    + r"(?:the\s+)?"
    + _PART_OF
    + _MODIFIERS
    + _DESCRIBER
    + _PLACE_NOUN
    + PLACE_NAME
    + r")"
)
# "an assault on", "the battle for", "a push to take back", "the liberation of", "to retake"
TARGET_CUE = re.compile(
    # The look-ahead (the first letters of the words below) lets the scan skip most positions
    # quickly.
    r"(?=[oacpdbslrmitehf])\b(?:(?P<noun>offensive|counteroffensive|counter-offensive|assault"
    r"|push|operation|campaign|drive|advance|"
    r"battle|siege|blockade|liberation|recapture|onslaught|march"
    r"|incursion)(?:\s+by\s+[^,.;:]{1,60}?)?\s+(?:on|against|for|of|to\s+(?:(?:re)?(?:take"
    r"|capture|"
    r"seize|liberate|free|open|gain)|reclaim)(?:\s+back)?|to\s+(?:secure|clear|recover)|towards?"
    r"|into|in"
    # "an offensive to drive separatists from the hills around Kumbo"
    r"|to\s+(?:drive|push|expel|dislodge|oust|flush|clear)\s+(?:[\w'’\-]+\s+){1,4}?(?:from"
    r"|out\s+of)"
    r"(?:\s+the\s+(?:hills|mountains|forests?|areas?|villages|countryside|bush)\s+(?:around|near"
    r"|outside|of))?)"
    r"|(?P<verb>retake|retaking|recapture|recapturing|take\s+back|taking\s+back|liberate"
    r"|liberating|storm|storming|"
    r"besiege|besieging|encircle|encircling|seize|seizing|capture|capturing|enter|entered|entering|"
    r"storming|recaptured|retook|retaken|seized|captured|stormed|encircled|besieged|"
    # headline present tense: "Nigeria says army retakes Damboa"
    r"retakes|recaptures|seizes|captures|storms|"
    # "forces took the border town of X": "took" alone is too loose ("took part in", "took the
    # road to X"), before a town or city named it is a taking.
    r"(?:took|takes)(?=\s+the\s+(?:[a-z][\w'’\-]*\s+){0,2}?(?:city|town|port|stronghold)\s+of"
    r"\s+[A-Z])|"
    r"(?:took|taken|taking|seized|seize|seizing|regained|regain|regaining)\s+"
    r"(?:(?:full|total)\s+)?control\s+of)(?:\s+control\s+of)?"
    # "besieged and shelled X"
    r"(?:\s+and\s+(?:shelled|bombarded|blockaded|attacked|pounded|encircled|besieged))?"
    r"|(?P<move>(?:pushed|pushing|advanced|advancing|closed\s+in|closing\s+in|marched|marching)"
    r"\s+(?:into|on|towards?|to\s+within\s+(?:[\w,.\-]+\s+){1,3}?of)"
    # "have been trying since August to reach the town of X": a push told by its aim
    r"|(?:trying|tried|attempting|attempted|seeking|sought)\s+(?:since\s+[\w]+\s+)?to\s+"
    r"(?:reach|take|capture|seize|enter|storm)"
    # "guerrillas fought their way into the town of Bhamo"
    r"|(?:fought|fighting|battled|battling|forced|forcing)\s+(?:their|its|his)\s+way\s+(?:into"
    r"|towards?)"
    # "troops have been fighting in Jabalia since mid-May": fighting that goes on is a campaign.
    r"|(?:has|have|had)\s+been\s+(?:fighting|battling|advancing|pushing)(?:\s+(?:their|its|his"
    r"|our)\s+way)?"
    r"\s+(?:in|for|into|on|towards?|to)))\s+" + _TARGET_NP
)
NEGATED_CUE = re.compile(
    r"\b(?:not|never|no\s+need)\s+(?:to\s+)?$|\bcall(?:s|ed|ing)?\s+off\s+(?:the\s+)?$|"
    r"\binstead\s+of\s+$",
    re.I,
)


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


_UNIT_OF = re.compile(
    r"\b(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:district|county|township|"
    r"municipality|prefecture|department|subdistrict)\s+of\s+$"
)
_CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$")
_REGION_AFTER = re.compile(r"\s+(?:province|region|state|governorate|oblast|district|department)\b")
# "troops stormed the city", "to retake the town": verbs of assault, unlike "entered the town", may
# point back to the place named before.
_ASSAULT_VERB = re.compile(r"(?:storm|besieg|encircl|retak|recaptur|liberat)(?:e|ed|ing)?$")


def target_of(
    text: str,
    cue: re.Match[str],
    places,
    actors,
    antecedents: Antecedents | None = None,
    sentence_floor: int = 0,
    attacked: Container[str] = (),
) -> tuple[str, int, int] | None:
    """The place a cue attacks; "the town" points back to a place named before (`attacked`: keys of
    the places already found attacked, preferred among the last few, see resolve_anaphor)."""
    group = _place_group(cue)
    if group:
        if (
            antecedents is not None
            and _CAPITAL_OF.search(text, max(0, cue.start(group) - 20), cue.start(group))
            and _REGION_AFTER.match(text, cue.end(group))
        ):
            # "a push to reclaim the capital of Anbar province": the city named before, not the
            # province.
            found = resolve_anaphor(
                text, cue.start(group), "capital", antecedents, places, actors, sentence_floor
            )
            if found:
                return found
        unit = _UNIT_OF.search(text, max(cue.start(), cue.start(group) - 60), cue.start(group))
        if unit and _REGION_AFTER.match(text, cue.end(group)):
            # "an operation in the Kech district of Balochistan province": the district, not the
            # province.
            found = place_at(text, unit.start("name"), unit.end("name"), places, actors)
            if found:
                return found
        return place_at(text, cue.start(group), cue.end(group), places, actors)
    # "began its push on the town", "advanced on the city": only after a campaign noun or a movement
    # towards ("entered the town" is too loose).
    if (
        not cue.group("noun")
        and not cue.group("move")
        and not _ASSAULT_VERB.match(cue.group("verb") or "")
    ):
        return None
    if antecedents is not None:
        found = resolve_anaphor(
            text,
            cue.start("anaphor"),
            cue.group("anaphor"),
            antecedents,
            places,
            actors,
            sentence_floor,
            attacked,
        )
        if found:
            return found
    # Else the town the article is about — the settlement the geoparser found most often (first on a
    # tie).
    if not places or cue.group("anaphor").lower() not in SETTLEMENT_NOUNS:
        return None
    towns = [p for p in places if p.start < cue.start() and getattr(p, "kind", "") == "settlement"]
    if not towns:
        return None
    counts = Counter(p.name for p in towns)
    best = max(counts.values())
    place = next(p for p in towns if counts[p.name] == best)
    return place.name, place.start, place.end


def weak_cue(text: str, cue: re.Match[str]) -> bool:
    """ "an offensive in X" names where the fighting is, a weaker cue than "an offensive on X"."""
    return (
        bool(cue.group("noun"))
        and re.search(r"\bin\s+$", text[cue.start() : _phrase(cue)[0]]) is not None
    )


# Every TARGET_CUE match contains one of these (case as written); one Aho-Corasick pass finds where
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
    "regain",
    "storm",
    "encircl",
    "seiz",
    "captur",
    "enter",
    "clos",
    "been",
    "way into",
    "way tow",
    "to reach",
)
_CUE_AUTOMATON: list = []


def cue_hints(text: str) -> list[int]:
    """Sorted end offsets of the cue words in the text."""
    if not _CUE_AUTOMATON:
        automaton = ahocorasick.Automaton()
        for word in _CUE_WORDS:
            automaton.add_word(word, len(word))
        automaton.make_automaton()
        _CUE_AUTOMATON.append(automaton)
    return [end for end, _ in _CUE_AUTOMATON[0].iter(text)]


def find_target(
    text: str,
    sentences: list[Span],
    places,
    actors,
    doc: Doc | None,
    attackers: list[str] | None = None,
    antecedents: Antecedents | None = None,
    floors: dict[int, int] | None = None,
) -> tuple[str, int, int, Span] | None:
    for sentence in sentences:
        for cue in TARGET_CUE.finditer(text, sentence.start, sentence.end):
            other = cue_attacker(text, sentence, cue, actors, doc)
            if attackers and other and other not in attackers:
                continue  # another side's offensive, not this campaign's target
            found = target_of(
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


# "launched … on 15 June, a week after a Taliban attack on Karachi's airport": what follows "after"
# is another event, whose place is not the operation's target.
_OTHER_EVENT = re.compile(r"\b(?:after|before|following|when|until)\b")


def find_place_after(text: str, sentence: Span, position: int, places, actors):
    """The first place after the campaign's name in its own sentence ("… with air strikes on Ras
    al-Ain"), before any clause about another event ("… after the militants attacked a base near the
    town of X")."""
    other = _OTHER_EVENT.search(text, position, sentence.end)
    end = other.start() if other else sentence.end
    for match in _PLACE_AFTER.finditer(text, position, end):
        group = _place_group(match)
        if not group:
            continue
        found = place_at(text, match.start(group), match.end(group), places, actors)
        if found:
            return (*found, sentence)
    return None


_UNIT_NOUNS = frozenset({"region", "province", "state", "district", "governorate", "oblast"})


def listed_with(text: str, doc: Doc | None, place: tuple[str, int, int], places, actors):
    """The places the parse lists with a target under the same cue ("retaken the towns of Jalawla
    and Saadiyah", "seize the oil ports of Ras Lanuf and Es Sider"): the conjuncts of its head
    word that are places, in text order."""
    if doc is None:
        return []
    span = doc.char_span(place[1], place[2], alignment_mode="expand")
    if span is None or not len(span):
        return []
    found = []
    for conjunct in span.root.conjuncts:
        token = conjunct
        if token.lower_ in _UNIT_NOUNS:
            # "Amhara and the neighbouring Afar region": the name before the unit noun
            token = next((c for c in token.lefts if c.dep_ == "compound"), token)
        if not token.text[:1].isupper():
            continue  # "Mosul and its airport": a site of the place, no place of its own
        first = token
        while first.i > 0 and doc[first.i - 1].dep_ == "compound":
            first = doc[first.i - 1]
        other = place_at(text, first.idx, token.idx + len(token), places, actors)
        if other is not None and other[1] != place[1]:
            found.append(other)
    return sorted(found, key=lambda p: p[1])
