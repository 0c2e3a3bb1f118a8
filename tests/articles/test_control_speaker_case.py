"""A person the article quotes for a side speaks for it when named again, whatever the case of a
surname's particle at the start of a sentence ("al-Qadhi" → "Al-Qadhi said …", "el-Masri" →
"El-Masri added …"): control_claims._speaker_sides."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import kinds_and_events_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            '"Our positions have not moved," said Brigadier Mohammed al-Qadhi, a spokesman for '
            "the Yemeni army. Al-Qadhi said government troops had retaken Sirwah late on Tuesday.",
            "Sirwah",
        ),
        (
            '"The roads are open again," the Syrian army spokesman, Colonel Hassan el-Masri, '
            "told reporters. El-Masri added that soldiers had recaptured Palmyra on Monday.",
            "Palmyra",
        ),
    ],
)
def test_a_quoted_speaker_named_again_claims(dictionary, text, place):
    assert ("claimed", "retake") in kinds_and_events_of(text, dictionary, place)
