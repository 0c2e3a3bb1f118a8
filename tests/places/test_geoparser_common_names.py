"""Names people actually write (places/data/common_names.tsv), and country names that are also
capital cities."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.index import load_common_names
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(
        1,
        "Democratic Republic of the Congo",
        -2.88,
        23.66,
        203312,
        "PCLI",
        "CD",
        "country",
        84_068_091,
        "",
    ),
    PlaceInfo(
        2, "Republic of the Congo", -1.0, 15.0, 2260494, "PCLI", "CG", "country", 5_244_363, ""
    ),
    PlaceInfo(3, "Goma", -1.679, 29.228, 216281, "PPLA", "CD", "settlement", 432_587, "11"),
    PlaceInfo(4, "Al Ḩudaydah", 14.798, 42.954, 79415, "PPLA", "YE", "settlement", 734_699, "08"),
    PlaceInfo(5, "Myanmar", 22.0, 98.0, 1327865, "PCLI", "MM", "country", 53_708_395, ""),
    PlaceInfo(6, "Kuwait", 29.5, 47.75, 285570, "PCLI", "KW", "country", 4_100_000, ""),
    PlaceInfo(7, "Kuwait City", 29.37, 47.98, 285787, "PPLC", "KW", "settlement", 60_064, "02"),
    PlaceInfo(8, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
    PlaceInfo(9, "Zaire", -6.5, 13.5, 2236355, "ADM1", "AO", "admin", 0, "16"),
    PlaceInfo(10, "Slovakia", 48.67, 19.5, 3057568, "PCLI", "SK", "country", 5_400_000, ""),
    PlaceInfo(11, "Sikkim", 27.5, 88.5, 1256312, "ADM1", "IN", "admin", 0, "29"),
    PlaceInfo(12, "India", 22.0, 79.0, 1269750, "PCLI", "IN", "country", 1_400_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (2, "Congo", name_key("Congo"), "name", False),
    (10, "Sikkim", name_key("Sikkim"), "name", False),  # as GeoNames lists it for Slovakia
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def resolved(parser, text):
    return {t.text: (t.country, t.kind) for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "GOMA, Democratic Republic of Congo, May 3 (Reuters) - M23 rebels closed in on the city.",
        (
            "Aid groups in DR Congo said the camps around Goma were full; the fighting in Congo "
            "goes on."
        ),
    ],
)
def test_the_names_reporters_use_for_dr_congo(parser, text):
    out = resolved(parser, text)
    assert all(country == "CD" for name, (country, _k) in out.items() if "Congo" in name)
    assert next(v for k, v in out.items() if k.lower() == "goma") == ("CD", "settlement")


@pytest.mark.parametrize(
    "text",
    [
        "Houthi forces shelled the port of Hodeidah on Friday.",
        "Saudi-led coalition jets struck Hodeidah, Yemen's main port, overnight.",
    ],
)
def test_the_commonest_english_spelling_of_a_port(parser, text):
    assert resolved(parser, text)["Hodeidah"] == ("YE", "settlement")


@pytest.mark.parametrize(
    "text",
    ["The junta in Burma extended emergency rule.", "Refugees from Burma crossed into Bangladesh."],
)
def test_a_former_country_name(parser, text):
    assert resolved(parser, text)["Burma"] == ("MM", "country")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mobutu's army in Zaire was collapsing as rebels neared Goma.", "Zaire"),
        ("Refugees streamed out of eastern Zaire towards Rwanda, the agency said.", "Zaire"),
    ],
)
def test_a_former_country_name_over_a_province_of_that_name(parser, text, name):
    assert resolved(parser, text)[name] == ("CD", "country")


@pytest.mark.parametrize(
    "text",
    [
        "Refugees crossed into Sikkim from Tibet on Tuesday, Indian officials said.",
        "India moved two brigades to Sikkim and the North-East Frontier Agency.",
    ],
)
def test_a_country_does_not_take_a_region_named_among_its_wrong_alternate_names(parser, text):
    assert resolved(parser, text)["Sikkim"] == ("IN", "admin")


def test_a_country_named_after_its_capital_reads_as_the_city_only_with_a_city_cue(parser):
    assert resolved(parser, "Oil prices rose after Kuwait cut output.")["Kuwait"] == (
        "KW",
        "country",
    )
    assert resolved(parser, "Talks resumed in the city of Kuwait on Monday.")["Kuwait"] == (
        "KW",
        "settlement",
    )
    assert resolved(parser, "Delegates met in Kuwait city on Monday.")["Kuwait"] == (
        "KW",
        "settlement",
    )


def test_the_table_rejects_an_unknown_role(tmp_path):
    table = tmp_path / "names.tsv"
    table.write_text("Burma\t1327865\tnickname\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown role"):
        load_common_names(table)
