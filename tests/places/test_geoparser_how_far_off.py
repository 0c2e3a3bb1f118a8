"""Place evidence after a name that the entity recogniser may read as a person: how far off it
lies ("X, far to the south", "X further north"), its part of the country after a comma ("X, in
the north-east of the republic"), a relative clause of place ("X, where ..."), a river bank
("X, on the south bank"); and before it, the other forms of the verbs of advance ("overrunning
X", "moving on X", "pushing on X")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Kapoeta", 4.77, 33.59, 370001, "PPL", "SS", "settlement", 7_000, "05"),
    PlaceInfo(2, "Bandiradley", 6.28, 47.62, 51001, "PPLL", "SO", "settlement", 0, "12"),
    PlaceInfo(3, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
]

parser = module_parser(PLACES)
pytestmark = pytest.mark.usefixtures("every_name_a_person")


def found(parser, text: str) -> set[str]:
    return {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army lost the bridge, and Kapoeta, far to the south, was cut off on Wednesday.",
        "Militias in Somalia still hold the coast as well as Bandiradley further north.",
        "Elders in Somalia said Bandiradley, farther to the east, was quiet.",
    ],
)
def test_how_far_off_it_lies(parser, text):
    assert found(parser, text) & {"Kapoeta", "Bandiradley"}


@pytest.mark.parametrize(
    "text",
    [
        "The towns of the plain and Kapoeta, in the south-east of the country, were taken.",
        "Officials said Kapoeta, in the far north of the state, was cut off.",
    ],
)
def test_its_part_of_the_country_after_a_comma(parser, text):
    assert "Kapoeta" in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that Kapoeta, where the rebels felled trees across the roads, was "
        "still held by the insurgents.",
        "In Somalia, aid reached Bandiradley, where thousands had sheltered since May.",
    ],
)
def test_a_relative_clause_of_place(parser, text):
    assert found(parser, text) & {"Kapoeta", "Bandiradley"}


@pytest.mark.parametrize(
    "text",
    [
        "Marines searched Kapoeta, on the south bank between the two bridges.",
        "Patrols crossed to Kapoeta, on the far banks of the river, at dawn.",
    ],
)
def test_on_a_river_bank(parser, text):
    assert found(parser, text) & {"Kapoeta", "Bandiradley"}


@pytest.mark.parametrize(
    "text",
    [
        "Our units took the bridge and are now moving on Kapoeta, the commander said.",
        "Columns were overrunning Kapoeta by nightfall.",
        "Fighters were pushing on Kapoeta from two sides.",
    ],
)
def test_other_forms_of_the_verbs_of_advance(parser, text):
    assert "Kapoeta" in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kapoeta Lokiru, a director at the central bank, resigned on Monday.",
        "The minister met Kapoeta Lokiru, whose brother leads the party.",
    ],
)
def test_a_person_stays_a_person(parser, text):
    assert "Kapoeta" not in found(parser, text)
