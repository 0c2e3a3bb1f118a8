"""Names English copy writes without what the gazetteer has: a town without its leading Arabic
article ("Qamishli" for Al Qamishli, found as the gazetteer's own name, not as a spelling
variant), and a country's own name, which is the country rather than a town of that name
inside it."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Al Qāmishlī", 37.05, 41.22, 173576, "PPLA2", "SY", "settlement", 184_231, "03"),
    PlaceInfo(2, "Nusaybin", 37.08, 41.22, 303700, "PPLA2", "TR", "settlement", 83_000, "72"),
    PlaceInfo(3, "Turkey", 39.0, 35.0, 298795, "PCLI", "TR", "country", 82_000_000, ""),
    PlaceInfo(4, "El Fasher", 13.63, 25.35, 379303, "PPLA", "SD", "settlement", 252_609, "36"),
    PlaceInfo(5, "Fasher", 40.0, -80.0, 9000001, "PPL", "US", "settlement", 500, "PA"),
    PlaceInfo(6, "Colombia", 4.0, -73.0, 3686110, "PCLI", "CO", "country", 48_000_000, ""),
    PlaceInfo(7, "Colombia", 3.38, -74.8, 3686111, "PPL", "CO", "settlement", 9_000, "16"),
    PlaceInfo(8, "Huila", 2.5, -75.5, 3680692, "ADM1", "CO", "admin", 0, "16"),
    PlaceInfo(9, "Colombia", 3.3, -74.9, 3686112, "ADM2", "CO", "admin", 9_000, "16"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "Nusaybin in Turkey faces the Syrian Kurdish town of Qamishli across the wall.",
        "Shells fired from Qamishli landed in Nusaybin, Turkish officials said.",
    ],
)
def test_a_town_without_its_article(parser, text):
    toponym = next(t for t in parser.parse(text) if t.text == "Qamishli")
    assert toponym.geonameid == 173576 and "+variant" not in toponym.method


def test_a_spaced_el_stays_part_of_the_name(parser):
    """ "El Fasher" keeps its "El" in the key: "Fasher" alone names only what is so called."""
    found = {t.text: t.geonameid for t in parser.parse("Reports from Fasher, Pennsylvania.")}
    assert found.get("Fasher") != 379303


@pytest.mark.parametrize(
    "text",
    [
        "Troops raised the flag of Colombia over villages in Huila on Monday.",
        "Colombia is doing what few thought possible, the envoy said in Huila.",
    ],
)
def test_a_countrys_own_name_is_the_country(parser, text):
    toponym = next(t for t in parser.parse(text) if t.text == "Colombia")
    assert toponym.kind == "country"
