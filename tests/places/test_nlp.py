"""The shared statistical parse: one per text, offsets that index into the article, any length."""

from __future__ import annotations

from places.nlp import parse

WIRE = (
    "RAQQA, Syria (Reuters) - The Syrian Democratic Forces said on Sunday they had launched an "
    'offensive on Raqqa. "We will take the city," said Talal Silo, a spokesman for the alliance.'
)


def test_a_wire_paragraph_gets_sentences_entities_and_dependencies():
    doc = parse(WIRE)
    assert len(list(doc.sents)) >= 2
    labels = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Talal Silo", "PERSON") in labels
    launched = next(t for t in doc if t.text == "launched")
    assert any(child.dep_ == "dobj" and child.text == "offensive" for child in launched.children)


def test_the_same_text_is_parsed_once():
    assert parse(WIRE) is parse(WIRE)


def test_a_text_longer_than_spacys_limit_is_parsed_in_blocks_with_offsets_kept():
    paragraph = "Government forces shelled the town of Kunduz on Monday, officials in Kabul said.\n"
    text = paragraph * 1400  # ~115,000 characters: over one block, cut at a newline
    doc = parse(text)
    assert doc.text == text
    last = [ent for ent in doc.ents if ent.text == "Kabul"][-1]
    assert text[last.start_char : last.end_char] == "Kabul"
    assert last.start_char > len(text) - len(paragraph)


def test_a_headline_without_a_full_stop_is_its_own_sentence():
    for headline, lead in (
        (
            "Ukraine says Robotyne liberated as southern push grinds toward Tokmak",
            "Ukrainian forces have liberated the village of Robotyne, the ministry said.",
        ),
        (
            "Congo rebels seize Kanyabayonga, opening road to Butembo",
            "M23 rebels captured the town of Kanyabayonga on Friday, residents said.",
        ),
    ):
        doc = parse(headline + "\n" + lead)
        starts = {sentence.start_char for sentence in doc.sents}
        assert len(headline) + 1 in starts
        verb = next(t for t in doc if t.text in ("liberated", "captured") and t.idx > len(headline))
        assert verb.head.idx > len(headline)  # the lead's verb hangs in the lead, not the headline


def test_texts_parsed_together_read_as_if_parsed_alone():
    from places.nlp import _parses, get_nlp, parse_batch

    texts = [
        WIRE,
        "KYIV, May 3 (Reuters) - Russian troops captured the village of Ocheretyne overnight, "
        "Ukraine's military said, as Moscow pressed its advance west of Avdiivka.",
        "Goma (AFP) - M23 rebels have seized the town of Rubaya, a local official told AFP on "
        "Thursday, adding that the army had withdrawn toward Sake.",
    ]
    _parses.clear()
    parse_batch(texts)
    alone = [get_nlp()(text) for text in texts]
    for text, single in zip(texts, alone, strict=True):
        together = parse(text)  # kept by the batch: not parsed again
        assert together is parse(text)
        assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in together] == [
            (t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in single
        ]


def test_a_text_longer_than_one_block_parsed_ahead_is_kept_for_parse():
    from places.nlp import BLOCK_CHARS, _parses, parse_batch, parsed

    paragraph = "Rebels seized the town of Rubaya on Thursday, a local official in Goma said.\n"
    long_text = paragraph * (BLOCK_CHARS // len(paragraph) + 5)
    short_text = "Government forces retook Kupiansk, the ministry said on Monday."
    _parses.clear()
    parse_batch([long_text, short_text])
    kept = parsed(long_text)
    assert kept is not None and kept is parse(long_text)
    assert kept.text == long_text and parsed(short_text) is not None


def test_our_parse_loop_annotates_as_spacys_own_pipeline():
    """run_pipes steps the parser and the entity recogniser from Python (holding the interpreter
    lock): the same tags, heads, labels, entities and sentences as nlp.pipe, empty texts too."""
    from places.nlp import ENTITY_PIPES, get_nlp, run_pipes

    nlp = get_nlp()
    texts = [
        WIRE,
        "",
        "   \n",
        "Ukraine says Robotyne liberated as southern push grinds toward Tokmak\nUkrainian forces "
        "have liberated the village, Hanna Maliar told reporters in Kyiv on Monday.",
        "MOGADISHU (AP) — Al-Shabab fighters attacked a military base near Kismayo, said Col. "
        "Ahmed Nur of the Somali National Army.",
    ]

    def annotations(doc):
        return [
            (t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc
        ]

    ours = run_pipes(nlp, [nlp.make_doc(text) for text in texts])
    assert [annotations(d) for d in ours] == [annotations(d) for d in nlp.pipe(texts)]
    others = [name for name in nlp.pipe_names if name not in ENTITY_PIPES]
    ours = run_pipes(nlp, [nlp.make_doc(text) for text in texts], ENTITY_PIPES)
    spacys = nlp.pipe(texts, disable=others)
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ours] == [
        [(e.start_char, e.end_char, e.label_) for e in d.ents] for d in spacys
    ]
    assert ours[0].ents and not ours[0][0].dep_  # the recogniser alone: no dependencies


def test_the_cheaper_load_gives_the_tokenizer_and_annotations_of_a_plain_load():
    """places/nlp_load.py skips spaCy's command-line package, catalogue's entry-point scans and
    the first of the tokenizer's two builds: the pipeline must be the one spacy.load gives."""
    import importlib

    from thinc.api import use_ops

    from places.nlp import EXCLUDED_PIPES, MODEL_PACKAGE, get_nlp, run_pipes

    ours = get_nlp()
    package = importlib.import_module(MODEL_PACKAGE)
    with use_ops("numpy", use_blis=False):
        plain = package.load(exclude=list(EXCLUDED_PIPES))  # the default tokenizer factory
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    texts = [
        WIRE,
        "Don't go to the U.S. embassy at 9 a.m.; see https://example.org/a-b?c=d :) for details.",
        "Gen. Mark Milley met Lt.-Col. Olena Kovalenko in Kyiv's Podil district on Jan. 5th, "
        "the Pentagon's spokesman said; 1,200 troops (about 3%) left.",
    ]

    def annotations(doc):
        return [
            (t.text, t.whitespace_, t.norm_, t.tag_, t.dep_, t.ent_iob_, t.ent_type_) for t in doc
        ]

    with use_ops("numpy", use_blis=False):
        expected = [annotations(doc) for doc in plain.pipe(texts)]
    got = [annotations(doc) for doc in run_pipes(ours, [ours.make_doc(t) for t in texts])]
    assert got == expected


def test_spacys_command_line_package_still_imports_after_the_cheaper_load():
    import spacy

    from places.nlp import get_nlp

    get_nlp()
    from spacy.cli import download  # the real package, imported on demand

    assert callable(download)
    assert spacy.info(silent=True)["spacy_version"] == spacy.__version__
