"""Villages, camps and bases the gazetteer lacks, named as such by the text, are placed at a town
of the story's country: near it, below the review threshold, replacing a doubtful namesake read
in another country."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.districts import CONFIDENCE
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Khasavyurt", 43.25, 46.59, 540000, "PPLA2", "RU", "settlement", 141_000, "17"),
    PlaceInfo(2, "Russia", 60.0, 100.0, 2017370, "PCLI", "RU", "country", 144_000_000, ""),
    PlaceInfo(3, "Goma", -1.68, 29.23, 216281, "PPLA", "CD", "settlement", 670_000, "19"),
    PlaceInfo(4, "Rutshuru", -1.19, 29.45, 205000, "PPL", "CD", "settlement", 30_000, "19"),
    PlaceInfo(5, "Congo", -2.88, 23.66, 203312, "PCLI", "CD", "country", 90_000_000, ""),
    PlaceInfo(6, "Um Rawaba", 12.9, 31.21, 366000, "PPL", "SD", "settlement", 50_000, "41"),
    PlaceInfo(7, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_000_000, ""),
    # a namesake abroad a village of the story would otherwise be read as
    PlaceInfo(8, "Kareto", 34.5, 69.2, 900001, "PPLL", "AF", "settlement", 0, "13"),
    PlaceInfo(9, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 1_100_000, "05"),
    PlaceInfo(10, "Nigeria", 10.0, 8.0, 2328926, "PCLI", "NG", "country", 200_000_000, ""),
    PlaceInfo(11, "Kinshasa", -4.32, 15.31, 2314302, "PPLC", "CD", "settlement", 11_000_000, "06"),
    # across the border of a Nigerian story
    PlaceInfo(12, "Diffa", 13.32, 12.61, 2445704, "PPLA", "NE", "settlement", 48_000, "02"),
    PlaceInfo(13, "Niger", 17.0, 9.0, 2440476, "PCLI", "NE", "country", 24_000_000, ""),
    PlaceInfo(14, "Chad", 15.0, 19.0, 2434508, "PCLI", "TD", "country", 17_000_000, ""),
]
parser = module_parser(PLACES, use_parse=False, stop_phrases=["al-Shabaab", "Boko Haram"])


def sites(parser, text):
    return {t.text: t for t in parser.parse(text) if t.method == "site"}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Rebels near Khasavyurt in Russia seized the villages of Shushiya and Akhar overnight.",
            {"Shushiya", "Akhar"},
        ),
        (
            "Troops from Khasavyurt retook the nearby village of Tukhchar, Russia's army said.",
            {"Tukhchar"},
        ),
        (
            "The SRF said it had taken Allah Kariem, a village on the road south of Um Rawaba.",
            {"Allah Kariem"},
        ),
        (
            "Troops near Khasavyurt pushed the rebels out of Shushiya and Akhar, two villages "
            "on the ridge.",
            {"Shushiya", "Akhar"},
        ),
        ("Rebels from Um Rawaba were killed in Abu Kershola town during a raid.", {"Abu Kershola"}),
    ],
)
def test_a_village_the_text_names_as_such_is_placed_at_a_story_town(parser, text, names):
    found = sites(parser, text)
    assert names <= found.keys()
    for name in names:
        assert (found[name].name, found[name].precision) == (name, 2)
        assert found[name].confidence <= CONFIDENCE  # the review queue gives it its own point


@pytest.mark.parametrize(
    "text, name, point",
    [
        (
            "Families in Goma crowded into the Kanyaruchinya camp north of the city.",
            "Kanyaruchinya",
            (-1.68, 29.23),
        ),
        (
            "Rebels overran Camp Swahili near Rutshuru in Congo, the army said.",
            "Camp Swahili",
            (-1.19, 29.45),
        ),
        (
            "In Congo, rebels encircled the army camp at Kabuhanga near Rutshuru.",
            "Kabuhanga",
            (-1.19, 29.45),
        ),
    ],
)
def test_camps_and_bases_are_placed_at_the_town_of_their_sentence(parser, text, name, point):
    site = sites(parser, text)[name]
    assert (site.country, site.lat, site.lon) == ("CD", *point)


@pytest.mark.parametrize(
    "text",
    [
        "Troops advancing from the army camps at Kabuhanga and Kibati entered Rutshuru, Congo.",
        "Rebels attacked a border post at Kabuhanga north of Rutshuru, Congo's army said.",
    ],
)
def test_sites_after_a_word_for_a_post_or_camp(parser, text):
    assert "Kabuhanga" in sites(parser, text)


def test_a_site_no_sentence_places_lies_at_the_story_towns_not_the_capital(parser):
    text = (
        "Officials in Kinshasa said on Monday that fighting had spread. In Kinshasa, the "
        "minister spoke. Rebels near Rutshuru and Goma, Congo, shelled the roads.\n"
        "Thousands fled the Kanyaruchinya camp."
    )
    site = sites(parser, text)["Kanyaruchinya"]
    assert (site.lat, site.lon) in ((-1.19, 29.45), (-1.68, 29.23))  # Rutshuru or Goma


def test_the_town_in_the_same_sentence_gives_the_point(parser):
    text = (
        "Goma was calm on Monday. Rebels near Rutshuru overran the Kanyaruchinya camp. "
        "Aid reached Goma by evening, and Goma's mayor spoke."
    )
    site = sites(parser, text)["Kanyaruchinya"]
    assert (site.lat, site.lon) == (-1.19, 29.45)  # Rutshuru, not the story's main town Goma


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents from Maiduguri in Nigeria attacked Kareto, a village near the Niger border.",
        "Nigeria's army said Boko Haram attacked a base in Kareto, north of Maiduguri.",
    ],
)
def test_a_doubtful_namesake_abroad_gives_way_to_the_village(parser, text):
    kareto = next(t for t in parser.parse(text) if t.text == "Kareto")
    assert kareto.country == "NG" and kareto.method == "site"


@pytest.mark.parametrize(
    "text",
    [
        "In Goma, Congo, said Jean Bosco, a village elder, the rebels had fled.",
        "Officials in Goma, Congo, said an al-Shabaab camp was not the issue; Boko Haram camp too.",
    ],
)
def test_people_and_actors_are_no_sites(parser, text):
    assert not sites(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops near Rutshuru in Congo captured a FDLR camp and burned the Kurdish camp.",
        "Near Goma in Congo, fighters overran the Salafist camp beside the Sufi shrine.",
        "Troops took full control of the Congolese town of Rutshuru on Thursday.",
    ],
)
def test_a_word_that_says_whose_the_site_is_is_no_site(parser, text):
    assert not sites(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Nigeria's army said troops in Maiduguri had repelled an attack. Thousands of "
            "refugees crowded into the Assaga camp near Diffa, aid workers said.",
            "Assaga",
        ),
        (
            "Soldiers in Maiduguri, Nigeria, said the insurgents had fled. Families from "
            "Maiduguri reached Kabelawa, a village outside Diffa, on Monday.",
            "Kabelawa",
        ),
    ],
)
def test_a_site_the_text_locates_by_a_town_across_the_border_is_placed_there(parser, text, name):
    site = sites(parser, text)[name]
    assert (site.country, site.lat, site.lon) == ("NE", 13.32, 12.61)  # Diffa, not Maiduguri


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Troops in Maiduguri said Nigeria had sent reinforcements after fighters attacked "
            "the Niger town of Bosso. Officials in Diffa confirmed the raid.",
            "Bosso",
        ),
        (
            "Nigeria's army in Maiduguri said Boko Haram had overrun the Niger villages of "
            "Toumour and Bosso, and Diffa's governor asked for help.",
            "Toumour",
        ),
    ],
)
def test_a_site_the_text_places_in_a_country_gets_a_town_of_that_country(parser, text, name):
    assert sites(parser, text)[name].country == "NE"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran the garrison at Wour on Sunday, in the far north of Chad, troops in "
        "Maiduguri said. Nigeria's army said the Wour post was quiet.",
        "Nigerian officials in Maiduguri said fighters had taken Wour, a town in Chad. "
        "Nigeria sent troops to Maiduguri as the Wour camp emptied.",
    ],
)
def test_a_site_in_a_country_with_no_town_in_the_story_gets_no_point_at_any_mention(parser, text):
    """Better no point than one in the country across the border, at any of its mentions."""
    assert "Wour" not in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a headline and an AP dateline pasted onto one line: the list after "post in" runs on
        # into the dateline's date
        "Rebels overrun border post in Congo GOMA, Congo, May 26 (AP) - Fighters took "
        "Rutshuru on Saturday, residents said.",
        "Troops shell camps in Sudan KHARTOUM, Sudan, Oct 26 (Reuters) - The army said it "
        "had pushed fighters back from Um Rawaba.",
    ],
)
def test_a_month_and_its_day_are_no_site(parser, text):
    """A date is no village, even where a list of names runs into it ("Camp 4" stays a name)."""
    assert not {"May 26", "Oct 26"} & {t.text for t in parser.parse(text)}
