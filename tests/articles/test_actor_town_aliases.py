"""One name, a group and a town (data/town_aliases.json): "Radaa" is Libya's Rada Special
Deterrence Force in a Libyan story and the Yemeni town of Rada'a elsewhere, and the geoparser is
not told it is no place."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from articles.extraction.actors import find_actors
from articles.geocoding import knowledge_base_stop_phrases

RADA = "Rada Special Deterrence Force"


def _actors(text: str, dictionary, home: str | None = None) -> set[str]:
    return {m.actor for m in find_actors(text, dictionary.with_states(), home=home)}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Shiite Houthi rebels seized the central town of Radaa on Monday after two days of "
            "fighting with Al Qaeda militants and Sunni tribesmen, tribal sources said.",
            "Yemen",
        ),
        (
            "Convoys of armed men moved from Dhamar towards Radaa, a town in Yemen's Bayda "
            "province where Al Qaeda in the Arabian Peninsula has been strong for years.",
            None,
        ),
    ],
)
def test_radaa_in_yemen_is_the_town(dictionary, text, home):
    assert RADA not in _actors(text, dictionary, home)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Radaa said its men had detained 12 suspected Islamic State members in raids on "
            "Tuesday near Mitiga airport.",
            "Libya",
        ),
        (
            "TRIPOLI, Libya (Reuters) - Fighting broke out overnight between Radaa and a rival "
            "brigade near the airport, the Libyan government said.",
            None,
        ),
    ],
)
def test_radaa_in_libya_is_the_force(dictionary, text, home):
    assert RADA in _actors(text, dictionary, home)


@pytest.mark.django_db
def test_radaa_is_no_stop_phrase_of_the_geoparser():
    call_command("loaddata", "seeds/02_actors.json", verbosity=0)
    phrases = set(knowledge_base_stop_phrases())
    assert "Radaa" not in phrases
    assert "Rada Force" in phrases
