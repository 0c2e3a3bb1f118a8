"""A party named only by a common noun speaks for it: "the alliance said", "the legion claimed",
"army officers said", "according to officers at the front" (control_patterns.PARTY_SPEAKER;
tests/gold/README.md, Control observations: "claimed" when a party speaks)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_and_events_of


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Three Brotherhood Alliance pressed its offensive in northern Shan state. The "
            "alliance says its fighters have since seized the border town of Chinshwehaw.",
            "Chinshwehaw",
            {("claimed", "capture")},
        ),
        (
            "Fighters of the Freedom of Russia Legion crossed the border at dawn. The legion said "
            "on Tuesday that its men had taken the village of Kozinka.",
            "Kozinka",
            {("claimed", "capture")},
        ),
    ],
)
def test_a_party_named_by_a_common_noun_claims(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Heavy fighting went on along the coast on Friday. Croatian troops had taken the "
            "airfield at Zemunik by nightfall, according to officers on the front.",
            "Zemunik",
            {("claimed", "capture")},
        ),
        (
            "The offensive entered its third week. Senior officers in Battambang acknowledged "
            "that the Khmer Rouge had overrun Pailin.",
            "Pailin",
            {("claimed", "capture")},
        ),
    ],
)
def test_officers_speak_for_their_side(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_residents_near_the_front_still_report(dictionary):
    text = (
        "Fighting went on through the night. Residents near the front said Croatian troops had "
        "taken Zemunik."
    )
    assert kinds_and_events_of(text, dictionary, "Zemunik") == {("reported", "capture")}
