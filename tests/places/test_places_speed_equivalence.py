"""What the speed pass must not change: the rewritten text helpers agree with the regexes they
replace, `geoparse` output loses nothing by skipping candidate lists, and the raw-SQL loader
writes the rows the ORM would have written. No timings here (see benchmarks/geoparse_eval.py)."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from places.geoparser.filters import Context

# The definitions before the speed pass, kept here as the reference.
OLD_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])[\"'”’)\]]*\s+)|\n+")
OLD_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’\-]*)[\s]*$")
OLD_WORD_AFTER = re.compile(r"^\s*([A-Za-z][\w'’\-]*\.?)")
OLD_DATELINE = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=[12]\d\d\d\s))([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2})"
                          r"(?=,\s|\s--|\s—|\s-\s|:\s)")

TRICKY = [
    "", " ", "a", "Mr. Smith said in al-Raqqa.", "He went to the U.S. last year.\n\nBEIRUT: The",
    "re-village  Paris", "tab\tbefore\u00a0Paris", "x_1.’- Paris", "é'Paris", "“Quote.” Next",
    "Really?! Yes. (Maybe.) No\n", "12345 Paris", "...", "a-\nb", "said: “You", "‘ ’ - —",
    "March 15, 2009 NEWARK -- Police", "CHARLESTON, W.Va. -- A", "O'Brien's Mosul",
]

TEXT = st.text(alphabet="aZ .!?\n\"')]’'-_é1\t\u00a0:“,”—", max_size=120)


def _reference(text: str, pos: int) -> tuple[str, int, str, list[str], tuple[int, int]]:
    m = OLD_WORD_BEFORE.search(text, max(0, pos - 40), pos)
    before, before_start = (m.group(1), m.start(1)) if m else ("", pos)
    m = OLD_WORD_AFTER.match(text[pos:pos + 40])
    after = m.group(1) if m else ""
    words = re.findall(r"[A-Za-z][\w'’\-]*", text[max(0, pos - 60):pos])[-3:]
    starts = [0] + [m.end() for m in OLD_SENTENCE_BREAK.finditer(text)]
    i = bisect.bisect_right(starts, pos) - 1
    start = starts[i]
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    sentence = (start, len(text[:end].rstrip()) if end > start else end)
    return before, before_start, after, words, sentence


def _check(text: str) -> None:
    ctx = Context(text)
    assert ctx.starts == [0] + [m.end() for m in OLD_SENTENCE_BREAK.finditer(text)]
    assert ctx.lower_words == set(re.findall(r"\b[a-z][a-z'’\-]*\b", text))
    for pos in range(len(text) + 1):
        before, before_start, after, words, sentence = _reference(text, pos)
        assert ctx.word_before(pos) == before, (text, pos)
        assert ctx.word_before_start(pos) == before_start, (text, pos)
        assert ctx.word_after(pos) == after, (text, pos)
        assert ctx.words_before(pos, 3) == words, (text, pos)
        assert ctx.sentence(pos) == sentence, (text, pos)


@pytest.mark.parametrize("text", TRICKY)
def test_it_reads_neighbouring_words_and_sentences_as_the_old_regexes(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_it_reads_any_text_as_the_old_regexes(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AB C.!?\n2019-:,—’'x", max_size=60))
def test_it_finds_the_same_datelines_as_the_old_regex(text):
    from places.geoparser.parser import _DATELINE

    assert [m.span(1) for m in _DATELINE.finditer(text)] == [m.span(1) for m in OLD_DATELINE.finditer(text)]


def test_it_returns_the_same_toponyms_without_candidate_lists(parser):
    text = ("Fighters advanced on Raqqa from northern Syria, while Iraqi forces pushed into Mosul. "
            "In Tripoli, Lebanon, officials met envoys from Turkey and Iraq.")
    full = parser.parse(text)
    lean = parser.parse(text, candidates=False)
    assert full, "the slice should resolve these names"
    assert all(t.candidates for t in full)
    assert all(t.candidates == [] for t in lean)
    strip = [dict(t.as_dict(), candidates=None) for t in full]
    assert strip == [dict(t.as_dict(), candidates=None) for t in lean]


def test_it_writes_plain_values_and_keys_when_loading(gazetteer, db):
    """The raw INSERTs store TextChoices by value, keys by name_key, one name per place once."""
    from places.models import Place, PlaceName
    from places.normalize import name_key

    kinds = set(PlaceName.objects.values_list("kind", flat=True).distinct())
    assert kinds <= {"name", "abbr", "demonym"} and "name" in kinds
    assert set(Place.objects.values_list("kind", flat=True).distinct()) <= set(Place.Kind.values)
    assert set(Place.objects.values_list("source", flat=True).distinct()) <= set(Place.Source.values)
    raqqa = Place.objects.get(geonameid=172955)
    assert (raqqa.kind, raqqa.feature_class, raqqa.country_code) == ("settlement", "P", "SY")
    assert raqqa.point.srid == 4326 and abs(raqqa.point.y - 35.95) < 0.1
    assert raqqa.created_at is not None and raqqa.updated_at is not None
    names = list(raqqa.names.values_list("name", "key", "preferred"))
    assert [n for n, _k, preferred in names if preferred] == [raqqa.name]
    assert all(key == name_key(name) for name, key, _p in names)
    assert len({n for n, _k, _p in names}) == len(names)
    # Shapes went through the same adapter: a region keeps its polygon.
    assert Place.objects.filter(kind="admin", country_code="SY", geometry__isnull=False).exists()
