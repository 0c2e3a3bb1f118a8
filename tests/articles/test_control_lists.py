"""Control observations over lists of places: a list after "much of X, including", a listed name
led by its kind ("the port city of X"), "took over parts of X", a unit's name in a list, and "the
town" read as the place a change told before it in the sentence. Each rule is read in at least
two differently worded phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Al-Shabaab still controls much of the south, including the port city of Kismayo and "
            "the towns of Merca and Barawe.",
            ["Kismayo", "Merca", "Barawe"],
        ),
        (
            "The Houthis still hold large parts of the north, such as the city of Saada and the "
            "district of Harf Sufyan.",
            ["Saada", "Harf Sufyan"],
        ),
    ],
)
def test_a_list_after_much_of_a_region(dictionary, text, places):
    assert [r[0] for r in rows(text, dictionary)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "M23 rebels have seized large areas of Rutshuru, including the border town of "
            "Bunagana.",
            ["Rutshuru", "Bunagana"],
        ),
        (
            "Islamic State fighters captured several villages, including the farming village of "
            "Tal Afar and Sinjar.",
            ["Tal Afar", "Sinjar"],
        ),
    ],
)
def test_a_listed_name_led_by_its_kind(dictionary, text, places):
    assert [r[0] for r in rows(text, dictionary)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Grand Ravine gang members took over parts of Fort-National and Bel-Air, residents "
            "said.",
            ["Fort-National", "Bel-Air"],
        ),
        ("M23 fighters have taken over Rubaya, a local official said.", ["Rubaya"]),
    ],
)
def test_took_over_is_a_taking(dictionary, text, places):
    assert [(r[0], r[2]) for r in rows(text, dictionary)] == [(p, "capture") for p in places]


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army captured the last positions in Paletwa, including the base of Light "
        "Infantry Battalion 289.",
        "The Arakan Army seized several bases, including Military Operations Command 15 and "
        "Paletwa.",
    ],
)
def test_a_unit_named_in_a_list_is_no_place(dictionary, text):
    assert not any("Battalion" in r[0] or "Command" in r[0] for r in rows(text, dictionary))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Al-Qaeda in the Arabian Peninsula seized Mukalla, the capital of Hadramawt "
            "province, in April, taking over the port.",
            "Mukalla",
        ),
        (
            "Houthi fighters overran Hazm, a city near the Saudi border with Najran, and took "
            "control of the town.",
            "Hazm",
        ),
    ],
)
def test_the_town_is_the_place_taken_before_in_the_sentence(dictionary, text, place):
    assert {r[0] for r in rows(text, dictionary)} == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Rapid Support Forces took control of the headquarters of the Sudanese army's "
            "20th Infantry Division in Ed Daein on Tuesday.",
            "Ed Daein",
        ),
        (
            "Arakan Army fighters overran the base of the Myanmar army's western regional "
            "military command in Ann, residents said.",
            "Ann",
        ),
    ],
)
def test_a_facility_named_at_length_is_in_its_place(dictionary, text, place):
    assert [r[0] for r in rows(text, dictionary)] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Only El Fasher, the capital of North Darfur, remains in the hands of the Sudanese "
            "Armed Forces.",
            "El Fasher",
        ),
        ("Kidal, a town near the Algerian border, fell to Ansar Dine on Friday.", "Kidal"),
    ],
)
def test_the_place_before_its_appositive_is_the_one_held(dictionary, text, place):
    assert [r[0] for r in rows(text, dictionary)] == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Kurdistan Workers' Party fighters overran Şemdinli and Çukurca on Monday, residents "
            "said.",
            ["Şemdinli", "Çukurca"],
        ),
        (
            "Islamic State fighters seized the villages of Kocho, Ömerli and Tal Qasab after "
            "a night of shelling.",
            ["Kocho", "Ömerli", "Tal Qasab"],
        ),
    ],
)
def test_a_name_with_an_accented_capital(dictionary, text, places):
    # "Şemdinli", "Ömerli": a capital outside A-Z starts a name, alone or inside a list
    assert [r[0] for r in rows(text, dictionary)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Konna, Douentza and Gao fell to the MUJAO on Monday.", ["Konna", "Douentza", "Gao"]),
        (
            "Kidal, Gao and Timbuktu were captured by Ansar Dine last week.",
            ["Kidal", "Gao", "Timbuktu"],
        ),
        ("Mopti and Sevare remain in the hands of the Malian army.", ["Mopti", "Sevare"]),
    ],
)
def test_a_list_before_its_trigger_names_each_place(dictionary, text, places):
    assert [r[0] for r in rows(text, dictionary)] == places


def test_a_name_setting_the_scene_opens_no_list(dictionary):
    text = "In Mali, Gao and Timbuktu fell to Ansar Dine last week."
    assert [r[0] for r in rows(text, dictionary)] == ["Gao", "Timbuktu"]
