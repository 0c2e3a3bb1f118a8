"""The collector settings around the spaCy load and bulk parsing are restored afterwards, even
when the body fails, and stop automatic passes while they hold."""

import gc

import pytest

from places import nlp
from places.geoparser.cache import BULK_GC_THRESHOLD, rare_collections


def test_no_collection_stops_passes_and_restores_the_threshold():
    before = gc.get_threshold()
    with nlp._no_collection():
        assert gc.get_threshold()[0] == 0
        gc.enable()  # as srsly's msgpack reader does: still no automatic pass
        passes = []
        gc.callbacks.append(lambda phase, info: passes.append(phase))
        try:
            # Containers kept alive: past the usual threshold they would start passes.
            kept = [[] for _ in range(5 * max(before[0], 700))]
        finally:
            gc.callbacks.pop()
        assert passes == [] and len(kept) > before[0]
    assert gc.get_threshold() == before


def test_rare_collections_restores_the_threshold_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), rare_collections():
        assert gc.get_threshold() == (BULK_GC_THRESHOLD, *before[1:])
        raise RuntimeError("a failing parse")
    assert gc.get_threshold() == before
