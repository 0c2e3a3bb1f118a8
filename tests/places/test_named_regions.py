"""Named regions the sources lack (places/data/named_regions.tsv): loaded with the gazetteer at
the mean point of their parts, and found in text."""

from __future__ import annotations

import pytest

from places.geoparser.index import haversine_km
from places.models import Place
from places.named_regions import load_table
from tests.places.small_gazetteer import geoparser_over


def test_the_table_is_well_formed():
    rows = load_table()
    assert {r.name for r in rows} >= {"Darfur", "Kordofan", "Galmudug", "Qalamoun", "South Ossetia"}
    assert all(len(r.country) == 2 and r.parts for r in rows)


def test_a_malformed_row_is_a_clear_error(tmp_path):
    bad = tmp_path / "regions.tsv"
    bad.write_text("Darfur\tSudan\t\tNorth Darfur\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        load_table(bad)


def test_a_region_is_placed_among_its_parts(gazetteer, db):
    qalamoun = Place.objects.get(source="curator", source_id="region:SY:Qalamoun")
    assert qalamoun.kind == "region" and qalamoun.country_code == "SY"
    yabrud = Place.objects.filter(country_code="SY", names__name="Yabrūd").first()
    assert yabrud is not None
    assert haversine_km(qalamoun.point.y, qalamoun.point.x, yabrud.point.y, yabrud.point.x) < 40


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters pushed deeper into the Qalamoun mountains near the Lebanese border.",
        "Rebels who fled Qalamoun regrouped around Arsal, a Lebanese security source said.",
    ],
)
def test_a_named_region_is_found_in_text(parser, text):
    (found,) = [t for t in parser.parse(text) if t.text.startswith("Qalamoun")]
    assert (found.country, found.kind) == ("SY", "region")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Israeli jets struck targets on the Golan Heights overnight.", "Golan Heights"),
        ("Fighters fled across the mountains into the Bekaa Valley.", "Bekaa Valley"),
    ],
)
def test_a_region_of_one_country_is_no_name_the_parse_may_drop(parser, text, name, monkeypatch):
    # The small recogniser reads "Russia's North Caucasus" as a group of people: a region the
    # table places is a place however the parse labels it, like a country or a province.
    monkeypatch.setattr("places.nlp.entities", lambda text, windows: [(0, len(text), "NORP")])
    (found,) = [t for t in parser.parse(text) if t.text == name]
    assert found.kind == "region"


def test_every_somali_federal_member_state_and_self_declared_region_is_listed():
    somali = {r.name for r in load_table() if r.country == "SO"}
    states = {"Puntland", "Somaliland", "Galmudug", "Jubaland", "Hirshabelle", "South West State"}
    assert states | {"Khatumo"} <= somali


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Government forces shelled rebel-held Eastern Ghouta again on Monday.",
            "Eastern Ghouta",
            "SY",
        ),
        (
            "Government aircraft bombed Douma in East Ghouta, a monitoring group said.",
            "East Ghouta",
            "SY",
        ),
        ("Druze militiamen shelled Christian villages in the Chouf overnight.", "Chouf", "LB"),
        ("Phalangist units in the Metn mountains returned fire, police said.", "Metn", "LB"),
        (
            "Christians returned to the Nineveh Plains after the militants were driven out.",
            "Nineveh Plains",
            "IQ",
        ),
        (
            "The eastern government in Cyrenaica rejected the truce signed in Tripoli.",
            "Cyrenaica",
            "LY",
        ),
    ],
)
def test_conflict_regions_of_the_slice_are_found(parser, text, name, country):
    (found,) = [t for t in parser.parse(text) if t.text == name]
    assert (found.country, found.kind) == (country, "region")


@pytest.mark.parametrize(
    "text",
    [
        "Somali insurgents attacked an Ethiopian convoy in the Ogaden on Tuesday.",
        "Drought has left thousands of herders in the Ogaden without water, aid agencies said.",
    ],
)
def test_a_region_placed_in_a_country_leads_a_feature_with_none(text):
    from places.geoparser import PlaceInfo

    places = [
        # A Natural Earth feature of the name (no country, its point apart) and the table's row.
        PlaceInfo(1, "Ogaden", 8.65, 43.22, None, "RGN", "", "region", 0, ""),
        PlaceInfo(2, "Ogaden", 7.45, 43.91, None, "RGN", "ET", "region", 0, ""),
    ]
    parser = geoparser_over(places, use_parse=False)
    (found,) = [t for t in parser.parse(text) if t.text == "Ogaden"]
    assert found.country == "ET"
