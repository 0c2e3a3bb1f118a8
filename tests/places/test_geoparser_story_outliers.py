"""A village far from every other place a story names in its country is probably a namesake
the gazetteer lacks: it is not read at 0.9 or more, and goes to the review queue."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.confidence import OUTLIER_CEILING
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
    PlaceInfo(2, "Vuhledar", 47.78, 37.25, 690001, "PPL", "UA", "settlement", 14_000, "05"),
    PlaceInfo(3, "Pokrovsk", 48.28, 37.18, 690002, "PPL", "UA", "settlement", 60_000, "05"),
    PlaceInfo(4, "Kurakhove", 47.98, 37.28, 690003, "PPL", "UA", "settlement", 18_000, "05"),
    # The only Vodiane the gazetteer has: 200 km west of the front (another namesake lies
    # beside Vuhledar).
    PlaceInfo(5, "Vodiane", 47.49, 34.50, 690004, "PPL", "UA", "settlement", 900, "26"),
    PlaceInfo(6, "Marinka", 47.94, 37.50, 690005, "PPL", "UA", "settlement", 9_000, "05"),
    PlaceInfo(7, "Ethiopia", 8.0, 38.0, 337996, "PCLI", "ET", "country", 110_000_000, ""),
    PlaceInfo(8, "Woldia", 11.83, 39.59, 330001, "PPL", "ET", "settlement", 60_000, "03"),
    PlaceInfo(9, "Mekelle", 13.50, 39.48, 330002, "PPLA", "ET", "settlement", 300_000, "07"),
    PlaceInfo(10, "Kobo", 10.03, 39.85, 330003, "PPL", "ET", "settlement", 5_000, "04"),
    PlaceInfo(11, "Lalibela", 12.03, 39.04, 330004, "PPL", "ET", "settlement", 20_000, "03"),
    PlaceInfo(12, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 18_000_000, ""),
    # A district's seat on the coast; the village of that name on the Golan is not in this
    # gazetteer (as in the whole-world one).
    PlaceInfo(13, "Baniyas", 35.18, 35.95, 170001, "PPLA2", "SY", "settlement", 39_000, "02"),
    PlaceInfo(14, "Quneitra", 33.12, 35.82, 170002, "PPLA", "SY", "settlement", 4_000, "03"),
    PlaceInfo(15, "Masada", 33.23, 35.76, 170003, "PPL", "SY", "settlement", 3_000, "03"),
    PlaceInfo(16, "Jubata", 33.20, 35.76, 170004, "PPL", "SY", "settlement", 2_000, "03"),
]
NAMES = own_names(PLACES)
NAMES.append((1, "Ukrainian", name_key("Ukrainian"), "demonym", True))


parser = module_parser(PLACES, NAMES, use_parse=False)


def confidence(parser, text, name):
    return max(t.confidence for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Russian troops pushed east of Vuhledar and seized the neighbouring village of "
            "Vodiane, Ukrainian officers said. Fighting also raged near Pokrovsk and Kurakhove.",
            "Vodiane",
        ),
        (
            "Tigrayan forces entered the town of Kobo on Friday, residents said, as fighting "
            "spread south from Mekelle towards Woldia.",
            "Kobo",
        ),
    ],
)
def test_a_village_far_from_the_storys_other_places_goes_to_review(parser, text, name):
    assert confidence(parser, text, name) <= OUTLIER_CEILING


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Russian troops seized the village of Marinka, west of Donetsk, Ukrainian officers "
            "said, and pressed on towards Kurakhove and Vuhledar.",
            "Marinka",
        ),
        (
            "Residents fled the town of Lalibela as fighters advanced from Woldia; aid flights "
            "to Mekelle were suspended.",
            "Lalibela",
        ),
    ],
)
def test_a_village_among_the_storys_places_keeps_its_confidence(parser, text, name):
    assert confidence(parser, text, name) >= 0.9


def test_a_demonym_after_the_comma_is_no_container(parser):
    text = "The army lost the village of Vodiane, Ukrainian officers said."
    (vodiane,) = [t for t in parser.parse(text) if t.text == "Vodiane"]
    assert vodiane.method != "containment"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops took Quneitra and Jubata on Saturday and entered the village of Baniyas, "
        "at the foot of the mountain, an army spokesman said. Masada fell later.",
        "Fighting moved from Quneitra to Masada and Jubata, and by nightfall the army held "
        "Baniyas village below the ridge, residents said.",
    ],
)
def test_a_district_seat_the_text_calls_a_village_far_from_the_story_goes_to_review(parser, text):
    assert confidence(parser, text, "Baniyas") <= OUTLIER_CEILING


def test_a_district_seat_not_called_a_village_keeps_its_confidence(parser):
    text = (
        "Israeli troops took Quneitra and Jubata on Saturday, and shells fell on Baniyas, "
        "an army spokesman said. Masada fell later."
    )
    assert confidence(parser, text, "Baniyas") > OUTLIER_CEILING
