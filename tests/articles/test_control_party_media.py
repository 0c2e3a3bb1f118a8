"""A party's own news agency or radio, and a party's post online, tell its claim
(articles/extraction/control_media.py, control_patterns.REPORTING; tests/gold/README.md, Control
observations: "claimed" when a party speaks, a state's or a party's own broadcaster among them)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_and_events_of, rows


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Syrian troops pushed east of Aleppo on Monday. Government forces had retaken "
            "Khanasser after a day of fighting, SANA said.",
            "Khanasser",
            {("claimed", "retake")},
        ),
        (
            "Islamic State fighters attacked army posts near the border on Tuesday. The "
            "group's Amaq news agency said its fighters still held Rutba and the desert road.",
            "Rutba",
            {("claimed", "hold")},
        ),
    ],
)
def test_a_partys_own_agency_claims(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_a_state_agency_on_a_war_its_state_is_not_in_reports(dictionary):
    # Xinhua is China's; an article that never names China is told, not claimed, by it.
    text = (
        "Fighting spread across the north on Monday. Rebels of the Revolutionary United Front "
        "had overrun Makeni, Xinhua said."
    )
    assert kinds_and_events_of(text, dictionary, "Makeni") == {("reported", "capture")}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Taliban pressed their offensive in the north on Monday. A Taliban spokesman "
            "wrote on Twitter that the group's fighters had captured Khan Abad.",
            "Khan Abad",
            {("claimed", "capture")},
        ),
        (
            "Fighting continued in Sagaing on Tuesday. The Kachin Independence Army posted on "
            "Telegram that its fighters had seized Bhamo after a week of clashes.",
            "Bhamo",
            {("claimed", "capture")},
        ),
    ],
)
def test_a_partys_post_online_claims(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_footage_posted_is_no_speaker(dictionary):
    # "posted footage of a burning Russian vehicle": the Russian vehicle says nothing
    text = (
        "The Legion said on Tuesday its men had entered Tyotkino, where it posted footage of a "
        "burning Russian armoured vehicle."
    )
    sides = {side for p, side, *_ in rows(text, dictionary) if p == "Tyotkino"}
    assert "Russia" not in sides


@pytest.mark.parametrize(
    "text",
    [
        "Angolan troops fought off an attack in the east. FAPLA, Angola's army, still holds "
        "Luena and Cuito, ANGOP said.",
        "Syrian troops pressed on in the north. The army had recaptured Khanasser and Tal "
        "Hasel, SANA said on Monday.",
    ],
)
def test_the_medium_closing_a_list_is_no_place(dictionary, text):
    places = {p for p, *_ in rows(text, dictionary)}
    assert places and not places & {"ANGOP", "SANA"}
