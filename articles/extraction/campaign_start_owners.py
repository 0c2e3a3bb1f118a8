"""Which campaign each start statement (campaign_starts.py) dates: the campaign whose target or
name the statement names; the article's main campaign (the one it names first), when nothing
names it, takes a statement that names no other campaign's town. A fight's outbreak ("since the
fighting erupted late Sunday") and a span back from a dated event, and a siege "since" that names
no campaign ("have besieged the garrison since mid-January"), date only a campaign nothing else
dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from places.nlp import text_of

from .campaign_dates import start_date, strong_start_date
from .campaign_lexicon import forms
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .campaign_start_sides import answering, other_sides
from .campaign_starts import (
    FIGHT,
    SINCE,
    SPAN,
    START,
    StartStatement,
    action_statements,
    phrase_tokens,
    start_statements,
)
from .sentences import lead_end, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorMatch

# Marks of a clause that relates the campaign to another event ("the first town to fall since
# they launched an offensive in May"): such a clause names no campaign by itself.
_BACKGROUND = forms("since after before until once")
# Units of a span counted into a campaign: "two weeks after the offensive began".
_SPAN_UNITS = forms("hour hours day days week weeks month months")
# Where a clause names what it takes: "retook the town of X in a counterattack".
_TAKEN_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions that put a campaign on a place: "launched its offensive in Rakhine on Nov. 13".
PLACE_PREPS = forms("on against toward towards into in at near around with")
# How long before the report the only campaign's first dated attack may lie when nothing else
# dates it (an attack further back tells the war's background).
_RECENT = dt.timedelta(days=31)
# Kinds of place that may hold the campaign's town rather than compete with it.
_AREAS = frozenset({"admin", "region", "country", "river", "mountain", "water"})
# "along the X river", "near the X dam": a name the gazetteer may hold as a town, told here as a
# river or a landmark, which may hold the campaign's town as an area does.
_FEATURE_AFTER = re.compile(
    r"\s+(?:river|valley|gorge|mountains|hills|dam|lake|canal|pass|water\s+distribution)\b"
)


def names_record(text: str, record: CampaignRecord, scope: tuple[int, int]) -> bool:
    words = name_key(text[scope[0] : scope[1]])
    names = list(record.targets) + [text[s:e] for s, e in record.target_spans]
    if record.named:
        names.append(record.name)
    return any(name_key(name) and f" {name_key(name)} " in f" {words} " for name in names)


def may_date(
    text: str,
    record: CampaignRecord,
    records: list[CampaignRecord],
    main: CampaignRecord | None,
    scope: tuple[int, int],
) -> bool:
    """Whether a date told in `scope` may date `record`: the scope names it, or it is the
    article's main campaign and the scope names no other campaign."""
    return names_record(text, record, scope) or (
        record is main
        and not any(names_record(text, other, scope) for other in records if other is not record)
    )


def dated_by_statements(
    text: str,
    doc: Doc | None,
    kept: list[CampaignRecord],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
    actors: list[ActorMatch] | None = None,
) -> None:
    """Each campaign a start statement names takes that statement's date (its first); the article's
    main campaign (the one it names first), when no statement names it, takes the first statement
    that names no other campaign; a campaign still undated takes a siege's "since" or the outbreak
    of fighting its paragraph tells naming no other town ("after four days of fighting that began
    on Nov. 1")."""
    if doc is None or published is None or not kept:
        return
    statements = start_statements(text, doc, published)
    if not statements:
        return
    main = main_campaign(text, kept, places)
    every = statements
    plain = any(s.rank == START and not answering(s) for s in every)
    for record in kept:
        # (not another side's siege: "had been besieged by rebels since July 2012" for the army's
        # offensive that broke the siege)
        # (nor a counter-attack's start, when the campaign has a start of its own to take)
        answers = record.started_on is not None or plain
        statements = [
            s
            for s in every
            if not other_sides(s, record, actors) and not (answers and _answers_it(text, s, record))
        ]
        own = [s for s in statements if names_record(text, record, s.scope)]
        later = [s for s in own if s.rank in (FIGHT, SPAN)]
        own = sorted((s for s in own if s.rank in (START, SINCE)), key=lambda s: s.rank)
        if record is main and (not own or own[0].rank != START):
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
            # "captured X after two days of fighting", "fighting broke out in X on Friday" when
            # nothing else dates it
            own = sorted(later, key=lambda s: s.rank)
        if not own and record.started_on is None:
            own = _unclaimed(text, record, statements, kept, places, ranks=(SINCE, FIGHT))
        if own and not _later_since(record, own[0]):
            record.started_on, record.date_precision = own[0].date.date, own[0].date.precision


def _answers_it(text: str, statement: StartStatement, record: CampaignRecord) -> bool:
    """A counter-offensive's start told of no counter-offensive campaign: "Lao troops launched a
    fresh counter-attack on Thursday" in a story of the Thai push on a hill dates the answer, not
    the push (which began when the story says it did further down, or when an earlier stage
    dated it). Unless the counter-attack
    names the campaign or is how its town was taken ("retook X in a counterattack that began on
    Tuesday": then the story's campaign is the counter-attack)."""
    if not answering(statement) or "counter" in record.name.lower():
        return False
    if names_record(text, record, statement.scope):
        return False
    for verb in statement.noun.ancestors:
        for child in verb.children:
            if child.dep_ in _TAKEN_DEPS and child is not statement.noun:
                span = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                if names_record(text, record, span):
                    return False
    return True


def _later_since(record: CampaignRecord, statement: StartStatement) -> bool:
    """A siege's or fight's "since" later than the start the campaign has ("launched his offensive
    on Tripoli in April last year … have been fighting on the front lines of Tripoli since last
    autumn") tells a later phase, not the start."""
    started, since = record.started_on, statement.date.date
    return (
        statement.rank == SINCE
        and started is not None
        and started < since
        # ("since July, when … on July 14" refines a start in July)
        and (started.year, started.month) != (since.year, since.month)
    )


def _unclaimed(
    text: str,
    record: CampaignRecord,
    statements: list[StartStatement],
    records: list[CampaignRecord],
    places,
    ranks: tuple[int, ...],
) -> list[StartStatement]:
    """Statements of the given ranks that name no other campaign's town, for the article's only
    campaign or one its paragraph names: "have besieged the garrison since mid-January", "since
    the fighting erupted late Sunday", "began storming it on March 6"."""
    found = [
        s
        for s in statements
        if s.rank in ranks
        and (
            _unattached(s, record, places)
            if s.rank == START
            else _names_no_other(s, record, places)
        )
        and (len(records) == 1 or _near_its_name(text, record, s))
    ]
    return sorted(found, key=lambda s: s.rank)  # a siege's "since" before a fight's outbreak


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


def main_campaign(text: str, kept: list[CampaignRecord], places) -> CampaignRecord:
    """The campaign the article names first, a campaign on a country only when all are ("Yemen
    loyalists say they broke the siege of Taez": the siege of Taez)."""
    countries = {(p.start, p.end) for p in places or () if getattr(p, "kind", "") == "country"}
    local = [r for r in kept if r.named or not set(r.target_spans[:1]) & countries]
    return min(local or kept, key=lambda r: _first_mention(text, r))


def named_in_lead(text: str, record: CampaignRecord) -> bool:
    """The article names the campaign (its name, else its first target) in its headline or lead."""
    return _first_mention(text, record) <= lead_end(text)


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
    if any(_background(t) for t in noun.ancestors):
        return False
    return _names_no_other(statement, record, places)


def _background(verb: Token) -> bool:
    """The verb's clause relates the campaign to another event ("the first town to fall since they
    launched an offensive in May"), unless it counts the time into the campaign itself ("a day
    after the offensive began on the 11th", "three weeks after the army launched its offensive")."""
    children = list(verb.children)
    marked = any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in children)
    if not marked and not _subject_in_mark(verb):
        return False
    return not any(c.dep_ == "npadvmod" and c.lower_ in _SPAN_UNITS for c in children)


def _subject_in_mark(verb: Token) -> bool:
    """The parse took the clause's subject for the object of its "since" ("… has flown in troops
    since the Tanzanians and the exiles began their advance in January": "since" a preposition
    over "the Tanzanians", "began" a clause of its own with no subject): the verb has no subject
    and the noun phrase just before it hangs from a background word."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "the Tanzanians and the exiles": the first of the list
    head = before.head
    return before.dep_ == "pobj" and head.lower_ in _BACKGROUND and head.i < before.i


def _names_no_other(statement: StartStatement, record: CampaignRecord, places) -> bool:
    """The statement names no town other than the campaign's own (a province or river may hold
    the campaign's town)."""
    own = set(record.target_spans)
    positions = [token.idx for token in _target_words(statement)]
    if not positions:
        return True
    low, high = min(positions), max(positions)
    named = [p for p in places or () if p.start <= high and low < p.end]  # (a few, not all)
    if not named:
        return True
    text = text_of(statement.noun.doc)
    return not any(
        (p.start, p.end) not in own
        and p.name not in record.targets
        and getattr(p, "kind", "") not in _AREAS
        and not _FEATURE_AFTER.match(text, p.end)
        and any(p.start <= position < p.end for position in positions)
        for p in named
    )


def _target_words(statement: StartStatement) -> list[Token]:
    """Words where a statement names the place it is on: the campaign noun's phrase and the verb's
    place prepositions ("on Lashkar Gah", "in Rakhine", "with the overrunning of a base at X"),
    without clauses, dates and the sides that launch it ("Kyiv launched", "Russia's offensive")."""
    noun, verb = statement.noun, statement.verb
    tokens = phrase_tokens(noun)
    if noun.head.i != verb.i and noun.i < verb.i:
        # "an offensive on villages in X that began …": the words between the noun and its clause.
        tokens.extend(noun.doc[noun.i + 1 : verb.i])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and child.i != noun.i:
            words = phrase_tokens(child)
            if not any(t.ent_type_ in ("DATE", "TIME") for t in words):
                tokens.extend(words)
    tokens.extend(_dropped_appositive(tokens))
    date = statement.date  # never a place, whatever the gazetteer holds ("October 6")
    return [t for t in tokens if not _a_side(t, noun) and not (date.start <= t.idx < date.end)]


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
    the first start statement naming them, else a span back from a dated event naming them; the
    main campaign a statement naming no other town; else the earliest dated action on one of its
    places ("attacked Zaranj on Thursday": an offensive with no start in the text is dated by its
    first reported action)."""
    undated = [r for r in records if r.started_on is None]
    if doc is None or published is None or not undated:
        return
    statements = start_statements(text, doc, published)
    actions = action_statements(text, doc, published)
    # once per call: the loop changes dates only, and each call scans the text per campaign
    main = main_campaign(text, records, places)
    for record in undated:
        own = [s for s in statements if names_record(text, record, s.scope)]
        own.sort(key=lambda s: s.rank)
        if not own and record is main:
            own = _unclaimed(text, record, statements, records, places, ranks=(START,))
            own = own or _unclaimed(text, record, statements, records, places, ranks=(SINCE, FIGHT))
        # the first dated action on one of its places: "attacked Zaranj on Thursday"
        acts = sorted(
            (s for s in actions if names_record(text, record, s.scope)), key=lambda s: s.date.date
        )
        if not own or (own[0].rank == SPAN and _action_told(own[0], acts)):
            own = acts[:1]
        if not own and len(records) == 1:
            # the article's only campaign: its first dated attack that names no other place
            # ("fighters attacked the battalion along the river on Monday", "attacked the three
            # towns at once before dawn on Sunday")
            # (not one a relative clause tells of its place: "to retake X, which the rebels
            # recaptured last week")
            # (nor one over a month before the report: background, "Argentina seized the
            # islands on April 2", not the first act of the fight the article tells)
            own = sorted(
                (
                    s
                    for s in actions
                    if s.verb.dep_ != "relcl"
                    and published - s.date.date <= _RECENT
                    and _names_no_other(s, record, places)
                ),
                key=lambda s: s.date.date,
            )[:1]
        if own:
            record.started_on, record.date_precision = own[0].date.date, own[0].date.precision
            if names_record(text, record, own[0].scope):
                _reclaim(text, record, own[0], records, statements)
        elif record is main:
            started = lead_start(text, record, published)
            if started:
                record.started_on, record.date_precision = started


# Sentences after the headline whose start verbs or day counts may date the story's campaign, and
# those whose verb of starting right by a date may ("since the operation began on Sunday").
_LEAD_SENTENCES = 3
_STORY_SENTENCES = 7


def lead_start(text: str, record: CampaignRecord, published: dt.date) -> tuple[dt.date, int] | None:
    """The story's own campaign, named in its headline or lead and dated by no statement: the start
    the lead tells ("clashed in the hills above X for a fourth day on Saturday", "the heaviest since
    the front called its final offensive on June 4"), else a verb of starting right by a date in
    the story's first paragraphs. A headline or byline may stand between the campaign's sentence
    and its lead ("From our correspondent in X"), so the window is the article's, not the
    campaign's sentence's."""
    if not named_in_lead(text, record):
        return None
    body = sentences(text)[1:]
    return start_date(text, body[:_LEAD_SENTENCES], published) or strong_start_date(
        text, body[:_STORY_SENTENCES], published
    )


def _action_told(span: StartStatement, actions: list[StartStatement]) -> bool:
    """A span counted back ("regained control Saturday after three days of fighting") and a dated
    action on the place within a day of where it lands ("swept into X before dawn Thursday"): the
    action tells the start outright, where the count may or may not include the last day."""
    return bool(actions) and abs((actions[0].date.date - span.date.date).days) <= 1


def _reclaim(
    text: str,
    record: CampaignRecord,
    statement: StartStatement,
    records: list[CampaignRecord],
    statements: list[StartStatement],
) -> None:
    """A statement naming a campaign added after the rule stages was taken, unnamed, by the campaign
    that was then the article's only or main one ("Operation X …; fighters launched the assault on
    the town of Y on Friday"): that campaign gives the date back when no statement naming it gives
    the same date."""
    date = (statement.date.date, statement.date.precision)
    for other in records:
        if other is record or (other.started_on, other.date_precision) != date:
            continue
        if not any(
            (s.date.date, s.date.precision) == date and names_record(text, other, s.scope)
            for s in statements
        ):
            other.started_on, other.date_precision = None, 1
