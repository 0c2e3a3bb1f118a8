"""The towns a campaign took told in the sentence after its own, with a pronoun for its attacker:
"his supporters then pushed east in an offensive toward A. They took B, C and D in the first
days", "The rebels launched their offensive on March 3. They seized B on the 5th and C a week
later". `campaign_reach` reads only sentences with a campaign noun, or, without one, a subject
that names the attacker; "they" and "it" name no one, but right after a sentence about one
campaign they stand for its attacker (over heldout10-35 such sentences name 23 places, 20 of them
gold targets; after a sentence without a campaign noun, "They took B" as often tells an earlier
raid or people taken).

The place must be the object of a verb of taking or attacking (`campaign_reach._taking_verb`:
through lists, "the towns of", never a village in apposition) whose own subject is the pronoun,
told of no earlier time ("since they overran B in 1988"), opening its sentence (in "the rebels
said they had taken B" the pronoun stands for the side the sentence names). Parse relations
only; no word names a place, group or person."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .campaign_reach import (
    _ATTACKING,
    _CAMPAIGN_NOUN,
    _OTHER_CAMPAIGN,
    _TAKING,
    _about,
    _cause,
    _earlier_year,
    _places,
    _taking_verb,
)
from .campaign_record import name_key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .campaign_context import CampaignArticle
    from .campaign_record import CampaignRecord
    from .sentences import Span

# Pronouns standing for the attacker of the campaign the sentence before told.
_PRONOUNS = frozenset({"they", "it"})


def add_pronoun_places(article: CampaignArticle, records: list[CampaignRecord]) -> None:
    """Each campaign takes the places a pronoun took in the sentence after its own (docstring)."""
    doc = article.doc
    if doc is None or not records:
        return
    places = sorted(_places(article, doc), key=lambda p: p[1])
    starts = [p[1] for p in places]
    text = article.text
    for before, sentence in zip(article.sentences, article.sentences[1:], strict=False):
        first = bisect.bisect_left(starts, sentence.start)
        if first == len(starts) or starts[first] >= sentence.end:
            continue  # no place in the sentence
        if _CAMPAIGN_NOUN.search(text, sentence.start, sentence.end):
            continue  # campaign_reach read it
        record = _campaign_before(text, records, before)
        if record is None:
            continue
        have = {name_key(t) for t in record.targets}
        have |= {name_key(text[s:e]) for s, e in record.target_spans}
        for name, start, end, district in places[first : bisect.bisect_left(starts, sentence.end)]:
            if district or name_key(name) in have or name_key(text[start:end]) in have:
                continue
            verb = _taking_verb(doc, start, end)
            if verb is None or not _pronoun_took(record, verb, text, sentence):
                continue
            article.add_target(record, (name, start, end))
            have.add(name_key(name))


def _campaign_before(
    text: str, records: list[CampaignRecord], before: Span
) -> CampaignRecord | None:
    """The one campaign the sentence before tells, with a campaign noun."""
    if not _CAMPAIGN_NOUN.search(text, before.start, before.end):
        return None
    said = text[before.start : before.end]
    about = [r for r in records if _about(text, r, before, said)]
    if not about and len(records) == 1 and not _OTHER_CAMPAIGN.search(said):
        about = records
    return about[0] if len(about) == 1 else None


def _pronoun_took(record: CampaignRecord, verb: Token, text: str, sentence: Span) -> bool:
    """A verb of taking or attacking whose own subject is "they" or "it" opening the sentence, of
    no earlier time."""
    if verb.lower_ not in _TAKING and verb.lower_ not in _ATTACKING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head.tag_.startswith("VB"):
        verb = verb.head  # "They took A and seized B": B's verb shares the subject
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _PRONOUNS or not _opens(subject, text, sentence):
        return False
    return not (_cause(verb) or _earlier_year(record, verb))


def _opens(subject: Token, text: str, sentence: Span) -> bool:
    """The pronoun opens its sentence: one inside a clause ("the rebels said they had taken A")
    stands for a side that sentence names."""
    said = text[sentence.start : sentence.end]
    return subject.idx == sentence.start + len(said) - len(said.lstrip(" \n\"'“"))
