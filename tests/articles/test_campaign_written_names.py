"""An unnamed campaign is called by its target as the article spells it, while its target
stays the gazetteer's place (articles/extraction/campaign_written_names.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord, extract

SUNDAY = dt.date(2016, 11, 6)


def _place(text: str, written: str, canonical: str) -> PlaceRecord:
    start = text.index(written)
    return PlaceRecord(start, start + len(written), written, canonical, 30.0, 60.0, 1)


@pytest.mark.parametrize(
    "text, written, canonical",
    [
        (
            "Afghan forces launched an offensive on Musa Qala on Monday to drive out the "
            "Taliban, officials said.",
            "Musa Qala",
            "Mūsá Qal‘ah",
        ),
        (
            "Iraqi troops began an assault on the city of Mawsil on Monday, the army said.",
            "Mawsil",
            "Mosul",
        ),
    ],
)
def test_an_unnamed_campaign_takes_the_articles_spelling(dictionary, text, written, canonical):
    place = _place(text, written, canonical)
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary, places=[place]).campaigns
    assert campaign.name == f"{written} offensive"
    assert campaign.targets == [canonical]


@pytest.mark.parametrize(
    "text, written, canonical",
    [
        (
            "MOSUL, Iraq (Reuters) - Iraqi forces began an assault on MOSUL on Monday.",
            "MOSUL",
            "Mosul",
        ),
        (
            "KABUL, Afghanistan (AP) - Afghan forces launched an offensive on KABUL on Monday.",
            "KABUL",
            "Kabul",
        ),
    ],
)
def test_a_dateline_in_capitals_keeps_the_gazetteers_spelling(dictionary, text, written, canonical):
    start = text.index(written, 10)
    place = PlaceRecord(start, start + len(written), written, canonical, 30.0, 60.0, 1)
    campaigns = extract(text, published=SUNDAY, dictionary=dictionary, places=[place]).campaigns
    assert [c.name for c in campaigns] == [f"{canonical} offensive"]


def test_a_named_operation_keeps_its_name(dictionary):
    text = "Turkish troops launched Operation Olive Branch on Afrin on Saturday, the army said."
    place = _place(text, "Afrin", "‘Afrīn")
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary, places=[place]).campaigns
    assert campaign.name == "Operation Olive Branch"


@pytest.mark.parametrize(
    "text, written, canonical",
    [
        (
            "The Taliban launched an offensive on the Panjshir valley on Monday, officials said.",
            "Panjshir valley",
            "Panjshayr",
        ),
        (
            "Houthi fighters began an assault on Hodeida city on Friday, the coalition said.",
            "Hodeida city",
            "Al Ḩudaydah",
        ),
    ],
)
def test_a_lower_case_kind_word_is_no_part_of_the_name(dictionary, text, written, canonical):
    place = _place(text, written, canonical)
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary, places=[place]).campaigns
    assert campaign.name == f"{written.rsplit(' ', 1)[0]} offensive"
