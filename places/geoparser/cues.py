"""Words around a mention that say what kind of place it is: cue words ("X province", "the
town of X", "X river", "across the border into X") and institutions whose home city the
sentence names ("U.N. spokesman Stefan Dujarric told reporters in New York": the city).

The institutions and their cities are data (`home` rows of places/data/common_names.tsv); the
rule here names no place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from places.geoparser.filters import QUALIFIERS, WATER_CUES, Context
from places.geoparser.index import PlaceInfo
from places.geoparser.records import Mention
from places.geoparser.weights import (
    ADMIN_CUES,
    BORDER_WORDS,
    CITY_CUES,
    COUNTRY_CUE_BONUS,
    HOME_BONUS,
    REGION_WORD_BONUS,
    REGION_WORDS,
)
from places.normalize import name_key


class Cues(NamedTuple):
    """Words around a mention that say what kind of place it is."""

    admin: bool  # "X province", "the governorate of X"
    city: bool  # "X city", "the town of X"
    water: bool  # "X river"
    country: bool = False  # "across the border into X", "neighbouring X"
    bare: bool = False  # no "the" before and no water word after: English names no river so
    village: bool = False  # "the village of X", "X village": no capital, no city of 100,000


# A river read from a bare name ("fled towards Pibor") is less likely than a town of that name:
# English names a river with "the" or the word river ("the Pibor", "Pibor river").
BARE_RIVER_PENALTY = 4.0


# A village is no capital and no city of this size ("a farmer from the village of Santo Domingo"
# in a story about Colombia is no capital of the Dominican Republic).
VILLAGE_WORDS = frozenset({"village", "hamlet"})
VILLAGE_MAX_POPULATION = 100_000
VILLAGE_PENALTY = 4.0
# A border after a name is a country's ("near the Niger border": the country, not Niger State).
BORDER_AFTER = frozenset({"border", "frontier"})


# Words that end the name of a body of water ("Red Sea", "Persian Gulf"); not bay, lake or river,
# which end the names of many towns ("Green Bay", "Fall River").
WATER_NAME_WORDS = frozenset({"sea", "ocean", "gulf", "strait"})


def cues_of(m: Mention, ctx: Context) -> Cues:
    after_raw = ctx.word_after(m.spot.end)
    after = after_raw.lower()
    # "Rakhine State" spotted as one name (parser._admin_suffixes) says region as "state" after
    # it would.
    words = ctx.text[m.spot.start : m.spot.end].rsplit(None, 1)
    last = words[-1].lower()
    if last in ADMIN_CUES and not m.spot.key.endswith(name_key(last)):  # not "Orange County"
        after = last
    # "Athens City Council", "Michigan State": capitalised, these words name something else.
    if after_raw[:1].isupper() and after in ("city", "town", "village", "state"):
        after = ""
    befores = [w.lower() for w in ctx.words_before(m.spot.start, 4)]
    country = any(w in BORDER_WORDS for w in befores) or after_raw.rstrip(".") in BORDER_AFTER
    befores = befores[-2:]
    if after in CITY_CUES and _a_modifier(m, ctx, befores):
        after = ""
    admin = after in ADMIN_CUES or any(w in ("province", "governorate") for w in befores[-1:])
    return Cues(
        admin=admin,
        city=after in CITY_CUES
        or (len(befores) == 2 and befores[0] in CITY_CUES and befores[1] == "of"),
        # "the Red Sea port": a name that says it is water is the water, not the Sudanese state
        # or Egyptian governorate named after it, unless a region word follows ("Red Sea state").
        water=after in WATER_CUES or (len(words) == 2 and last in WATER_NAME_WORDS and not admin),
        country=country,
        bare=befores[-1:] != ["the"] and after not in WATER_CUES,
        village=after_raw.rstrip(".") in VILLAGE_WORDS
        or (len(befores) == 2 and befores[0] in VILLAGE_WORDS and befores[1] == "of"),
    )


# "the Niger town of Bosso": the word after the name is followed by "of" and names another place.
_KIND_OF_ANOTHER = re.compile(r"[ ]+\w+[ ]+of\b")
_DETERMINERS = frozenset({"the", "a", "an"})


def _a_modifier(m: Mention, ctx: Context, befores: list[str]) -> bool:
    """A name before "town/city/village" that says where another place lies, not the town
    itself: "the central Kosovo town that had served as …", "a northern Syria town", "the Niger
    town of Bosso". A town's own name goes bare before the word ("Mamasapano town") or after it
    ("the town of Kidal")."""
    if _KIND_OF_ANOTHER.match(ctx.text, m.spot.end):
        return True
    return bool(befores) and (befores[-1] in _DETERMINERS or befores[-1] in QUALIFIERS)


def cued_score(p: PlaceInfo, score: float, cues: Cues) -> float:
    if cues.admin:
        score += 4.0 if p.kind == "admin" else (-1.0 if p.kind == "settlement" else 0)
    if cues.city:
        score += 3.0 if p.kind == "settlement" else -2.0
    if cues.water:
        score += 4.0 if p.kind in ("river", "water") else 0.0
    if cues.country:
        score += COUNTRY_CUE_BONUS if p.kind == "country" else 0.0
    if cues.bare and p.kind == "river":
        score -= BARE_RIVER_PENALTY
    if cues.village and (p.feature_code == "PPLC" or p.population >= VILLAGE_MAX_POPULATION):
        score -= VILLAGE_PENALTY
    return score


def prefer_named_regions(mentions: list[Mention], text: str, places: list[PlaceInfo]) -> None:
    """A name written with its kind of region ("the Kharkiv region", "Homs province", joined by
    `Geoparser._admin_suffixes`) means the first-level region: explicit evidence that the pull
    of the document's towns toward the city of the same name cannot outweigh. Applied after
    the coherence stages, like an institution's home city."""
    for m in mentions:
        if m.method == "staff" or not _named_with_region_word(text, m):
            continue
        regions = [k for k, (i, _f) in enumerate(m.cands) if places[i].feature_code == "ADM1"]
        if not regions:
            continue
        best = max(regions, key=m.scores.__getitem__)
        m.scores[best] = max(m.scores) + REGION_WORD_BONUS
        m.cue = "admin"


def _named_with_region_word(text: str, m: Mention) -> bool:
    """The span ends with a word for a first-level region that is not part of the name itself
    ("Donetsk region", not "Orange County")."""
    words = text[m.spot.start : m.spot.end].rsplit(None, 1)
    return (
        len(words) == 2
        and words[1].lower() in REGION_WORDS
        and not m.spot.key.endswith(name_key(words[1]))
    )


_INITIALISM_END = re.compile(r"\b[A-Z]\.\s*$")


class InstitutionHomes:
    """Institutions named in a sentence, and the cities they sit in: "the United Nations in
    New York", "a spokeswoman for UNHCR in Geneva". A reading of a name in that sentence which
    is such a city is explicit evidence, applied after the coherence stages: it leads the other
    readings by `HOME_BONUS` (unless a staff decision chose another) and counts as cued."""

    def __init__(self, homes: dict[str, int]) -> None:
        self.homes = homes
        phrases = sorted(homes, key=len, reverse=True)
        alternatives = "|".join(re.escape(p) for p in phrases)
        # Whole words only: "UN" is not in "UNICEF" or "Sun"; "U.N." ends on its own dot.
        self.pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)") if phrases else None

    def in_sentence(self, ctx: Context, pos: int) -> frozenset[int]:
        """The place indexes of the institutions the sentence around `pos` names."""
        if self.pattern is None:
            return frozenset()
        start, end = ctx.sentence(pos)
        # "a spokeswoman for the U.N. Secretary-General, in New York": a break after an
        # initialism's dot is no sentence end here.
        while start > 0 and _INITIALISM_END.search(ctx.text, max(0, start - 8), start):
            start = ctx.sentence(start - 1)[0]
        return frozenset(self.homes[m.group()] for m in self.pattern.finditer(ctx.text, start, end))

    def apply(self, mentions: list[Mention], ctx: Context, places: list[PlaceInfo]) -> None:
        """Raise the reading of each mention that is the home city of an institution its
        sentence names."""
        if self.pattern is None:
            return
        for m in mentions:
            homes = self.in_sentence(ctx, m.spot.start)
            if not homes:
                continue
            if m.method == "staff":
                continue
            for k, (i, _flags) in enumerate(m.cands):
                if i in homes and places[i].kind == "settlement":
                    m.scores[k] = max(m.scores) + HOME_BONUS
                    m.cue = m.cue or "city"
                    m.method = "home"  # like containment: not a stray abroad (confidence.py)
