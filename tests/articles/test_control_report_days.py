"""The day a quoted claim was made, read from its attribution past the addressee ("told the X
news agency on Monday evening"), the day a change no sentence dates is reported, and the day of
a clause the last participle of its list ("…, and seizing X") takes. Each rule is
read in two differently worded phrasings (published on Wednesday 12 June 2024)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, TUESDAY, WEDNESDAY, dates_of, rows


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            'M23 rebels fought their way into the hills. "Kibumba is under our control. The army '
            'fled towards Goma," Lawrence Kanyuka, a spokesman for the M23, told the Associated '
            "Press on Monday evening.",
            "Kibumba",
            (MONDAY, 1),
        ),
        (
            'Houthi fighters pressed on towards the city. "Sirwah is in our hands. The '
            'mercenaries ran," a spokesman for the Houthis told Al Masirah television late on '
            "Tuesday.",
            "Sirwah",
            (TUESDAY, 1),
        ),
    ],
)
def test_a_quoted_claim_takes_the_day_of_its_attribution(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Since then the Taliban have pushed south along the highway, capturing the districts "
            "of Arghandab and Panjwai.",
            "Arghandab",
        ),
        (
            "Houthi fighters have advanced along the valley floor, overrunning the villages of "
            "Sirwah and Harib.",
            "Harib",
        ),
    ],
)
def test_a_change_no_sentence_dates_is_dated_by_the_report(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Taliban had already taken Arghandab, which now lies behind their lines.",
            "Arghandab",
        ),
        (
            "Al Shabaab fighters had already seized the town of Bulo Burde before the talks.",
            "Bulo Burde",
        ),
    ],
)
def test_a_change_already_done_is_told_as_of_the_report(dictionary, text, place):
    # no day of its own (the campaign steps read it undated): the day it is reported
    assert [r for r in rows(text, dictionary) if r[0] == place]
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "M23 rebels attacked several villages in North Kivu on Monday, briefly entering "
            "Kibumba, a market town on the road north of Goma, and seizing the town of Rubaya, "
            "officials said.",
            "Rubaya",
        ),
        (
            "Boko Haram fighters struck army posts along the river on Monday, burning a market and "
            "two schools near the ferry crossing, and taking the village of Malam Fatori, "
            "residents said.",
            "Malam Fatori",
        ),
    ],
)
def test_the_last_participle_of_a_list_keeps_the_clauses_day(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(MONDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Free Syrian Army fighters entered the village of Dabiq after a short battle, the "
            "Syrian Observatory for Human Rights said.",
            "Dabiq",
        ),
        (
            "Taliban fighters overran the district centre of Ghoriyan after the police ran out "
            "of ammunition, a local official said.",
            "Ghoriyan",
        ),
    ],
)
def test_a_change_told_alone_is_the_news_of_the_day(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}
