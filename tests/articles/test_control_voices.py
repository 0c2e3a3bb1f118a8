"""Who tells a control observation when the speaker is a broadcaster or a pronoun
(articles/extraction/control_claims.py): a state's or a party's own radio or television speaks
for it (tests/gold/README.md, heldout23), and "He said" with no party quoted just before is who
spoke in the sentence before."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_and_events_of


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Fighting went on along the coast road on Tuesday. State television announced that "
            "Libyan troops had recaptured Brega and driven the rebels east.",
            "Brega",
            {("claimed", "retake")},
        ),
        (
            "The garrison was reinforced by air last week. The state-run radio said on Monday that "
            "Somali soldiers had retaken Kismayo after a day of fighting.",
            "Kismayo",
            {("claimed", "retake")},
        ),
    ],
)
def test_a_party_broadcaster_claims(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Somali army said on Monday that its troops had retaken Bardhere from al-Shabaab. "
            "He said soldiers had also captured Dinsor after a short fight.",
            "Dinsor",
            {("claimed", "capture")},
        ),
        (
            "A spokesman for Mali's army said on Sunday that troops had regained control of "
            "Douentza. She added that soldiers had also taken Boni without a fight.",
            "Boni",
            {("claimed", "capture")},
        ),
    ],
)
def test_he_said_is_who_spoke_in_the_sentence_before(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected


def test_a_witness_before_he_said_still_reports(dictionary):
    text = (
        "A resident reached by phone said on Monday that Seleka rebels had seized Bambari. He "
        "said Seleka fighters had also taken Grimari."
    )
    assert kinds_and_events_of(text, dictionary, "Grimari") == {("reported", "capture")}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Fighting raged around the airport on Thursday. The separatists said on Friday that "
            "Donetsk People's Republic fighters had retaken Ilovaisk.",
            "Ilovaisk",
            {("claimed", "retake")},
        ),
        (
            "Government jets struck the road north of the city. The Islamists said Ansar Dine "
            "fighters had seized Konna after a day of fighting.",
            "Konna",
            {("claimed", "capture")},
        ),
    ],
)
def test_a_camp_word_speaks_for_its_party(dictionary, text, place, expected):
    assert kinds_and_events_of(text, dictionary, place) == expected
