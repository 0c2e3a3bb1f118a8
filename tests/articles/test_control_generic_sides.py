"""Who a generic subject of a taking is ("government troops", "the army"): the state whose ground
the place lies on, when the article names it (control_sides.home_state), not the state the
article names most."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord, extract
from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.control_sides import state_of_ground
from articles.extraction_store import located_places
from tests.map.factory import make_article, make_mention, make_place

WEDNESDAY = dt.date(2024, 6, 12)


def resolved(text: str, countries: dict[str, str]) -> list[PlaceRecord]:
    """Place records as the geoparser gives them: each name with its country's ISO code."""
    return [
        PlaceRecord(text.index(name), text.index(name) + len(name), name, name, country=iso)
        for name, iso in countries.items()
    ]


def sides(text: str, dictionary, place: str, countries: dict[str, str]) -> set[str]:
    result = extract(
        text, published=WEDNESDAY, dictionary=dictionary, places=resolved(text, countries)
    )
    return {c.side for c in result.control if c.place_text == place}


@pytest.mark.parametrize(
    ("text", "place", "countries", "side"),
    [
        (
            "Turkey said its observation posts in Idlib would stay. Turkey has twelve posts in "
            "the province, and Turkey's defence minister visited them. Syrian troops shelled "
            "the area. Government troops captured the town of Kafr Zeita on Monday.",
            "Kafr Zeita",
            {"Idlib": "SY", "Kafr Zeita": "SY"},
            "Syrian government forces",
        ),
        (
            "Pakistan denied that Pakistan's soldiers were on the heights, and Pakistan said the "
            "fighters were Kashmiri volunteers. The Indian army says the intruders are regulars. "
            "Troops took the Tololing ridge near Drass on Sunday after a week of fighting.",
            "Tololing",
            {"Tololing": "IN", "Drass": "IN"},
            "Indian Armed Forces",
        ),
    ],
)
def test_a_generic_state_subject_is_the_home_state(dictionary, text, place, countries, side):
    assert sides(text, dictionary, place, countries) == {side}


def test_without_the_home_state_named_the_most_named_state_stays(dictionary):
    text = (
        "Ethiopia said Ethiopia's troops were on the border. Ethiopia sent more. "
        "Government troops entered the town of Beledweyne on Monday."
    )
    assert sides(text, dictionary, "Beledweyne", {"Beledweyne": "SO"}) == {
        "Ethiopian National Defense Force"
    }


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (  # a pronoun in a "when" clause: the subject of the clause it hangs from
            "Boko Haram fighters attacked Gwoza again. The Nigerian army shelled their camps on "
            "Sunday. The militants have been advancing in the area since early May, when they "
            "overran the town of Madagali.",
            "Madagali",
            "Boko Haram",
        ),
        (
            "The Taliban shelled the city. Afghan forces said on Monday that they held the "
            "airport. The insurgents pushed into the province last month, when they took the "
            "border crossing at Torkham.",
            "Torkham",
            "Taliban",
        ),
        (  # a participle shares its subject: a common noun for the group's fighters
            "Al-Shabaab fighters ambushed a convoy on Monday. Kenyan troops answered with air "
            "strikes. Gunmen then swept across the district, taking the village of Bulo Haji.",
            "Bulo Haji",
            "Al-Shabaab",
        ),
        (  # a relative pronoun stands for the noun it describes
            "M23 said it would hold its positions. The Congolese army sent reinforcements on "
            "Monday. The rebels, who seized the town of Kiwanja in the night, raised their flag.",
            "Kiwanja",
            "M23",
        ),
    ],
)
def test_the_parse_subject_names_the_doer(dictionary, text, place, side):
    assert sides(text, dictionary, place, {}) == {side}


def test_a_common_word_describing_the_fighters_names_none(dictionary):
    # "the UAE-trained forces": a force the text names elsewhere, not the home state
    text = (
        "The Giants Brigades moved into Shabwa last week. The UAE-trained forces said they had "
        "retaken the district of Ain on Sunday."
    )
    assert "Yemeni government forces" not in sides(text, dictionary, "Ain", {"Ain": "YE"})


@pytest.mark.django_db
def test_the_stored_places_carry_their_country():
    # the pipeline reads the geocoder's mentions: each place's country names the home state
    article = make_article("Government troops entered Idlib on Monday.")
    make_mention(article, make_place("Idlib", country_code="SY"))
    assert [(p.name, p.country) for p in located_places(article)] == [("Idlib", "SY")]


def test_a_trigger_read_from_its_auxiliary_finds_the_verb_subject(dictionary):
    # "have held": the subject of "held", a state's noun, is the home state (not the backer)
    text = (
        "Iraqi troops were in the north. Russia sent advisers, and Russia sent jets. The "
        "militants lost Tikrit, which government troops backed by Russia have held since April."
    )
    assert sides(text, dictionary, "Tikrit", {"Tikrit": "IQ"}) == {"Iraqi Security Forces"}


def test_government_troops_on_ground_whose_state_is_unnamed_are_unread():
    # not the foreign state the article names most; with no country known, that state
    usa = ActorMatch(0, 13, "United States", "United States", "state")
    afghans = ActorMatch(
        40, 53, "Afghan forces", "Afghan National Defence and Security Forces", "state"
    )
    assert state_of_ground([usa, usa], ["AF"]) is None
    assert state_of_ground([usa, afghans, usa], ["AF"]) == afghans
    assert state_of_ground([usa, usa], []) == usa
