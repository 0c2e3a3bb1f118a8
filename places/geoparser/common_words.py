"""Ordinary English words read as a lone place abroad: "Mobile" (a phone), "Grad" (a rocket),
"Brig." (a rank), "Phone" folded onto Pune, "Min" read as another name of Minnesota.

A one-word name whose lower-case form is a common English word (`COMMON_ZIPF`) is no place when
its reading is a town or region in a country where the document places no other name while it
names places elsewhere (`confidence._Story`), unless the name is the place's own and the place
is famous enough to be meant: a capital, a first-level region or its seat, a city of 100,000
("Aleppo", "Gaza", "Benghazi" are words of the list too); for a very common word (`VERY_COMMON`:
"mobile", "english") only a capital, a first-level region or its seat, or a city of a million.
A word reaching a place through a spelling variant never places it, nor through another of its
names unless the word is rarer ("Peking", "Bombay": old names of famous places). Containment,
a staff decision and a home country still place such a name ("Mobile, Alabama"), and so does a
second name of the document in that country ("Split" in a story about Croatia)."""

from __future__ import annotations

from places.geoparser.confidence import _Story
from places.geoparser.index import ABBREVIATION, PREFERRED

COMMON_ZIPF = 3.0  # "grad" 3.6, "brig" 3.3, "alley" 3.9; "chinle" and most towns are not listed
VERY_COMMON = 4.5  # "mobile" 4.85, "english" 5.19, "phone" 5.3
OTHER_NAME_ZIPF = 4.0  # "min" 4.42 is no Minnesota; "peking" 3.18, "bombay" 3.65 are names
CITY = 100_000
WORLD_CITY = 1_000_000
_FAMOUS_CODES = ("PPLC", "PPLG", "PPLA", "ADM1", "PCLI")


def _own_name(mention, place_index: int) -> bool:
    flags = next((f for i, f in mention.cands if i == place_index), 0)
    return bool(flags & (PREFERRED | ABBREVIATION))


def _meant(t, mention, places: list, zipf: float) -> bool:
    """Whether the word names its reading: the place's own name, and a place famous enough."""
    if "variant" in t.method:
        return False
    index = next((i for i, _f in mention.cands if places[i].place_id == t.place_id), None)
    if index is None:
        return False
    place = places[index]
    famous = place.feature_code in _FAMOUS_CODES or place.population >= (
        WORLD_CITY if zipf >= VERY_COMMON else CITY
    )
    # an old name of a famous place is as rare a word as its own ("Peking", "Bombay")
    return famous and (_own_name(mention, index) or zipf < OTHER_NAME_ZIPF)


def _word_zipf(text: str, zipf: dict[str, float]) -> float:
    word = text.strip()
    if not word.isalpha() or word.isupper():  # one word; an acronym ("SAM") is judged elsewhere
        return 0.0
    return zipf.get(word.lower(), 0.0)


def drop_common_words_abroad(
    toponyms: list, mentions: list, places: list, keys: dict[int, str], zipf: dict[str, float]
) -> list:
    """The toponyms without ordinary English words read as a lone town or region abroad."""
    story = _Story(toponyms, keys)
    by_start = {m.spot.start: m for m in mentions}
    kept = []
    for t in toponyms:
        word = _word_zipf(t.text, zipf)
        if (
            word >= COMMON_ZIPF
            and not t.is_demonym
            and t.kind in ("settlement", "admin")
            and t.start in by_start
            and story.uncorroborated(t)
            and story.placed_elsewhere(t)
            and not _meant(t, by_start[t.start], places, word)
        ):
            continue
        kept.append(t)
    return kept
