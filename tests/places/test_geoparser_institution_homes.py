"""A name that is both a state and a city reads as the city when its sentence names an
institution seated there ("home" rows of places/data/common_names.tsv): the U.N. spokesman in
New York speaks in the city, not somewhere in the state."""

from __future__ import annotations

import pytest

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "New York", 43.0, -75.5, 5128638, "ADM1", "US", "admin", 19_274_244, "NY"),
    PlaceInfo(
        2, "New York City", 40.714, -74.006, 5128581, "PPL", "US", "settlement", 8_804_190, "NY"
    ),
    PlaceInfo(3, "Buffalo", 42.886, -78.878, 5110629, "PPLA2", "US", "settlement", 278_349, "NY"),
    PlaceInfo(4, "Geneva", 46.202, 6.146, 2660646, "PPLA", "CH", "settlement", 183_981, "GE"),
    PlaceInfo(5, "Geneva", 42.869, -76.978, 5118226, "PPL", "US", "settlement", 12_812, "NY"),
    PlaceInfo(6, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_849_269, ""),
    PlaceInfo(7, "Chad", 15.0, 19.0, 2434508, "PCLI", "TD", "country", 16_425_859, ""),
    PlaceInfo(8, "Switzerland", 47.0, 8.0, 2658434, "PCLI", "CH", "country", 8_516_543, ""),
    PlaceInfo(9, "United States", 39.8, -98.5, 6252001, "PCLI", "US", "country", 327_167_434, ""),
]
NAMES = own_names(PLACES)


parser = module_parser(PLACES, NAMES, use_parse=False)


def reading(parser, text, name):
    return next((t.name, t.country, t.kind) for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "In New York, U.N. deputy spokesman Farhan Haq said aid convoys had reached Sudan.",
        (
            '"Children should never be the target of any attack," said Stephane Dujarric, a '
            "spokesman for the United Nations Secretary-General, in New York."
        ),
        "Speaking at the UN in New York, the minister asked the Security Council for a truce.",
    ],
)
def test_a_spokesman_of_the_un_in_new_york_is_in_the_city(parser, text):
    assert reading(parser, text, "New York") == ("New York City", "US", "settlement")


@pytest.mark.parametrize(
    "text",
    [
        "In Geneva, UNHCR spokeswoman Olga Sarrazin said 8,000 people had crossed into Chad.",
        "The U.N. human rights office in Geneva said the killings in Sudan must be investigated.",
    ],
)
def test_an_agency_seated_in_geneva_puts_geneva_in_switzerland(parser, text):
    assert reading(parser, text, "Geneva") == ("Geneva", "CH", "settlement")


@pytest.mark.parametrize(
    "text",
    [
        "Snow closed schools across New York on Monday, from Buffalo to the Hudson Valley.",
        "Farmers in New York said the drought had cut their harvest by a third.",
    ],
)
def test_without_an_institution_the_state_keeps_the_name(parser, text):
    assert reading(parser, text, "New York") == ("New York", "US", "admin")


def test_an_institution_name_is_not_a_place_name(parser):
    names = {t.text for t in parser.parse("The United Nations and UNHCR appealed for funds.")}
    assert not names & {"United Nations", "UNHCR", "UN"}


def test_uno_inside_a_longer_word_is_no_institution(parser):
    text = "UNICEF workers in New York said the campaign would reach Sudan."
    assert reading(parser, text, "New York") == ("New York", "US", "admin")


def test_the_home_city_beats_a_namesake_near_the_story():
    index = GazetteerIndex.build(
        [
            *PLACES,
            PlaceInfo(10, "Niu-York", 48.33, 37.84, 706000, "PPL", "UA", "settlement", 9_000, "14"),
            PlaceInfo(
                11, "Donetsk", 48.02, 37.8, 709717, "PPLA", "UA", "settlement", 900_000, "14"
            ),
            PlaceInfo(12, "Toretsk", 48.4, 37.85, 708000, "PPL", "UA", "settlement", 30_000, "14"),
        ],
        [
            *NAMES,
            (10, "New York", "new york", "name", False),
            (11, "Donetsk", "donetsk", "name", True),
            (12, "Toretsk", "toretsk", "name", True),
        ],
    )
    text = (
        "Shelling hit Toretsk and Donetsk overnight. In New York, United Nations spokesman "
        "Florian Weiss told reporters that attacks on civilians near Toretsk had intensified."
    )
    (toponym,) = [t for t in Geoparser(index, use_parse=False).parse(text) if t.text == "New York"]
    assert (toponym.country, toponym.kind) == ("US", "settlement")
    assert toponym.confidence >= 0.9  # explicit evidence: not a stray to review
