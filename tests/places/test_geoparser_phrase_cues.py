"""Place evidence the entity recogniser cannot overrule, read from the phrase around a small
town's or river's name: a word for a natural feature, a road or areas after it ("the Sajur
river", "the Boali road"), a locative and "the" before a name that ends its phrase ("in the
Ogaden"), "for" after a word of fighting ("fighting for Bani Walid"), a verb of threatening or
clearing before it ("threaten Kilwa", "cleared Alafa"), and what was done to it after it
("Kucheriv Yar has been cleared")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.entities import _the_place_before
from places.geoparser.filters import Context
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Sajur", 36.6, 38.0, 5000001, "STM", "SY", "river", 0, "02"),
    PlaceInfo(2, "Boali", 4.8, 18.13, 5000002, "PPL", "CF", "settlement", 9_000, "15"),
    PlaceInfo(3, "Mereb", 14.9, 37.9, 5000003, "PPL", "ER", "settlement", 1_000, "01"),
    PlaceInfo(4, "Ogaden", 7.0, 44.0, 5000004, "RGN", "ET", "region", 0, "44"),
    PlaceInfo(5, "Vakhsh", 37.7, 68.8, 5000005, "PPL", "TJ", "settlement", 9_000, "01"),
    PlaceInfo(6, "Bani Walid", 31.76, 13.99, 5000006, "PPL", "LY", "settlement", 9_000, "52"),
    PlaceInfo(7, "Jilib", 0.49, 42.77, 5000007, "PPL", "SO", "settlement", 9_000, "08"),
    PlaceInfo(8, "Kilwa", -9.3, 28.3, 5000008, "PPL", "CD", "settlement", 9_000, "08"),
    PlaceInfo(9, "Alafa", 11.1, 13.9, 5000009, "PPL", "NG", "settlement", 900, "08"),
    PlaceInfo(10, "Kucheriv Yar", 48.6, 37.3, 5000010, "PPL", "UA", "settlement", 900, "05"),
    PlaceInfo(11, "Hausa", 12.0, 8.5, 5000011, "PPL", "NG", "settlement", 900, "08"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rebel units dug in on the far bank of the Sajur river overnight.", "Sajur"),
        ("Soldiers set up roadblocks on the Boali road before dawn.", "Boali"),
        ("Infantry waded across the shallow Mereb river near the border.", "Mereb"),
    ],
)
def test_a_word_for_a_river_road_or_valley_after_the_name(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ('"There is no foreign soldier in the Ogaden," the minister said.', "Ogaden"),
        ("Opposition units pushed across the Vakhsh and took two villages.", "Vakhsh"),
    ],
)
def test_a_locative_and_the_before_a_name_that_ends_its_phrase(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leaflets were printed in the Hausa language.", False),
        ("Leaflets were dropped in the Hausa and Kanuri areas.", False),
        ("Fighting went on in the Ogaden and Bale, diplomats said.", True),
        ("Guerrillas are active in the Ogaden.", True),
        ("He is a member of the Ogaden clan.", False),
    ],
)
def test_a_lower_case_word_after_the_name_makes_it_a_modifier(text, expected):
    ctx = Context(text)
    start = text.index("Hausa") if "Hausa" in text else text.index("Ogaden")
    end = start + len("Hausa" if "Hausa" in text else "Ogaden")
    assert _the_place_before(ctx, ctx.words_before(start, 2), end) is expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("Government forces are still fighting for Bani Walid, a commander said.", "Bani Walid"),
        ("The battle for Jilib lasted most of the week, elders said.", "Jilib"),
    ],
)
def test_for_after_a_word_of_fighting_names_the_prize(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Diplomats said the rebels could now threaten Kilwa within days.", "Kilwa"),
        ('"Our men cleared Alafa earlier this week," the colonel said.', "Alafa"),
    ],
)
def test_threatening_or_clearing_a_place_is_place_evidence(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kucheriv Yar has been cleared, the General Staff said on Monday.", "Kucheriv Yar"),
        ("Boali was overrun on Sunday after a short fight, residents said.", "Boali"),
    ],
)
def test_what_was_done_to_a_name_after_it_says_it_is_a_place(parser, text, name):
    assert name in names_found(parser, text)
