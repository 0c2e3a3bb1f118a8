"""Start statements: the sentences that tell when a campaign began, read from the parse, and the
campaign each one dates.

A start statement ties a campaign noun to a date through a verb of starting: the noun is its
subject ("The offensive began on Jan. 7"), its object ("X launched an offensive at the end of
March", "began Operation 1027 in late October"), or the noun the verb's clause describes ("the
counteroffensive that Kyiv launched on Aug. 29", "an offensive the rebels resumed in early
October", "which they launched on July 4" after "pressed their offensive on Y"). "Since" dates a
campaign noun's verb whatever the verb ("the offensive on the city has been waged since March
2015"). The date is a date modifier of that verb in the tree, not a date elsewhere in the sentence.

A series of attacks counts as what a verb of starting starts ("resumed attacks on Friday"). A
single attack ("launched a surprise attack on the town on Feb. 9"), a verb of attacking the verb
begins ("began storming it on March 6") and the outbreak of fighting ("since the fighting erupted
late Sunday") start a fight inside the campaign as often as the campaign: a rank of their own,
taken only where nothing else dates the campaign.

Which campaign a statement dates is campaign_start_owners.py's work. A statement outranks the dates
the detection stages took from the words around a campaign (a capture, a siege "since", a report's
day), because it says in so many words when the campaign began."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from places.nlp import per_parse

from .campaign_antecedents import SETTLEMENT_NOUNS
from .campaign_dates import _YEAR_AFTER
from .campaign_lexicon import DATE_PREPS, STARTING, forms
from .campaign_parse import phrase
from .campaign_report_dates import is_report_date
from .campaign_since import day_when, phrase_tokens, since_reading, span
from .campaign_spans import days_into, offset_after, taken_after
from .campaign_start_nouns import LAYING, countered, laid_siege, own_revolt
from .dates import DateMention, find_dates, middle_of_month

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns naming a campaign (the onset stage's list, without "fighting": "the fighting began on
# Monday" dates a battle inside a campaign as often as the campaign).
CAMPAIGN_NOUNS = forms(
    "offensive offensives counteroffensive counter-offensive advance push drive assault assaults "
    "onslaught campaign operation siege blockade thrust incursion battle "
    # a counter-attack is the answering side's campaign, not one attack: "in a counterattack that
    # began before dawn on Tuesday", "The counter-attack began on Thursday evening."
    "counterattack counter-attack"
)
_STARTING = STARTING | forms("erupted erupt broke")
# Nouns of a single attack: a campaign's start only as what a verb of starting starts ("launched a
# surprise attack on the town on Feb. 9", "their attacks began on Monday").
ATTACK_NOUNS = forms("attack attacks raid raids")
_SERIES = forms("attacks raids")
# Verbs of attacking a starting verb begins: "began storming it on March 6", "started shelling X".
ATTACKING = forms(
    "storming attacking shelling besieging bombarding assaulting advancing pushing encircling "
    "pounding"
)
# Nouns of fighting: "since the fighting erupted late Sunday" dates the fight for the article's
# campaign when nothing names a start (a battle inside a longer campaign as often as the campaign).
FIGHT_NOUNS = forms("fighting clashes")
# Clauses that describe the noun before them: "the offensive that began …", "…, launched in March".
_DESCRIBING = frozenset({"relcl", "acl", "dep", "advcl"})
_RELATIVES = forms("which that")
# The campaign noun and the clause describing it are close ("the offensive, which …, erupted").
MAX_GAP = 12
RELATIVE_GAP = 24
# Times of day a start may come before: "began before dawn on Saturday".
DAY_PARTS = forms("dawn daybreak sunrise midnight noon")
# Verbs that start a campaign only with it as their object: "ordered the offensive on 4 November".
ORDERING = forms("ordered order")
# A verb's arguments that say what the statement is about (not its clauses).
_ARGUMENTS = frozenset({"prep", "dobj", "nsubj", "nsubjpass", "xcomp", "npadvmod", "pobj"})


@dataclass(frozen=True)
class StartStatement:
    noun: Token  # the campaign noun (or the last word of an operation's name)
    verb: Token  # the verb the date hangs on
    date: DateMention
    scope: tuple[int, int]  # characters of the words that say which campaign it is
    rank: int = 0  # START, SINCE or SPAN


# Kinds of statement, in the order a campaign's own statements are taken: a campaign noun's start
# (the only kind that may date the article's only campaign without naming it), a siege verb's
# "since", the outbreak of fighting, and a span back from a dated event ("captured X after two days
# of fighting"); the last two date only a campaign nothing else dates: the fight for a town is
# often the end of a longer one.
START, SINCE, FIGHT, SPAN, ACTION = 0, 1, 2, 3, 4


def start_statements(text: str, doc: Doc, published: dt.date) -> list[StartStatement]:
    """Every start statement of the parse, in text order. Read once per parse, text and day: the
    date steps that ask (start owners, start days, first acts, fights before) share it."""
    key = f"start_statements:{published.isoformat()}:{len(text)}:{hash(text)}"
    return list(per_parse(doc, key, lambda d: _read_start_statements(text, d, published)))


def _read_start_statements(text: str, doc: Doc, published: dt.date) -> list[StartStatement]:
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
            scope = span(t for w in words for t in phrase_tokens(w))
            found.append(StartStatement(words[0], verb, date, scope, rank=SPAN))
            continue
        fight = _fight_since(text, verb, published)
        if fight is not None:
            found.append(fight)  # "because of fighting around the town since Friday"
            continue
        if not verb.tag_.startswith("VB"):
            continue
        starting = verb.lower_ in _STARTING or verb.lower_ in ORDERING or verb.lower_ in LAYING
        noun = _campaign_noun(verb) if starting else _subject_noun(verb) or _described(verb)
        if noun is None and verb.lower_ in _STARTING:
            fight = _fight_statement(text, verb, published)
            if fight is not None:
                found.append(fight)
                continue
        if noun is None:
            # a siege, an attempt or a defence going on "since" a date, on the place it names
            since = since_reading(verb, lambda t: _date_of(text, t, published, since_only=True))
            if since is not None:
                date, scope = since
                # "have besieged X since mid-January": the 15th to the week, as a start told
                found.append(StartStatement(verb, verb, middle_of_month(date), scope, rank=SINCE))
            continue
        date = _date_of(text, verb, published, since_only=not starting)
        if date is None and starting:
            date = _when_date(text, verb, published)  # "began when troops left on Saturday"
        if date is None and noun.head.i == verb.i and noun.dep_ == "xcomp":
            date = date_of(noun)  # "began storming it on March 6"
        if date is None and starting:
            date = offset_after(verb, date_of)  # "six days after launching an offensive"
        if date is not None:
            # a single attack ("launched an attack") or an attacking verb begun starts a fight
            # inside the campaign as often as the campaign: the outbreak of fighting's rank (not
            # a series: "resumed attacks on Friday")
            single = noun.lower_ in ATTACK_NOUNS and noun.lower_ not in _SERIES
            single = single and not countered(noun)
            rank = FIGHT if single or noun.lower_ in ATTACKING else START
            date = middle_of_month(date)  # "the offensive began in mid-June"
            found.append(StartStatement(noun, verb, date, _scope(noun, verb), rank=rank))
    return found


def _fight_statement(text: str, verb: Token, published: dt.date) -> StartStatement | None:
    """ "the fighting erupted late Sunday", "since clashes broke out on Friday", "clashes which
    erupted on Friday": the verb's subject (or the noun its relative clause describes) is a noun of
    fighting and a date modifies it."""
    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in FIGHT_NOUNS), None
    )
    if subject is None and verb.dep_ == "relcl" and _of_fighting(verb.head):
        # "after four days of fighting that began on Nov. 1": the noun the clause describes
        relative = any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children)
        subject = verb.head if relative else None
    if subject is None:
        return None
    date = _date_of(text, verb, published, since_only=False) or _when_date(text, verb, published)
    if date is None:
        return None
    date = middle_of_month(date)  # "the fighting erupted in mid-March"
    return StartStatement(subject, verb, date, _scope(subject, verb), rank=FIGHT)


def _of_fighting(noun: Token) -> bool:
    """A noun of fighting, or a span of it the parse hangs the clause on ("days of fighting")."""
    if noun.lower_ in FIGHT_NOUNS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in FIGHT_NOUNS for g in c.children)
        for c in noun.children
    )


# Where a noun of fighting stands as a noun (the tagger may take "fighting" for a verb).
_NOMINAL = frozenset({"pobj", "pcomp", "nsubj", "nsubjpass", "dobj", "conj", "appos"})


def _fight_since(text: str, noun: Token, published: dt.date) -> StartStatement | None:
    """ "because of fighting around the town since Friday", "clashes in the hills since March": a
    noun of fighting with a "since" of its own dates the outbreak of fighting."""
    if noun.lower_ not in FIGHT_NOUNS or noun.dep_ not in _NOMINAL:
        return None
    date = _date_of(text, noun, published, since_only=True)
    if date is None:
        return None
    return StartStatement(noun, noun, date, span(phrase_tokens(noun)), rank=FIGHT)


def _when_date(text: str, verb: Token, published: dt.date) -> DateMention | None:
    """ "the fighting erupted when troops pulled out of the hills on Saturday", "the offensive began
    when rebels overran the garrison on June 3": the date of the "when" clause that tells how the
    campaign began."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children
        ):
            return _date_of(text, clause, published, since_only=False)
    return None


# Verbs of a dated action on a place: an undated campaign starts with the first ("The Taliban
# attacked Zaranj on Thursday", "fighters entered Bondoukou on Tuesday", "tanks rolled into X
# before sunrise Friday").
ACTING = forms(
    "attacked stormed assaulted shelled overran overrun entered seized captured took swept "
    "sweeping besieged encircled surrounded raided retook recaptured rolled poured pushed advanced "
    "marched moved crossed slipped struck landed"
)  # "moved into X before dawn", "swept across X", "landed on X before dawn today" (an invasion)
# Where an action names its place: its object or "into/through/on/around/across X".
_ACTION_PREPS = forms("into through on around toward towards across")


def action_statements(text: str, doc: Doc, published: dt.date) -> list[StartStatement]:
    """Dated actions on a place ("attacked Zaranj on Thursday", "sweeping through X and Y in
    September"): the verb, its date modifier and the words naming the place."""
    found = []
    for verb in doc:
        if verb.lower_ not in ACTING or not verb.tag_.startswith("VB"):
            continue
        date = _date_of(text, verb, published, since_only=False)
        if date is None:
            continue
        words = [
            t
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in _ACTION_PREPS)
            for t in phrase_tokens(c)
        ]
        if words:
            start, end = span(words)
            if any(_the_town(t) for t in words):
                # "the port of Brega …, who attacked the town at dawn on Wednesday": the town the
                # sentence named before
                start = verb.sent.start_char
            found.append(StartStatement(verb, verb, date, (start, end), rank=ACTION))
    return found


def _the_town(token: Token) -> bool:
    """ "the town", "the city": a settlement noun pointing back to a place named before."""
    return token.lower_ in SETTLEMENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _subject_noun(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((s for s in subjects if s.lower_ in CAMPAIGN_NOUNS), None)


def _described(verb: Token) -> Token | None:
    """The campaign noun a clause with "since" describes, whatever its verb: "an offensive they
    have waged since December", "the siege it has kept up since mid-May"."""
    if verb.dep_ not in ("relcl", "acl") or not _names_campaign(verb.head):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return None
    return verb.head


def _campaign_noun(verb: Token) -> Token | None:
    """The campaign noun a verb of starting starts: its subject or object, else the noun its
    clause describes (the nearest campaign noun before it)."""
    if verb.lower_ in LAYING:
        return laid_siege(verb)  # "threw a cordon around it in early March"
    if verb.lower_ in ORDERING:
        # "ordered the offensive on 4 November", not "ordered the operation halted"
        if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and _names_campaign(c)), None)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            _names_campaign(child) or child.lower_ in ATTACK_NOUNS
        ):
            return child
        if child.dep_ == "xcomp" and child.lower_ in ATTACKING:
            return child
        if child.dep_ == "dobj" and own_revolt(child):
            return child
    relative = any(
        c.lower_ in _RELATIVES and c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in verb.children
    )
    if verb.dep_ not in _DESCRIBING and not relative:
        return None
    if _other_event(verb):
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


# Conjunctions of a clause that times the noun before it by another event: "the first offensive
# since the war began in 1980", "the heaviest assault since the truce collapsed in May".
_OTHER_EVENT_MARKS = forms("since after before until")


def _other_event(verb: Token) -> bool:
    """A "since/after …" clause with a subject of its own (not a pronoun standing for the noun)
    tells when another event began, not the campaign noun before it."""
    if not any(c.dep_ == "mark" and c.lower_ in _OTHER_EVENT_MARKS for c in verb.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and not _names_campaign(c)
        for c in verb.children
    )


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
        if child.dep_ == "prep" and child.lower_ == "before" and not since_only:
            # "began before dawn on Saturday": the time of day before which it began
            spans = [
                (child.idx, phrase(g)[1])
                for g in child.children
                if g.dep_ == "pobj" and g.lower_ in DAY_PARTS
            ]
        elif child.dep_ in ("prep", "advmod") and child.lower_ in DATE_PREPS:
            # (the tagger sometimes takes "in" before a month for an adverb)
            if since_only and child.lower_ != "since":
                continue
            spans = [(child.idx, phrase(g)[1]) for g in child.children if g.dep_ == "pobj"]
        elif (child.dep_ in ("npadvmod", "tmod") or child.lower_ == "ago") and not since_only:
            spans = [phrase(child)]  # "on Tuesday", "five weeks ago" (advmod "ago" over "weeks")
        else:
            continue
        for start, end in spans:
            # "launched his offensive … in April last year": the parse may hang "last year" apart.
            year = _YEAR_AFTER.match(text, end)
            dates = find_dates(text, published, start, year.end() if year else end)
            dates = [d for d in dates if reports or not is_report_date(text, d)]
            if dates:
                return _calendar_after(text, day_when(text, dates[0], published), published)
    return None


# "began a week ago, on the night of February 28", "launched a month ago, on Sept. 27", "began two
# weeks ago with the capture of X on September 11": the calendar day told after a count back.
_AGO_THEN_DAY = re.compile(
    r"(?:\s*,\s*|\s+)(?:on\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?|with\s+[^,.;]{0,90}?\son\s+)"
)


def _calendar_after(text: str, date: DateMention, published: dt.date) -> DateMention:
    """A count back ("N weeks ago") is vaguer than the calendar day the clause gives right after
    it; that day wins when it falls near the count."""
    if not text[date.start : date.end].lower().endswith("ago"):
        return date
    joint = _AGO_THEN_DAY.match(text, date.end)
    if joint is None:
        return date
    days = find_dates(text, published, joint.end(), joint.end() + 40)
    if not days or days[0].start != joint.end() or not any(c.isdigit() for c in days[0].text):
        return date  # only a calendar day: "two weeks ago, on Monday" is no later Monday
    return days[0] if abs((days[0].date - date.date).days) <= 45 else date


def _scope(noun: Token, verb: Token) -> tuple[int, int]:
    """The noun's phrase and the verb's arguments: where the campaign's place would be named."""
    tokens = list(noun.subtree)
    for child in verb.children:
        if child.dep_ in _ARGUMENTS and child.i != noun.i:
            tokens.extend(child.subtree)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
