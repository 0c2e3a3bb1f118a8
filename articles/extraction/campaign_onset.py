"""The onset stage of campaign finding: a campaign the text dates — "the offensive which erupted in
late October against the army's garrisons in Darfur", "JNIM has blockaded Diapaga since December
2023", "militias have kept up attacks on rebel positions around Kalehe since mid-March".

The patterns are spaCy DependencyMatcher patterns (data, below), one per way a report ties a
campaign to the time it began; none names a place, group or person. Each match gives an anchor (the
campaign noun or verb) and the verb carrying the date. Its target is a proper name hanging from the
anchor or the dated verb ("in Rakhine State", "on Lashkar Gah"), else the place just taken ("It was
the end of an advance…" after "seized Uvira") or the town the text pointed to last; its attacker is
the anchor's agent, the subject of its "when" clause or of the dated verb. Runs only when parsed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_antecedents import SETTLEMENT_NOUNS
from .campaign_context import CampaignArticle
from .campaign_cue_attackers import add_attacker
from .campaign_dates import parse_start
from .campaign_lexicon import BY_FORM, STARTING, Trigger, forms
from .campaign_parse import (
    Reading,
    _date_phrases,
    _proper_name,
    actor_in,
    pattern_matches,
    phrase,
    read,
    word_pattern,
)
from .campaign_places import AGAINST_DEMONYM, demonym_place, place_at
from .campaign_record import CampaignRecord, name_key
from .campaign_sides import attacker_before
from .conflict_news import MILITARY
from .sentences import Span, enclosing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns naming a campaign (not a single raid: "attack" alone is left to the other stages).
CAMPAIGN_NOUNS = sorted(
    forms(
        "offensive offensives counteroffensive counter-offensive advance push drive assault "
        "assaults onslaught campaign operation siege blockade thrust fighting"
    )
)
# Verbs of a campaign that goes on ("has blockaded X since …", "have been pressing on X since …").
ONGOING_VERBS = sorted(
    forms(
        "blockaded blockading besieged besieging encircled encircling pressing pressed pushing "
        "pushed advancing advanced attacking attacked shelling shelled battling fighting fought "
        "assaulting assaulted"
    )
)
# Verbs that keep a campaign going: "have kept up attacks on X since …", "has waged a campaign".
KEEPING_VERBS = sorted(forms("kept keeping waged waging pressed pressing sustained continued"))
CAMPAIGN_OBJECTS = sorted(forms("attacks assaults raids offensive campaign offensives"))
_STARTING = sorted(STARTING | forms("erupted erupt broke"))
_SINCE = {"DEP": "prep", "LOWER": "since"}
# Tags as a list: a regular expression is tried on every token of every article.
_VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]
_VERB = {"TAG": {"IN": _VERB_TAGS}}
# The word a relative clause hangs on: not a verb (the tagger may take "plain" for an adjective).
_NOUN = {"TAG": {"NOT_IN": _VERB_TAGS}}

PATTERNS: dict[str, list[dict]] = {
    # "The offensive that finally broke the town's defence erupted in late August"
    "campaign_subject_of_start": [
        {"RIGHT_ID": "dated", "RIGHT_ATTRS": {"LOWER": {"IN": _STARTING}}},
        {
            "LEFT_ID": "dated",
            "REL_OP": ">",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}, "LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
    ],
    # "the offensive which erupted in late October", "an offensive … that began in late February"
    "campaign_with_starting_clause": [
        {
            "RIGHT_ID": "dated",
            "RIGHT_ATTRS": {"DEP": {"IN": ["relcl", "acl"]}, "LOWER": {"IN": _STARTING}},
        },
        {
            "LEFT_ID": "dated",
            "REL_OP": "<",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
    ],
    # The parser often hangs the clause on a noun next to the campaign noun: "a string of assaults
    # by X on garrison towns in Y that began on March 1", "the latest gain in the offensive which
    # erupted", "an offensive in Sennar state that began …".
    "campaign_below_starting_clause": [
        {
            "RIGHT_ID": "dated",
            "RIGHT_ATTRS": {"DEP": {"IN": ["relcl", "acl"]}, "LOWER": {"IN": _STARTING}},
        },
        {"LEFT_ID": "dated", "REL_OP": "<", "RIGHT_ID": "head", "RIGHT_ATTRS": _NOUN},
        {
            "LEFT_ID": "head",
            "REL_OP": ">>",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
    ],
    "campaign_above_starting_clause": [
        {
            "RIGHT_ID": "dated",
            "RIGHT_ATTRS": {"DEP": {"IN": ["relcl", "acl"]}, "LOWER": {"IN": _STARTING}},
        },
        {"LEFT_ID": "dated", "REL_OP": "<", "RIGHT_ID": "head", "RIGHT_ATTRS": _NOUN},
        {
            "LEFT_ID": "head",
            "REL_OP": "<<",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
    ],
    # "The ELN launched an offensive against the dissidents on Thursday", "the army began an
    # operation in March to retake villages": the campaign noun is the object of a start verb.
    "campaign_object_of_start": [
        {
            "RIGHT_ID": "dated",
            "RIGHT_ATTRS": {"LOWER": {"IN": _STARTING}, "TAG": {"IN": _VERB_TAGS}},
        },
        {
            "LEFT_ID": "dated",
            "REL_OP": ">",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
    ],
    # "JNIM has blockaded Diapaga since December 2023", "have been pressing on Kandahar since May"
    "campaign_verb_since": [
        {
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"LOWER": {"IN": ONGOING_VERBS}, "TAG": {"IN": _VERB_TAGS}},
        },
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "since", "RIGHT_ATTRS": _SINCE},
    ],
    # "Djibo … has been under a JNIM blockade since February 2022", "Mariupol has been under siege
    # since March 1": the subject is the place, the campaign noun's modifier its attacker.
    "place_under_campaign": [
        {"RIGHT_ID": "dated", "RIGHT_ATTRS": _VERB},
        {
            "LEFT_ID": "dated",
            "REL_OP": ">",
            "RIGHT_ID": "under",
            "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "under"},
        },
        {
            "LEFT_ID": "under",
            "REL_OP": ">",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"DEP": "pobj", "LOWER": {"IN": CAMPAIGN_NOUNS}},
        },
        {"LEFT_ID": "dated", "REL_OP": ">", "RIGHT_ID": "place", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ],
    # "militias have kept up attacks on rebel positions around Kalehe since mid-March", "has waged
    # a campaign of attacks on towns … since early 2023"
    "campaign_kept_up_since": [
        {"RIGHT_ID": "dated", "RIGHT_ATTRS": {"LOWER": {"IN": KEEPING_VERBS}}},
        {
            "LEFT_ID": "dated",
            "REL_OP": ">",
            "RIGHT_ID": "anchor",
            "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": CAMPAIGN_OBJECTS}},
        },
        {"LEFT_ID": "dated", "REL_OP": ">", "RIGHT_ID": "since", "RIGHT_ATTRS": _SINCE},
    ],
}
# Patterns that make a campaign only in an article where no other stage found one; beside others
# they date or complete the campaign on the place the tree gives them.
ONLY_WHEN_ALONE = frozenset({"campaign_object_of_start"})
# The clause and the campaign noun it dates are close: "the offensive, which …, erupted".
MAX_GAP = 12
# Prepositions whose object a campaign is on ("erupted in Rakhine State", "pressing on Kandahar").
# "of" and "near" only lead further down: "a campaign of assaults on troops near Marib".
TARGET_PREPS = forms("on against toward towards into around in at for of near")
# Verbs whose object the campaign just took ("seized Uvira … It was the end of an advance …").
TAKING = forms("seized captured took taken overran overrun retook recaptured entered reached")

# Every pattern has an anchor among these words: only sentences holding one are matched (the
# matcher's cost grows with the tokens it sees).
ANCHOR_WORDS = word_pattern(CAMPAIGN_NOUNS + ONGOING_VERBS + CAMPAIGN_OBJECTS)

_matchers: dict[int, object] = {}  # one DependencyMatcher per vocabulary


def _matcher(doc: Doc):
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        from spacy.matcher import DependencyMatcher

        matcher = DependencyMatcher(doc.vocab)
        for name, pattern in PATTERNS.items():
            matcher.add(name, [pattern])
        _matchers[id(doc.vocab)] = matcher
    return matcher


def onsets(doc: Doc) -> list[tuple[str, Token, Token]]:
    """(pattern name, anchor, dated verb) of each match in the parse, one per anchor, in text
    order."""
    found: dict[int, tuple[str, Token, Token]] = {}
    for match_id, token_ids in pattern_matches(doc, _matcher(doc), ANCHOR_WORDS):
        name = doc.vocab.strings[match_id]
        roles = dict(zip((p["RIGHT_ID"] for p in PATTERNS[name]), token_ids, strict=True))
        anchor = doc[roles["anchor"]]
        dated = doc[roles.get("dated", roles["anchor"])]
        if name.endswith("starting_clause") and not 0 < dated.i - anchor.i <= MAX_GAP:
            continue
        found.setdefault(anchor.i, (name, anchor, dated))
    return [found[i] for i in sorted(found)]


def onset_campaigns(article: CampaignArticle) -> None:
    """Campaigns (or the start date and attacker of one already found) from every dated onset."""
    if article.doc is None:
        return
    text, sentences = article.text, article.sentences
    for name, anchor, dated in onsets(article.doc):
        sentence = enclosing(sentences, anchor.idx)
        if sentence is None or not MILITARY.search(
            text, article.floors[sentence.start], sentence.end
        ):
            continue
        _campaign_from_onset(article, article.position_of[sentence.start], name, anchor, dated)


def _campaign_from_onset(
    article: CampaignArticle, index: int, name: str, anchor: Token, dated: Token
) -> None:
    text, actors, sentence = article.text, article.actors, article.sentences[index]
    place, pointed = _target(article, index, anchor, dated)
    if place is None or (name in ONLY_WHEN_ALONE and pointed and article.kept()):
        return
    reading = Reading(name, (anchor.idx, anchor.idx + len(anchor)), False)
    reading.date_phrases = _date_phrases(dated)
    started = parse_start(text, reading, article.published)
    key = name_key(place[0])
    record = article.by_target.get(key) or article.records.get(name_key(f"{place[0]} offensive"))
    if record is None:
        if name in ONLY_WHEN_ALONE and article.kept():
            return  # "launched an offensive …" beside campaigns found otherwise: theirs
        if started is None or (pointed and article.kept() and not _points_here(anchor)):
            # An undated onset, or one whose place the tree does not give (the town just taken
            # or named last) and the campaign noun does not point back to, adds to a campaign
            # found otherwise.
            return
        record = CampaignRecord(
            name=f"{place[0]} offensive",
            named=False,
            targets=[place[0]],
            target_spans=[(place[1], place[2])],
            sentence_start=sentence.start,
            sentence_end=sentence.end,
        )
        article.records[name_key(record.name)] = record
        article.by_target[key] = record
    if record.started_on is None and started is not None:
        record.started_on, record.date_precision = started
    if not record.attackers:
        attacker = _attacker(text, actors, sentence, anchor, dated)
        if attacker is None and pointed and index > 0:
            # "The offensive, which began last month, is the biggest …" after "Government troops
            # retook X": the side the sentence before opens with.
            previous = article.sentences[index - 1]
            attacker = attacker_before(text, previous, previous.end, actors)
        if attacker is not None and attacker not in record.opponents:
            add_attacker(article, record, attacker, sentence)


def _target(
    article: CampaignArticle, index: int, anchor: Token, dated: Token
) -> tuple[tuple[str, int, int] | None, bool]:
    """The place of a dated campaign: a name hanging from the anchor or the dated verb, else the
    place the sentence or the one before reports taken, else the town named last."""
    text, actors, places = article.text, article.actors, article.places
    if anchor.head.lower_ == "under":  # "X has been under siege since …"
        subjects = [c for c in dated.children if c.dep_ == "nsubj"]
        names = [n for n in map(_proper_name, subjects) if n is not None]
        found = place_at(text, *names[0], places, actors) if names else None
        return found, False
    if dated.dep_ == "relcl" and any(c.lower_ == "where" for c in dated.children):
        # "Toretsk, where Moscow's offensive erupted in late June": the place the clause is on.
        name = _proper_name(dated.head)
        found = place_at(text, *name, places, actors) if name is not None else None
        if found is not None:
            return found, False
    for head in (anchor, dated):
        for name in _named_targets(head):
            found = place_at(text, *name, places, actors)
            if found is not None:
                return found, False
    if anchor.tag_.startswith("VB"):
        return (
            None,
            False,
        )  # "has blockaded the town since …" without a name: the cue stage reads it
    against = AGAINST_DEMONYM.search(text, anchor.sent.start_char, anchor.sent.end_char)
    if against is not None:
        # "an offensive against Tigrayan forces": the region of the side attacked.
        found = demonym_place(text, against.group("dem"), anchor.idx, places, actors)
        if found is not None:
            return found, True
    floor = article.sentences[max(index - 1, 0)]
    for token in article.doc.char_span(floor.start, anchor.idx, alignment_mode="expand") or []:
        if token.lower_ in TAKING:
            for obj in (c for c in token.children if c.dep_ == "dobj"):
                name = _proper_name(obj)
                found = place_at(text, *name, places, actors) if name else None
                if found is not None:
                    return found, True
    items = [a for a in article.antecedents.items if a.start < anchor.idx]
    earlier = [a for a in items if a.settlement is True] or [
        a for a in items if a.settlement is False
    ]
    if not earlier:
        return None, True
    return place_at(text, earlier[-1].start, earlier[-1].end, places, actors), True


def _points_here(anchor: Token) -> bool:
    """The campaign noun's phrase points back to a town ("the offensive that broke the town's
    defence erupted in late August", "the assault on the defences of the city began …")."""
    return any(
        token.lower_ in SETTLEMENT_NOUNS
        and (token.dep_ == "poss" or (token.dep_ == "pobj" and token.head.lower_ == "of"))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        for token in anchor.subtree
        if token.i != anchor.i
    )


def _named_targets(head: Token) -> list[tuple[int, int]]:
    """Proper names the head's target prepositions and object give, following "on garrison towns
    in Y" down one more level, without entering clauses ("when its fighters overran …")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [
        g
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS
        for g in child.children
        if g.dep_ == "pobj"
    ]
    found = []
    for obj in objects:
        if _is_date(obj):
            continue
        name = _proper_name(obj)
        if name is None and obj.text[:1].isupper() and not obj.is_sent_start:
            name = obj.idx, obj.idx + len(obj)  # a rare name the tagger took for a common noun
        if name is not None:
            found.append(name)
            continue
        found.extend(_named_targets(obj))
    return found


def _is_date(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME")


def _attacker(text: str, actors, sentence: Span, anchor: Token, dated: Token) -> str | None:
    """The anchor's agent ("assaults by X", "X's offensive"), the subject of a verb anchor or of the
    dated verb, else the subject of the "when" clause that tells how it began."""
    trigger = BY_FORM.get((anchor.lower_, "noun")) or BY_FORM.get((anchor.lower_, "verb"))
    candidates = list(read(anchor, trigger or _ANY).agents)
    for verb in (anchor, dated):
        candidates += [phrase(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for clause in (c for verb in (dated, anchor) for c in verb.subtree):
        if clause.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in clause.children):
            candidates += [phrase(c) for c in clause.children if c.dep_ == "nsubj"]
    for span in candidates:
        match = actor_in(text, actors, span)
        if match is not None:
            return match.actor
    # "a string of victories for the RSF in the offensive which erupted …": the clause's side.
    return attacker_before(text, sentence, anchor.idx, actors)


_ANY = Trigger("onset", frozenset(), "noun")
