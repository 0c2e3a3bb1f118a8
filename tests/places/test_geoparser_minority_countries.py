"""Namesakes vouch for each other in the wrong country: two villages of a Colombian story read
in Argentina support one another and escape the caps on lone foreign readings. A town in a
country the story never names, not even by a demonym, while another country holds more of its
names, goes to the review queue, and is dropped when no other place of the story lies near it
(the story's own village the gazetteer lacks: a point in the wrong country costs more trust than
a missing one)."""

from __future__ import annotations

import pytest

from articles.review import REVIEW_THRESHOLD
from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Medellin", 6.25, -75.56, 3674962, "PPLA", "CO", "settlement", 2_500_000, "02"),
    PlaceInfo(2, "Bello", 6.34, -75.56, 3688256, "PPLA2", "CO", "settlement", 400_000, "02"),
    PlaceInfo(3, "Envigado", 6.17, -75.59, 3682426, "PPLA2", "CO", "settlement", 220_000, "02"),
    PlaceInfo(4, "San Javier", -30.58, -59.95, 3429264, "PPL", "AR", "settlement", 16_000, "21"),
    PlaceInfo(5, "El Salado", -34.5, -64.0, 3435000, "PPL", "AR", "settlement", 2_000, "05"),
    PlaceInfo(6, "Colombia", 4.0, -72.0, 3686110, "PCLI", "CO", "country", 50_000_000, ""),
    PlaceInfo(7, "Argentina", -34.0, -64.0, 3865483, "PCLI", "AR", "country", 45_000_000, ""),
]
NAMES = [*own_names(PLACES), (7, "Argentine", name_key("Argentine"), "demonym", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def confidences(parser, text):
    return {t.text: t.confidence for t in parser.parse(text)}


def shown(parser, text):
    """Confidence per name as the map shows it (0 when the name is not shown)."""
    got = confidences(parser, text)
    return lambda name: got.get(name, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Police and soldiers swept through the hillside district of San Javier on Wednesday, "
        "a day after clashes in El Salado, residents of Envigado and Bello on the edge of "
        "Medellin told reporters.",
        "MEDELLIN (Reuters) - Gunmen killed four people in the hillside village of El Salado, "
        "local officials said, as troops from Bello and Envigado moved into San Javier.",
    ],
)
def test_namesakes_in_a_country_the_story_never_names_go_to_review(parser, text):
    got = shown(parser, text)
    assert got("San Javier") < REVIEW_THRESHOLD
    assert got("El Salado") < REVIEW_THRESHOLD
    assert got("Bello") >= REVIEW_THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's police raided San Javier and El Salado on Monday, while in Colombia "
        "officials in Medellin, Bello and Envigado met to discuss security.",
        "Flooding cut roads to San Javier and El Salado in Argentina, and in Colombia heavy "
        "rain closed schools in Medellin, Bello and Envigado, authorities said.",
        "Argentine police raided San Javier and El Salado on Monday, while officials in "
        "Medellin, Bello and Envigado met to discuss security.",
    ],
)
def test_a_country_named_or_by_demonym_keeps_its_towns_confidence(parser, text):
    without = confidences(parser, text)
    assert without["San Javier"] >= REVIEW_THRESHOLD
