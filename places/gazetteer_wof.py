"""Towns, villages and city quarters of Who's On First (CC BY 4.0; most of them GeoNames', CC BY
4.0), for countries at war whose villages GeoNames' `cities500` leaves out: those for which no
OpenStreetMap village extract was to be had (the Middle East, Afghanistan and Pakistan, Myanmar,
Sri Lanka, the Philippines, the South Caucasus, Sierra Leone and Liberia; Egypt, Algeria,
Tunisia, Cyprus, Cambodia, Côte d'Ivoire, Congo, Cuba, Grenada; South Korea, Laos, Ecuador,
Guinea-Bissau, Oman; Bangladesh, Vietnam, Thailand, Timor-Leste, Papua New Guinea) and some whose
OSM extract of 2019 still lacks the villages stories name (Sudan, South Sudan, Chad, Nigeria,
Rwanda, Haiti, El Salvador, Nicaragua, Croatia, North Macedonia, Eritrea)
(`places/data/wof_places.tsv.gz`, written by `scripts/build_wof_places.py`). Countries where the
places added lost about as many readings as they won (Ethiopia, DR Congo, Colombia, Mozambique,
Kosovo, Kyrgyzstan, Somalia, Bolivia: a village of a town's name near a story's other places drew
the town's mentions: Ethiopia's Gode and Ambo) or won none on the development stories (North
Korea: the Chosin stories' villages are spotted, then dropped) are left out; India's and
Indonesia's repositories are too large for a snapshot.

Who's On First holds GeoNames' populated places whatever their population (southern Lebanon's
Aitaroun and Yaroun, Anbar's Kubaisa, Helmand's Marjah, South Waziristan's Kaniguram). Each
becomes a locality like the OSM places (`gazetteer_osm.py`): kind settlement, feature code PPLL —
a reading only in a story about its country, never confident, precision 2 — with the first-level
region of the nearest cities500 town; skipped where an earlier source already has one of its
names within 15 km (`gazetteer_ged.SAME_PLACE_KM`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.gazetteer_ged import locality_records
from places.gazetteer_osm import read_rows
from places.models import Place

PATH = Path(__file__).resolve().parent / "data" / "wof_places.tsv.gz"
# The countries the vendored table covers (scripts/build_wof_places.py keeps only these).
_COUNTRIES_TEXT = (
    "AF AM AZ IL IQ JO LB LK LR MM PH PK PS SL SY YE"
    " CG CI CU CY DZ EG GD HT KH NG NI RW SD SS SV TD TN"
    " EC GW HR KR LA MK OM"
    " BD ER PG TH TL VN"
)
COUNTRIES = tuple(_COUNTRIES_TEXT.split())
# An Arabic article inside a name, as GeoNames writes it ("Dayr al Qamar", "Maroun er Ras").
_INNER_ARTICLE = re.compile(r"(?<= )(a[lrdstzn]|e[lrdstzn]|ash|ath) (?=\w)")
# A leading one ("El Khiyam", "Et Taiybe"): hyphenated, the name key drops it ("Khiam").
_LEADING_ARTICLE = re.compile(r"^([AaEe][lrdstzn]|[Aa]sh|[Aa]th) (?=\w)")
# Countries whose place names are Arabic (in Egypt, Sudan and the Maghreb written "El Arish",
# "El Obeid"): their leading "El"/"Al" is an article.
ARABIC_COUNTRIES = frozenset(
    {"IQ", "JO", "LB", "PS", "SY", "YE", "IL", "EG", "SD", "TN", "DZ", "OM"}
)


def read_wof_localities(
    countries: set[str] | None, known: Iterable[tuple[str, str, float, float, str]]
) -> Iterator:
    """PlaceRecords of the Who's On First places (`gazetteer_ged.locality_records`), with the
    forms wire copy writes their names in."""
    if not PATH.exists():
        return
    rows = ((cc, names, lat, lon, pop) for cc, _kind, names, lat, lon, pop in read_rows(PATH))
    yield from locality_records(
        rows,
        source=Place.Source.WOF,
        wanted={cc for cc in COUNTRIES if not countries or cc in countries},
        known=known,
        forms=lambda cc, names: wire_forms(names, cc in ARABIC_COUNTRIES),
    )


def wire_forms(names: list[str], arabic: bool = False) -> list[str]:
    """The names and the forms English copy writes them in that the spotter, which reads the
    text as written, would otherwise miss: an inner article hyphenated ("Dayr al Qamar" ->
    "Dayr al-Qamar"), in an Arab country a leading one too ("El Khiyam" -> "El-Khiyam", whose
    key is Khiam's), a hyphenated name spaced ("Kfar-Kila" -> "Kfar Kila"). Not every word
    hyphenated, as for the OSM places: GeoNames' names are mostly spaced, and each form costs
    the index memory."""
    out = list(names)
    for name in names:
        hyphenated = _INNER_ARTICLE.sub(r"\1-", name)
        if arabic:
            hyphenated = _LEADING_ARTICLE.sub(r"\1-", hyphenated)
        for other in (hyphenated, name.replace("-", " ")):
            if other != name and other not in out:
                out.append(other)
    return out
