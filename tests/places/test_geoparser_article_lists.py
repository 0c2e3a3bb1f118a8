"""A list of places whose earlier member opens with a lower-case Arabic article ("the villages of
al-Hobeit and Kafr Zita"): the words before the list still say what its later members are,
when the entity recogniser reads an unfamiliar one as a person."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.entities import _LIST_MEMBER_BEFORE
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(2, "Kafr Zaytā", 35.37, 36.60, 169999, "PPL", "SY", "settlement", 9_000, "12"),
    PlaceInfo(3, "Kafr Nabudah", 35.44, 36.50, 169998, "PPL", "SY", "settlement", 7_000, "12"),
    PlaceInfo(4, "Hama", 35.13, 36.75, 170017, "PPLA", "SY", "settlement", 460_000, "12"),
]
NAMES = [*own_names(PLACES), (2, "Kafr Zita", name_key("Kafr Zita"), "name", False)]

parser = module_parser(PLACES, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "Government aircraft carried out raids on Kafr Nabudah and on the nearby villages of "
        "al-Hobeit and Kafr Zita in an attempt to halt the rebel advance north of Hama.",
        "Rebels said they had shelled army positions in the villages of al-Jabin and Kafr Zita "
        "overnight, as fighting spread across the Hama countryside in Syria.",
    ],
)
def test_a_list_after_an_article_name_keeps_its_place_cue(parser, text):
    assert "Kafr Zita" in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    ("lead", "member"),
    [
        ("the villages of al-Hobeit and ", "al-Hobeit and "),
        ("towns of ash-Shaddadi, ", "ash-Shaddadi, "),
    ],
)
def test_a_list_member_may_open_with_an_article(lead, member):
    m = _LIST_MEMBER_BEFORE.search(lead)
    assert m is not None and m.group() == member
