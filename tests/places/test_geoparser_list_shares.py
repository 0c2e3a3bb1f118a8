"""A list of names shares place evidence: with a member the text shows to be a place in another
sentence ("headquarters in X" … "X and Y are holding"), and across a member that is a share of a
place ("A, B and part of C")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Sokolac", 43.94, 18.80, 3190001, "PPLA3", "BA", "settlement", 6_000, "02"),
    PlaceInfo(2, "Rogatica", 43.80, 19.00, 3190002, "PPLA3", "BA", "settlement", 6_000, "02"),
    PlaceInfo(3, "Kasulu", -4.58, 30.10, 1500001, "PPLA2", "TZ", "settlement", 9_000, "08"),
    PlaceInfo(4, "Kibondo", -3.59, 30.72, 1500002, "PPLA2", "TZ", "settlement", 9_000, "08"),
    PlaceInfo(5, "Kigoma", -4.88, 29.63, 1500003, "PPLA", "TZ", "settlement", 9_000, "08"),
    PlaceInfo(6, "Zvornik", 44.38, 19.10, 3190003, "PPLA3", "BA", "settlement", 9_000, "02"),
    PlaceInfo(7, "Bratunac", 44.18, 19.33, 3190004, "PPLA3", "BA", "settlement", 8_000, "02"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The brigade moved its command post to Sokolac on Tuesday. "Sokolac and Rogatica '
            'will not be given up," a Bosnian Serb officer told reporters.',
            "Rogatica",
        ),
        (
            "Refugees kept arriving in Zvornik all week. Zvornik and Bratunac are now "
            "sheltering twice their pre-war population, aid workers said.",
            "Bratunac",
        ),
    ],
)
def test_a_member_shown_elsewhere_to_be_a_place_lends_its_list_evidence(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Aid agencies are running camps covering Kasulu, Kibondo and part of Kigoma for "
            "the refugees.",
            {"Kasulu", "Kibondo", "Kigoma"},
        ),
        (
            "The new command will be responsible for Zvornik, Bratunac and most of Sokolac "
            "until the spring.",
            {"Zvornik", "Bratunac", "Sokolac"},
        ),
    ],
)
def test_a_share_of_a_place_stays_in_its_list(parser, text, names):
    assert names <= names_found(parser, text)
