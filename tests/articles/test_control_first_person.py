"""A quote in which a side speaks of itself ("We left X", "Our men entered X") is that side's claim
even when the text does not say whose side the speaker is on (control_claims.FIRST_PERSON;
tests/gold/README.md, Control observations: "claimed" when a party speaks)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fighters of the Kosovo Liberation Army clashed with Serbian police for two days. "
            '"We left Kumanovo with our weapons, and we will come back," a man who gave his name '
            "as Commander Malisheva told reporters by telephone.",
            "Kumanovo",
        ),
        (
            "The Sudan People's Liberation Army fought government troops for two days. "
            '"Our men entered Bentiu at dawn and the enemy ran," a fighter who gave only his first '
            "name said by satellite telephone.",
            "Bentiu",
        ),
    ],
)
def test_a_side_speaking_of_itself_claims(dictionary, text, place):
    assert kinds_of(text, dictionary, place) == {"claimed"}


def test_a_resident_quoted_on_soldiers_reports(dictionary):
    text = (
        "Fighters of the Kosovo Liberation Army clashed with Serbian police for two days. "
        '"The soldiers left Kumanovo in the night and the gunmen came in," a resident said.'
    )
    assert kinds_of(text, dictionary, "Kumanovo") <= {"reported"}
