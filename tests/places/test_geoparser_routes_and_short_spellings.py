"""Places the rules used to drop or miss although the gazetteer has them: both ends of a route
written as a hyphenated pair ("the Mandalay-Lashio highway"), four-letter spellings the name key
already folds ("Raqa" for Raqqa), a longer spelling folding onto a four-letter name ("Souki" for
As Suki), lists introduced by "starting with", and appositives that call the name a terminal or
an airport."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.entities import _PLACE_APPOSITIVE, _introduced_as_places
from places.geoparser.filters import Context
from places.geoparser.variants import VARIANT_CEILING
from places.normalize import name_key
from tests.places.small_gazetteer import geoparser_over, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Mandalay", 21.975, 96.083, 1311874, "PPLA", "MM", "settlement", 1_208_099, "04"),
    PlaceInfo(2, "Lashio", 22.933, 97.75, 1312609, "PPL", "MM", "settlement", 88_590, "17"),
    PlaceInfo(3, "Myanmar", 21.0, 96.0, 1327865, "PCLI", "MM", "country", 53_000_000, ""),
    PlaceInfo(4, "Damascus", 33.51, 36.29, 170654, "PPLC", "SY", "settlement", 1_569_394, "13"),
    PlaceInfo(5, "Homs", 34.727, 36.723, 169577, "PPLA", "SY", "settlement", 775_404, "11"),
    PlaceInfo(6, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(7, "Raqqa", 35.953, 39.009, 172955, "PPLA", "SY", "settlement", 177_636, "04"),
    PlaceInfo(8, "As Suki", 13.3, 33.9, 367001, "PPL", "SD", "settlement", 35_000, "36"),
    PlaceInfo(9, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_000_000, ""),
    PlaceInfo(10, "Kyiv", 50.45, 30.52, 703448, "PPLC", "UA", "settlement", 2_797_553, "12"),
    PlaceInfo(11, "Odesa", 46.48, 30.73, 698740, "PPLA", "UA", "settlement", 1_001_558, "17"),
    PlaceInfo(12, "Mykolaiv", 46.97, 32.0, 700569, "PPLA", "UA", "settlement", 470_011, "16"),
    PlaceInfo(13, "Kryvyi Rih", 47.91, 33.39, 703845, "PPLA2", "UA", "settlement", 603_904, "04"),
    PlaceInfo(14, "Zaporizhzhia", 47.82, 35.19, 687700, "PPLA", "UA", "settlement", 710_052, "26"),
]

parser = module_parser(PLACES)


def found(parser, text):
    return {t.text: t for t in parser.parse(text, use_parse=False)}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Troops in Myanmar advanced along the Mandalay-Lashio highway towards the border.",
            {"Mandalay", "Lashio"},
        ),
        (
            "Government forces in Syria took the towns along the Damascus-Homs road last week.",
            {"Damascus", "Homs"},
        ),
        ("The first Kyiv-Odesa train since the strike left on time.", {"Kyiv", "Odesa"}),
    ],
)
def test_both_ends_of_a_hyphenated_route_are_places(parser, text, names):
    assert names <= set(found(parser, text))


# A front's "direction" in military briefings, with a second name of two words.
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ukrainian units attacked in the Mykolaiv-Kryvyi Rih direction and were repelled, "
            "the Russian defence ministry said on Tuesday.",
            {"Mykolaiv", "Kryvyi Rih"},
        ),
        (
            "Fighting intensified overnight on the Zaporizhzhia-Kryvyi Rih direction, Ukraine's "
            "general staff said in its morning update.",
            {"Zaporizhzhia", "Kryvyi Rih"},
        ),
    ],
)
def test_both_ends_of_a_fronts_direction_are_places(parser, text, names):
    assert names <= set(found(parser, text))


def test_a_hyphenated_pair_without_a_route_word_is_still_one_name(parser):
    assert "Lashio" not in found(parser, "Shares of Mandalay-Lashio Holdings rose on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish-led forces in Syria cut the supply line to the jihadists' stronghold of Raqa.",
        "The fighters withdrew towards Raqa, the group's de facto capital in Syria.",
    ],
)
def test_a_four_letter_spelling_the_key_folds_is_that_name(parser, text):
    raqa = found(parser, text)["Raqa"]
    assert raqa.geonameid == 172955
    assert raqa.confidence <= VARIANT_CEILING


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army said on Tuesday it had reached Souki, 40 km north of Singa.",
        "In Sudan, residents of Souki fled east as the fighting drew near.",
    ],
)
def test_a_longer_spelling_folds_onto_a_four_letter_name(parser, text):
    assert found(parser, text)["Souki"].geonameid == 367001


def test_a_four_letter_spelling_is_not_folded_further(parser):
    assert "Soki" not in found(parser, "In Sudan, the Soki market reopened.")  # o/u: As Suki


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Russians will try to roll up the villages to the north, starting with "
            "Bohoiavlenka, an analyst said.",
            "Bohoiavlenka",
        ),
        (
            "Militants overran several border posts and towns, beginning with Kablewa, "
            "officials said.",
            "Kablewa",
        ),
    ],
)
def test_a_list_of_places_introduced_by_starting_with(text, name):
    assert _introduced_as_places(Context(text), text.index(name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Brega, the fourth terminal in the oil crescent, was calm on Monday.", "Brega"),
        ("Mitiga, the capital's only working airport, closed again on Sunday.", "Mitiga"),
    ],
)
def test_an_appositive_that_calls_the_name_a_terminal_or_an_airport(text, name):
    end = text.index(name) + len(name)
    assert _PLACE_APPOSITIVE.match(text, end, end + 80)


@pytest.mark.parametrize(
    "text, name",
    [
        ("In Ukraine, Eggers tried to get hold of Bell's hands in the dark.", "Bell's"),
    ],
)
def test_a_four_letter_key_a_place_elsewhere_shares_is_no_variant(text, name):
    assert name not in found(geoparser_over(*_SHARED_KEYS), text)


def test_a_shared_key_is_still_the_major_place_at_home():
    """ "Raqa" (key "raka", shared with an American village) in a story about Syria is the
    city whose key it is: an exact key read as a major place at home (`EXACT_MARK`)."""
    text = "Kurdish-led forces in Syria cut the road to Raqa on Monday."
    top = found(geoparser_over(*_SHARED_KEYS), text)["Raqa"]
    assert (top.name, top.country) == ("Raqqa", "SY")


def _shared_keys():
    places = [
        *PLACES,
        PlaceInfo(20, "Belz", 50.38, 24.01, 710001, "PPL", "UA", "settlement", 2_400, "46"),
        PlaceInfo(21, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
        PlaceInfo(22, "Bells", 35.71, -89.09, 4604001, "PPL", "US", "settlement", 2_400, "TN"),
        PlaceInfo(23, "Raka", 39.0, -90.0, 4604002, "PPL", "US", "settlement", 600, "IL"),
    ]
    names = own_names(places)
    names.append((20, "Bels", name_key("Bels"), "name", False))  # the Ukrainian town's other name
    return places, names


_SHARED_KEYS = _shared_keys()


SYRIA = [
    PlaceInfo(30, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(31, "An Nabk", 34.024, 36.728, 167000, "PPLA2", "SY", "settlement", 32_548, "13"),
    PlaceInfo(32, "‘Ayn ‘Īsá", 36.385, 38.859, 172000, "PPLA3", "SY", "settlement", 0, "04"),
    # the same town from another source, 1 km off: one place for the variant
    PlaceInfo(33, "Ein Issa", 36.39, 38.87, None, "PPLL", "SY", "settlement", 0, "04"),
    PlaceInfo(34, "Al Hasakah", 36.5, 40.75, 173000, "PPLA", "SY", "settlement", 188_000, "03"),
]


syria = module_parser(SYRIA)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces in Syria took the towns of Qara and Nabk along the highway.",
        "In Syria, the army said Nabk had been cleared of militants.",
    ],
)
def test_a_four_letter_name_is_found_after_its_dropped_article(syria, text):
    assert found(syria, text)["Nabk"].geonameid == 167000


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish-led forces in Syria advanced towards Ain Issa on Monday.",
        "Shelling hit Ayn Isa, north of Raqqa in Syria, overnight.",
    ],
)
def test_the_letter_ayn_written_ain_ayn_or_ein(syria, text):
    name = "Ain Issa" if "Ain Issa" in text else "Ayn Isa"
    toponym = found(syria, text)[name]
    assert toponym.lat == pytest.approx(36.39, abs=0.05)
