"""More place evidence for small places the entity recogniser reads as people or organisations:
a camp or a neighbourhood named so ("the al-Bureij camp", "the al-Manzar neighbourhood"), where
the name lies with an adverb ("Nuseirat and al-Bureij, just north of the city"), and a list whose
other names the parse reads as places ("claiming Borysivka, Ohirtseve and Pletenivka")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import everything_a_person, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Al Burayj", 31.44, 34.40, 281001, "PPL", "PS", "settlement", 34_000, "01"),
    PlaceInfo(2, "An Nusayrat", 31.45, 34.39, 281002, "PPL", "PS", "settlement", 66_000, "01"),
    PlaceInfo(3, "Kakuma", 3.72, 34.87, 190001, "PPL", "KE", "settlement", 20_000, "02"),
    PlaceInfo(4, "Al Manzar", 14.78, 42.97, 79001, "PPLX", "YE", "settlement", 0, "08"),
    PlaceInfo(5, "Borysivka", 50.31, 36.86, 710001, "PPL", "UA", "settlement", 600, "07"),
    PlaceInfo(6, "Ohirtseve", 50.33, 36.78, 710002, "PPL", "UA", "settlement", 700, "07"),
    PlaceInfo(7, "Pletenivka", 50.29, 36.95, 710003, "PPL", "UA", "settlement", 500, "07"),
    PlaceInfo(8, "Kiwanja", -1.16, 29.45, 210001, "PPL", "CD", "settlement", 900, "11"),
    PlaceInfo(9, "Kibumba", -1.52, 29.35, 210002, "PPL", "CD", "settlement", 900, "11"),
    PlaceInfo(10, "Rumangabo", -1.37, 29.36, 210003, "PPL", "CD", "settlement", 800, "11"),
]
NAMES = [
    *own_names(PLACES),
    (1, "Bureij", "bureij", "name", False),
    (2, "Nuseirat", "nuseirat", "name", False),
]

parser = module_parser(PLACES, NAMES)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Hamas's armed wing said its fighters had stopped an advance at the edge of the "
            "al-Bureij camp and destroyed a bulldozer.",
            "al-Bureij",
        ),
        (
            "Aid agencies said 3,000 more people had reached the Kakuma camp since Monday.",
            "Kakuma",
        ),
        (
            "Fighters dug trenches in the surrounding palm groves and the nearby al-Manzar "
            "neighbourhood, military officials said.",
            "al-Manzar",
        ),
    ],
)
def test_a_camp_or_neighbourhood_named_so_is_a_place(parser, text, name, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert name in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nuseirat and al-Bureij, just north of the city, were also struck overnight.",
        "Shelling hit Nuseirat and al-Bureij, immediately east of the road, on Tuesday.",
    ],
)
def test_where_the_names_lie_with_an_adverb(parser, text, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    found = {t.text for t in parser.parse(text)}
    assert {"Nuseirat", "al-Bureij"} <= found


def one_of_the_list_an_organisation(last):
    """The parse reads the list's names as places, except `last` (an organisation)."""

    def entities(text, windows):
        found = []
        for name in ("Borysivka", "Ohirtseve", "Pletenivka", "Kiwanja", "Kibumba", "Rumangabo"):
            start = text.find(name)
            if start >= 0:
                found.append((start, start + len(name), "ORG" if name == last else "GPE"))
        return found

    return entities


@pytest.mark.parametrize(
    "text, last",
    [
        (
            "Russia's Defense Ministry said Tuesday its forces had taken a village, after "
            "claiming Borysivka, Ohirtseve and Pletenivka on Sunday.",
            "Pletenivka",
        ),
        (
            "The M23 said it now controlled Kiwanja, Kibumba and Rumangabo, a claim the army "
            "denied.",
            "Rumangabo",
        ),
    ],
)
def test_a_list_the_parse_reads_as_places_keeps_its_odd_member(parser, text, last, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", one_of_the_list_an_organisation(last))
    assert last in {t.text for t in parser.parse(text)}


def test_one_place_beside_an_organisation_is_no_list_of_places(parser, monkeypatch):
    """Two names, one read as a place and one as an organisation: the parse decides each."""

    def entities(text, windows):
        a, b = text.find("Borysivka"), text.find("Pletenivka")
        return [(a, a + 9, "GPE"), (b, b + 10, "ORG")]

    monkeypatch.setattr("places.nlp.entities", entities)
    text = "Officials said Borysivka and Pletenivka had signed the agreement."
    assert "Pletenivka" not in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kiwanja, on the town's western flank, fell to the rebels in early January.", "Kiwanja"),
        ("Kibumba, on the northern edge of the pocket, was shelled on Monday.", "Kibumba"),
    ],
)
def test_where_the_name_lies_after_a_comma(parser, text, name, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert name in {t.text for t in parser.parse(text)}
