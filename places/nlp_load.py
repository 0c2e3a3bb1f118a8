"""spaCy's pipeline loaded for inference only, in two thirds of the CPU time of a plain load.

Three costs of `import spacy` and `package.load()` buy nothing a parse needs (measured in a
process that has Django and the place index loaded already: 0.65 s CPU before, 0.45 s after):

- `import spacy` imports its command-line package for the one name `spacy.info` (`spacy.cli`:
  typer, weasel, httpx, requests, and a YAML file it reads at import), ~0.14 s. While spaCy is
  imported, `spacy.cli` and `spacy.cli.info` are stand-ins whose `info` imports the real one
  when called; afterwards they are removed, so `import spacy.cli` works as usual.
- catalogue (spaCy's and srsly's function registries) looks each name up among the installed
  packages' entry points by scanning all of them, at every lookup — srsly asks at each of the
  model's 127 msgpack reads. The entry points are grouped once (the same entry points: catalogue
  itself reads them once, at its import), ~0.04 s.
- the tokenizer is built twice: from the language's defaults (its special cases and regular
  expressions), then again from the model's own `tokenizer` file, which resets every setting
  first. The model's config here names a bare tokenizer (`BARE_TOKENIZER`), which the model's
  file then fills: the same tokenizer, ~0.03 s.

`tests/places/test_nlp.py` checks that the tokens, parses and entities are those of a plain
`spacy.load`.
"""

from __future__ import annotations

import sys
import types
from collections import defaultdict
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

BARE_TOKENIZER = "conflictmap.bare_tokenizer.v1"
_CLI_MODULES = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> None:
    """Import spaCy without its command-line package, group catalogue's entry points and
    register the bare tokenizer (before the model package, which imports spaCy)."""
    with _without_cli():
        import spacy
    _group_entry_points()
    _register_bare_tokenizer(spacy)


def load_package(package, exclude: list[str]) -> Language:
    """`package.load(exclude=exclude)` (an installed model package) with the bare tokenizer."""
    import_spacy()
    return package.load(
        exclude=exclude, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}
    )


def _info(*args, **kwargs):
    """`spacy.info`, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def _without_cli():
    """Stand-ins for spaCy's command-line modules while spaCy is first imported."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _CLI_MODULES):
        yield  # imported already (or being imported): nothing to save
        return
    stubs = {name: types.ModuleType(name) for name in _CLI_MODULES}
    stubs["spacy.cli.info"].info = _info
    sys.modules.update(stubs)
    try:
        yield
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def _group_entry_points() -> None:
    """catalogue's entry points as a dict of group -> entry points, which it reads by `.get`
    (instead of `.select(group=…)`, a scan of every entry point at each call)."""
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if type(available) is dict:
        return  # grouped already
    if isinstance(available, dict):  # SelectableGroups (Python < 3.12): grouped, behind select()
        grouped = {group: list(points) for group, points in dict.items(available)}
    else:  # EntryPoints
        grouped = defaultdict(list)
        for entry_point in available:
            grouped[entry_point.group].append(entry_point)
    catalogue.AVAILABLE_ENTRY_POINTS = dict(grouped)


def _register_bare_tokenizer(spacy) -> None:
    if BARE_TOKENIZER in spacy.registry.tokenizers:
        return
    from spacy.tokenizer import Tokenizer

    def create_bare_tokenizer():
        # The defaults of Tokenizer() are those of spaCy's own factory for the settings the
        # model's file does not reset (faster_heuristics).
        return lambda nlp: Tokenizer(nlp.vocab)

    spacy.registry.tokenizers.register(BARE_TOKENIZER, func=create_bare_tokenizer)
