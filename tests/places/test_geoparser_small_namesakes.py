"""A small namesake of a prominent city does not win on the pull of the story's countries alone:
"talks in Geneva" beside "the United States" stays in Switzerland unless the text places it
(`places/geoparser/prominence.prefer_prominent_readings`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.prominence import PROMINENCE_MARGIN, prefer_prominent_readings
from tests.places.small_gazetteer import leader, module_parser, scored_mention

PLACES = [
    PlaceInfo(1, "Geneva", 46.20, 6.15, 2660646, "PPLA", "CH", "settlement", 183_981, "GE"),
    PlaceInfo(2, "Geneva", 41.89, -88.31, 4893591, "PPL", "US", "settlement", 21_495, "IL"),
    PlaceInfo(3, "Batavia", 41.85, -88.31, 4884442, "PPL", "US", "settlement", 26_045, "IL"),
    PlaceInfo(4, "Illinois", 40.0, -89.25, 4896861, "ADM1", "US", "admin", 0, "IL"),
    PlaceInfo(5, "Tripoli", 32.89, 13.19, 2210247, "PPLC", "LY", "settlement", 1_150_989, "77"),
    PlaceInfo(6, "Tripoli", 34.44, 35.85, 266826, "PPLA", "LB", "settlement", 229_398, "09"),
    PlaceInfo(7, "Beirut", 33.89, 35.50, 276781, "PPLC", "LB", "settlement", 1_916_100, "04"),
    PlaceInfo(8, "Damascus", 33.51, 36.29, 170654, "PPLC", "SY", "settlement", 1_569_394, "13"),
    PlaceInfo(9, "United States", 39.76, -98.5, 6252001, "PCLI", "US", "country", 327_167_434, ""),
    PlaceInfo(11, "Peoria", 40.69, -89.59, 4905687, "PPLA2", "US", "settlement", 113_150, "IL"),
    PlaceInfo(12, "Rockford", 42.27, -89.09, 4907959, "PPLA2", "US", "settlement", 148_655, "IL"),
    PlaceInfo(13, "Moro", 26.66, 68.0, 1169372, "PPL", "PK", "settlement", 142_685, "05"),
    PlaceInfo(14, "Moro", 9.26, 7.43, None, "PPLL", "NG", "settlement", 0, "11"),
    PlaceInfo(10, "Washington", 38.90, -77.04, 4140963, "PPLC", "US", "settlement", 689_545, "DC"),
]

parser = module_parser(PLACES, use_parse=False)


def test_the_prominent_city_leads_a_small_namesake_without_evidence(parser):
    # "Envoys will meet in Geneva", in a story that also names Damascus.
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    damascus = scored_mention(parser, "Damascus", 30, {8: 9.0})
    prefer_prominent_readings([geneva, damascus], parser.index.places)
    assert leader(parser, geneva).country == "CH"
    assert sorted(geneva.scores)[-1] - sorted(geneva.scores)[-2] == PROMINENCE_MARGIN


def test_every_mention_of_the_name_moves_together(parser):
    first = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    second = scored_mention(parser, "Geneva", 50, {1: 7.8, 2: 8.4})
    prefer_prominent_readings([first, second], parser.index.places)
    assert {leader(parser, first).country, leader(parser, second).country} == {"CH"}


def test_containment_keeps_the_small_namesake(parser):
    # "Geneva, Illinois" anywhere in the story decides the name.
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 9.4})
    geneva.method = "containment"
    later = scored_mention(parser, "Geneva", 60, {1: 7.8, 2: 9.4})
    prefer_prominent_readings([geneva, later], parser.index.places)
    assert leader(parser, later).country == "US"


def test_its_state_named_in_the_story_keeps_the_small_namesake(parser):
    # "Geneva police said ... the first such case in Illinois this year."
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    illinois = scored_mention(parser, "Illinois", 40, {4: 9.0})
    prefer_prominent_readings([geneva, illinois], parser.index.places)
    assert leader(parser, geneva).country == "US"


def test_a_neighbouring_town_keeps_the_small_namesake(parser):
    # "Residents of Geneva and Batavia lined the parade route."
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    batavia = scored_mention(parser, "Batavia", 20, {3: 8.0})
    prefer_prominent_readings([geneva, batavia], parser.index.places)
    assert leader(parser, geneva).country == "US"


def test_a_story_set_in_its_country_keeps_the_small_namesake(parser):
    # "Police in Peoria and Rockford joined the search ... last seen in Geneva."
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    peoria = scored_mention(parser, "Peoria", 20, {11: 8.0})
    rockford = scored_mention(parser, "Rockford", 40, {12: 8.0})
    prefer_prominent_readings([geneva, peoria, rockford], parser.index.places)
    assert leader(parser, geneva).country == "US"


def test_a_capital_does_not_set_the_story_in_its_country(parser):
    # "Washington and Damascus sent envoys to the talks in Geneva."
    geneva = scored_mention(parser, "Geneva", 0, {1: 7.8, 2: 8.4})
    washington = scored_mention(parser, "Washington", 20, {10: 9.0})
    peoria = scored_mention(parser, "Peoria", 40, {11: 8.0})
    prefer_prominent_readings([geneva, washington, peoria], parser.index.places)
    assert leader(parser, geneva).country == "CH"


def test_a_plain_town_is_not_prominent_however_large(parser):
    # "Herders from Moro said the raiders came at night", in a story about Abuja.
    moro = scored_mention(parser, "Moro", 0, {13: 7.0, 14: 7.5})
    prefer_prominent_readings([moro], parser.index.places)
    assert leader(parser, moro).country == "NG"


def test_a_large_city_is_no_small_namesake_of_a_capital(parser):
    # "Clashes in Tripoli and Beirut": Lebanon's second city keeps its lead.
    tripoli = scored_mention(parser, "Tripoli", 0, {5: 9.0, 6: 9.5})
    beirut = scored_mention(parser, "Beirut", 20, {7: 9.0})
    prefer_prominent_readings([tripoli, beirut], parser.index.places)
    assert leader(parser, tripoli).country == "LB"


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of the United States and Russia will meet in Geneva on Thursday.",
        "The talks in Geneva, brokered by Washington, were paused after two days.",
    ],
)
def test_whole_text_keeps_geneva_in_switzerland(parser, text):
    countries = {t.country for t in parser.parse(text) if t.text == "Geneva"}
    assert countries <= {"CH"}
