"""A body that fields troops only through its missions: its troops are the mission the article
names (actor_missions.py, data/mission_bodies.json)."""

from __future__ import annotations

import pytest

from tests.articles.rows import actors_found

_MISSION = "African Union Mission in Somalia"


@pytest.mark.parametrize(
    "text",
    [
        "AU troops and Somali soldiers entered the port on Sunday. The African Union Mission in "
        "Somalia (AMISOM) said the town was calm.",
        "A spokesman for the African Union Mission in Somalia said African Union forces and "
        "government troops had taken the bridge; an AU base near the town was shelled at night.",
        "African Union and Somali troops took control of the town after al-Shabaab pulled out, "
        "the African Union Mission in Somalia said.",
    ],
)
def test_the_bodys_troops_are_its_mission(dictionary, text):
    found = actors_found(text, dictionary)
    assert _MISSION in found
    assert "African Union" not in found


@pytest.mark.parametrize(
    "text",
    [
        # the body acting as a body keeps its name
        "The chairman of the African Union flew to Mogadishu, where the African Union Mission in "
        "Somalia holds the airport.",
        # no mission named: the troops stay the body's
        "African Union troops entered the town on Sunday, residents said.",
    ],
)
def test_the_body_acting_or_alone_keeps_its_name(dictionary, text):
    assert "African Union" in actors_found(text, dictionary)


def test_the_united_nations_is_not_read_as_its_mission(dictionary):
    text = (
        "UN peacekeepers fired on the militia, the UN mission in the Central African Republic, "
        "MINUSCA, said."
    )
    assert "United Nations" in actors_found(text, dictionary)
