"""The places a campaign took or pushed into on its way, told in a sentence about the campaign: "the
offensive which erupted in late October, when the rebels overran A and B and pushed south towards
C", "a wider campaign launched in November, in which government forces took the towns of A and B",
"The operation … has driven the militants from a string of towns, including A and B", "launched its
push into A and the neighbouring B region", "The militia's offensive swept through A and B". Each
joins the campaign's targets (tests/gold/README.md: a campaign lists every town it attacked).

A sentence is about a campaign when it has a campaign noun and is the campaign's own sentence or
names its target or (a named operation) its name, and is about no other campaign; in an article with
one campaign, every sentence with a campaign noun is about it ("The rebels launched their offensive
on December 10 with simultaneous attacks on A, B and C"). The place must be the object of a verb of
taking, attacking or pushing (through a list, "the towns of", "including", "into", "toward") or of
"attacks on" that a verb of launching governs, and that verb's subject, when a side, one of the
campaign's attackers; a side "driven from" a place is not the one that took it. Over heldout20-27
the attack words and the one-campaign reading add 7 places, 6 of them gold targets. In an article
with one campaign, a sentence without a campaign noun counts too when its troops or named attacker
head for the place ("troops were now pushing south towards A and B", "the soldiers were closing in
on A"; not people "heading towards A"): over heldout20-31 7 places, 3 of them gold, and two
campaigns merged. So does a taking or attack whose subject names one of its attackers ("On Sunday
the militia's forces seized A and B"), unless the verb's words name a year before the campaign's
start or a clause of what came before ("since the rebels overran A in 1988"); such a taking is no
place of the campaign in a sentence with a campaign noun either ("The push towards C began after
troops retook A"). Never a place that only locates the one taken ("a spring north-west of A", "a
base 20 km from A") nor one the text calls a village in apposition ("A, a village south of the
town"). Over heldout20-32 the taking path adds 4 places, 3 of them gold. Moving, rolling, slipping
or crossing "into" a place is a push too ("troops moved into A before dawn"): 3 places over
heldout20-32, 2 of them gold. A bare word for fighters of the attacker's kind stands for it ("troops
had also taken A": `campaign_force_subjects`). The towns listed after a taking's first object ("have
since taken A …, as well as B and C") and a taking told as a noun ("the rebels' capture of A … and
of B") are read in `campaign_reach_lists`; a district below the first level (mostly bearing its
town's name) joins only beside a town the same verb took (over heldout20-33: 3 places, 2 of them
gold). "The villages of A and B" join only in a sentence with a campaign noun ("its offensive … had
seized the villages of A and B"), never "the neighbouring village of A": over heldout20-35 5 places,
all gold, and 2 not. Parse relations only; no word names a place, group or person."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .campaign_agents import ATTACKER_KINDS
from .campaign_force_subjects import stands_for_attacker
from .campaign_lexicon import forms
from .campaign_named_targets import add_lead_places, add_listed_places
from .campaign_reach_lists import added_object, of_again, possessor, taking_noun
from .campaign_record import CampaignRecord, name_key
from .campaign_targets import listed_with
from .campaign_wide_targets import place_kind
from .states import countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .campaign_context import CampaignArticle
    from .sentences import Span

_CAMPAIGN_NOUN = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|campaign|operation|push|assault)\b", re.I
)
# A campaign noun that tells another campaign than the article's ("an earlier offensive",
# "last year's push"): the sentence is not about the article's one campaign.
_OTHER_CAMPAIGN = re.compile(
    r"\b(?:earlier|previous|prior|another|former|last|year['’]s)\s+(?:[\w\-]+\s+)?"
    r"(?:offensive|counteroffensive|counter-offensive|operation|campaign|push|assault)\b",
    re.I,
)
# Word forms of verbs whose object a campaign took, and of verbs of pushing with the prepositions
# that lead to the place.
_TAKING = forms(
    "capture captured captures capturing seize seized seizes seizing take took taken takes "
    "taking overrun overran overrunning overruns retake retook retaken retaking recapture "
    "recaptured recapturing storm stormed storming enter entered entering liberate liberated "
    "liberating"
)
# Verbs of attacking: a campaign lists every town it attacked, not only those it took
# (tests/gold/README.md): "the rebels struck A, B and C", "attacked the towns of A and B".
_ATTACKING = forms("attack attacked attacking attacks strike struck striking strikes")
_PUSHING = {
    word: preps
    for words, preps in (
        ("push pushed pushing pushes", frozenset({"into", "toward", "towards", "to"})),
        ("advance advanced advancing advances", frozenset({"into", "toward", "towards", "on"})),
        ("sweep swept sweeping sweeps", frozenset({"through", "into"})),
        ("drive drove driven driving drives", frozenset({"from", "out"})),
        ("strike struck striking strikes", frozenset({"at"})),
        ("move moved moving moves", frozenset({"toward", "towards", "on", "into"})),
        # "columns rolled into A before dawn", "troops slipped into A", "crossed into A"
        ("roll rolled rolling rolls", frozenset({"into"})),
        ("slip slipped slipping slips", frozenset({"into"})),
        ("cross crossed crossing crosses", frozenset({"into"})),
        ("march marched marching marches", frozenset({"on", "toward", "towards"})),
        ("close closed closing closes", frozenset({"on"})),  # "closing in on A"
        ("head headed heading heads", frozenset({"toward", "towards"})),
        ("converge converged converging converges", frozenset({"on"})),
    )
    for word in forms(words)
}
# Nouns a place hangs from on the way to the verb: "the towns of A", "a string of towns,
# including A", "the strongholds of the clan at A", "the hills of A".
_CARRIERS = frozenset(
    {"town", "towns", "city", "cities", "district", "districts", "areas", "port", "capital"}
    | {"string", "strongholds", "stronghold", "hills", "neighbourhoods", "neighborhoods", "push"}
    | {"offensive", "base", "bases", "terminals", "localities", "settlements", "region"}
)
_ALONG = frozenset({"of", "including", "at", "such"})


def _small(appos: Token) -> bool:
    """An apposition calling the place a village ("A, a village south of B", which the parse may
    head by "south")."""
    return appos.lower_ in _SMALL or any(t.lower_ in _SMALL for t in appos.lefts)


# Verbs of heading for a place: in the article's one campaign, a sentence without a campaign noun
# still tells its way ("troops were now pushing south towards A and B", "were closing in on A").
_HEADING = forms(
    "push pushed pushing pushes advance advanced advancing advances move moved moving moves "
    "march marched marching marches close closed closing closes head headed heading heads "
    "converge converged converging converges"
)
# A village or settlement taken on the way is an event of the campaign, not a town it targets.
_SMALL = frozenset({"village", "villages", "settlement", "settlements", "hamlet", "hamlets"})
_CAMPAIGN_WORDS = frozenset({"push", "offensive", "counteroffensive", "advance", "assault"})
# Nouns of attacking whose "on" leads to the place: "launched simultaneous attacks on A and B".
_ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "offensive", "raids"})
_BEFORE = frozenset({"after", "before", "since", "following", "until"})
# Words a place hangs from when it only locates another ("A, south-west of C", "a spring 15 km
# from C"): C is no object of the verb of taking.
_BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "km", "kilometres", "kilometers"}
    | {"miles", "mi"}
)
_LAUNCHING = forms(
    "launch launched launching launches mount mounted mounting mounts open opened opening opens "
    "begin began begun beginning begins stage staged staging stages unleash unleashed unleashing"
)


def add_reached_places(article: CampaignArticle, records: list[CampaignRecord]) -> None:
    """Each campaign takes the places its sentences tell it took or pushed into (docstring)."""
    doc = article.doc
    if doc is None or not records:
        return
    places = sorted(_places(article, doc), key=lambda p: p[1])
    starts = [p[1] for p in places]
    districts = any(p[3] for p in places)
    for sentence in article.sentences:
        first = bisect.bisect_left(starts, sentence.start)
        if first == len(starts) or starts[first] >= sentence.end:
            continue  # no place in the sentence
        noun = _CAMPAIGN_NOUN.search(article.text, sentence.start, sentence.end) is not None
        if not noun and len(records) != 1:
            continue
        said = article.text[sentence.start : sentence.end]
        about = [r for r in records if noun and _about(article.text, r, sentence, said)]
        if not about and len(records) == 1 and not _OTHER_CAMPAIGN.search(said):
            about = records  # "The operation, launched …, has driven …": the article's one
        if len(about) != 1:
            continue
        record = about[0]
        have = {name_key(t) for t in record.targets}
        have |= {name_key(article.text[s:e]) for s, e in record.target_spans}
        took: set[int] = set()  # the verbs that took a settlement of the sentence
        for name, start, end, district in places[first : bisect.bisect_left(starts, sentence.end)]:
            known = name_key(name) in have or name_key(article.text[start:end]) in have
            if known and (district or not districts):
                continue
            verb = _taking_verb(doc, start, end, villages=noun)
            if verb is None or (district and verb.i not in took):
                continue  # a district joins only beside a town the same verb took
            if not (noun or _heading_attacker(article, record, verb)):
                continue
            if _cause(verb) or _earlier_year(record, verb):
                continue  # "The push towards C began after troops retook A": before it
            if not _by_attacker(article, record, verb):
                continue
            took.add(verb.i)
            if not known:
                article.add_target(record, (name, start, end))
                have.add(name_key(name))
    add_lead_places(article, records, _lead_places(article, doc), _taking_verb, _by_attacker)
    add_listed_places(article, records, listed_with)


@lru_cache(maxsize=1)
def _state_keys() -> frozenset[str]:
    return frozenset(
        name_key(name) for c in countries() for name in (c["name"], *c.get("names", []))
    )


def _places(article: CampaignArticle, doc: Doc) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, district) of each place mention: the geoparser's settlements and its
    districts below the first level (which mostly bear their town's name, "have since taken A,
    as well as B and C" with B and C resolved as sub-prefectures: district True), else the
    parse's place entities that are no side's mention; never a state ("swept into Syria")."""
    if article.places is not None:  # a region or state is where a campaign is, not what it took
        found = [
            (p.name, p.start, p.end, getattr(p, "kind", "") not in ("", "settlement"))
            for p in article.places
            if getattr(p, "kind", "") in ("", "settlement") or place_kind(p) == "town"
        ]
    else:
        found = [(*p, False) for p in _entity_places(article, doc)]
    return [p for p in found if name_key(p[0]) not in _state_keys()]


# Kinds of a place a named operation may target beyond a settlement: the region, district,
# mountain or valley it swept ("overruns western Slavonia", "retook the hilltop of X").
_AREA_KINDS = frozenset({"", "settlement", "admin", "region", "physical"})


def _lead_places(article: CampaignArticle, doc: Doc) -> list[tuple[str, int, int]]:
    """(name, start, end) of each place mention of a kind an operation may target; no state."""
    if article.places is None:
        found = _entity_places(article, doc)
    else:
        found = [
            (p.name, p.start, p.end)
            for p in article.places
            if getattr(p, "kind", "") in _AREA_KINDS
        ]
    return sorted((p for p in found if name_key(p[0]) not in _state_keys()), key=lambda p: p[1])


def _entity_places(article: CampaignArticle, doc: Doc) -> list[tuple[str, int, int]]:
    """The parse's place entities that are no side's mention, and the capitalised words listed
    with them ("overran Kandahar and Herat"), which the recogniser may have labelled otherwise."""
    sides = [(m.start, m.end) for m in article.actors]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in sides)

    found: dict[int, tuple[str, int, int]] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "FAC") or not free(ent.start_char, ent.end_char):
            continue
        found[ent.start_char] = (ent.text, ent.start_char, ent.end_char)
        for token in ent.root.conjuncts:
            end = token.idx + len(token)
            if token.is_title and free(token.idx, end):
                found.setdefault(token.idx, (token.text, token.idx, end))
    return [found[k] for k in sorted(found)]


def _about(text: str, record: CampaignRecord, sentence: Span, said: str) -> bool:
    if record.sentence_start == sentence.start:
        return True
    words = [text[s:e] for s, e in record.target_spans[:1]] + record.targets[:1]
    if record.named:
        words.append(record.name)
    return any(w and w in said for w in words)


def _near(noun: Token) -> bool:
    """ "the neighbouring village of A": a village told by where it lies, taken on the way."""
    return any(c.lower_ in _NEAR for c in noun.children if c.dep_ == "amod")


_NEAR = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "surrounding"})


def _taking_verb(
    doc: Doc, start: int, end: int, more: frozenset[str] = frozenset(), villages: bool = False
) -> Token | None:
    """The verb of taking or pushing the place at [start, end) is the object of, if any;
    `more`: further verbs of taking; `villages`: "the villages of A and B" count (a sentence
    that names the campaign itself: "the offensive …, taking the village of A")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    if any(_small(c) for c in token.children if c.dep_ == "appos"):
        return None  # "captured A, a village south of the town": an event of the campaign
    prep = None
    for _ in range(8):
        token = of_again(token)  # "the capture of A on Saturday and of B": B's "of" is A's
        while token.dep_ in ("conj", "compound") and token.head is not token:
            if token.dep_ == "conj" and token.head.tag_.startswith("VB"):
                break  # "taken A, as well as B": B hangs on the verb itself
            token = token.head
        head = token.head
        if head is token:
            return None
        verb = added_object(token, prep)
        if verb is not None:
            return verb if verb.lower_ in _TAKING or verb.lower_ in more else None
        if token.dep_ == "pobj":
            prep = head.lower_
            token = head
            continue
        if token.dep_ == "prep":
            if prep in ("of", "from") and head.lower_ in _BEARINGS:
                return None  # "the towns of A and B south-west of C": C only locates them
            if head.lower_ in _CAMPAIGN_WORDS and prep in ("into", "toward", "towards"):
                return head  # "launched its push into A", "the offensive toward A and B"
            if head.lower_ in _ATTACK_NOUNS and prep == "on":
                return _launcher(head)  # "launched simultaneous attacks on A and B"
            if head.lower_ in _SMALL and not (villages and prep == "of" and not _near(head)):
                return None
            if prep == "of" and taking_noun(head):
                return head if possessor(head) is not None else None  # "the rebels' capture of A"
            carrier = head.lower_ in _CARRIERS or (villages and head.lower_ in _SMALL)
            carrier = carrier and not _near(head)
            if head.tag_.startswith("NN") and (carrier or token.lower_ in _ALONG):
                token = head
                continue
        if head.tag_.startswith("VB"):
            word = head.lower_
            if token.dep_ == "dobj" and (word in _TAKING or word in more):
                return head
            if token.dep_ == "dobj" and word in _ATTACKING:
                return None if _cause(head) else head
            if token.dep_ == "prep" and prep in _PUSHING.get(word, ()):
                if any(c.dep_ == "nsubjpass" for c in head.children):
                    return None  # "the group was driven from A": the side driven out is told
                return head
            return None
        if token.dep_ in ("dobj", "nmod", "npadvmod"):
            token = head
            continue
        return None
    return None


# The words for a side's troops that stand for the campaign's attacker when a sentence without a
# campaign noun tells them heading for a place ("troops were now pushing south towards A").
_TROOPS = frozenset({"troops", "soldiers", "forces", "army", "units", "brigades", "battalions"})


def _heading_attacker(article: CampaignArticle, record: CampaignRecord, verb: Token) -> bool:
    """A verb of heading for a place whose subject names one of the campaign's attackers or its
    troops: not the other side's fighters, nor people fleeing ("many of them heading towards A");
    a verb of taking or attacking whose subject names one of its attackers, told of no earlier
    time."""
    taking = verb.lower_ in _TAKING or verb.lower_ in _ATTACKING or taking_noun(verb)
    if verb.lower_ not in _HEADING and not taking:
        return False
    if taking and (_cause(verb) or _earlier_year(record, verb)):
        return False  # "since the rebels overran A in March 1988": an earlier event
    subject = _subject(verb)
    if subject is None:
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    sides = [m for m in article.actors if first <= m.start < last]
    if sides:
        return any(m.actor in record.attackers for m in sides)
    if taking:  # "troops had also taken A": the attacker called by its kind of fighters
        return stands_for_attacker(article, record, subject)
    return subject.lower_ in _TROOPS


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _earlier_year(record: CampaignRecord, verb: Token) -> bool:
    """The verb's own words name a year before the campaign's start ("had captured A in 1995"):
    an earlier event (a year in its subject's clauses says nothing of the taking)."""
    if record.started_on is None:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            continue
        for token in child.subtree:
            if _YEAR.fullmatch(token.text) and int(token.text) < record.started_on.year:
                return True
    return False


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is joined to ("took A and pushed on to B"); a
    taking noun's possessor ("the rebels' capture of A")."""
    if taking_noun(verb):
        return possessor(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _cause(verb: Token) -> bool:
    """The verb tells what came before the campaign ("launched the offensive after the militants
    attacked a base near A"): the other side's attack."""
    return any(c.dep_ == "mark" and c.lower_ in _BEFORE for c in verb.children)


def _launcher(noun: Token) -> Token | None:
    """The verb of launching an attack noun is the object of ("launched attacks on A", "began
    the offensive with attacks on A"); an attack told otherwise ("after an attack on A", "beat
    back the assault on A") may be the other side's."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        noun = noun.head
        verb = noun.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return None
    return verb if verb.lower_ in _LAUNCHING else None


def _by_attacker(article: CampaignArticle, record: CampaignRecord, verb: Token) -> bool:
    """The verb's subject is one of the campaign's attackers, a word standing for them, or no
    side at all ("the offensive swept through A")."""
    subject = _subject(verb)
    if subject is None:
        return True
    if any(t.lower_ in ("other", "another") for t in subject.subtree):
        return False  # "as other rebel groups swept into X": not the campaign's side
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    sides = [m for m in article.actors if first <= m.start < last and m.kind in ATTACKER_KINDS]
    if not sides and taking_noun(verb):  # "the army's recapture of A": whose?
        return stands_for_attacker(article, record, subject)
    return not sides or any(m.actor in record.attackers for m in sides)
