"""Transliterated names in the spellings English copy uses, when the gazetteer has another one."""

from __future__ import annotations

import pytest

from places.geoparser import Geoparser, PlaceInfo
from places.geoparser.variants import VARIANT_CEILING, variant_key
from places.normalize import name_key
from tests.places.small_gazetteer import geoparser_over, module_parser, own_names

# The gazetteer's spellings (GeoNames), each pair's other spelling left out on purpose.
PLACES = [
    PlaceInfo(1, "Al Hudaydah", 14.798, 42.954, 79415, "PPLA", "YE", "settlement", 617_871, "08"),
    PlaceInfo(2, "Avdiyivka", 48.139, 37.742, 713174, "PPL", "UA", "settlement", 34_938, "14"),
    PlaceInfo(3, "Marib", 15.462, 45.325, 72966, "PPLA", "YE", "settlement", 16_794, "14"),
    PlaceInfo(4, "Qunduz", 36.728, 68.857, 1135689, "PPLA", "AF", "settlement", 268_893, "24"),
    PlaceInfo(
        5, "Qal'ah-ye Now", 34.985, 63.133, 1135158, "PPLA", "AF", "settlement", 64_125, "02"
    ),
    PlaceInfo(6, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_498_687, ""),
    PlaceInfo(7, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_622_516, ""),
    PlaceInfo(8, "Afghanistan", 33.0, 66.0, 1149361, "PCLI", "AF", "country", 37_172_386, ""),
    PlaceInfo(9, "Tell Abyad", 36.697, 38.957, 163811, "PPL", "SY", "settlement", 14_825, "04"),
    # A New York town: no variants outside the countries where transliterations vary.
    PlaceInfo(10, "Millbrook", 41.785, -73.694, 5127134, "PPL", "US", "settlement", 1_452, "NY"),
]
NAMES = [*own_names(PLACES), (1, "Hudaydah", name_key("Hudaydah"), "name", False)]

parser = module_parser(PLACES, NAMES)


def found(parser, text):
    return {t.text: t for t in parser.parse(text)}


@pytest.mark.parametrize(
    "news, gazetteer",
    [
        ("Hodeidah", "Hudaydah"),
        ("Avdiivka", "Avdiyivka"),
        ("Ma'rib", "Marib"),
        ("Kunduz", "Qunduz"),
        ("Qala-i-Naw", "Qal'ah-ye Now"),
        ("Ben Jawad", "Bin Jawwad"),
        ("Qamishli", "Qamishly"),
        ("Sheikh Maqsoud", "Shaykh Maqsud"),
        ("Deir al-Balah", "Deir el-Balah"),  # an article inside the name
        ("Khan al-Ahmar", "Khan el Ahmar"),
        ("Qasr Ben Gashir", "Qaşr Bin Ghashīr"),  # gh/g
        ("Ghardabiya", "Gardabiya"),
        ("Kyaukphyu", "Kyaukpyu"),  # Burmese ph/hp/p
        ("Hpakant", "Phakant"),
        ("Banibangou", "Bani Bangou"),  # one word or two
        ("Pétion-Ville", "Pétionville"),
        ("Ain Issa", "‘Ayn ‘Īsá"),  # the letter ayn as Ain, Ayn or Ein
        ("Ein Issa", "Ayn Isa"),
        ("El Dher", "Ceeldheer"),  # Somali Ceel- is El-
        ("El Bur", "Ceelbuur"),
        ("Sharqat", "Ash Sharqat"),  # the sun-letter article ash-/ath-/adh-
        ("Khab wa Shaaf", "Khabb wa ash Sha'af"),
    ],
)
def test_real_spelling_pairs_fold_to_one_variant_key(news, gazetteer):
    assert variant_key(name_key(news)) == variant_key(name_key(gazetteer))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Aden", "Adan"),
        ("Homs", "Hama"),
        ("Raqqa", "Ruqqa"),
        ("Kabul", "Kobani"),
        ("Ain Zara", "Inzara"),
        ("Celaya", "Aya"),
    ],
)
def test_different_names_stay_apart(one, other):
    assert variant_key(name_key(one)) != variant_key(name_key(other))


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        # "Hodeidah" itself is an alias in common_names.tsv: found as a name, not a variant.
        ("Houthi forces shelled Hodaydah, Yemen, on Tuesday.", "Hodaydah", 79415),
        ("Russian troops advanced on Avdiivka in eastern Ukraine.", "Avdiivka", 713174),
        ("Fighting in Qala-i-Naw, Afghanistan, left four dead.", "Qala-i-Naw", 1135158),
    ],
)
def test_a_variant_spelling_is_found_with_a_lower_confidence(parser, text, name, geonameid):
    toponym = found(parser, text)[name]
    assert toponym.geonameid == geonameid
    assert toponym.confidence <= VARIANT_CEILING
    assert toponym.method.endswith("+variant")


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        ("Fighting in Ma'rib, Yemen, continued.", "Ma'rib", 72966),  # the same key: an apostrophe
        ("The Taliban entered Kunduz in Afghanistan.", "Kunduz", 1135689),  # the same key: q/k
    ],
)
def test_a_spelling_the_name_key_already_folds_is_found_as_that_name(parser, text, name, geonameid):
    toponym = found(parser, text)[name]
    assert toponym.geonameid == geonameid
    assert toponym.confidence <= VARIANT_CEILING  # still a spelling the gazetteer does not list


def test_the_gazetteers_own_spelling_keeps_its_confidence(parser):
    exact = found(parser, "Houthi forces shelled Hudaydah in Yemen.")["Hudaydah"]
    variant = found(parser, "Houthi forces shelled Hodaydah in Yemen.")["Hodaydah"]
    assert exact.geonameid == variant.geonameid == 79415
    assert variant.confidence < exact.confidence


def _with_a_foreign_avdiivka(population: int, code: str = "PPL") -> Geoparser:
    places = [
        *PLACES,
        PlaceInfo(12, "Avdiivka", 40.0, -80.0, 9000003, code, "US", "settlement", population, "PA"),
    ]
    names = [*NAMES, (12, "Avdiivka", name_key("Avdiivka"), "name", True)]
    return geoparser_over(places, names)


def test_no_variant_where_the_exact_spelling_names_a_place():
    """The exact spelling names a place elsewhere and the story is about no country with a
    spelling of it: the exact spelling stands."""
    toponym = found(_with_a_foreign_avdiivka(700), "Troops advanced on Avdiivka.")["Avdiivka"]
    assert toponym.geonameid == 9000003 and not toponym.method.endswith("+variant")


@pytest.mark.parametrize(
    "text", ["Troops advanced on Avdiivka in Ukraine.", "Ukraine said it still held Avdiivka."]
)
def test_a_minor_town_abroad_gives_way_to_the_spelling_at_home(text):
    """A small town abroad under the exact spelling is no reading in a story about the country
    of a place the name folds to."""
    toponym = found(_with_a_foreign_avdiivka(700), text)["Avdiivka"]
    assert toponym.geonameid == 713174 and toponym.method.endswith("+variant")


def test_a_major_city_abroad_keeps_its_exact_spelling():
    toponym = found(_with_a_foreign_avdiivka(250_000), "Troops advanced on Avdiivka in Ukraine.")
    assert toponym["Avdiivka"].geonameid == 9000003


def test_no_variants_outside_the_transliteration_countries_or_for_common_words(parser):
    assert found(parser, "The fair in Millbruk opened.") == {}  # o/u, but a New York town
    assert found(parser, "Now the Said and Tal bids rose.") == {}


def test_a_variant_needs_a_story_about_its_country(parser):
    assert "Hodaydah" not in found(parser, "Officials in Ukraine met Hodaydah on Tuesday.")
    assert "Hodaydah" in found(parser, "Officials in Yemen met in Hodaydah on Tuesday.")


SHADOWED = [
    PlaceInfo(1, "Tall Rif‘at", 36.47, 37.10, 163000, "PPLA3", "SY", "settlement", 25_658, "01"),
    PlaceInfo(2, "Tal", 29.0, 70.0, 1164000, "PPL", "PK", "settlement", 2_000, "04"),
    PlaceInfo(3, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(4, "Debre Mark’os", 10.35, 37.72, 334000, "PPL", "ET", "settlement", 140_700, "03"),
    PlaceInfo(5, "Debre", 9.0, 38.0, 334001, "PPL", "ET", "settlement", 900, "03"),
    PlaceInfo(6, "Ethiopia", 9.0, 39.5, 337996, "PCLI", "ET", "country", 110_000_000, ""),
    PlaceInfo(7, "'Ārdamatā", 13.47, 22.47, 379000, "PPL", "SD", "settlement", 55_637, "55"),
    PlaceInfo(8, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_000_000, ""),
]


shadowed = module_parser(SHADOWED, use_parse=False)


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        ("Turkish-backed factions in Syria captured the town of Tal Rifaat.", "Tal Rifaat", 163000),
        ("Fano fighters entered Debre Markos, Ethiopia, on Sunday.", "Debre Markos", 334000),
    ],
)
def test_a_longer_name_wins_over_a_shorter_one_inside_it(shadowed, text, name, geonameid):
    toponyms = {t.text: t for t in shadowed.parse(text)}
    assert toponyms[name].geonameid == geonameid
    assert not {"Tal", "Debre"} & toponyms.keys()


@pytest.mark.parametrize(
    "text",
    [
        "The RSF said it had taken the army's main base in Ardamata, in Sudan's West Darfur.",
        "Survivors who fled Ardamata reached the border of Sudan and Chad on foot.",
    ],
)
def test_a_name_with_a_leading_ayn_is_found_without_it(shadowed, text):
    toponyms = {t.text: t for t in shadowed.parse(text)}
    assert toponyms["Ardamata"].geonameid == 379000


@pytest.mark.parametrize(
    "text",
    [
        "HODAYDAH, Yemen (Reuters) - Houthi forces shelled the port on Tuesday.",
        "HODAYDAH, Yemen — Houthi forces shelled the port on Tuesday, residents said.",
    ],
)
def test_a_dateline_in_a_variant_spelling(parser, text):
    toponym = found(parser, text)["HODAYDAH"]
    assert toponym.geonameid == 79415
    assert toponym.confidence <= VARIANT_CEILING


# Vietnam and the Koreas (GeoNames' spellings): English copy joins the Vietnamese syllables and
# writes Korean names in McCune-Reischauer, the gazetteer in the Revised Romanisation.
EAST_ASIA = [
    PlaceInfo(1, "Kon Tum", 14.355, 108.008, 1578500, "PPLA", "VN", "settlement", 205_762, "55"),
    PlaceInfo(2, "Da Nang", 16.068, 108.221, 1583992, "PPLA", "VN", "settlement", 752_493, "78"),
    PlaceInfo(3, "Vietnam", 16.0, 106.0, 1562822, "PCLI", "VN", "country", 96_000_000, ""),
    PlaceInfo(4, "Yeongdong", 36.175, 127.776, 1832084, "PPLA2", "KR", "settlement", 0, "12"),
    PlaceInfo(5, "Yeongju", 36.806, 128.624, 1832015, "PPLA2", "KR", "settlement", 0, "14"),
    PlaceInfo(6, "Hongseong", 36.601, 126.661, 1843702, "PPLA2", "KR", "settlement", 0, "17"),
    PlaceInfo(7, "South Korea", 36.5, 127.75, 1835841, "PCLI", "KR", "country", 51_000_000, ""),
]

east_asia = module_parser(EAST_ASIA)


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        ("North Vietnamese tanks closed on Kontum, Vietnam, on Sunday.", "Kontum", 1578500),
        ("Marines came ashore near Danang in South Vietnam in 1965.", "Danang", 1583992),
        ("The division fell back from Yongdong, South Korea, toward Taegu.", "Yongdong", 1832084),
        ("Refugees crowded the road south of Yongju in South Korea.", "Yongju", 1832015),
    ],
)
def test_vietnamese_and_korean_romanisations_are_found(east_asia, text, name, geonameid):
    toponym = found(east_asia, text)[name]
    assert toponym.geonameid == geonameid
    assert toponym.method.endswith("+variant")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese troops overran Hoengsong in South Korea in February.",
        "The column withdrew through Hoengsong, South Korea, under fire.",
    ],
)
def test_a_korean_name_is_not_read_by_its_consonants(east_asia, text):
    """Korean vowels tell places apart: Hoengsong is not Hongseong, 130 km away."""
    assert "Hoengsong" not in found(east_asia, text)
