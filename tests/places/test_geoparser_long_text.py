"""A long text is read like a short one: a paragraph repeated many times gives, in every copy,
the toponyms the first copy gets (the same places, confidences and methods), so a book-length
input is one more document, not a different kind of input. No timings here: the speed of long
inputs is measured in benchmarks/geoparse_eval.py and docs/geoparser.md."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.confidence import OUTLIER_CEILING
from places.geoparser.variants import VARIANT_CEILING
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
    PlaceInfo(2, "Vuhledar", 47.78, 37.25, 690001, "PPL", "UA", "settlement", 14_000, "05"),
    PlaceInfo(3, "Pokrovsk", 48.28, 37.18, 690002, "PPL", "UA", "settlement", 60_000, "05"),
    PlaceInfo(4, "Kurakhove", 47.98, 37.28, 690003, "PPL", "UA", "settlement", 18_000, "05"),
    # The only Vodiane here lies 200 km west of the front: a namesake, capped for review.
    PlaceInfo(5, "Vodiane", 47.49, 34.50, 690004, "PPL", "UA", "settlement", 900, "26"),
    PlaceInfo(6, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_498_687, ""),
    PlaceInfo(7, "Al Hudaydah", 14.798, 42.954, 79415, "PPLA", "YE", "settlement", 617_871, "08"),
    PlaceInfo(8, "Sanaa", 15.354, 44.207, 71137, "PPLC", "YE", "settlement", 1_937_451, "26"),
    PlaceInfo(9, "Tall Rif‘at", 36.47, 37.10, 163000, "PPLA3", "SY", "settlement", 25_658, "01"),
    PlaceInfo(10, "Tal", 29.0, 70.0, 1164000, "PPL", "PK", "settlement", 2_000, "04"),
    PlaceInfo(11, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(12, "Avdiyivka", 48.139, 37.742, 713174, "PPL", "UA", "settlement", 34_938, "14"),
]
NAMES = [*own_names(PLACES), (7, "Hudaydah", name_key("Hudaydah"), "name", False)]

PARAGRAPHS = [
    # A wire story from the Donbas front: a village far from the towns around it.
    "Russian troops pushed east of Vuhledar and seized the neighbouring village of Vodiane, "
    "Ukrainian officers said on Tuesday. Fighting also raged near Pokrovsk, Kurakhove and "
    "Avdiivka, in eastern Ukraine, the Institute for the Study of War said.\n\n",
    # Yemen and Syria: a longer name spelled otherwise than the gazetteer does over a shorter
    # place inside it ("Tal Rifaat" over "Tal").
    "Air strikes hit the port of Hodeidah overnight, officials in Sanaa said, as Yemen's "
    "government called for talks. In Syria, Turkish-backed factions shelled the town of Tal "
    "Rifaat. ",
]
COPIES = 300


parser = module_parser(PLACES, NAMES, use_parse=False)


def readings(toponyms, shift=0):
    return [
        (t.start - shift, t.end - shift, t.text, t.geonameid, t.confidence, t.method)
        for t in toponyms
    ]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_every_copy_of_a_repeated_paragraph_gets_the_same_toponyms(parser, paragraph):
    first = readings(parser.parse(paragraph))
    assert len(first) >= 4
    toponyms = parser.parse(paragraph * COPIES)
    assert len(toponyms) == len(first) * COPIES
    per_copy = len(first)
    for k in range(COPIES):
        copy = toponyms[k * per_copy : (k + 1) * per_copy]
        assert readings(copy, shift=k * len(paragraph)) == first


def test_the_caps_of_a_short_story_hold_in_a_long_one(parser):
    """The village far from its story and the variant spellings stay capped in every copy."""
    text = "".join(PARAGRAPHS) * COPIES
    toponyms = parser.parse(text)
    by_text: dict[str, list] = {}
    for t in toponyms:
        by_text.setdefault(t.text, []).append(t)
    assert len(by_text["Vodiane"]) == len(by_text["Avdiivka"]) == COPIES
    assert all(t.confidence <= OUTLIER_CEILING for t in by_text["Vodiane"])
    assert {t.geonameid for t in by_text["Avdiivka"]} == {713174}
    assert {t.geonameid for t in by_text["Tal Rifaat"]} == {163000}
    assert all(t.confidence <= VARIANT_CEILING for t in by_text["Avdiivka"] + by_text["Tal Rifaat"])
    assert "Tal" not in by_text
