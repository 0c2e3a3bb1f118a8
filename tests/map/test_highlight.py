"""conflictmap.highlight: article text split into classed segments, never into HTML."""

from __future__ import annotations

from conflictmap.highlight import Span, segments

TEXT = 'SDF fighters moved on Raqqa.\n\n"We will free Raqqa," she said.'


def flat(paragraphs):
    return [(seg.text, seg.css) for para in paragraphs for seg in para]


def test_it_keeps_every_character_once_in_order():
    spans = [
        Span(0, 3, "actor"),
        Span(22, 27, "place"),
        Span(31, 46, "quote"),
        Span(44, 49, "place"),
    ]
    paragraphs = segments(TEXT, spans)
    assert len(paragraphs) == 2
    assert "".join(seg.text for seg in paragraphs[0]) == TEXT.split("\n\n")[0]
    assert "".join(seg.text for seg in paragraphs[1]) == TEXT.split("\n\n")[1]


def test_it_stacks_classes_where_spans_overlap():
    quote_start = TEXT.index("We")
    raqqa = TEXT.index("Raqqa", quote_start)
    paragraphs = segments(
        TEXT, [Span(quote_start, raqqa + 5, "quote"), Span(raqqa, raqqa + 5, "place", "Raqqa")]
    )
    classes = dict(flat(paragraphs))
    assert classes["Raqqa"] == "hl-quote hl-place"
    assert classes["We will free "] == "hl-quote"


def test_it_marks_the_source_span_and_anchors_its_first_segment():
    start = TEXT.index("We")
    paragraphs = segments(TEXT, [], marked=(start, start + 7))
    marked = [seg for para in paragraphs for seg in para if "hl-source" in seg.classes]
    assert "".join(seg.text for seg in marked) == "We will"
    assert marked[0].anchor and not any(seg.anchor for seg in marked[1:])


def test_it_ignores_spans_and_marks_outside_the_text():
    paragraphs = segments(TEXT, [Span(5, 500, "place"), Span(10, 5, "actor")], marked=(-1, 9999))
    assert all(not seg.classes for para in paragraphs for seg in para)


def test_it_keeps_markup_as_plain_text():
    text = "<script>alert(1)</script> in Raqqa"
    paragraphs = segments(text, [Span(0, 25, "quote")])
    assert paragraphs[0][0].text == "<script>alert(1)</script>"
