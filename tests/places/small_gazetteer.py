"""Geoparsers over a few made-up gazetteer rows, and what the geoparser tests read back from them.

Most geoparser tests build their own small gazetteer (a list of PlaceInfo) so that a rule's
effect shows without the rest of the world's namesakes; these helpers are the boilerplate they
share. The parser over the real gazetteer slice is the `parser` fixture in conftest.py.
"""

from __future__ import annotations

import pytest

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.geoparser.records import Mention
from places.geoparser.spotter import Spot
from places.normalize import name_key


def own_names(places: list[PlaceInfo]) -> list[tuple[int, str, str, str, bool]]:
    """Each place's own name as its preferred name row, as PlaceName stores it."""
    return [(p.place_id, p.name, name_key(p.name), "name", True) for p in places]


def geoparser_over(places: list[PlaceInfo], names=None, **options) -> Geoparser:
    """A geoparser over `places`, known by `names` (their own names unless given)."""
    rows = own_names(places) if names is None else names
    return Geoparser(GazetteerIndex.build(places, rows), **options)


def module_parser(places: list[PlaceInfo], names=None, **options):
    """A module-scoped fixture of `geoparser_over(places, names, **options)`: building the
    index once per module, as each test module reads the same small gazetteer."""

    @pytest.fixture(scope="module")
    def parser() -> Geoparser:
        return geoparser_over(places, names, **options)

    return parser


def names_found(parser: Geoparser, text: str) -> set[str]:
    """The names in `text` that the parser reads as places."""
    return {t.text for t in parser.parse(text)}


def countries_read(parser: Geoparser, text: str, name: str) -> set[str]:
    """The countries the parser puts `name` in, wherever it stands in `text`."""
    return {t.country for t in parser.parse(text) if t.text == name}


def first_reading(parser: Geoparser, text: str, name: str):
    """The parser's first toponym for `name` in `text`."""
    return next(t for t in parser.parse(text) if t.text == name)


def everything_a_person(text: str, windows) -> list[tuple[int, int, str]]:
    """A stand-in for `places.nlp.entities` that reads every window as a person, so that only
    the rules' own evidence makes a place."""
    return [(a, b, "PERSON") for a, b in windows]


def scored_mention(parser: Geoparser, name: str, start: int, scores: dict[int, float]) -> Mention:
    """A mention of `name` at `start` with all of its readings, scored as `scores` says
    (place_id -> score; the readings it leaves out score 0)."""
    key = name_key(name)
    cands = parser._shortlist(key)
    by_id = {parser.index.places[i].place_id: k for k, (i, _f) in enumerate(cands)}
    mention = Mention(Spot(start, start + len(name), key), cands)
    mention.scores = [0.0] * len(cands)
    for place_id, score in scores.items():
        mention.scores[by_id[place_id]] = score
    return mention


def leader(parser: Geoparser, mention: Mention) -> PlaceInfo:
    """The place of the mention's best-scored reading."""
    return parser.index.places[mention.leading_place()]
