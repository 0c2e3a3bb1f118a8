"""Loading the geoparser's place index and the spaCy model up front, saying so (issue 17: a long
command's first line says what it is loading and why)."""

from __future__ import annotations

from conflictmap.progress import say


def warm_up(*, places: bool = True, nlp: bool = True) -> None:
    """Load the place index and the spaCy model before the first article, saying what is loaded
    (a build of the index is said on any output; loading it from its cache, ~3 s, and the model,
    ~1 s, only on a terminal), so the pause before the bar is explained."""
    if places:
        from places.geoparser import get_geoparser
        from places.geoparser.cache import cache_path, gazetteer_version
        from places.models import Place

        if Place.objects.exists():
            if cache_path(gazetteer_version()).exists():
                say("loading the place index from its cache (a few seconds)", terminal_only=True)
            get_geoparser(progress=say)
    if nlp:
        from places.nlp import get_nlp

        say("loading the spaCy language model (about a second)", terminal_only=True)
        get_nlp()
