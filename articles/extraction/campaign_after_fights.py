"""Campaigns told only through the taking that ended them: "the regime retook the town of X in
August after a four-month offensive", "the rebels said they had taken X after weeks of fighting",
"X fell to the rebels this week after a long siege" (past the lead, which campaign_lead_captures
reads).
A place taken after a campaign noun, or after a stretch of fighting told with its length or its
start, was fought for over time (a campaign in the gold's sense) by the side that took it — most
often a second town of the story, named once in passing (missed campaigns of the gold told so
in five folders of heldout20-35; most of them still lack a side the actor list names).

The words are data (the taking verbs, the nouns of a campaign, of fighting and of a length of
time); the tree gives the place (the verb's object, a falling verb's subject) and the side (its
subject, the object of a falling verb's "to")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lead_captures import lead_paragraph_end
from .campaign_lexicon import STARTING, forms
from .campaign_parse import Reading
from .campaign_tree import _prep_objects, _proper_name, _subject, phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of taking a place ("retook", "had taken", "captured", "overran").
TAKING_VERBS = forms(
    "take took taken taking capture captured seize seized overran overrun retake retook retaken "
    "recapture recaptured"
)
# Verbs of a place falling, its taker the object of "to": "X fell to the rebels after a siege".
FALLING_VERBS = forms("fall fell fallen falls")
# Nouns that are a campaign by themselves: "after a four-month offensive", "after a long siege".
CAMPAIGN_NOUNS = forms("offensive assault siege push campaign drive counteroffensive")
# Nouns of fighting, a campaign only with a length of weeks or more ("after weeks of fighting",
# "after a fortnight of street battles", "a three-week battle") or its start ("after fighting
# that began in August"); "after two days of street fighting" tells a battle, most often a side
# retaking a town another side's push had just entered.
FIGHTING_NOUNS = forms("fighting battle battles clashes combat")
LENGTH_NOUNS = forms("weeks months years fortnight")
LENGTH_WORDS = forms("week month year months-long weeks-long")


def after_fights(doc: Doc, start: int, end: int) -> list[tuple[Reading, list[tuple[int, int]]]]:
    """Each taking between two offsets told after a campaign, as an "offensive" reading of the
    taking verb (its subject the agent, its object the target) with the place its object names."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found = []
    for verb in span or []:
        if not verb.tag_.startswith("VB") or verb.lower_ not in TAKING_VERBS | FALLING_VERBS:
            continue
        if not any(_a_campaign(noun) for noun in _after_objects(verb)):
            continue
        if verb.lower_ in FALLING_VERBS:
            # a town the headline or lead tells fallen is a campaign already
            # (campaign_lead_captures); a second one told in the body is not
            if verb.idx >= lead_paragraph_end(doc.text):
                found.extend(_fallen(verb))
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        names = [n for n in map(_proper_name, objects) if n is not None]
        if not names:
            continue
        reading = Reading("offensive", (verb.idx, verb.idx + len(verb)), False)
        subject = _subject(verb)
        if subject is not None:
            reading.agents.append(phrase(subject))
        reading.targets.extend(phrase(o) for o in objects)
        found.append((reading, names[:1]))
    return found


def _fallen(verb: Token) -> list[tuple[Reading, list[tuple[int, int]]]]:
    """ "Keren, the second town of Eritrea, fell to the EPLF this week after a long siege": the
    place is the subject, the side that took it the object of "to" (none when the text does not
    say: the role ranker may find it)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    name = _proper_name(subject) if subject is not None else None
    if name is None:
        return []
    reading = Reading("offensive", (verb.idx, verb.idx + len(verb)), False)
    reading.agents.extend(phrase(side) for side in _prep_objects(verb, forms("to")))
    reading.targets.append(phrase(subject))
    return [(reading, [name])]


def _after_objects(verb: Token) -> list[Token]:
    """What an "after" of the verb governs: "after a four-month offensive", "after fighting that
    began in August" (a gerund the parser hangs as a clause)."""
    return [
        g
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "after"
        for g in child.children
        if g.dep_ in ("pobj", "pcomp")
    ]


def _a_campaign(noun: Token) -> bool:
    """ "a four-month offensive", "weeks of fighting", "fighting that began in August"."""
    word = noun.lower_
    if word in CAMPAIGN_NOUNS:
        return True
    if word in LENGTH_NOUNS:
        return any(
            o.lower_ in CAMPAIGN_NOUNS | FIGHTING_NOUNS for o in _prep_objects(noun, forms("of"))
        )
    if word in FIGHTING_NOUNS:
        return any(c.lower_ in LENGTH_WORDS for c in noun.subtree if c.i < noun.i) or any(
            c.dep_ == "relcl" and c.lower_ in STARTING for c in noun.children
        )
    return False
