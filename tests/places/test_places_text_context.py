"""How the geoparser reads the words around a name: the word before (across spaces, tabs and
no-break spaces, with its apostrophes, dots and hyphens), the word after, the sentence, and
datelines in capitals."""

from __future__ import annotations

import pytest

from places.geoparser.filters import Context
from places.geoparser.parser import _DATELINE


@pytest.mark.parametrize(
    "text, name, before, after, words_before",
    [
        ("Mr. Smith said in al-Raqqa.", "al-Raqqa", "in", "al-Raqqa.", ["Smith", "said", "in"]),
        ("tab\tbefore\u00a0Paris", "Paris", "before", "Paris", ["tab", "before"]),
        ("O'Brien's Mosul", "Mosul", "O'Brien's", "Mosul", ["O'Brien's"]),
        ("re-village  Paris", "Paris", "re-village", "Paris", ["re-village"]),
        ("12345 Paris", "Paris", "", "Paris", []),  # a number is no word
        ("“Quote.” Next", "Next", "", "Next", ["Quote"]),  # nor a closing quote
        ("He fled Homs  \n\nIn Aleppo", "Aleppo", "In", "Aleppo", ["fled", "Homs", "In"]),
    ],
)
def test_it_reads_the_words_around_a_name(text, name, before, after, words_before):
    pos = text.index(name)
    context = Context(text)
    assert context.word_before(pos) == before
    assert context.word_before_start(pos) == (text.rindex(before, 0, pos) if before else pos)
    assert context.word_after(pos) == after
    assert context.words_before(pos, 3) == words_before


@pytest.mark.parametrize(
    "text, name, sentence, initial",
    [
        ("Mr. Smith said in al-Raqqa.", "al-Raqqa", "Smith said in al-Raqqa.", False),
        ("“Quote.” Next", "Next", "Next", True),
        ("Really?! Yes. (Maybe.) No\n", "No", "No", True),
        ("He fled Homs  \n\nIn Aleppo", "Aleppo", "In Aleppo", False),
        ("said: “You", "You", "said: “You", True),  # the first word of a quotation
    ],
)
def test_it_finds_the_sentence_of_a_name_and_whether_the_name_opens_it(
    text, name, sentence, initial
):
    pos = text.index(name)
    context = Context(text)
    start, end = context.sentence(pos)
    assert text[start:end] == sentence
    assert context.is_sentence_initial(pos) is initial


@pytest.mark.parametrize(
    "text, datelines",
    [
        ("March 15, 2009 NEWARK -- Police", ["NEWARK"]),
        ("CHARLESTON, W.Va. -- A", ["CHARLESTON"]),
        ("He went to the U.S. last year.\n\nBEIRUT: The", ["BEIRUT"]),
        ("The CIA said, US officials", []),
        # joint datelines name both cities
        ("Talks resume\nBAKU/YEREVAN, Oct 26 (Reuters) - Azerbaijan", ["BAKU", "YEREVAN"]),
        ("KYIV/MOSCOW, March 3 - Officials in", ["KYIV", "MOSCOW"]),
        ("Rumours of an AC/DC, tour", []),
    ],
)
def test_it_finds_datelines_in_capitals(text, datelines):
    assert [m.group(1) or m.group(2) for m in _DATELINE.finditer(text)] == datelines
