"""The towns a pronoun took in the sentence after a campaign's own join its targets
(articles/extraction/campaign_pronoun_reach.py): two phrasings, and what does not."""

from __future__ import annotations

import pytest

from tests.articles.rows import targets_of_campaign_on


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            "The Taliban launched an offensive on Kabul in early June. They took Kandahar, Herat "
            "and Ghazni in the first days.",
            "Kabul",
            ["Kandahar", "Herat", "Ghazni"],
        ),
        (
            "The rebels opened a push toward Baghdad last week. They seized Mosul on Monday "
            "and captured Tikrit a day later, residents said.",
            "Baghdad",
            ["Mosul", "Tikrit"],
        ),
    ],
)
def test_a_pronoun_after_the_campaigns_sentence_stands_for_its_attacker(
    dictionary, text, target, reached
):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # the pronoun of a clause stands for the side its sentence names
            "The Taliban launched an offensive on Kabul in early June. Witnesses said they took "
            "Kandahar on Monday.",
            "Kabul",
            "Kandahar",
        ),
        (
            # the sentence before tells no campaign
            "The Taliban launched an offensive on Kabul in early June. Fighting has been heavy in "
            "the east. They took Kandahar on Monday.",
            "Kabul",
            "Kandahar",
        ),
    ],
)
def test_other_pronouns_take_nothing(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)
