"""The story's main country is voted by its names' readings; a name that is a common English word
("Holiday" of the Holiday Inn, "Tower") and names only minor towns abroad casts no vote, so a
hotel named six times does not outvote the city the story is datelined from, and a spelling of a
quarter of that city the gazetteer lacks ("Zokak el-Blat" for Zuqaq al Blat) is still read there."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Lebanon", 33.9, 35.9, 272103, "PCLI", "LB", "country", 5_000_000, ""),
    PlaceInfo(2, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 20_000_000, ""),
    PlaceInfo(3, "Beirut", 33.89, 35.5, 276781, "PPLC", "LB", "settlement", 1_900_000, "04"),
    PlaceInfo(4, "Zuqaq al Blat", 33.894, 35.5, 90000001, "PPLL", "LB", "settlement", 0, "04"),
    PlaceInfo(6, "Holiday", 28.19, -82.74, 4158865, "PPL", "US", "settlement", 22_000, "FL"),
    PlaceInfo(7, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
    PlaceInfo(8, "Aden", 12.78, 45.04, 415189, "PPLA", "YE", "settlement", 550_000, "02"),
    PlaceInfo(9, "Shaykh Uthman", 12.87, 44.99, 90000003, "PPL", "YE", "settlement", 0, "02"),
    PlaceInfo(11, "Tower", 51.92, -8.6, 2961000, "PPL", "IE", "settlement", 3_000, "M"),
    PlaceInfo(12, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        (
            "BEIRUT, March 22 (Reuters) - Leftist militiamen captured the Holiday Inn today "
            "after a five-day battle for the hotel district of Beirut. Fighters who stormed the "
            "Holiday Inn at dawn pushed on into Zokak el-Blat, militia sources said. The "
            "Holiday Inn burned through the night, and smoke from the Holiday Inn hung over west "
            "Beirut. "
            "Phalangists vowed to retake the Holiday Inn, and a Syria-brokered truce collapsed "
            "as the Holiday Inn changed hands.",
            "Zokak el-Blat",
            90000001,
        ),
        (
            "ADEN, Jan 13 (AFP) - Gunmen seized the Rock Tower hotel in Aden on Monday. Guards "
            "at the Tower fled to Sheikh Othman as the gunmen took the Tower's roof, residents "
            "said. "
            "Police ringed the Tower by nightfall, and Somalia's consul, a guest at the Tower, "
            "was freed.",
            "Sheikh Othman",
            90000003,
        ),
    ],
)
def test_a_common_word_abroad_does_not_choose_the_storys_country(parser, text, name, geonameid):
    # a spelling the gazetteer lacks is read only in a story about its place's country
    toponym = {t.text: t for t in parser.parse(text)}[name]
    assert toponym.geonameid == geonameid
