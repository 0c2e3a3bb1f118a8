"""The geoparser on strings, against a tiny hand-made gazetteer (no database)."""

from __future__ import annotations

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Paris", 48.853, 2.349, 2988507, "PPLC", "FR", "settlement", 2_138_551, "11"),
    PlaceInfo(2, "Paris", 33.661, -95.556, 4717560, "PPLA2", "US", "settlement", 24_782, "TX"),
    PlaceInfo(3, "France", 46.0, 2.0, 3017382, "PCLI", "FR", "country", 66_987_244, ""),
    PlaceInfo(4, "Texas", 31.25, -99.25, 4736286, "ADM1", "US", "admin", 0, "TX"),
    PlaceInfo(5, "United States", 39.76, -98.5, 6252001, "PCLI", "US", "country", 327_167_434, ""),
    PlaceInfo(6, "Dallas", 32.78, -96.81, 4684888, "PPLA2", "US", "settlement", 1_300_092, "TX"),
    PlaceInfo(7, "Anger", 47.2, 15.7, 2782555, "PPL", "AT", "settlement", 4_000, "06"),
    PlaceInfo(8, "Jennifer", 31.0, -85.0, 4000001, "PPL", "US", "settlement", 800, "AL"),
    PlaceInfo(9, "Mobile", 30.694, -88.043, 4076598, "PPLA2", "US", "settlement", 190_000, "AL"),
    PlaceInfo(10, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(11, "Euphrates", 35.5, 39.5, None, "STM", "", "river", 0, ""),
    PlaceInfo(12, "Of", 40.9, 40.3, 741100, "PPLA2", "TR", "settlement", 12_000, "61"),
]
NAMES = [
    *own_names(PLACES),
    (5, "US", name_key("US"), "abbr", False),
    (10, "Syrian", name_key("Syrian"), "demonym", False),
]

parser = module_parser(PLACES, NAMES)


def places(parser, text):
    return [(t.text, t.country, t.kind) for t in parser.parse(text)]


def test_it_picks_paris_france_by_default_and_with_france_in_context(parser):
    [paris] = [
        t for t in parser.parse("The summit opened in Paris on Monday.") if t.text == "Paris"
    ]
    assert paris.country == "FR"
    assert paris.geonameid == 2988507


def test_it_picks_paris_texas_from_containment(parser):
    tops = parser.parse("A tornado hit Paris, Texas, on Sunday night.")
    paris = next(t for t in tops if t.text == "Paris")
    assert (paris.country, paris.geonameid) == ("US", 4717560)
    assert paris.method == "containment"
    assert any(t.text == "Texas" and t.kind == "admin" for t in tops)


def test_it_picks_paris_texas_from_document_focus(parser):
    text = (
        "Storms crossed Texas on Sunday. Officials in Dallas said roads were closed. "
        "In Paris, the fire department reported flooding."
    )
    paris = next(t for t in parser.parse(text) if t.text == "Paris")
    assert paris.country == "US"


def test_it_gives_one_sense_per_document(parser):
    text = "A tornado hit Paris, Texas. Later that day Paris reopened its schools."
    senses = {t.geonameid for t in parser.parse(text) if t.text == "Paris"}
    assert senses == {4717560}


def test_it_rejects_false_friends(parser):
    text = (
        'Jennifer Cafarella said the "Euphrates Anger" campaign began. Of course, '
        "the Anger of the crowd grew."
    )
    found = places(parser, text)
    assert not any(t[0] in ("Jennifer", "Anger", "Of") for t in found), found


def test_it_keeps_a_capitalised_common_word_with_locative_context(parser):
    found = places(parser, "The ship docked in Mobile after the storm.")
    assert ("Mobile", "US", "settlement") in found


def test_it_recognises_demonyms_and_marks_them(parser):
    [syrian] = [
        t
        for t in parser.parse("Thousands of displaced Syrian families waited.")
        if t.text == "Syrian"
    ]
    assert syrian.is_demonym and syrian.country == "SY"


def test_it_keeps_directional_qualifiers(parser):
    [syria] = parser.parse("Fighting continued in northern Syria.")
    assert (syria.text, syria.qualifier, syria.precision) == ("Syria", "northern", 3)


def test_it_matches_whole_words_only(parser):
    assert places(parser, "Parisian cafés and Texans.") == []


def test_it_needs_a_cue_for_a_bare_river_name(parser):
    assert places(parser, "Euphrates said nothing.") == []
    found = parser.parse("Forces crossed the Euphrates at dawn.")
    assert [(t.text, t.kind) for t in found] == [("Euphrates", "river")]


def test_it_gives_offsets_into_the_text(parser):
    text = "Flooding in Paris, Texas."
    for t in parser.parse(text):
        assert text[t.start : t.end] == t.text
        assert 0 <= t.confidence <= 1


def test_it_keeps_a_place_that_names_an_organisation(parser):
    found = places(parser, "The Dallas Police Department said roads were closed.")
    assert ("Dallas", "US", "settlement") in found


def test_it_treats_a_name_used_for_a_person_as_that_person_everywhere(parser):
    text = "Coach Anthony Dallas arrived. Later, flights to Dallas were delayed."
    # Dallas is a big city: only the person-context mention is dropped, never the city itself.
    assert [(t.text, t.start) for t in parser.parse(text)] == [("Dallas", text.rindex("Dallas"))]
    small = "Reporter Mike Jennifer wrote the story. Jennifer added that the vote was close."
    assert places(parser, small) == []


def test_it_reads_datelines_in_capitals(parser):
    [dallas] = parser.parse("DALLAS, Texas -- Officials met on Monday.")[:1]
    assert (dallas.text, dallas.country) == ("DALLAS", "US")


def test_it_ignores_a_place_name_inside_a_disease_name(parser):
    assert places(parser, "Cases of Paris virus were reported.") == []


def test_it_finds_nothing_with_an_empty_gazetteer():
    assert Geoparser(GazetteerIndex.build([], [])).parse("Raqqa and Mosul") == []
