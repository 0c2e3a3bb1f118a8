"""Readings spelled as written: the name key folds doubled letters, "ou", q/k and a final -h, so
"Wollo" shares a key with Wolo (Indonesia), "Iti" with Iitti (Finland) and "Ulu" with Oulu.
Where some readings are spelled as the text writes the name, a reading spelled otherwise (its
own name folds to the key: a spelling, not another name of it such as Kyiv's "Kiev") in a
country the story never touches is no reading of the name here."""

from __future__ import annotations

from functools import lru_cache

from places.normalize import name_key, plain_key

# Far below any reading's score: the softmax gives such a reading no weight.
OTHERWISE_PENALTY = 50.0


@lru_cache(maxsize=100_000)
def _keys(name: str) -> tuple[str, str]:
    return plain_key(name), name_key(name)


def spelled_otherwise_abroad(
    cands: list[tuple[int, int]], surface: str, key: str, places: list, countries: set[str]
) -> list[int]:
    """Positions in `cands` of the readings spelled otherwise than `surface` in countries
    outside `countries`, when some reading is spelled as written (else none)."""
    written = plain_key(surface)
    exact = False
    otherwise = []
    for k, (i, _f) in enumerate(cands):
        plain, own_key = _keys(places[i].name)
        if plain == written:
            exact = True
        elif own_key == key and places[i].country not in countries:
            otherwise.append(k)
    return otherwise if exact else []


def prefer_written_spellings(mentions: list, ctx, places: list) -> None:
    """In place: each mention's readings spelled otherwise abroad fall below all others. Names
    found through a spelling variant are left alone (their spelling is otherwise by design)."""
    for m in mentions:
        if m.method == "staff" or m.spot.start in ctx.variant_starts or len(m.cands) < 2:
            continue
        surface = ctx.text[m.spot.start : m.spot.end]
        drop = spelled_otherwise_abroad(m.cands, surface, m.spot.key, places, ctx.doc_countries)
        if drop:
            low = min(m.scores) - OTHERWISE_PENALTY
            for k in drop:
                m.scores[k] = low
