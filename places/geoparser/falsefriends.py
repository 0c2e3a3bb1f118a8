"""The false-friend filter: whether a spotted name is a place here, or a person, a common word,
an organisation or a product that shares its spelling.

`FalseFriendFilter` is a part of `Geoparser`: its stages read the parser's index, word
frequencies and per-name caches. Each stage returns a verdict (False, or "person" for a
person's name to drop all through the document) or None to let the next stage decide.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from places.geoparser.filters import (
    CREEDS,
    FEATURE_WORDS,
    LOCATIVES,
    NAMED_AFTER,
    NEARBY_WORDS,
    QUALIFIERS,
    SPEECH_VERBS,
    STOP_WORDS,
    TITLES,
    WATER_CUES,
    Context,
)
from places.geoparser.index import DEMONYM
from places.geoparser.particle_names import head_of_particle_name
from places.geoparser.records import Mention, NameFacts

MAJOR_POPULATION = 100_000
# Capitalised words that make the name before them a street's ("Suvorov Street").
STREET_WORDS = frozenset({"Street", "Avenue", "Boulevard", "Prospekt", "Prospect"})
NEWSPAPER_WORDS = {
    "Journal",
    "Times",
    "Post",
    "Herald",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Courier",
    "Examiner",
    "Register",
    "Observer",
    "Sentinel",
    "Inquirer",
    "Dispatch",
    "Bulletin",
    "Enquirer",
    "Democrat",
    "Leader",
    "Ledger",
    "Telegraph",
    "Independent",
    "Reporter",
}
AREA_WORDS = {"County", "Parish", "Township", "Borough", "District", "Province", "Governorate"}
# Words after a town's name that make it a natural feature the gazetteer does not know.
NATURAL_FEATURE_WORDS = (
    "River",
    "Creek",
    "Lake",
    "Mountain",
    "Mountains",
    "Island",
    "Bay",
    "Canyon",
    "Falls",
)
# Words before a capitalised word that make one name with it ("New", "Fort", "San").
# Particles of Arabic and Malay patronymics: "son of", "daughter of".
PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti"})
NAME_PREFIXES = (
    "the",
    "st",
    "saint",
    "new",
    "old",
    "fort",
    "port",
    "lake",
    "mount",
    "san",
    "santa",
    "los",
    "las",
)

_CAPITALISED = re.compile(r"[A-Z][\w\-]*")
# Names before a name that join it to a list or own it, read backwards: "Delmas and ",
# "Jounieh, Aley and ", "Zambia's ".
# (the last join is "and", "or" or the owner's "'s": a comma alone opens a clause, "to American
# Indians, Underwood said")
_LIST_OR_OWNER_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2},\s+)*"
    r"\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}(?:,?\s+(?:and|or)\s+|['’]s\s+)$"
)
_LAST_WORD = re.compile(r"(\w+)\s+$")
# What joins the names of a list: "Minova and Sake", "Goma, Sake".
_LIST_JOINER = re.compile(r"(?:,| and| or|, and|, or) $")
_NAME_WORDS_AFTER = re.compile(r"(?: [A-Z][\w\-]*){1,2}")
_PARTY_PREFIX = re.compile(r"(?:^|[\s(])[DRI]-$")
_DOUBLE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+\.?")
# How common in English (Zipf) a name must be to be read as the word when a capitalised word
# follows it.
COMMON_WORD_ZIPF = 4.5
# A country's other name below this frequency is no common word even opening a sentence.
COUNTRY_WORD_ZIPF = 5.0
_SEATS = frozenset({"PPLC", "PPLA"})
# An abbreviated month before a day: "on Jan. 21", "since Sept 3".
_SHORT_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b")
# The last word of a compound that says who holds a place: "the Kurdish-held Manbij".
HOLDING_WORDS = frozenset(
    {"held", "occupied", "controlled", "run", "administered", "annexed", "besieged", "ruled"}
)


def held_compound(word: str) -> bool:
    """ "rebel-held", "Ukrainian-held", "government-controlled": a compound saying who holds the
    name after it."""
    _head, dash, last = word.rpartition("-")
    return bool(dash) and last in HOLDING_WORDS


# A hyphenated pair of names before a word for a route joins two places, not one name: "the
# Mandalay-Lashio highway", "the Damascus-Homs road", "a Kyiv-Odesa train", also when the second
# name has two words and the route is a front's "direction" ("the Mykolaiv-Kryvyi Rih direction").
_ROUTE_AFTER = re.compile(
    r"(?:[\-‐][A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)*\s+(?:highway|road|motorway|expressway|railway"
    r"|railroad|rail|route|corridor|axis|border|frontier|pipeline|front|train|flight|convoy"
    r"|direction)s?\b"
)
# "Raqqa and its countryside", "Mosul's outskirts": the area around the place (geo_precision 2).
_SURROUNDINGS = re.compile(
    r"(?:’s|'s)?\s+(?:and\s+(?:its|the)\s+)?(?:countryside|outskirts|suburbs|"
    r"surroundings|environs|hinterland)\b"
)

Verdict = bool | str | None


class Surroundings(NamedTuple):
    """What the filter reads around one mention, once."""

    surface: str
    before: str
    after: str
    after_word: str  # the word after, in lower case without a final dot
    initial: bool  # the name opens a sentence, a quotation or a line
    zipf: float  # how common the name is as an English word (0 for capitals and phrases)
    facts: NameFacts
    state: bool  # a country or a first-level region of the document's countries
    area: bool  # "Laurel County": an area in itself, never a person
    name_follows: bool  # another spotted name starts after one space
    listed: bool  # after a spotted name and "and", "or" or a comma, with a reading at home


# Words for an administrative unit: "the Centre department", "the district of Ain".
UNIT_WORDS = frozenset(
    {"department", "district", "province", "governorate", "region", "state", "oblast", "county"}
)


class FalseFriendFilter:
    def _keep(self, m: Mention, ctx: Context, spot_starts: set[int]) -> bool | str:
        """True to keep; False or "person" (a person's name: drop it everywhere) to reject."""
        surface = ctx.text[m.spot.start : m.spot.end]
        if surface in STOP_WORDS:
            return self._named_unit(m, ctx)
        if _SHORT_DATE.match(ctx.text, m.spot.start):
            return False  # "on Jan. 21": a month, not a Chinese city's other name
        around = self._surroundings(m, ctx, surface, spot_starts)
        # In this order: the compound stage adds to the risk of names the first lets through.
        for stage in (
            self._reject_by_words_around,
            self._reject_compound,
            self._reject_particle_head,
            self._reject_part_of_longer_name,
            self._reject_common_word,
        ):
            verdict = stage(m, ctx, around)
            if verdict is not None:
                return verdict
        self._note_qualifier(m, ctx, around)
        return True

    def _named_unit(self, m: Mention, ctx: Context) -> bool:
        """A stop word the text names as an administrative unit of the story's countries:
        "the Centre department" of Haiti, "the district of Ain" in Yemen."""
        before = [w.lower() for w in ctx.words_before(m.spot.start, 2)]
        after = ctx.word_after(m.spot.end).lower().rstrip(".")
        named = (len(before) == 2 and before[1] == "of" and before[0] in UNIT_WORDS) or (
            before[-1:] == ["the"] and after in UNIT_WORDS
        )
        places = self.index.places
        return named and any(
            places[i].kind == "admin" and places[i].country in ctx.doc_countries
            for i, _f in m.cands
        )

    def _surroundings(
        self, m: Mention, ctx: Context, surface: str, spot_starts: set[int]
    ) -> Surroundings:
        s = m.spot
        lower = surface.lower()
        after = ctx.word_after(s.end)
        # Capitals are an abbreviation or a dateline ("US", "CHARLESTON"), never the common word.
        zipf = self.zipf.get(lower, 0.0) if " " not in lower and not surface.isupper() else 0.0
        # A word the document also uses in lower case ("village", "most") is a common word here,
        # whatever region shares its name.
        # (Asked only of state names: the document's lower-case words are then collected once.)
        state = self._is_state_name(s.key, m.cands, ctx.doc_countries) and not (
            zipf >= 3.0 and lower in ctx.lower_words
        )
        return Surroundings(
            surface=surface,
            before=ctx.word_before(s.start),
            after=after,
            after_word=after.lower().rstrip("."),
            initial=ctx.is_sentence_initial(s.start),
            zipf=zipf,
            facts=self._name_facts(s.key, m.cands),
            state=state,
            area=surface.rsplit(" ", 1)[-1] in AREA_WORDS,
            name_follows=(s.end + 1) in spot_starts,
            listed=self._listed_after_name(m, ctx),
        )

    def _listed_after_name(self, m: Mention, ctx: Context) -> bool:
        """The name follows another spotted name in a list ("took Minova and Sake on the road")
        and has a reading in the story's countries: a town of the list, not the common word."""
        start = m.spot.start
        joiner = _LIST_JOINER.search(ctx.text, max(0, start - 6), start)
        if joiner is None or joiner.start() not in ctx.spot_ends:
            return False
        places = self.index.places
        return any(places[i].country in ctx.doc_countries for i, _f in m.cands)

    def _reject_by_words_around(self, m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        """A title before, a newspaper, feature, disease or speech verb after."""
        s, text, before, facts = m.spot, ctx.text, w.before, w.facts
        if w.zipf >= 5.5 and not facts.any_country_kind:
            return False
        # "the Gulf", "Gulf monarchies", "the Valley": a bare feature word is short for a feature
        # the reader knows, not a town or district that happens to bear the word as its name.
        if w.surface in FEATURE_WORDS and not w.state:
            return False
        if before in TITLES or before.rstrip(".") in TITLES:
            return "person"
        # "Ahmed bin Saleh", "Saleh bin Omar al-Gaoud": a patronymic particle in lower case
        # joins the names of a person ("Bin Jawad", a town, writes it capitalised).
        if (before in PATRONYMICS or w.after in PATRONYMICS) and not w.state:
            return "person"
        # "St. Patrick's Day", "St. Peter's Square": a saint, when "St. X" itself is no place
        # (places named after saints, "St. Louis", are spotted whole).
        if (
            before.rstrip(".").lower() in ("st", "saint", "ste", "san")
            and text[s.start - 1 : s.start] == " "
            and not before.isupper()
        ):
            return False
        # "Lansing State Journal", "Athens Banner-Herald": a newspaper named after the place.
        following = (
            _CAPITALISED.findall(text, s.end, s.end + 30)[:2]
            if text[s.end : s.end + 1] == " "
            else []
        )
        if any(
            word.split("-")[-1] in NEWSPAPER_WORDS for word in following[:2]
        ) and _NAME_WORDS_AFTER.match(text, s.end, s.end + 30):
            return False
        # "Kish River" when the gazetteer only knows a town Kish: not that town.
        if w.after in NATURAL_FEATURE_WORDS and facts.all_populated:
            return False
        if (w.after_word in NAMED_AFTER and not w.state) or text[s.end : s.end + 1] == "$":
            return False
        # "Lenin Street", "Churchill Avenue": a street named after a person who shares his name
        # with a small town; a major place's street ("Haifa Street") still names no place here.
        if w.after in STREET_WORDS and not w.state and not facts.major:
            return False
        # A country under another name as common as a common word ("Britain"; the commonest,
        # "Island", stay words; a surname that folds onto a rare one, "Morris" onto Mauritius's
        # "Moris", stays a person) opens a sentence and speaks like a country under its own.
        other_name = facts.any_country_kind and 4.5 <= w.zipf < COUNTRY_WORD_ZIPF
        if w.initial and w.zipf >= 4.5 and not facts.any_preferred and not other_name:
            return False  # "Drug related violence" is not Durg
        # "Washington said", "Beijing announced": a capital speaks for its government.
        if (
            not w.state
            and not facts.capital
            and not other_name
            and not _placed_before(ctx, s.start, before)
            and (
                w.after_word in SPEECH_VERBS
                or (
                    text[s.end : s.end + 2] in ("'s", "’s")
                    and ctx.word_after(s.end + 2).lower() in SPEECH_VERBS
                )
            )
        ):
            return "person"
        return None

    @staticmethod
    def _reject_compound(m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        """Hyphenated brand or compound: "Wal-Mart", "Coca-Cola", "Athens-Clarke" keeps the
        whole."""
        s, text = m.spot, ctx.text
        if not w.facts.any_preferred_or_abbr and not w.facts.major:
            m.risk += 0.35  # only an alternate name of a small place: often a surname
        if _ROUTE_AFTER.match(text, s.end):
            return None  # "the Mandalay-Lashio highway": both ends are places
        if (
            text[s.end : s.end + 1] in "-‐"
            and text[s.end + 1 : s.end + 2].isupper()
            and not w.state
        ):
            return False
        if (
            s.start > 1
            and text[s.start - 1] in "-‐"
            and text[s.start - 2].isalpha()
            and not w.state
            and not _PARTY_PREFIX.match(text[max(0, s.start - 3) : s.start])
        ):  # "D-Charleston"
            return False
        return None

    def _reject_particle_head(self, m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        """The head of a longer name joined by a particle ("Baixa do Sapateiro"), when the whole
        is no gazetteer name: not that place. A country keeps its reading."""
        if w.facts.country:
            return None
        s = m.spot
        return False if head_of_particle_name(ctx.text, s.start, s.end, self.index.by_key) else None

    def _reject_part_of_longer_name(self, m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        """Part of a longer proper name. A common word after the name makes an organisation named
        after the place ("Gainesville Mayor", "Butler County Jail"): still the place. A rare word
        or another name makes a person ("Jennifer Cafarella", "David Jefferson")."""
        s, text, before, after = m.spot, ctx.text, w.before, w.after
        # "Laurel County", "Jackson Township" name an area in themselves: never a person, and the
        # capitalised words after them name its offices ("Laurel County Detention Center").
        if (
            after
            and text[s.end : s.end + 1] == " "
            and after[0].isupper()
            and after not in FEATURE_WORDS
            and not after.isupper()
            and after.lower() not in LOCATIVES
            and not w.state
            and not w.area
        ):
            # "Lena Hartikainen-Osei": a hyphenated surname is judged by its first part.
            nxt = after.rstrip(".").split("-")[0] if _DOUBLE_NAME.fullmatch(after) else after
            nxt = nxt.rstrip(".")
            nzipf = self.zipf.get(nxt.lower(), 0)
            rare = nzipf < 3.5
            if (w.name_follows and nzipf < 4.5) or (rare and nxt[1:].islower()):
                return "person" if not w.initial or rare else False
            if w.zipf >= COMMON_WORD_ZIPF and not self._has_town(m.cands):
                # A common word opening a longer name is that name's word, not a region or
                # village that bears it: "Light Infantry Battalion", "Border Guard Police",
                # "Peace Storm" (a city keeps its name: "Fargo Police Chief", "Paris Match").
                return False
            if not w.facts.major and nzipf < 4.5:
                return False  # "Mary Walker": a small place's name before a surname-like word
        if (
            len(before) == 2
            and before[0].isupper()
            and before[1] == "."
            and not w.state
            and not w.area
        ):
            return "person"  # "Tyrise M. Bell"
        if before and before[0].isupper() and not before.endswith(".") and not w.area:
            return self._reject_after_capitalised_word(m, ctx, w)
        return None

    def _reject_after_capitalised_word(self, m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        s, text, before = m.spot, ctx.text, w.before
        bstart = ctx.word_before_start(s.start)
        gap = text[bstart + len(before) : s.start]
        blow = before.lower()
        # "Shiite Iran", "Catholic Philippines": the creed describes the state ("Shiite Turkmen"
        # are people)
        if (
            w.state
            and blow.replace("’", "'") in CREEDS
            and not any(f & DEMONYM for _i, f in m.cands)
        ):
            return None
        # "the Ukrainian-held Donbas", "Israeli-occupied Golan": a compound that says who holds
        # the place describes it, like a possessive ("a Russian-made Pantsir" is no place).
        if held_compound(before):
            return None
        # "Syria's Manbij", "Russia's Kursk": a possessive names who holds the place.
        if (
            gap == " "
            and blow not in LOCATIVES
            and blow not in QUALIFIERS
            and not before.isupper()
            and blow not in NAME_PREFIXES
            and not blow.endswith(("'s", "’s"))
        ):
            if not ctx.is_sentence_initial(bstart):
                # "Andy Trapani said": a person; "George Washington High School": a name.
                nxt = text[s.end : s.end + 2]
                ends_name = not (nxt[:1] == " " and nxt[1:].isupper())
                return "person" if ends_name and not w.state else False
            if ctx.is_sentence_initial(bstart) and self.zipf.get(blow, 0) < 3.0:
                return "person"  # "Masrour Barzani" at the start of a sentence
        return None

    @staticmethod
    def _reject_common_word(m: Mention, ctx: Context, w: Surroundings) -> Verdict:
        """A common English word, or a natural feature named without "the" or a feature word."""
        zipf, major, surface = w.zipf, w.facts.major, w.surface
        if zipf >= 5.5 and not w.state:
            return False
        if surface.isupper() and len(surface) > 3 and not w.facts.any_abbr:
            m.risk += 0.3  # headlines and acronyms
        if w.initial and zipf >= 4.0 and not major:
            return False
        if zipf >= 3.0 and not major:
            if w.initial:
                return False
            if (
                zipf >= 3.5
                and w.before.lower() not in LOCATIVES
                and ctx.text[m.spot.end : m.spot.end + 2] != ", "
                and not w.listed
            ):
                return False
            m.risk += min(0.5, (zipf - 2.5) / 4)
        elif w.initial and zipf >= 4.0 and not w.state:
            m.risk += 0.2
        # Natural features under a bare name need "the" or a feature word ("the Nile",
        # "Tigris river").
        if (
            w.facts.all_natural
            and " " not in surface
            and w.before.lower() != "the"
            and w.after.lower() not in WATER_CUES | {"mountains", "range"}
        ):
            return False
        return None

    @staticmethod
    def _note_qualifier(m: Mention, ctx: Context, w: Surroundings) -> None:
        """Directional qualifiers stay with the mention: "northern Syria"; "near X" and "X's
        outskirts" mark the area around the place."""
        s, text = m.spot, ctx.text
        if w.before.lower() in QUALIFIERS and text[s.start - 1 : s.start] == " ":
            m.qualifier = w.before.lower()
        words = [word.lower() for word in ctx.words_before(s.start, 3)]
        if any(word in NEARBY_WORDS for word in words) or _SURROUNDINGS.match(text, s.end):
            m.nearby = True

    # ------------------------------------------------------------------ what a name is

    def _name_facts(self, key: str, cands: list[tuple[int, int]]) -> NameFacts:
        """What the filter asks of a name's shortlist, computed once per name."""
        facts = self._facts.get(key)
        if facts is None:
            facts = self._facts[key] = NameFacts(self.index.places, cands, self._is_major(cands))
        return facts

    def _is_state_name(
        self, key: str, cands: list[tuple[int, int]], doc_countries: set[str]
    ) -> bool:
        """A country, or a first-level region of a country the document names (or of the country
        most of its names point to), under its own name or an abbreviation. Such names keep their
        place reading next to capitalised words; a Sicilian province named in a Hollywood story
        ("Andy Trapani") does not."""
        facts = self._name_facts(key, cands)
        return facts.country or not facts.regions.isdisjoint(doc_countries)

    def _has_town(self, cands: list[tuple[int, int]]) -> bool:
        """A reading is a city of MAJOR_POPULATION or a capital or seat of a first-level region."""
        places = self.index.places
        return any(
            places[i].kind == "settlement"
            and (places[i].population >= MAJOR_POPULATION or places[i].feature_code in _SEATS)
            for i, _f in cands
        )

    def _is_major(self, cands: list[tuple[int, int]]) -> bool:
        for i, _flags in cands:
            p = self.index.places[i]
            if (
                p.kind in ("country", "admin")
                # a region of one country named_regions.tsv places ("the North Caucasus")
                or (p.feature_code == "RGN" and p.country)
                or p.population >= MAJOR_POPULATION
                or p.feature_code in ("PPLC", "PPLA", "STM", "SEA", "MTS", "OCN", "CONT")
            ):
                return True
        return False


# Verbs of arrival put the name after them on a map like a locative: "Refugees reaching Lubango
# said", "travellers who reached Goma said".
ARRIVAL_WORDS = frozenset({"reaching", "reached", "arriving", "arrived", "returning", "returned"})


def _placed_before(ctx: Context, start: int, before: str) -> bool:
    """Whether the words before a name put it on a map, so that a speech verb after it speaks of
    people there: a locative or a verb of arrival ("in Goma said", "reaching Lubango said"), a
    locative and "the" ("officers arriving in the Canary Islands said"), or a list after one."""
    if before.lower() in LOCATIVES or before.lower() in ARRIVAL_WORDS:
        return True
    two = [w.lower() for w in ctx.words_before(start, 2)]
    if len(two) == 2 and two[1] == "the" and two[0] in LOCATIVES:
        return True
    return _listed_after_locative(ctx.text, start)


def _listed_after_locative(text: str, start: int) -> bool:
    """The name closes a list or follows its owner after a locative: "Residents of Delmas and
    Petion-Ville said", "aid agencies in Zambia's Northern Province said" speak of people there,
    not of a person named after the place."""
    window = text[max(0, start - 120) : start]
    chain = _LIST_OR_OWNER_BEFORE.search(window)
    if chain is None:
        return False
    word = _LAST_WORD.search(window, 0, chain.start())
    return word is not None and word.group(1).lower() in LOCATIVES
