"""Spelling variants of transliterated place names: Hodeidah / Hudaydah, Avdiivka / Avdiyivka.

Arabic, Persian, Pashto and Cyrillic names reach English copy in many spellings; the gazetteer has
a few of them. `variant_key` folds a name key (`places.normalize.name_key`, which already drops
apostrophes, articles, doubled letters, q/k and a final -h) further: e/i, o/u, ay/ei, y/i, iy/i,
kh/k, dh/d, th/t, Ben/Bin/Ibn, El/Al before a space, -i-/-e-/-ye- joiners, a final -ow/-aw.

At build time the index maps the variant key of every name of a town or region in the countries
where such spellings matter to that name's key, when only one key folds to it. At parse time,
capitalised words the automaton did not spot are looked up by their variant key: a name whose own
key is one of those names' keys (the same name spelled with letters the key ignores, "Ma'rib" for
"Marib") is found as itself; a name whose key is absent is found through its variant. Either way
the spelling is one the gazetteer does not list: the parser keeps it only where the document's
countries include its place's, and lowers its confidence (`VARIANT_CONFIDENCE`, `VARIANT_CEILING`).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter

from places.geoparser.spans import SpanIndex
from places.normalize import name_key, one_letter

# Where transliterated spellings vary: the conflict countries and their neighbours that
# write Arabic, Persian, Pashto, Cyrillic, Amharic or Burmese names.
COUNTRIES = frozenset(
    [
        "UA",
        "RU",
        "SY",
        "IQ",
        "YE",
        "SD",
        "SS",
        "SO",
        "ET",
        "ML",
        "BF",
        "NE",
        "NG",
        "CD",
        "MM",
        "AF",
        "PS",
        "IL",
        "LB",
        "LY",
        "IR",
        "PK",
        "EG",
        "JO",
        "SA",
        "OM",
        "KW",
        "TD",
        "ER",
        "DJ",
        "DZ",
        "TN",
        "MA",
        "MR",
        "BY",
        "MD",
        "GE",
        "AM",
        "AZ",
        "TJ",
        "UZ",
        "TM",
        "KG",
        "KZ",
        # French- and Portuguese-speaking conflict countries and Uganda, whose names English copy
        # writes without their accents or with other joiners ("Duekoue", "Fort-Liberte",
        # "N'Dele", "Natete" for Nateete)
        "CF",
        "CI",
        "HT",
        "MZ",
        "UG",
        "CM",
        "BI",
        "RW",
        # Sri Lanka: Tamil names reach English copy with or without an h after t and d, and with
        # doubled or single consonants ("Thandikulam" / Tandikkulam, "Madhu" / Madu)
        "LK",
        # Vietnam and the Koreas: English copy joins or splits the syllables ("Kontum" / Kon
        # Tum) and writes Korean names in McCune-Reischauer or the Revised Romanisation
        # ("Yongdong" / Yeongdong)
        "VN",
        "KR",
        "KP",
    ]
)
# Where the vowels tell places apart, no name is looked up by its consonants: Korean "Hoengsong"
# is no Hongseong, a county 130 km away.
VOWELLED = frozenset(["VN", "KR", "KP"])
KINDS = frozenset({"settlement", "admin"})
MIN_LETTERS = 5
# Four-letter keys take part too, more narrowly: a four-letter spelling is found only as a
# gazetteer name's key ("Raqa", key "raka", for "Raqqa"), never through a further fold, while a
# longer spelling may fold onto a four-letter name ("Souki" onto "As Suki").
MIN_KEY_LETTERS = 4
# Readings this close in one country are one place for a variant's target.
SAME_PLACE_KM = 20.0
# A variant spelling is a guess: its confidence is scaled down and kept under the review threshold.
VARIANT_CONFIDENCE = 0.85
VARIANT_CEILING = 0.7

_FOLDS = (
    # Somali "Ceel" (the key folds "ee") is "El": Ceeldheer / El Dher, Ceelbuur / El Bur
    (re.compile(r"^cel ?(?=[bdgw])"), "el "),
    (
        re.compile(r"^(?:el|al|ad|ar|as|at|az|an|en|ed|er|es|et|ez|ash|ath|adh) "),
        "",
    ),  # "El Fasher" / "Al Fasher", "Ash Sharqat" / "Sharqat"
    # Deir el/al-Balah, Khabb wa ash Sha'af
    (re.compile(r" (?:el|al|ad|ar|as|at|az|an|en|ed|er|es|et|ez|ash|ath|adh) "), " "),
    (re.compile(r"\b(?:ben|ibn)\b"), "bin"),
    (re.compile(r" (?:i|e|ye|y|yi) "), " i "),  # Qala-i-Naw / Qal'ah-ye Now
    (re.compile(r"\b(?:ayn|ein)\b"), "ain"),  # Ain Issa / Ayn Isa / Ein Issa: the letter ayn
    # the feminine ending, written -ah, -eh, -a or -e (the key has dropped the h), at the end of
    # the name: Karameh / Al Karamah, Shuneh / Shunah, Moadamiyeh / Muadamiyah (before "iy")
    (re.compile(r"(?<=[a-z]{3})e$"), "a"),
    (re.compile(r"ay"), "ei"),  # Hudaydah / Hodeidah
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),  # Ghashir / Gashir
    (re.compile(r"hp|ph"), "p"),  # Kyaukphyu / Kyaukpyu
    (re.compile(r"dh"), "d"),
    (re.compile(r"th"), "t"),  # Puthumathalan / Putumattalan, Omanthai / Omantai
    (re.compile(r"iy"), "i"),  # Avdiyivka / Avdiivka
    (re.compile(r"y"), "i"),
    (re.compile(r"e"), "i"),
    (re.compile(r"ow\b"), "aw"),  # Now / Naw
    (re.compile(r"o"), "u"),
    (re.compile(r"([a-z])\1+"), one_letter),
    # ... and a final -i as the same vowel, as a final -e was before: Nertiti / Nertete, Kobani /
    # Kobane
    (re.compile(r"(?<=[a-z]{3})i$"), "a"),
    (re.compile(r" "), ""),  # Banibangou / Bani Bangou, Petion-Ville / Petionville
)

# Runs of capitalised words that may be one name: "Qal'ah-ye Now", "Ras al-Ain", "Avdiivka".
# (accented letters too: "Duékoué", "Mecúfi"; a capital after an apostrophe: "N'Dele")
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?:['’ʿʾ][A-Za-zß-öø-ÿ][a-zß-öø-ÿ]*)*"
_JOINER = r"(?:[ \-‐](?:(?:i|e|ye|al|el|ad|ar|as|at|az|an|en|bin|ben|ibn)[ \-‐])?)"
_RUN = re.compile(rf"(?<![\w'’\-]){_WORD}(?:{_JOINER}{_WORD})*(?![\w'’])")
_WORD_IN_RUN = re.compile(_WORD)
MAX_WORDS = 4
COMMON_WORD_ZIPF = 3.0  # a single word this common in English ("Now", "Said") is never a variant
MEMO_SIZE = 200_000  # runs remembered per index before the memo starts afresh
# The consonant skeleton of a variant (`skeleton`) is looked up when the variant is not known, under
# this mark in the same table; a shorter skeleton is too common to say which place it is ("Bakra"
# / Bukra).
SKELETON_MARK = "#"
# A spelling whose name key is a gazetteer key although the automaton, which looks for listed
# spellings, missed it ("Raqa" for Raqqa, "Faw" for Al Faw: the key folds doubled letters, q/k
# and the article): marked, so that the parser keeps it only where one of its readings is a
# major place in the story's countries (a city, a seat or a region) among COUNTRIES, where
# transliterations vary, not a village namesake ("Glennwood" is no spelling of Glenwood).
EXACT_MARK = "="
# Three-letter keys take part only as such exact keys.
MIN_EXACT_LETTERS = 3
MIN_SKELETON = 5
# A first word this common ("The", "In", "New") opens no name asked by its skeleton ("Ras" may).
FUNCTION_WORD_ZIPF = 5.0
# Words this common ("in", "at", "for", "from": Zipf 6.6-7.7) open a sentence, not a name.
SENTENCE_WORD_ZIPF = 6.5
_VOWELS = re.compile(r"[aiu]")


# The folds whose pattern is plain letters run as str.replace (the same result, several times
# faster: the index build folds hundreds of thousands of names, a parse thousands of words).
_PLAIN = re.compile(r"[a-z ]+")
_STEPS = tuple(
    (pattern.pattern, replacement, None)
    if _PLAIN.fullmatch(pattern.pattern) and "\\" not in replacement
    else ("", replacement, pattern)
    for pattern, replacement in _FOLDS
)


def variant_key(key: str) -> str:
    for plain, replacement, pattern in _STEPS:
        key = key.replace(plain, replacement) if pattern is None else pattern.sub(replacement, key)
    return key


def variant_entries(
    places: list, names: Iterable[tuple[int, str, str]]
) -> Iterator[tuple[str, str]]:
    """(variant key, "target|key|key…") in the order of the keys, over the names (place index,
    surface, key) of towns and regions in COUNTRIES: every key that folds to the variant, and the
    target for a spelling the gazetteer lacks, empty unless those keys' most populous places
    agree ("hodeida" and "hudayda": both Al Hudaydah). A four-letter key takes part only if no
    place elsewhere has it ("raka" is Raqqa's alone; "bels" is also a Tennessee town's). Made
    as they are packed (`TextTable.from_sorted`): the world's 860,000 entries are never a dict
    beside the index being built (docs/geoparser.md, "Build memory")."""
    top, shared, vowelled = _tops(places, names)
    # skeleton -> the variant, or variants, whose kept keys it gathers
    skeletons: dict[str, str | list[str]] = {}
    for variant in top:
        kept = _best(top, variant).keys() - shared
        bones = skeleton(variant)
        if kept and len(bones) >= MIN_SKELETON and kept - vowelled:
            held = skeletons.setdefault(bones, variant)
            if held is not variant:
                if type(held) is str:
                    held = skeletons[bones] = [held]
                held.append(variant)
    rows = heapq.merge(
        _variant_rows(places, top, shared),
        _skeleton_rows(places, top, shared, vowelled, skeletons),
        key=itemgetter(0),
    )
    # a skeleton's entry replaces a variant's of the same text (merged after it)
    previous = None
    for row in rows:
        if previous is not None and previous[0] != row[0]:
            yield previous
        previous = row
    if previous is not None:
        yield previous


def _tops(places: list, names: Iterable[tuple[int, str, str]]) -> tuple[dict, set, set]:
    """variant -> key -> index of the key's most populous place: the keys that fold to each
    variant, a (key, index) pair while there is one (`_best`); the short keys a place outside
    COUNTRIES has; the keys of places in VOWELLED countries (no skeleton)."""
    top: dict[str, dict[str, int] | tuple[str, int]] = {}
    shared: set[str] = set()
    vowelled: set[str] = set()
    for i, surface, key in names:
        place = places[i]
        if not table_reads(place, surface, key):
            continue
        if place.kind not in KINDS or place.country not in COUNTRIES:
            shared.add(key)
            continue
        if place.country in VOWELLED:
            vowelled.add(key)
        _add_best(top, variant_key(key), key, i, places)
    return top, shared, vowelled


def _variant_rows(places: list, top: dict, shared: set[str]) -> Iterator[tuple[str, str]]:
    for variant in sorted(top):
        best = _best(top, variant)
        kept = best.keys() - shared
        if kept:
            tops = {k: v for k, v in best.items() if k in kept}
            yield variant, "|".join([_target(places, tops), *sorted(kept)])


def _skeleton_rows(
    places: list, top: dict, shared: set[str], vowelled: set[str], skeletons: dict
) -> Iterator[tuple[str, str]]:
    for bones in sorted(skeletons):
        held = skeletons[bones]
        names_of: set[str] = set()
        for variant in [held] if type(held) is str else held:
            names_of |= _best(top, variant).keys() - shared - vowelled
        tops = {
            k: v
            # In sorted order: `one_place` measures from the first place, so the set's
            # order (the hash seed) must not choose it.
            for variant in sorted({variant_key(k) for k in names_of})
            for k, v in _best(top, variant).items()
            if k in names_of
        }
        yield SKELETON_MARK + bones, "|".join([_target(places, tops), *sorted(names_of)])


def _add_best(top: dict, variant: str, key: str, i: int, places: list) -> None:
    """Keep place index `i` as `key`'s under `variant` if it is the key's most populous place
    (the first of equals). A variant of one key (most of the world's 750,000) holds a pair, not
    a dict: 150 MB less while the world's index is built."""
    best = top.get(variant)
    if best is None:
        top[variant] = (key, i)
        return
    if type(best) is tuple:
        if best[0] == key:
            if _more_populous(places, i, best[1]):
                top[variant] = (key, i)
            return
        best = top[variant] = {best[0]: best[1]}
    j = best.get(key)
    if j is None or _more_populous(places, i, j):
        best[key] = i


def _more_populous(places: list, i: int, j: int) -> bool:
    return (places[i].population, -i) > (places[j].population, -j)


def _best(top: dict, variant: str) -> dict[str, int]:
    best = top[variant]
    return {best[0]: best[1]} if type(best) is tuple else best


def _target(places: list, tops: dict[str, int]) -> str:
    """The key of the most populous place, if the keys' places (key -> place index) agree."""
    if not one_place(places, list(tops.values())):
        return ""
    return max(tops, key=lambda k: (places[tops[k]].population, k))


def table_reads(place, surface: str, key: str) -> bool:
    """Whether `variant_entries` reads the name: a town's or region's in COUNTRIES, or a short key
    that marks another place's name as shared. The index build keeps only these names in
    memory (the world has 2.5 million)."""
    if len(key) < MIN_KEY_LETTERS:
        return False
    if place.kind not in KINDS or place.country not in COUNTRIES:
        return len(key) < MIN_LETTERS
    return surface[:1].isupper()


def _skeleton_asked(surface: str, zipf: dict[str, float]) -> bool:
    """A name's consonants are asked only of a name that opens with no English word ("The
    Irrawaddy", a newspaper) and is no possessive ("Pokrovsk's")."""
    first = surface.split(" ", 1)[0].lower()
    return zipf.get(first, 0.0) < FUNCTION_WORD_ZIPF and not surface.endswith(("'s", "’s"))


def skeleton(variant: str) -> str:
    """A variant key without its vowels between the first and the last letter (a last vowel
    tells a village from a surname: Medvedevo is not "Medvedev"): the consonants, which English
    copy keeps when it writes the short vowels otherwise or leaves them out ("Qamhana" /
    "Qumhanah", "Ras Jdir" / "Ras Ajdir", "Tal Tamr" / "Tall Tamir"), "tsh" and "tch"
    as "ch" ("Kitshanga" / "Kitchanga")."""
    variant = variant.replace("tch", "ch").replace("tsh", "ch")
    return variant[:1] + _VOWELS.sub("", variant[1:-1]) + variant[-1:]


def one_place(places: list, indexes: list[int]) -> bool:
    """The places are one: the same record, or records of one country within SAME_PLACE_KM of
    the first (a town and its district, one village from two sources: "Khamir" the town and the
    district, "‘Ayn ‘Īsá" and "Ein Issa")."""
    first = places[indexes[0]]
    for i in indexes[1:]:
        p = places[i]
        if p.country != first.country:
            return False
        dy = (p.lat - first.lat) * 111.2
        dx = (p.lon - first.lon) * 111.2 * math.cos(math.radians(first.lat))
        if dx * dx + dy * dy > SAME_PLACE_KM * SAME_PLACE_KM:
            return False
    return True


def variant_spots(
    text: str,
    taken: list[tuple[int, int]],
    by_key,
    table: dict[str, str],
    zipf: dict[str, float],
    memo: dict | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, key) for names in `text` outside the `taken` spans that the variant table
    knows, longest first from the left within each run of capitalised words. `memo` (one per
    index) keeps each run's answer: the same run with the same spots in it recurs in story after
    story ("The", "Police Chief", "New York Times")."""
    found = []
    spans = SpanIndex(taken)  # one index per document: a run asks only about its own stretch
    for run in _RUN.finditer(text):
        r0, r1 = run.span()
        inside = spans.overlapping(r0, r1)
        if any(a < r0 or b > r1 for a, b in inside):
            continue  # a spot reaches out of the run ("Kiwanja and Rutshuru" is two)
        inside_run = tuple((a - r0, b - r0) for a, b in inside)
        names = memo.get((run.group(), inside_run)) if memo is not None else None
        if names is None:
            names = _run_names(run.group(), inside_run, by_key, table, zipf)
            if memo is not None:
                if len(memo) > MEMO_SIZE:
                    memo.clear()
                memo[(run.group(), inside_run)] = names
        found += [(r0 + a, r0 + b, key) for a, b, key in names]
    return found


def article_variant_spots(
    text: str,
    names: list[tuple[int, int, int]],
    taken: list[tuple[int, int]],
    by_key,
    table: dict[str, str],
    zipf: dict[str, float],
) -> list[tuple[int, int, str]]:
    """Like `variant_spots`, for the names after a hyphenated article in lower case ("al-Watiya"
    for Al Watya), which no run of capitalised words opens: `names` are (article start, name
    start, name end); a name found from its first word takes the article into its span."""
    found = []
    spans = SpanIndex(taken)
    for a, s0, s1 in names:
        if spans.any_overlapping(a, s1):
            continue
        for x, y, key in _run_names(text[s0:s1], (), by_key, table, zipf):
            found.append((a if x == 0 else s0 + x, s0 + y, key))
    return found


def _run_names(run: str, inside, by_key, table, zipf) -> tuple[tuple[int, int, str], ...]:
    """The names in one run of capitalised words, with offsets into the run."""
    words = [m.span() for m in _WORD_IN_RUN.finditer(run)]
    found = []
    i = 0
    while i < len(words):
        hit = _longest(run, words, i, by_key, table, zipf, inside)
        if hit is None:
            i += 1
            continue
        found.append(hit[:3])
        i = hit[3]
    return tuple(found)


@lru_cache(maxsize=100_000)
def _fold(surface: str) -> tuple[str, str]:
    """A surface's name key and variant key (the same capitalised words recur in every story)."""
    key = name_key(surface)
    return key, variant_key(key)


def _longest(text, words, i, by_key, table, zipf, taken=()):
    """The longest name from word i; a window overlapping a spot the automaton took must hold it
    whole and be longer ("Tal Rifaat" over "Tal", "Debre Markos" over "Debre" and "Markos")."""
    for j in range(min(len(words), i + MAX_WORDS), i, -1):
        start, end = words[i][0], words[j - 1][1]
        clash = [(a, b) for a, b in taken if a < end and start < b]
        if clash and any((a <= start and b >= end) or a < start or b > end for a, b in clash):
            continue
        if clash and _opens_with_function_word(text[start : words[i][1]], j - i, zipf):
            continue  # "In Kyiv" at a sentence's start is Kyiv, not a village "Yenkiv"
        surface = text[start:end]
        if j - i == 1 and _word_zipf(surface, zipf) >= COMMON_WORD_ZIPF:
            continue
        key, variant = _fold(surface)
        # (not a possessive: "Dow's" is no town Dows)
        exact = key in by_key and not surface.endswith(("'s", "’s"))
        if len(key) < MIN_KEY_LETTERS:
            if len(key) >= MIN_EXACT_LETTERS and exact:
                return start, end, EXACT_MARK + key, j  # "Faw" for Al Faw: see EXACT_MARK
            continue
        entry, mark = table.get(variant), ""
        if entry is None and _skeleton_asked(surface, zipf):
            # by its consonants: marked, so that only the story's main country may hold it
            entry, mark = table.get(SKELETON_MARK + skeleton(variant)), SKELETON_MARK
        if entry is None:
            if exact:
                return start, end, EXACT_MARK + key, j
            continue
        target, *keys = entry.split("|")
        if key in by_key:
            if key in keys:  # the gazetteer has this name, spelled with letters the key ignores
                return start, end, mark + key, j
            if not exact:
                continue
            # the exact key also names places elsewhere ("raka": Raqqa and villages Raka)
            return start, end, EXACT_MARK + key, j
        if target and (len(key) >= MIN_LETTERS or target.endswith(" " + key)):
            return start, end, mark + target, j  # "Nabk" for "An Nabk": the name after its article
        if not target and len(key) >= MIN_LETTERS:
            return start, end, mark + "|".join(keys), j  # the story's countries choose (`key_here`)
    return None


def _word_zipf(word: str, zipf: dict[str, float]) -> float:
    """How common a word is in English; a contraction ("They're", "You'll") by the spelling the
    word list keeps it in, without its apostrophe: its key would otherwise join a village's
    ("They're" and Teira share a variant key)."""
    lower = word.lower()
    plain = lower.replace("'", "").replace("’", "")
    return max(zipf.get(lower, 0.0), zipf.get(plain, 0.0))


def _opens_with_function_word(first: str, words: int, zipf: dict[str, float]) -> bool:
    """A window of several words whose first is an English function word ("In", "At", "For":
    capitalised where it opens a sentence) does not grow a name the automaton found after it."""
    return words > 1 and zipf.get(first.lower(), 0.0) >= SENTENCE_WORD_ZIPF


def key_here(keys: str, readings, countries: set[str]) -> str | None:
    """Of the name keys a variant folds ("bayji|beji"), the one whose places include one in the
    story's countries, if exactly one does: "Beiji" in a story about Iraq is Bayji, not a Beji
    of Nigeria. `readings(key)` gives a key's (place country, is a locality) pairs."""
    here = [k for k in keys.split("|") if k and any(cc in countries for cc, _l in readings(k))]
    return here[0] if len(here) == 1 else None


def read_at_home(
    key: str, readings, table: dict[str, str], countries: set[str], minor=None
) -> str | None:
    """The name key to read a spotted name by: its own, unless every reading is a locality
    (feature code PPLL: a village of the postal data, GED or OpenStreetMap) outside the story's
    countries — "Tykhe" in a story about Egypt is no Ukrainian village — and then the spelling
    of a place at home that folds to the same variant ("Beiji" in a story about Iraq is Bayji,
    not a Beji of Nigeria), else None: no place here. A name whose readings all lie abroad and
    are minor towns (`minor(key)`: no capital, region or city of 100,000) is read at home too
    where a spelling of a place at home folds to it ("Karameh" in a story about Jordan is Al
    Karamah, not Kherameh in Iran), else by its own key."""
    named = town = False
    for cc, local in readings(key):
        if cc in countries:
            return key
        named = True
        town = town or not local
    if not named:
        return None
    if town:
        if minor is None or not minor(key):
            return key
        return _home_spelling(key, readings, table, countries) or key
    return _home_spelling(key, readings, table, countries)


def _home_spelling(key: str, readings, table: dict[str, str], countries: set[str]) -> str | None:
    """The key of a place in the story's countries whose name folds to the same variant."""
    target, *keys = table.get(variant_key(key), "").split("|")
    if target and target != key:
        return key_here(target, readings, countries)
    return key_here("|".join(k for k in keys if k != key), readings, countries)


def one_per_span(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first reading of each span: both variant readers can find the same name."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for start, end, keys in found:
        if (start, end) not in seen:
            seen.add((start, end))
            kept.append((start, end, keys))
    return kept
