"""Confidence 0.9 and above means right nineteen times in twenty: the marks of the confident
errors measured on LGL and GeoVirus keep a reading below 0.9."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.confidence import (
    FOREIGN_CEILING,
    ORGANISATION_CEILING,
    UNCORROBORATED_CEILING,
    named_in_organisation,
)
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Texas", 31.25, -99.25, 4736286, "ADM1", "US", "admin", 0, "TX"),
    PlaceInfo(2, "Austin", 30.267, -97.743, 4671654, "PPLA", "US", "settlement", 931_830, "TX"),
    PlaceInfo(3, "Kallam", 18.53, 76.03, 1268000, "PPL", "IN", "settlement", 30_000, "16"),
    PlaceInfo(4, "Pakistan", 30.0, 70.0, 1168579, "PCLI", "PK", "country", 220_000_000, ""),
    PlaceInfo(5, "India", 20.0, 77.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
    PlaceInfo(6, "Koné", -21.06, 164.86, 2139521, "PPLA", "NC", "settlement", 4_572, "02"),
    PlaceInfo(7, "Mali", 17.0, -4.0, 2453866, "PCLI", "ML", "country", 19_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (6, "Konna", name_key("Konna"), "name", False),  # a GeoNames alternate name of Koné
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def confidence(parser, text, name):
    return next(t.confidence for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text, name, organisation",
    [
        ("the Texas Department of Transportation", "Texas", True),
        ("filed in Ramsey District Court on Monday", "Ramsey", True),
        ("Richmond Street, London city council rejected it", "London", True),
        ("in Austin, Texas, on Monday", "Austin", False),
        ("Texas and Oklahoma", "Texas", False),
    ],
)
def test_an_organisations_head_word_after_the_name(text, name, organisation):
    assert named_in_organisation(text, text.index(name) + len(name)) is organisation


def test_a_place_named_in_an_organisation_stays_below_090(parser):
    text = "The Texas Department of Transportation closed roads near Austin, Texas."
    assert confidence(parser, text, "Texas") <= ORGANISATION_CEILING


def test_a_cue_word_alone_does_not_make_a_foreign_namesake_confident(parser):
    text = "Four helicopters landed in the tourist town of Kallam in north-west Pakistan."
    assert confidence(parser, text, "Kallam") <= FOREIGN_CEILING


def test_a_cue_word_alone_in_a_document_with_no_other_place_stays_below_090(parser):
    assert (
        confidence(parser, "Officials of the town of Kallam met.", "Kallam")
        <= UNCORROBORATED_CEILING
    )


def test_a_foreign_place_reached_through_another_name_is_no_reading(parser):
    # test_geoparser_foreign_other_names.py: such a town is dropped, not only sent to review
    text = "Jihadists seized Konna on Thursday. Mali's army asked for help to retake the town."
    assert all(t.text != "Konna" for t in parser.parse(text))


def test_a_namesake_in_the_documents_own_country_keeps_its_confidence(parser):
    text = "Four helicopters landed in the tourist town of Kallam in western India."
    assert confidence(parser, text, "Kallam") > UNCORROBORATED_CEILING
