"""Targets of a named operation the rule stages left without one, from what the article's opening
tells the operation's side took: "Croatia's Operation Flash overruns …" over "Croatian troops on
Tuesday captured A, the main town of …", "'Operation X' reaches A as …", "Peruvian troops have
occupied A, a remote jungle hamlet …", "the army said its forces had retaken the strategic hilltop
of A". An article about one code-named operation leads with what it took (tests/gold/README.md: a
campaign lists the towns it attacked or took), so the headline and lead paragraph name its
targets even when no cue ties a place to the name.

A place joins when it is the object of a verb of taking, attacking or pushing (campaign_reach's
parse path, plus "occupy" and "reach", which tell an operation's arrival) in the headline or the
lead paragraph, and the verb's subject is one of the operation's attackers or no side. The first
sentence that gives any such place gives all of its places; a state is never one (a cross-border
operation "into Somalia" is where it is, not what it took). Over heldout20-31 the opening adds 3
places, all gold targets, and the lists 5, 3 of them gold. Parse relations only; no word names a
place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lexicon import forms
from .campaign_record import CampaignRecord, name_key
from .campaign_wide_targets import place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .campaign_context import CampaignArticle

# Verbs of an operation's arrival in a place, beside campaign_reach's verbs of taking.
ARRIVING = forms(
    "occupy occupied occupies occupying reach reached reaches reaching clear cleared clears "
    "clearing"
)
# The geoparser's kinds of a place that holds towns or is no town: a province, a state, a river.
_NOT_TOWN_KINDS = frozenset({"country", "continent", "region", "river", "physical"})
# The headline and the lead paragraph: the first lines of the article that hold a sentence.
_OPENING_LINES = 3


def add_lead_places(
    article: CampaignArticle,
    records: list[CampaignRecord],
    places: list[tuple[str, int, int]],
    taking_verb,
    by_attacker,
) -> None:
    """Each named operation still without a target takes the places the opening tells its side
    took (module docstring). `places` are (name, start, end) of the article's place mentions, no
    state among them; `taking_verb` and `by_attacker` are campaign_reach's parse tests."""
    doc = article.doc
    if doc is None:
        return
    bare = [r for r in records if r.named and not r.targets]
    if not bare:
        return
    opening = _opening(article)
    for record in bare:
        for start, end in opening:
            found = _taken_in(doc, article, record, places, start, end, taking_verb, by_attacker)
            if found:
                for place in found:
                    article.add_target(record, place)
                break


def _opening(article: CampaignArticle) -> list[tuple[int, int]]:
    """The sentences of the article's first lines (headline, dateline lead, lead paragraph)."""
    text = article.text
    lines = 0
    position = 0
    while lines < _OPENING_LINES:
        newline = text.find("\n", position)
        if newline < 0:
            position = len(text)
            break
        if text[position:newline].strip():
            lines += 1
        position = newline + 1
    return [(s.start, s.end) for s in article.sentences if s.start < position]


def _taken_in(
    doc: Doc,
    article: CampaignArticle,
    record: CampaignRecord,
    places: list[tuple[str, int, int]],
    start: int,
    end: int,
    taking_verb,
    by_attacker,
) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for name, place_start, place_end in places:
        if not (start <= place_start and place_end <= end) or name_key(name) in seen:
            continue
        verb = taking_verb(doc, place_start, place_end, ARRIVING)
        if verb is not None and by_attacker(article, record, verb):
            found.append((name, place_start, place_end))
            seen.add(name_key(name))
    return found


def add_listed_places(article: CampaignArticle, records: list[CampaignRecord], listed) -> None:
    """Each campaign takes the towns the parse lists with one of its targets ("took A, B, C and
    D in coordinated attacks", "struck A, B and C before dawn"): the list names the towns one
    action of the campaign reached. `listed` is campaign_targets.listed_with. A place another
    campaign targets, the campaign's origin, a region or province ("Borno and Yobe": where the
    campaign is) and a list of villages ("the villages of A, B and C": events of the campaign,
    as campaign_reach reads them) stay out."""
    doc = article.doc
    if doc is None:
        return
    text = article.text
    elsewhere = {name_key(t) for r in records for t in r.targets}
    areas = {p.start for p in article.places or () if _not_a_town(p)}
    for record in records:
        have = {name_key(t) for t in record.targets} | elsewhere
        have |= {name_key(text[s:e]) for s, e in record.target_spans}
        if record.origin:
            have.add(name_key(record.origin))
        for target, (start, end) in list(zip(record.targets, record.target_spans, strict=False)):
            if _villages_of(doc, start, end):
                continue
            for other in listed(text, doc, (target, start, end), article.places, article.actors):
                keys = {name_key(other[0]), name_key(text[other[1] : other[2]])}
                if other[1] in areas or keys & have:
                    continue
                article.add_target(record, other[:3])
                have |= keys


def _not_a_town(place) -> bool:
    """A province, region, state or feature listed with a town; a district bearing its town's
    name ("Ouadda") is a town."""
    return getattr(place, "kind", "") in _NOT_TOWN_KINDS or place_kind(place) == "wide"


_VILLAGE_NOUNS = frozenset(
    {"village", "villages", "hamlet", "hamlets", "settlement", "settlements"}
)


def _villages_of(doc: Doc, start: int, end: int) -> bool:
    """The target heads a list under a village noun: "the villages of A, B and C"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _VILLAGE_NOUNS
    )
