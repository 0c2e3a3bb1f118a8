"""A party's own word that a place is still its own: the place told safe or held right
before the words ('"X is safe and under our full control," the communique said'), a denial that
the place is under threat or cut off, and "Our forces are still at X" / "Our men are back in X"
(control_triggers "safe-held" and "denial-fallen", control_state_triggers "presence"). The
speaker holds the place, by its claim. Each rule is read in at least two differently worded
wire-style phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, WEDNESDAY, rows


def _holds(text: str, dictionary) -> list[tuple]:
    return [(p, s, k, d) for p, s, e, k, d, _ in rows(text, dictionary) if e == "hold"]


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            '"Our valiant forces have repelled the aggression and the town of Sudzha is safe and '
            'under our full control," a Ukrainian army communique said.',
            ["Sudzha"],
            "Ukraine",
        ),
        (
            '"Harar is held and Dire Dawa is held," an Ethiopian army spokesman told reporters.',
            ["Harar", "Dire Dawa"],
            "Ethiopian National Defense Force",
        ),
        (
            '"Adigrat is not in their hands. Our people are fighting," said a spokesman for the '
            "Tigray People's Liberation Front.",
            ["Adigrat"],
            "Tigray People's Liberation Front",
        ),
        (
            '"Mekelle will never be taken," said a spokesman for the Tigray People\'s Liberation '
            "Front.",
            ["Mekelle"],
            "Tigray People's Liberation Front",
        ),
    ],
)
def test_a_place_told_safe_or_held_is_the_speakers(dictionary, text, places, side):
    found = [(p, s, k, d) for p, s, k, d in _holds(text, dictionary) if p in places]
    assert found == [(p, side, "claimed", WEDNESDAY) for p in places]


@pytest.mark.parametrize(
    "text",
    [
        '"The people of Zambezia are safe," a Renamo commander told reporters.',
        '"Nobody was hurt, and Dr Savimbi is safe," a UNITA spokesman said in Lisbon.',
    ],
)
def test_a_people_of_a_place_tells_no_hold(dictionary, text):
    assert _holds(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "The Tehrik-i-Taliban Pakistan denied that Loe Sam was under threat as troops "
            "closed in on the village.",
            "Loe Sam",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "A Houthi spokesman denied that Saada was surrounded, saying the roads north were "
            "open.",
            "Saada",
            "Houthis",
        ),
    ],
)
def test_denying_a_threat_to_a_place_is_a_hold(dictionary, text, place, side):
    assert (place, side, "claimed", WEDNESDAY) in _holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            '"Our forces are still at Jebel and they are defending themselves," said a '
            "spokesman for the SPLA-IO.",
            "Jebel",
            "Sudan People's Liberation Movement-in-Opposition",
        ),
        (
            '"Our men are back in Talataye and are securing the population," a GATIA '
            "official said by telephone.",
            "Talataye",
            "GATIA",
        ),
    ],
)
def test_our_forces_still_at_or_back_in_a_place_hold_it(dictionary, text, place, side):
    assert (place, side, "claimed", WEDNESDAY) in _holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "In a statement issued on Monday, the Sudanese army said its troops had repelled the "
            'attackers. "The militia fled leaving its dead on the ground. Sennar is safe and its '
            'people should remain calm," the statement said.',
            "Sennar",
            "Sudanese Armed Forces",
        ),
        (
            "A Houthi spokesman said on Monday that the fighters had beaten off the assault. "
            '"The enemy ran away in the night. We are still in Saada and the town is ours," he '
            "said.",
            "Saada",
            "Houthis",
        ),
    ],
)
def test_a_quote_of_several_sentences_is_said_on_the_day_before_it(dictionary, text, place, side):
    assert (place, side, "claimed", MONDAY) in _holds(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side", "event"),
    [
        (
            "Ukrainian troops captured Sudzha on Monday after heavy fighting, residents said. "
            '"We are holding Sudzha and the main road," a Ukrainian commander said on Tuesday.',
            "Sudzha",
            "Ukraine",
            "capture",
        ),
        (
            'Houthi fighters recaptured Saada on Monday, witnesses said. "The town of Saada is '
            'safe and under our control," a Houthi spokesman said on Tuesday.',
            "Saada",
            "Houthis",
            "retake",
        ),
    ],
)
def test_a_hold_told_just_after_the_sides_taking_claims_the_taking(
    dictionary, text, place, side, event
):
    found = [(p, s, e, k, d) for p, s, e, k, d, _ in rows(text, dictionary) if k == "claimed"]
    assert found == [(place, side, event, "claimed", MONDAY)]
