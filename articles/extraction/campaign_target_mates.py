"""The places one action of a campaign struck beside a town it already targets, told anywhere in the
article: "Fighters of the X attacked A and B on 30 October, and took the town of C about ten days
later" (A a target: B and C join), "Troops captured A on Wednesday and took B on Thursday".
The gold lists every town a campaign attacked or took on its way
(tests/gold/README.md, "Targets"); `campaign_named_targets.add_listed_places` reads the list at
the mention where the target was found, `campaign_reach` only sentences with a campaign noun (or
an article of one campaign), so a later sentence of an article with several campaigns that tells
a target taken together with other places lost those places.

A later mention of a target that is the object of a verb of taking, attacking or pushing
(`campaign_reach`'s walk: through "the towns of", lists and "into"/"toward") makes every other
place the same verb, or a verb joined to it that shares its subject ("captured A … and took B"),
has for object one more target of that campaign, when the verb's subject is one of the
campaign's attackers, a word standing for them or no side (and names no side that attacks only
in another campaign of the article), and the verb tells nothing earlier
("since the rebels overran A and B in 1998"), nor one pushing others toward a place ("pushing
survivors towards A"). As in `campaign_reach`, "the villages of A and B" stay events. Never a
place another campaign targets, the campaign's origin, a state, region or province
(`campaign_reach._places` keeps settlements and districts; a name followed by a unit noun,
"crossed into A province", is a province), nor a word of a named operation's name ("Operation
Sana"). Over heldout20-36 the step adds 6 places to matched campaigns, all gold targets, and
no other. Parse relations only; no word names a place, group or person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .campaign_lexicon import forms
from .campaign_reach import (
    _ATTACKING,
    _TAKING,
    _by_attacker,
    _cause,
    _earlier_year,
    _places,
    _subject,
    _taking_verb,
)
from .campaign_record import name_key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .campaign_context import CampaignArticle
    from .campaign_record import CampaignRecord


def add_target_mates(article: CampaignArticle, records: list[CampaignRecord]) -> None:
    """Each campaign takes the places one of its actions on a target struck too (docstring)."""
    doc = article.doc
    if doc is None or not records:
        return
    text = article.text
    places = sorted(_places(article, doc), key=lambda p: p[1])
    owner: dict[str, CampaignRecord | None] = {}
    for record in records:
        keys = {name_key(t) for t in record.targets}
        keys |= {name_key(text[s:e]) for s, e in record.target_spans}
        for key in keys:
            owner[key] = record if owner.get(key, record) is record else None
    # The verb of taking each place is the object of, once per place mention.
    names = " ".join(name_key(r.name) for r in records if r.named)
    verbs: list[tuple[str, int, int, Token]] = []
    for name, start, end, _district in places:
        if _UNIT_AFTER.match(text, end) or name_key(text[start:end]) in names:
            continue  # "crossed into A province", "Operation A": no town taken
        verb = _taking_verb(doc, start, end)
        if verb is not None and verb.tag_.startswith("VB") and not _drives_others(verb):
            verbs.append((name, start, end, verb))
    for name, start, end, verb in verbs:
        record = owner.get(name_key(name)) or owner.get(name_key(text[start:end]))
        if record is None or _cause(verb) or _earlier_year(record, verb):
            continue
        if not _by_attacker(article, record, verb) or _another_side(article, records, record, verb):
            continue
        action = _joined(verb)
        for other, o_start, o_end, o_verb in verbs:
            if o_verb.i not in action or o_start == start:
                continue
            keys = {name_key(other), name_key(text[o_start:o_end])}
            if any(k in owner for k in keys) or (record.origin and name_key(record.origin) in keys):
                continue
            if o_verb is not verb and not _by_attacker(article, record, o_verb):
                continue
            article.add_target(record, (other, o_start, o_end))
            for key in keys:
                owner[key] = record


# A unit noun after a name makes it a province or region ("crossed into A province"): where the
# campaign is, not a town it took.
_UNIT_AFTER = re.compile(
    r"\s+(?:region|state|province|governorate|oblast|district|county|prefecture)\b", re.I
)


def _drives_others(verb: Token) -> bool:
    """A verb of pushing with an object of its own pushes people toward the place ("pushing
    survivors across the desert towards A"), which is no attack on it; driving a side from a
    place ("drove the militants from A") is a taking."""
    if verb.lower_ in _TAKING or verb.lower_ in _ATTACKING or verb.lower_ in _DRIVING:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


_DRIVING = forms("drive drove driven driving drives")


def _another_side(
    article: CampaignArticle, records: list[CampaignRecord], record: CampaignRecord, verb: Token
) -> bool:
    """The verb's subject names a side that attacks in another campaign and not in this one
    ("Government forces, backed by Russian air power, captured A and B": the government's
    campaign, even when the backer also stands among this campaign's attackers)."""
    subject = _subject(verb)
    if subject is None:
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    others = {a for r in records if r is not record for a in r.attackers} - set(record.attackers)
    return any(first <= m.start < last and m.actor in others for m in article.actors)


def _joined(verb: Token) -> set[int]:
    """The verb and those joined to it that have no subject of their own ("captured A on
    Wednesday and took B": both; "took A, and the army said it lost B": not the second)."""
    first = verb
    while (
        first.dep_ == "conj"
        and first.head.tag_.startswith("VB")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        first = first.head
    found = {first.i}
    stack = [first]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ != "conj" or not child.tag_.startswith("VB"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            found.add(child.i)
            stack.append(child)
    return found
