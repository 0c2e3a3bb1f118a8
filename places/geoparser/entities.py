"""Entity types as evidence: a gazetteer name that the statistical parse reads as a person, an
organisation or a group of people ("Grundberg", "Northeastern Command", "Shi'ite") is not a place
on its own.

The parse is the shared one of `places.nlp`: when another step (extraction, geocoding an article)
parsed the whole text, its entities are read for free; otherwise only the sentences around the
doubtful names are run through the entity recogniser, which keeps the geoparser fast on bulk text.
A doubtful name is a small place's name that the text gives no place evidence for: no
preposition or attack verb that puts something in it ("in", "shelled", "advanced on"), not a
country, a region or a city of 100,000. A name the text puts something in ("in Manbij") is
never doubtful, and one use inside an organisation's name ("Manbij Military
Council") never removes the name from the whole document.
"""

from __future__ import annotations

import bisect
import logging
import re

from places.geoparser.falsefriends import held_compound
from places.geoparser.filters import ASSAULT_CUES, LOCATIVES, Context
from places.geoparser.records import Mention

logger = logging.getLogger(__name__)

# Entity labels that make a name something other than a place on its own.
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Entity labels that make a name a place (spaCy: countries and cities, other locations, buildings).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# How much of the sentence around a doubtful name the recogniser reads, each side. Its decision at
# a token looks at that token, the one before and the entity's first, each encoded from four
# tokens either side (en_core_web_sm: MaxoutWindowEncoder depth 4, window 1; 3 state features):
# 60 characters (~10 words) is twice that reach. Labels over the names did not change from 160
# on LGL, GeoVirus or the gold articles, and the recogniser reads a third fewer characters.
WINDOW_CHARS = 60
# "X and Y", "X, and Y": a name joined to a name with place evidence shares it ("the towns of
# Pokrovsk and Kostiantynivka", "deployed in Palma and Mocímboa da Praia").
# Also across one member the gazetteer lacks: "Srebrenica, Zepa, Tuzla and Sarajevo".
# A member may be a share of a place: "Cyangugu, Gikongoro and part of Kibuye", "Homs and
# much of Hama".
_SHARE_OF = r"(?:(?:the\s+)?(?:parts?|most|much|all|some|half)\s+of\s+(?:the\s+)?)?"
# A list told as a sequence carries its verb over a time phrase and "then": "retook Boali on
# January 5 and Bossembele two days later", "took Kaya the next day and then Morobo".
_WHEN = (
    r"(?:\s+(?:on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"|the\s+(?:next|following)\s+(?:day|morning|night|week)))?"
)
_JOIN = _WHEN + r"(?:,\s+|,?\s+(?:and|or)\s+(?:then\s+)?)"
_LIST_GAP = re.compile(
    _JOIN + _SHARE_OF + r"(?:[A-Z][\w'’\-]*(?:\s+(?:al-|el-)?"
    r"[A-Z][\w'’\-]*){0,2}" + _JOIN + _SHARE_OF + r")?"
)
# An appositive that says what the name is: "Kirumba, a market town 20 km further north",
# "Laukkai, the Kokang capital", "Babanusa, home of the army's 22nd Infantry Division".
_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:town|towns|village|city|capital|district|township|hamlet|port|suburb|neighbourhood"
    r"|neighborhood|camp|base|garrison|stronghold|crossing|terminal|airport|airbase|oasis"
    r"|junction|hub|outpost|settlement|locality|enclave)"
    # ... ending there or saying how far ("a town councillor" is a person's title; "a town
    # a few miles to the east", "a village some 20 km away" are where it lies)
    r"(?=\s*[,.;:)]|\s+(?:of|in|on|near|at|about|along|north|south|east|west|that|which|where"
    r"|a\s+few|some|several|\d)\b)|home\s+(?:of|to)\b)"
)


# What a list of places is introduced by: "17 townships, including Kyauktaw", "border crossings
# such as Islam Qala". A plural noun for places earlier in the sentence, then one of these.
_LIST_INTRODUCERS = (
    "including",
    "such as",
    "notably",
    "among them",
    "among them the",
    "starting with",
    "beginning with",
    "especially",
    "in particular",
)
_PLACE_PLURALS_TEXT = (
    "towns villages cities townships districts areas localities crossings bases camps airstrips "
    "strips airfields airports "
    "provinces states regions settlements communities hamlets positions outposts ports "
    "suburbs neighbourhoods neighborhoods counties municipalities garrisons strongholds"
)
_PLACE_PLURALS = frozenset(_PLACE_PLURALS_TEXT.split())
# A region named just before the introducer holds the list: "the enclave in northern Hama
# province, including Morek and Kafr Zita", "the pocket, among them ...".
_REGION_NOUNS_TEXT = "province region governorate oblast district enclave pocket countryside valley"
_REGION_NOUNS = frozenset(_REGION_NOUNS_TEXT.split())
# A noun after the name that says what it is: "Kordofan towns", "the Centre department".
_PLACE_HEADS_TEXT = (
    "town towns village villages city district districts department province governorate "
    "region state oblast county township area front frontline border camp neighbourhood "
    "neighborhood suburb road valley river "
    # an attack known by where it happened: "the Mpeketoni attacks", "the Srebrenica massacre"
    "attack attacks massacre massacres bombing bombings "
    # a siege is of a place: "the 2004 Beslan siege", "the Sarajevo siege"
    "siege sieges"
)
_PLACE_HEADS = frozenset(_PLACE_HEADS_TEXT.split())
# A site named after its place, after one word that says its kind or not: "the Bisie mine", "the
# Rumangabo military base", "the Jamhuriya cattle market", "the Kanombe army barracks".
_SITE_HEADS = frozenset(
    {"base", "airbase", "mine", "market", "airport", "garrison", "terminal", "refinery"}
    | {"barracks", "hill", "bridge", "airfield", "airstrip", "dam", "prison", "checkpoint"}
    | {"crossroads", "roundabout", "station", "crossing", "port", "junction", "camp"}
)
# Words before a name, beyond the locatives and the verbs of attack, that put the name on a map:
# "the bridgehead opposite Darkhovin", "fighters still controlled Kurtunwarey", "the guns that
# fired on Kiryat Shmona".
_PLACED_BEFORE = frozenset(
    {"opposite", "beyond", "controlled", "controls", "fired on", "firing on", "fire on"}
    # "could now threaten Kilwa", "our men cleared Alafa": an advance's next object
    | {"threaten", "threatens", "threatened", "threatening", "cleared", "clearing"}
    # what rockets and shells land on: "Katyusha rockets hit Nahariya", "hitting Kiryat Shmona"
    | {"hit", "hitting", "struck", "striking", "pounded", "pounding", "rocketed"}
)
# A dateline in title case at the head of a line: the town, its state or country in brackets, a
# date, then the agency in brackets and a dash ("Karkamis (Turkey) (AFP) -", "Farah, Afghanistan
# (BBC) -", "Addis Abeba, January 27/2022 (Addis Standard) –").
_AGENCY_DATELINE = re.compile(
    r"(?:\s\([A-Z][\w .]{0,24}\))?(?:,\s[\w ,/]{1,30}?)?\s\([A-Z][\w .\-/]{0,24}\)\s*(?:-|--|—|–)\s"
)
# "in nearby Tabarre", "into neighbouring Chad": a locative before such a word is still one.
_NEAR_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
# Words before a name read for a cue: a locative or a verb right before it, or a verb of leaving
# or fighting up to three words before its "for" ("left long ago for Achkhoi-Martan").
CUE_WORDS = 4
# Verbs of leaving whose "for" names a destination ("fled for the border", "left for Goma").
_LEAVING = frozenset({"left", "leave", "leaving", "fled", "flee", "fleeing", "headed", "bound"})
# Words of fighting whose "for" names the prize ("fighting for Bani Walid", "the battle for Jilib").
_FIGHTING = frozenset({"fighting", "fight", "fights", "battle", "battles", "struggle"})
# Locatives that put a name on a map with "the" between ("in the Ogaden", "across the Vakhsh");
# not "of the" or "from the", which open organisations' names as often.
_BEFORE_THE = frozenset({"in", "into", "across", "throughout", "along"})
# Lower-case words after a name that end its phrase: "in the Ogaden and", "in the Ogaden since".
# The rest of a list of names after one: ", Nangade and Montepuez".
_LIST_TAIL = re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)+")
_PHRASE_ENDS = frozenset({"and", "or", "since", "until", "where", "which", "when", "near", "on"})
_TWO_WORDS_AFTER = re.compile(r"[ ]([a-z][\w'’\-]*)[ ]([a-z]+)\b")
# Where the name lies: "al-Alam to the north", "Islam Qala on the border with Iran",
# "Kupiansk, 40 km east of Kharkiv", "north of X" after the name.
_PLACE_AFTER = re.compile(
    r"\s+(?:to\s+the\s+(?:north|south|east|west)|on\s+the\s+(?:[a-z]+\s+){0,2}(?:border"
    r"|outskirts|edge|road|front\s*line|banks?|coast)|(?:north|south|east|west)(?:east|west)?"
    r"\s+of)\b"
    # "struck Pamelap in the west", "Sardasht, near the Iraqi border": where it lies
    # (also after a comma: "Bijeljina and Zvornik, in the north-east of the republic")
    r"|,?\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\b"
    # "Filtu, far to the south, had fallen", "Mahaday further north": how far off it lies
    r"|,?\s+(?:far|further|farther)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east"
    r"|west))?\b"
    # "Deniyaya, where the rebels have felled trees": a relative clause of place
    r"|,\s+where\s"
    r"|,\s+near\s+(?:the\s+)?[\w'’\-]+"
    # "Vremivka, on the town's western flank", "Vuhlehirsk, on the western edge of the pocket"
    r"|,\s+on\s+the\s+(?:[\w'’]+\s+){0,2}(?:border|outskirts|edge|flank|side|shore|coast"
    r"|front\s*line|banks?(?![\w'’]))\b"
    # "Nuseirat and al-Bureij, just north of the city"
    r"|,\s+(?:just|directly|immediately|further|farther|some|about|around)\s+"
    r"(?:north|south|east|west)(?:east|west)?\s+of\b"
    # "secured Solok, east of Padang": where it lies, said of a place and never of a person
    r"|,\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b"
    r"|,\s+(?:about\s+|some\s+|around\s+)?\d+\s*(?:km|kilomet|miles?)\b"
    # "Bandiradley, in the central Mudug region", "Kafr Nabl, in Idlib province"
    r"|,\s+in\s+(?:the\s+)?(?:[\w'’\-]+\s+){1,3}(?:region|province|governorate|district|state"
    r"|oblast|county)\b"
    # what was done to it, said of a place and rarely of a person: "Kucheriv Yar has been
    # cleared", "Boali was overrun"
    r"|\s+(?:has|have|had)\s+been\s+(?:cleared|liberated|recaptured|retaken|shelled|encircled"
    r"|besieged|overrun)\b"
    r"|\s+(?:is|was|were)\s+(?:liberated|recaptured|retaken|shelled|encircled|besieged|overrun)\b"
    # a place falls to a side, a person does not: "Tal Abyad fell to the pro-Ankara fighters",
    # "Kidal fell into rebel hands"
    r"|\s+(?:fell|falls|had\s+fallen|has\s+fallen)\s+(?:to|into)\b"
)
# Names and separators of a list, read backwards from a name: "Kiwanja and ", "Pemba, ".
# (a member may open with a lower-case Arabic article: "the villages of al-Hobeit and Kafr Zita")
_LIST_MEMBER_BEFORE = re.compile(
    r"(?:(?:al-|el-|an-|ar-|as-|ash-|at-|ad-)?[A-Z][\w'’\-]*(?:\s+(?:al-|el-)?[A-Z][\w'’\-]*){0,2})"
    + _JOIN
    + "$"
)

_AND_OR = re.compile(r"\s(?:and|or)\s")
# The list goes on after the name: ", Nangade and Montepuez", " and Kidal".
_LIST_GOES_ON = re.compile(r"(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)*,?\s+(?:and|or)\s+[A-Z]")


class EntityEvidence:
    """Part of `Geoparser`: reads the parse's entities for the doubtful mentions."""

    def _entity_labels(
        self, mentions: list[Mention], ctx: Context, doubtful: list[bool]
    ) -> list[str]:
        """The entity label over each mention ("" if none or not asked): only the doubtful
        mentions' sentences are parsed."""
        windows = _windows(ctx, [m for m, d in zip(mentions, doubtful, strict=True) if d])
        if not windows:
            return [""] * len(mentions)
        try:
            from places.nlp import entities

            found = sorted(entities(ctx.text, windows))
        except Exception:  # a missing model must not stop geoparsing: fall back to the rules
            logger.warning("entity recogniser unavailable; geoparsing without it", exc_info=True)
            return [""] * len(mentions)
        starts = [e[0] for e in found]
        labels = []
        for m, asked in zip(mentions, doubtful, strict=True):
            labels.append(_label_over(found, starts, m.spot.start, m.spot.end) if asked else "")
        return labels

    def _is_doubtful(self, m: Mention, ctx: Context, person_keys: set[str]) -> bool:
        """No evidence in the text that the name is a place here."""
        if m.spot.key in person_keys:
            return True  # a second chance: the parse may read this use as a place
        # A country, a region, a city of 100,000 or a capital is rarely a surname or a group's
        # name, and the small model reads "Alexandria police" as an organisation: trust the rules.
        if self._name_facts(m.spot.key, m.cands).major:
            return False
        before = [w.lower() for w in ctx.words_before(m.spot.start, 2)]
        cue_words = [w.lower() for w in ctx.words_before(m.spot.start, CUE_WORDS)]
        if _cue_before(cue_words) or _the_place_before(ctx, before, m.spot.end):
            return False
        if _PLACE_APPOSITIVE.match(ctx.text, m.spot.end, m.spot.end + 80):
            return False
        if " ".join(before) in ASSAULT_CUES:
            return False
        if before and (before[-1] in _PLACED_BEFORE or " ".join(before) in _PLACED_BEFORE):
            return False
        if before and held_compound(before[-1]):
            return False  # "crossed into Tiger-held Vakarai": who holds it makes it a place
        if _heads_dateline(ctx.text, m.spot.start, m.spot.end):
            return False
        return not _placed_by_text(ctx, m.spot.start, m.spot.end)

    @staticmethod
    def _share_coordination(
        mentions: list[Mention], doubtful: list[bool], text: str, person_keys: set[str]
    ) -> None:
        """In place: names of one list ("Pemba, Mueda, Nangade and Montepuez", "held al-Qaim
        and Rawa") share the place evidence any of them has, in either direction. A name the
        rules took for a person keeps its doubt. A name the text shows to be a place elsewhere
        ("the army's headquarters in Glina") lends its list ("Glina and Petrinja are being
        defended") that evidence too."""
        shown = {m.spot.key for m, d in zip(mentions, doubtful, strict=True) if not d}
        shown -= person_keys
        for group in _lists(mentions, text):
            if len(group) < 2 or all(
                doubtful[k] and mentions[k].spot.key not in shown for k in group
            ):
                continue
            for k in group:
                if mentions[k].spot.key not in person_keys:
                    doubtful[k] = False

    def _apply_entities(
        self, mentions: list[Mention], ctx: Context, person_keys: set[str]
    ) -> list[Mention]:
        """Drop the doubtful mentions the parse reads as a person, an organisation or a group;
        keep a name's other uses, and a place named inside an organisation's name when the text
        names it elsewhere. A name the rules took for a person (`person_keys`) is kept only where
        the parse reads a place."""
        doubtful = [self._is_doubtful(m, ctx, person_keys) for m in mentions]
        self._share_coordination(mentions, doubtful, ctx.text, person_keys)
        # A name the text already shows to be a place keeps its other uses whatever the parse
        # says of them (an organisation named after it stays too): those need no parse.
        evidenced = {
            m.spot.key
            for m, d in zip(mentions, doubtful, strict=True)
            if not d and m.spot.key not in person_keys
        }
        ask = [d and m.spot.key not in evidenced for m, d in zip(mentions, doubtful, strict=True)]
        labels = self._entity_labels(mentions, ctx, ask)
        named_as_place = {
            m.spot.key
            for m, d, label in zip(mentions, doubtful, labels, strict=True)
            if m.spot.key not in person_keys and (not d or label not in NOT_PLACE_LABELS)
        }
        _share_list_labels(mentions, labels, ctx.text)
        kept = []
        for m, d, label in zip(mentions, doubtful, labels, strict=True):
            key = m.spot.key
            if label in PLACE_LABELS:
                kept.append(m)
            elif key in person_keys:
                continue  # the rules' reading of the name stands
            elif label == "ORG" and key in named_as_place:
                kept.append(m)  # "Manbij Military Council" beside "the city of Manbij"
            elif not d or label not in NOT_PLACE_LABELS:
                kept.append(m)
        return kept


def _share_list_labels(mentions: list[Mention], labels: list[str], text: str) -> None:
    """In place: a name of a list that the parse reads as an organisation or a person while it
    reads most of the list's other names as places is a place too ("after claiming Borysivka,
    Ohirtseve and Pletenivka": the small model tags the last one ORG)."""
    for group in _lists(mentions, text):
        places = sum(labels[k] in PLACE_LABELS for k in group)
        others = sum(labels[k] in NOT_PLACE_LABELS for k in group)
        for k in group:
            if labels[k] in NOT_PLACE_LABELS and places >= 2 and places > others - 1:
                labels[k] = "GPE"


def _heads_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name opens a line as a dateline with the agency in brackets."""
    return (start == 0 or text[start - 1] == "\n") and bool(
        _AGENCY_DATELINE.match(text, end, end + 80)
    )


def _placed_by_text(ctx: Context, start: int, end: int) -> bool:
    """Place evidence around a name beyond the word before it: a noun after it that says what it
    is ("Kordofan towns"), where it lies ("al-Alam to the north"), or, for a member of a list, what
    stands before the list ("overran Kiwanja and Rutshuru", "townships, including Kyauktaw")."""
    text = ctx.text
    after = ctx.word_after(end).rstrip(".")
    if after.lower() in _PLACE_HEADS or after in _SITE_HEADS:
        return True
    two = _TWO_WORDS_AFTER.match(text, end, end + 40)
    if two and two.group(2) in _SITE_HEADS:
        return True  # "the Rumangabo military base"
    if _PLACE_AFTER.match(text, end, end + 60):
        return True
    head = start
    for _ in range(6):  # back over the list's earlier members
        m = _LIST_MEMBER_BEFORE.search(text, max(0, head - 60), head)
        if m is None:
            break
        head = m.start()
    in_list = _AND_OR.search(text, head, start) or _LIST_GOES_ON.match(text, end, end + 120)
    before = [w.lower() for w in ctx.words_before(head, CUE_WORDS)]
    if head != start and in_list and _cue_before(before):
        return True
    return _introduced_as_places(ctx, head)


def _cue_before(before: list[str]) -> bool:
    """Whether the (up to CUE_WORDS, lower-cased) words before a name put it on a map: a
    locative or a verb of attack ("in X", "shelled X"), also before a word for nearness ("in
    nearby Tabarre", "held neighbouring Kamenge"), or "for" after a verb of leaving ("fled for
    Ingushetia", "left long ago for Achkhoi-Martan")."""
    if not before:
        return False
    last = before[-1]
    if last in LOCATIVES or last in ASSAULT_CUES:
        return True
    if len(before) < 2:
        return False
    if last in _NEAR_WORDS:
        return before[-2] in LOCATIVES or before[-2] in ASSAULT_CUES
    # the verb may stand a few words back: "left long ago for", "fled at dawn for"
    return last == "for" and any(w in _LEAVING or w in _FIGHTING for w in before[:-1])


def _the_place_before(ctx: Context, before: list[str], end: int) -> bool:
    """ "in the Ogaden", "across the Vakhsh": a locative and "the" before a name that ends its
    phrase; a lower-case word after it makes the name a modifier ("in the Hausa language")."""
    if len(before) < 2 or before[1] != "the" or before[0] not in _BEFORE_THE:
        return False
    tail = _LIST_TAIL.match(ctx.text, end)  # "in the Esentepe and Cumhuriyet neighbourhoods"
    after = ctx.word_after(tail.end() if tail else end)
    return not after[:1].islower() or after in _PHRASE_ENDS


def _introduced_as_places(ctx: Context, head: int) -> bool:
    """ "17 townships, including Kyauktaw", "coastal towns west of Tripoli, including Sabratha":
    a list introducer right before the name, after a plural noun for places in the sentence or
    right after a word for a region ("Hama province, including Morek")."""
    text = ctx.text
    lead = text[max(0, head - 16) : head].rstrip(" ,:").lower()
    introducer = next((w for w in _LIST_INTRODUCERS if lead.endswith(w)), None)
    if introducer is None:
        return False
    s_start, _ = ctx.sentence(head)
    words = re.findall(r"[a-z]+", text[s_start:head].lower())
    before = words[: -len(introducer.split())]
    if before and before[-1] in _REGION_NOUNS:
        return True
    return not _PLACE_PLURALS.isdisjoint(before)


def _label_over(found: list[tuple[int, int, str]], starts: list[int], start: int, end: int) -> str:
    """The label of the entity that covers [start, end) (overlap is enough: "Al-Shabab" may be
    read as "Shabab")."""
    k = bisect.bisect_right(starts, start)
    for j in (k - 1, k):
        if 0 <= j < len(found):
            a, b, label = found[j]
            if a < end and start < b:
                return label
    # An entity starting before the previous one's end (rare): look back a little further.
    for a, b, label in found[max(0, k - 4) : k]:
        if a < end and start < b:
            return label
    return ""


def _windows(ctx: Context, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Merged character windows: each mention's sentence, at most WINDOW_CHARS each side, cut at
    spaces so no word is split."""
    text = ctx.text
    spans = []
    for m in mentions:
        s_start, s_end = ctx.sentence(m.spot.start)
        a = max(s_start, m.spot.start - WINDOW_CHARS)
        b = min(max(s_end, m.spot.end), m.spot.end + WINDOW_CHARS)
        if a > s_start:
            space = text.find(" ", a, m.spot.start)
            a = space + 1 if space >= 0 else m.spot.start
        if b < s_end:
            space = text.rfind(" ", m.spot.end, b)
            b = space if space >= 0 else m.spot.end
        spans.append((a, b))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _lists(mentions: list[Mention], text: str) -> list[list[int]]:
    """Indexes of the mentions grouped into lists: consecutive names joined only by a comma or
    "and"/"or" ("Pemba, Mueda, Nangade and Montepuez"), or by one capitalised member between
    that is no mention; a name on its own is a group of one."""
    groups: list[list[int]] = []
    for k, m in enumerate(mentions):
        prev = mentions[k - 1] if k else None
        if (
            prev is not None
            and prev.spot.end <= m.spot.start
            and _LIST_GAP.fullmatch(text, prev.spot.end, m.spot.start)
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups
