"""Lists of places the entity recogniser reads as people: a list introduced right after a word
for a region ("Hama province, including X and Y") and a list whose known member stands beyond a
name the gazetteer lacks ("X, Unknown, Sarajevo") are places; and a sentence's first word ("In")
does not grow a name the automaton found after it into a village's spelling variant."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.entities import _introduced_as_places
from places.geoparser.filters import Context
from places.normalize import name_key
from tests.places.small_gazetteer import everything_a_person, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Kafr Zayta", 35.37, 36.60, 170001, "PPLA3", "SY", "settlement", 20_000, "08"),
    PlaceInfo(2, "Hama", 35.13, 36.75, 170017, "PPLA", "SY", "settlement", 460_000, "08"),
    PlaceInfo(3, "Morek", 35.29, 36.70, 170002, "PPL", "SY", "settlement", 12_000, "08"),
    PlaceInfo(4, "Srebrenica", 44.10, 19.30, 3190001, "PPLA2", "BA", "settlement", 2_600, "02"),
    PlaceInfo(5, "Sarajevo", 43.85, 18.36, 3191281, "PPLC", "BA", "settlement", 696_731, "01"),
    PlaceInfo(6, "Bihac", 44.82, 15.87, 3204186, "PPLA2", "BA", "settlement", 61_000, "01"),
    PlaceInfo(7, "Kyiv", 50.45, 30.52, 703448, "PPLC", "UA", "settlement", 2_797_553, "12"),
    PlaceInfo(8, "Yenkiv", 49.10, 27.20, 700001, "PPLL", "UA", "settlement", 0, "09"),
    PlaceInfo(9, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
    PlaceInfo(10, "Kharkiv", 49.98, 36.25, 706483, "PPLA", "UA", "settlement", 1_430_885, "07"),
]
NAMES = [*own_names(PLACES), (1, "Kafr Zita", name_key("Kafr Zita"), "name", False)]

parser = module_parser(PLACES, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "The advance encircles the last rebel-held enclave in northern Hama province, "
        "including Morek and Kafr Zita, the monitor said.",
        "Shelling hit several villages of the Hama countryside, among them Kafr Zita, overnight.",
    ],
)
def test_a_list_introduced_right_after_a_word_for_a_region(parser, text, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert "Kafr Zita" in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, introduced",
    [
        ("The pocket, including Kafr Zita, is held by rebels.", True),
        ("The delegation, including Kafr Zita, flew home.", False),
    ],
)
def test_only_a_word_for_a_region_introduces_places(text, introduced):
    assert _introduced_as_places(Context(text), text.index("Kafr")) is introduced


@pytest.mark.parametrize(
    "text",
    [
        "It was declared a U.N. safe area together with Srebrenica, Zepa, Bihac and Sarajevo.",
        "Convoys reached Srebrenica, Gorazde and Sarajevo after the ceasefire.",
    ],
)
def test_a_list_reaches_its_known_member_across_a_name_the_gazetteer_lacks(
    parser, text, monkeypatch
):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert "Srebrenica" in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Air raid sirens sounded across Ukraine overnight. In Kyiv, debris fell on a school.",
        "Ukraine's air force said drones were downed over Kharkiv. At Kyiv, power was cut.",
    ],
)
def test_a_sentences_first_word_does_not_make_a_capital_a_village(parser, text):
    kyiv = next(t for t in parser.parse(text) if "Kyiv" in t.text)
    assert (kyiv.text, kyiv.name) == ("Kyiv", "Kyiv")
