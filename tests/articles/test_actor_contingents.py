"""A state's contingent serving in a mission, force or state-backed group is that body acting, not
the state: the demonym only says where the men come from (actor_contingents.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import actors_found


@pytest.mark.parametrize(
    ("text", "serving_in", "state"),
    [
        (
            "Spanish troops serving with the U.N. Protection Force escorted the convoy into the "
            "east of the town on Monday.",
            "United Nations Protection Force",
            "Spain",
        ),
        (
            "About 60 Ukrainian U.N. peacekeepers were trapped in their compound as shells fell "
            "around the enclave.",
            "United Nations",
            "Ukraine",
        ),
        (
            "Canadian and British soldiers of the U.N. peacekeeping force moved in between "
            "the two lines, a spokesman said.",
            "United Nations",
            "Canada",
        ),
        (
            "Canadian and British soldiers of the U.N. peacekeeping force moved in between "
            "the two lines, a spokesman said.",
            "United Nations",
            "United Kingdom",
        ),
        (
            "Ugandan troops, part of the African Union Mission in Somalia, drove into the port "
            "after a night of shelling.",
            "African Union Mission in Somalia",
            "Uganda",
        ),
        (
            "The brigade of the United Nations, made up of South African, Tanzanian and Malawian "
            "troops, attacked the rebel trenches on Thursday.",
            "United Nations",
            "Tanzania",
        ),
    ],
)
def test_a_contingent_is_the_body_it_serves_in(dictionary, text, serving_in, state):
    found = actors_found(text, dictionary)
    assert serving_in in found
    assert not any(a == state or a.startswith(state) for a in found), found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Ugandan troops captured the town of Bor on Saturday, an army spokesman said.",
            "Uganda",
        ),
        (
            "Russian warplanes struck positions of the Islamic State near Palmyra overnight.",
            "Russia",
        ),
        (
            "Kenyan troops shelled the camp before the African Union Mission in Somalia moved in.",
            "Kenya",
        ),
        (
            "French troops of Operation Barkhane and UN peacekeepers are deployed in the north.",
            "France",
        ),
        (
            "Malian troops and Russian mercenaries from the Wagner Group have taken the town.",
            "Russia",
        ),
    ],
)
def test_a_state_acting_on_its_own_keeps_its_forces(dictionary, text, state):
    found = actors_found(text, dictionary)
    assert any(a.startswith(state) or a.startswith(state[:5]) for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Serb gunners on the hills kept shelling the old town through the night.",
        "Serb forces overran the last Moslem villages in the valley, UN officials said.",
    ],
)
def test_the_serb_peoples_word_is_not_the_serbian_state(dictionary, text):
    assert "Serbia" not in actors_found(text, dictionary)


def test_the_serbian_state_keeps_its_adjective(dictionary):
    text = "Serbian police stormed the village at dawn and Serbian troops shelled the hills."
    assert "Serbia" in actors_found(text, dictionary)
