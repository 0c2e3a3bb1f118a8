"""An abbreviated month before a day is a date, whatever town the gazetteer gives the word as an
other name ("Jan" is an alternate name of Anyang, China)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Anyang", 36.10, 114.39, 1785286, "PPLA2", "CN", "settlement", 1_000_000, "09"),
    PlaceInfo(2, "Sevare", 14.53, -4.10, 2450003, "PPL", "ML", "settlement", 30_000, "06"),
    PlaceInfo(3, "Octyabr", 40.0, 70.0, 1510001, "PPL", "TJ", "settlement", 5_000, "02"),
]
NAMES = [
    *own_names(PLACES),
    (1, "Jan", name_key("Jan"), "name", False),
    (3, "Oct", name_key("Oct"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "The push south toward Sevare began on Jan. 8, when hundreds of fighters crossed.",
        "Convoys have reached Sevare every week since Jan 21, the mission said.",
        "Fighting near Sevare resumed on Oct. 3 after a lull.",
    ],
)
def test_an_abbreviated_month_before_a_day_is_a_date(parser, text):
    assert {t.text for t in parser.parse(text)} == {"Sevare"}
