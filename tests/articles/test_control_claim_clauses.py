"""Where a party's claim reaches (articles/extraction/control_claims.py): "but that …" and a
"but" whose verb has no subject of its own go on with what the speaker said; "…, but insisted"
shares the speaker that opens the sentence."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Somali officials said on Monday that the shelling had stopped but that the army "
            "still held the port of Kismayo.",
            "Kismayo",
        ),
        (
            "The Tamil Tigers said their fighters had left Chavakachcheri to spare civilians but "
            "were still holding Kodikamam.",
            "Kodikamam",
        ),
    ],
)
def test_a_claim_goes_on_past_a_but_without_a_subject(dictionary, text, place):
    assert kinds_of(text, dictionary, place) == {"claimed"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Congolese army admitted a retreat from Rutshuru on Tuesday, but insisted that "
            "its soldiers still held Goma.",
            "Goma",
        ),
        (
            "A spokesman for Al-Shabaab, speaking by telephone, denied that the group had been "
            "defeated, and claimed its fighters still controlled Bardhere.",
            "Bardhere",
        ),
    ],
)
def test_a_second_reporting_verb_shares_the_sentences_speaker(dictionary, text, place):
    assert kinds_of(text, dictionary, place) == {"claimed"}


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had retaken Bama, but Boko Haram still held Gwoza.",
        "Rebels took Rutshuru on Monday, and residents said Boko Haram still held Gwoza.",
    ],
)
def test_a_new_subject_after_but_is_not_the_speakers(dictionary, text):
    assert kinds_of(text, dictionary, "Gwoza") == {"reported"}
