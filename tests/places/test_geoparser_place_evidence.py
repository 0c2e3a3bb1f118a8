"""Names after a hyphenated article in lower case ("al-Qaim", which the gazetteer writes "Al
Qaim"), and place evidence that keeps a small town the parse misreads as a person or an
organisation: a name joined by "and" to a name with a preposition or an attack verb before it,
an appositive that says what the name is ("Kirumba, a market town"), and verbs of capture."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.filters import Context
from places.geoparser.records import Mention
from places.geoparser.spotter import Spot
from places.normalize import name_key
from tests.places.small_gazetteer import geoparser_over, module_parser, names_found, own_names

PLACES = [
    PlaceInfo(1, "Rawah", 34.48, 41.92, 94000, "PPL", "IQ", "settlement", 20_000, "01"),
    PlaceInfo(2, "Kirkuk", 35.47, 44.39, 94787, "PPLA", "IQ", "settlement", 601_433, "13"),
    PlaceInfo(3, "Al Qaim", 34.37, 41.09, 94001, "PPL", "IQ", "settlement", 9_000, "01"),
    PlaceInfo(4, "Pokrovsk", 48.28, 37.18, 690002, "PPL", "UA", "settlement", 60_000, "05"),
    PlaceInfo(5, "Kostyantynivka", 48.53, 37.71, 704000, "PPL", "UA", "settlement", 67_000, "05"),
    PlaceInfo(6, "Kirumba", -0.62, 29.17, 210000, "PPL", "CD", "settlement", 15_000, "11"),
    PlaceInfo(7, "Laukkai", 23.69, 98.75, 1310000, "PPL", "MM", "settlement", 30_000, "17"),
    PlaceInfo(8, "Douentza", 15.0, -2.95, 2458000, "PPL", "ML", "settlement", 24_000, "05"),
    PlaceInfo(9, "Diabaly", 14.69, -6.01, 2458001, "PPL", "ML", "settlement", 10_000, "04"),
    PlaceInfo(10, "Al Khawkhah", 13.80, 43.25, 79000, "PPL", "YE", "settlement", 12_000, "08"),
    PlaceInfo(11, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (1, "Rawa", name_key("Rawa"), "name", False),
    (5, "Kostiantynivka", name_key("Kostiantynivka"), "name", False),
]

parser = module_parser(PLACES, NAMES)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The militants still hold al-Qaim and Rawa, near the Syrian border, and Iraqi "
            "commanders have said an assault on them will follow.",
            "Rawa",
        ),
        (
            "Russian military bloggers said the fall of the city opened the way toward the "
            "towns of Pokrovsk and Kostiantynivka, which supply the Ukrainian front.",
            "Kostiantynivka",
        ),
    ],
)
def test_a_name_joined_to_a_place_by_and_is_a_place(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A spokesman for the coalition said the rebels had also taken Kirumba, a market "
            "town 20 km further north, on Saturday morning.",
            "Kirumba",
        ),
        (
            "The French military spokesman told reporters that Diabaly and Douentza, a town on "
            "the road north of Sevare, were back under government control.",
            "Douentza",
        ),
    ],
)
def test_an_appositive_that_says_town_makes_a_place(parser, text, name):
    assert name in names_found(parser, text)


def test_a_verb_of_capture_is_place_evidence(parser):
    text = (
        "The alliance launched an offensive in late October last year, capturing Laukkai, "
        "the Kokang capital, in January."
    )
    assert "Laukkai" in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The militants still hold al-Qaim, near the Syrian border, officials said.", "al-Qaim"),
        (
            "Government forces pushed north along the coast of Yemen from al-Khawkhah towards "
            "the city.",
            "al-Khawkhah",
        ),
    ],
)
def test_a_name_after_a_lower_case_article_is_found(parser, text, name):
    assert name in names_found(parser, text)


# A site named after its place, and a locative before "nearby": evidence enough to keep a small
# town that the parse reads as a person or an organisation.
SITES = [
    PlaceInfo(1, "Bisie", -1.02, 27.8, 220000, "PPL", "CD", "settlement", 2_000, "11"),
    PlaceInfo(2, "Tabarre", 18.58, -72.27, 3720000, "PPL", "HT", "settlement", 9_000, "11"),
    PlaceInfo(3, "Rumangabo", -1.33, 29.37, 220001, "PPL", "CD", "settlement", 3_000, "11"),
]


def _doubtful(text: str, name: str) -> bool:
    parser = geoparser_over(SITES)
    start = text.index(name)
    key = name_key(name)
    mention = Mention(Spot(start, start + len(name), key), parser.index.candidates(key))
    return parser._is_doubtful(mention, Context(text), set())


@pytest.mark.parametrize(
    "text, name",
    [
        ("The fighting forced the company to halt work at its Bisie mine for a week.", "Bisie"),
        ("Rebels shelled the Rumangabo military base overnight, the army said.", "Rumangabo"),
        ("Gunmen looted the stalls of the Bisie cattle market before dawn.", "Bisie"),
        ("Mutineers seized the Tabarre army barracks and its armoury at dawn.", "Tabarre"),
        ("Snipers fired down from Rumangabo hill on the road below.", "Rumangabo"),
        ("Engineers blew up the Bisie bridge to slow the advance.", "Bisie"),
        ("Troops stopped the convoy at the Tabarre checkpoint for three hours.", "Tabarre"),
    ],
)
def test_a_site_named_after_a_place_is_place_evidence(text, name):
    assert not _doubtful(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The charity said its clinic in nearby Tabarre had treated dozens of wounded.", "Tabarre"),
        ("Families fled into neighbouring Rumangabo when the shooting began.", "Rumangabo"),
    ],
)
def test_a_locative_before_nearby_is_place_evidence(text, name):
    assert not _doubtful(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tabarre said the talks would resume next week.", "Tabarre"),
        ("A spokesman for Bisie Holdings declined to comment.", "Bisie"),
    ],
)
def test_without_such_evidence_a_small_name_stays_doubtful(text, name):
    assert _doubtful(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Guerrillas fired dozens more Katyusha rockets into the north on Tuesday, hitting "
            "Tabarre and wounding at least five people, radio reports said.",
            "Tabarre",
        ),
        ("Two shells struck Rumangabo overnight, the army spokesman said.", "Rumangabo"),
        ("Artillery pounded Bisie for a third day on Sunday.", "Bisie"),
    ],
)
def test_a_verb_of_striking_is_place_evidence(text, name):
    assert not _doubtful(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The forest has served as a base for raids on villages since the Bisie attacks of "
            "June 2014, in which about 60 people were killed.",
            "Bisie",
        ),
        ("Survivors of the Tabarre massacre gave evidence on Monday.", "Tabarre"),
    ],
)
def test_an_attack_named_after_a_place_is_place_evidence(text, name):
    assert not _doubtful(text, name)
