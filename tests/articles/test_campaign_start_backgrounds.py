"""A start told in a "since …" clause about another event is background, not the start of the
article's campaign (campaign_start_owners._background), also where the parse takes the clause's
subject for the object of "since" (_subject_in_mark). Two differently worded phrasings each."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.rows import dated_alone

# Friday 11 March 2022 is the publication day below.


@pytest.mark.parametrize(
    "text",
    [
        (
            "Rebels take Goundam\n"
            "Rebel fighters seized the town of Goundam on Thursday, residents said.\n"
            "Prices have doubled since the militia and its allies started the push from the hills"
            " in early February."
        ),
        (
            "Separatists enter Goundam\n"
            "Separatist fighters entered Goundam on Wednesday after the garrison fled.\n"
            "Air traffic has stopped since the separatists and the volunteers started their push"
            " from the coast in February."
        ),
        (
            "Rebels take Goundam\n"
            "Rebel fighters seized the town of Goundam on Thursday, residents said.\n"
            "The loss of the bridge cuts the main link between the capital and the north, which"
            " has flown in troops and fuel since the rebels and the exiles began their advance"
            " from the border in January."
        ),
    ],
)
def test_a_start_in_a_since_clause_about_another_event_does_not_date_the_campaign(text):
    assert dated_alone(text, "Goundam")[0] != dt.date(2022, 1, 1)
    assert dated_alone(text, "Goundam")[0] != dt.date(2022, 2, 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the same start as the sentence's own clause still dates it
        (
            "Rebels take Goundam\n"
            "Rebel fighters seized the town of Goundam on Thursday, residents said.\n"
            "The militia and its allies started the push from the hills in early February.",
            dt.date(2022, 2, 1),
        ),
        (
            "Rebels take Goundam\n"
            "Rebel fighters seized the town of Goundam on Thursday, residents said.\n"
            "The rebels and the exiles began their advance from the border in January.",
            dt.date(2022, 1, 1),
        ),
    ],
)
def test_the_same_start_as_its_own_clause_still_dates_the_campaign(text, started):
    assert dated_alone(text, "Goundam") == (started, 3)
