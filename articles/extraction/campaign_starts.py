"""Start statements: the sentences that tell when a campaign began, read from the parse, and the
campaign each one dates.

A start statement ties a campaign noun to a date through a verb of starting: the noun is its
subject ("The offensive began on Jan. 7"), its object ("X launched an offensive at the end of
March", "began Operation 1027 in late October"), or the noun the verb's clause describes ("the
counteroffensive that Kyiv launched on Aug. 29", "an offensive the rebels resumed in early
October", "which they launched on July 4" after "pressed their offensive on Y"). "Since" dates a
campaign noun's verb whatever the verb ("the offensive on the city has been waged since March
2015"). The date is a date modifier of that verb in the tree, not a date elsewhere in the sentence.

A statement dates the campaign whose target or name its campaign noun's phrase (or the verb's own
arguments) names; a statement naming no campaign's place dates the article's only campaign. Such a
statement outranks the dates the detection stages took from the words around a campaign (a capture,
a siege "since", a report's day), because it says in so many words when the campaign began."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .campaign_dates import _YEAR_AFTER, _is_report_date
from .campaign_lexicon import CLAUSES, DATE_PREPS, STARTING, forms
from .campaign_parse import phrase
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .campaign_spans import days_into, offset_after, taken_after
from .dates import DateMention, find_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns naming a campaign (the onset stage's list, without "fighting": "the fighting began on
# Monday" dates a battle inside a campaign as often as the campaign).
CAMPAIGN_NOUNS = forms(
    "offensive offensives counteroffensive counter-offensive advance push drive assault assaults "
    "onslaught campaign operation siege blockade thrust incursion battle"
)
_STARTING = STARTING | forms("erupted erupt broke")
# Clauses that describe the noun before them: "the offensive that began …", "…, launched in March".
_DESCRIBING = frozenset({"relcl", "acl", "dep", "advcl"})
_RELATIVES = forms("which that")
# The campaign noun and the clause describing it are close ("the offensive, which …, erupted").
MAX_GAP = 12
RELATIVE_GAP = 24
# Verbs that start a campaign only with it as their object: "ordered the offensive on 4 November".
ORDERING = forms("ordered order")
# A verb's arguments that say what the statement is about (not its clauses).
_ARGUMENTS = frozenset({"prep", "dobj", "nsubj", "nsubjpass", "xcomp", "npadvmod", "pobj"})


# Verbs of a campaign that goes on: "have besieged Taloqan since late June", "Misrata has been
# surrounded … since March". Not "held": "held by the militants since August" dates the defence.
SIEGE_VERBS = forms(
    "besieged besieging encircled encircling surrounded surrounding blockaded blockading "
    "pressing pressed attacking attacked shelling shelled assaulting assaulted"
)
# Marks of a clause that relates the campaign to another event ("the first town to fall since
# they launched an offensive in May"): such a clause names no campaign by itself.
_BACKGROUND = forms("since after before until once")
# Prepositions that put a campaign on a place: "launched its offensive in Rakhine on Nov. 13".
PLACE_PREPS = forms("on against toward towards into in at near around with")
# Kinds of place that may hold the campaign's town rather than compete with it.
_AREAS = frozenset({"admin", "region", "country", "river", "mountain", "water"})


@dataclass(frozen=True)
class StartStatement:
    noun: Token  # the campaign noun (or the last word of an operation's name)
    verb: Token  # the verb the date hangs on
    date: DateMention
    scope: tuple[int, int]  # characters of the words that say which campaign it is
    rank: int = 0  # START, SINCE or SPAN


# Kinds of statement, in the order a campaign's own statements are taken: a campaign noun's start
# (the only kind that may date the article's only campaign without naming it), a siege verb's
# "since", and a span back from a dated event ("captured X after two days of fighting"), which
# dates only a campaign nothing else dates: the fight for a town is often the end of a longer one.
START, SINCE, SPAN = 0, 1, 2


def start_statements(text: str, doc: Doc, published: dt.date) -> list[StartStatement]:
    """Every start statement of the parse, in text order."""
    found = []

    def date_of(verb: Token) -> DateMention | None:
        return _date_of(text, verb, published, since_only=False)

    def said_on(verb: Token) -> DateMention | None:  # the day of a report
        return _date_of(text, verb, published, since_only=False, reports=True)

    for verb in doc:
        spans = taken_after(verb, date_of, published, said_on) or days_into(
            verb, date_of, published, said_on
        )
        if spans is not None:
            words, date = spans
            scope = _span(t for w in words for t in _phrase_tokens(w))
            found.append(StartStatement(words[0], verb, date, scope, rank=SPAN))
            continue
        if not verb.tag_.startswith("VB"):
            continue
        starting = verb.lower_ in _STARTING or verb.lower_ in ORDERING
        noun = _campaign_noun(verb) if starting else _subject_noun(verb)
        if noun is None and verb.lower_ in SIEGE_VERBS:
            date = _date_of(text, verb, published, since_only=True)
            scope = _siege_scope(verb)
            if date is not None and scope is not None:
                found.append(StartStatement(verb, verb, date, scope, rank=SINCE))
            continue
        if noun is None:
            continue
        date = _date_of(text, verb, published, since_only=not starting)
        if date is None and starting:
            date = offset_after(verb, date_of)  # "six days after launching an offensive"
        if date is not None:
            found.append(StartStatement(noun, verb, date, _scope(noun, verb)))
    return found


def _span(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _subject_noun(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((s for s in subjects if s.lower_ in CAMPAIGN_NOUNS), None)


def _campaign_noun(verb: Token) -> Token | None:
    """The campaign noun a verb of starting starts: its subject or object, else the noun its
    clause describes (the nearest campaign noun before it)."""
    if verb.lower_ in ORDERING:
        # "ordered the offensive on 4 November", not "ordered the operation halted"
        if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and _names_campaign(c)), None)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and _names_campaign(child):
            return child
    relative = any(
        c.lower_ in _RELATIVES and c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in verb.children
    )
    if verb.dep_ not in _DESCRIBING and not relative:
        return None
    sentence = verb.sent
    # A relative pronoun reaches further back: "pressed their offensive on the town of X, near
    # the border with Y, which they launched on July 4".
    gap = RELATIVE_GAP if relative else MAX_GAP
    for token in reversed(doc_slice(verb, max(sentence.start, verb.i - gap))):
        if token.lower_ in CAMPAIGN_NOUNS:
            return token
        if token.tag_.startswith("VB") and token.dep_ not in ("amod", "compound"):
            if token.tag_ == "VB" and token.i > 0 and token.doc[token.i - 1].lower_ == "to":
                continue  # the noun's purpose: "the counter-offensive to retake X, launched …"
            return None  # another clause lies between: "… which it seized when X began …"
    return None


def doc_slice(verb: Token, start: int) -> list[Token]:
    return list(verb.doc[start : verb.i])


def _names_campaign(token: Token) -> bool:
    """A campaign noun, or an operation's name ("Operation 1027", "Operation Iron Wall")."""
    if token.lower_ in CAMPAIGN_NOUNS:
        return True
    return any(c.dep_ == "compound" and c.lower_ == "operation" for c in token.children)


def _date_of(
    text: str, verb: Token, published: dt.date, *, since_only: bool, reports: bool = False
) -> DateMention | None:
    """The first date in a date modifier of the verb ("on Jan. 7", "Tuesday", "late last month",
    "since March"), unless it is the day of a report."""
    for child in verb.children:
        if child.dep_ in ("prep", "advmod") and child.lower_ in DATE_PREPS:
            # (the tagger sometimes takes "in" before a month for an adverb)
            if since_only and child.lower_ != "since":
                continue
            spans = [(child.idx, phrase(g)[1]) for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("npadvmod", "tmod") and not since_only:
            spans = [phrase(child)]
        else:
            continue
        for start, end in spans:
            # "launched his offensive … in April last year": the parse may hang "last year" apart.
            year = _YEAR_AFTER.match(text, end)
            dates = find_dates(text, published, start, year.end() if year else end)
            dates = [d for d in dates if reports or not _is_report_date(text, d)]
            if dates:
                return dates[0]
    return None


def _siege_scope(verb: Token) -> tuple[int, int] | None:
    """The place a siege verb is on: its object, its passive subject, "on/around X" — without the
    places that locate it ("the village of X, south of Y")."""
    tokens = [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass")
        or (c.dep_ == "prep" and c.lower_ in ("on", "around", "toward", "towards"))
        for t in _phrase_tokens(c)
    ]
    return _span(tokens) if tokens else None


def _scope(noun: Token, verb: Token) -> tuple[int, int]:
    """The noun's phrase and the verb's arguments: where the campaign's place would be named."""
    tokens = list(noun.subtree)
    for child in verb.children:
        if child.dep_ in _ARGUMENTS and child.i != noun.i:
            tokens.extend(child.subtree)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _names_record(text: str, record: CampaignRecord, scope: tuple[int, int]) -> bool:
    words = name_key(text[scope[0] : scope[1]])
    names = list(record.targets) + [text[s:e] for s, e in record.target_spans]
    if record.named:
        names.append(record.name)
    return any(name_key(name) and f" {name_key(name)} " in f" {words} " for name in names)


def dated_by_statements(
    text: str,
    doc: Doc | None,
    kept: list[CampaignRecord],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
) -> None:
    """Each campaign a start statement names takes that statement's date (its first); the article's
    main campaign (the one it names first), when no statement names it, takes the first statement
    that names no other campaign."""
    if doc is None or published is None or not kept:
        return
    statements = start_statements(text, doc, published)
    if not statements:
        return
    main = _main_campaign(text, kept, places)
    for record in kept:
        own = [s for s in statements if _names_record(text, record, s.scope)]
        spans = [s for s in own if s.rank == SPAN]
        own = sorted((s for s in own if s.rank != SPAN), key=lambda s: s.rank)
        if record is main and (not own or own[0].rank == SINCE):
            unnamed = [
                s
                for s in statements
                if _unattached(s, record, places)
                and ((len(kept) == 1 and not own) or _near_its_name(text, record, s))
            ]
            # a siege "since" dates the campaign unless the offensive it belongs to began earlier
            # beside it ("an offensive … launched on April 30 … had encircled X since mid-May")
            if not own or (unnamed and unnamed[0].date.date < own[0].date.date):
                own = unnamed or own
        if not own and record.started_on is None:
            own = spans  # "captured X after two days of fighting" when nothing else dates it
        if own:
            record.started_on, record.date_precision = own[0].date.date, own[0].date.precision


def _near_its_name(text: str, record: CampaignRecord, statement: StartStatement) -> bool:
    """The campaign is named in the statement's paragraph or the one before ("… retook X.\nThe
    offensive began on …"), not only paragraphs away, where a roundup tells another war (asked
    only when the article has several campaigns)."""
    at = statement.noun.idx
    start = text.rfind("\n", 0, max(text.rfind("\n", 0, at), 0)) + 1
    end = text.find("\n", at)
    window = name_key(text[start : len(text) if end == -1 else end])
    names = [text[s:e] for s, e in record.target_spans] + record.targets
    names += [record.name] if record.named else []
    return any(name_key(n) and name_key(n) in window for n in names)


def _main_campaign(text: str, kept: list[CampaignRecord], places) -> CampaignRecord:
    """The campaign the article names first, a campaign on a country only when all are ("Yemen
    loyalists say they broke the siege of Taez": the siege of Taez)."""
    countries = {(p.start, p.end) for p in places or () if getattr(p, "kind", "") == "country"}
    local = [r for r in kept if r.named or not set(r.target_spans[:1]) & countries]
    return min(local or kept, key=lambda r: _first_mention(text, r))


def _first_mention(text: str, record: CampaignRecord) -> int:
    """Where the article first names the campaign: its name, else its first target."""
    names = [record.name] if record.named else [text[s:e] for s, e in record.target_spans[:1]]
    names += record.targets[:1]
    found = [text.find(name) for name in names if name and name in text]
    return min(found) if found else len(text)


def _unattached(statement: StartStatement, record: CampaignRecord, places) -> bool:
    """A statement that may date the article's only campaign: a campaign noun's start that names no
    other town as its target (a province or river may hold the campaign's town), is not "that
    assault" and is not the background of another event."""
    if statement.rank != START:
        return False
    noun = statement.noun
    if any(c.dep_ == "det" and c.lower_ == "that" for c in noun.children):
        return False
    if any(
        c.dep_ == "mark" and c.lower_ in _BACKGROUND for t in noun.ancestors for c in t.children
    ):
        return False
    own = set(record.target_spans)
    others = [
        p
        for p in places or ()
        if (p.start, p.end) not in own
        and p.name not in record.targets
        and getattr(p, "kind", "") not in _AREAS
    ]
    return not any(
        p.start <= token.idx < p.end for token in _target_words(statement) for p in others
    )


def _target_words(statement: StartStatement) -> list[Token]:
    """Words where a statement names the place it is on: the campaign noun's phrase and the verb's
    place prepositions ("on Lashkar Gah", "in Rakhine", "with the overrunning of a base at X"),
    without clauses, dates and the sides that launch it ("Kyiv launched", "Russia's offensive")."""
    noun, verb = statement.noun, statement.verb
    tokens = _phrase_tokens(noun)
    if noun.head.i != verb.i and noun.i < verb.i:
        # "an offensive on villages in X that began …": the words between the noun and its clause.
        tokens.extend(noun.doc[noun.i + 1 : verb.i])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and child.i != noun.i:
            words = _phrase_tokens(child)
            if not any(t.ent_type_ in ("DATE", "TIME") for t in words):
                tokens.extend(words)
    tokens.extend(_dropped_appositive(tokens))
    return [t for t in tokens if not _a_side(t, noun)]


def _phrase_tokens(token: Token) -> list[Token]:
    """The token and what hangs from it, without clauses ("that began …", "when troops …")."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ not in CLAUSES)
    return found


def _dropped_appositive(tokens: list[Token]) -> list[Token]:
    """ "on the provincial capital, Lashkar Gah": the name after a comma that the parser hung
    elsewhere."""
    doc, last = tokens[0].doc, max(t.i for t in tokens)
    if last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].tag_ == "NNP":
        name = doc[last + 2]
        return [name, *(t for t in name.subtree if t.dep_ == "compound")]
    return []


def _a_side(token: Token, top: Token) -> bool:
    """The token stands in a side's position below `top`: a subject, an agent or a possessive."""
    while token.i != top.i and token.dep_ != "ROOT":
        if token.dep_ in ("nsubj", "nsubjpass", "agent", "poss"):
            return True
        token = token.head
    return False


def date_undated(
    text: str,
    doc: Doc | None,
    records: list[CampaignRecord],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
) -> None:
    """Campaigns added after the rule stages (the learned gate of campaign_gate) and still undated:
    the first start statement naming them, else a span back from a dated event naming them."""
    undated = [r for r in records if r.started_on is None]
    if doc is None or published is None or not undated:
        return
    statements = start_statements(text, doc, published)
    for record in undated:
        own = [s for s in statements if _names_record(text, record, s.scope)]
        own.sort(key=lambda s: s.rank)
        if own:
            record.started_on, record.date_precision = own[0].date.date, own[0].date.precision
