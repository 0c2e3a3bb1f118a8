"""The candidate start dates of each campaign and the features the learned date chooser
(campaign_date_choice) reads: the rules' date, every date the article resolves (dates.find_dates,
against the day it was written) and "no date".

Features are patterns only, never a word list tuned to one article: how the date relates to the
campaign in the parse (a modifier of a campaign noun or of the clause naming a target, same
sentence, sentence distance); the class of its governing verb and of the words just before it
(start verbs, "since", "ago", captures and falls that mark an end or a later event, reports, a war
as the subject: the wider war's start); where it stands (headline, lead, dateline); its
precision; how far before the published day it lies; whether it is the article's earliest, or the
earliest near the campaign; whether another campaign's target is nearer to it than this
campaign's, or the rules gave it to another campaign. Whether a candidate is this campaign's
rules' choice is not a feature: the chooser weighs that by its margin (campaign_date_choice)."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .campaign_dates import DEPARTING_AFTER
from .campaign_gate import CAMPAIGN_NOUNS
from .campaign_lexicon import PURPOSE_VERBS, REPORTING, STARTING, forms
from .campaign_side_verbs import ATTACKING
from .dates import _DATELINE, _DATELINE_LINES, find_dates, middle_of_month

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .campaign_record import CampaignRecord
    from .sentences import Span

# (date, precision) of a candidate; (None, None) is "no date".
Key = tuple[dt.date | None, int | None]
NULL: Key = (None, None)
# Verbs telling an end or a later event: a date under them is not the campaign's start.
ENDING = (
    PURPOSE_VERBS
    | forms(
        "fell fall fallen captured seized took taken retook recaptured liberated overran "
        "withdrew withdrawn ended end halted halt freed cleared secured surrendered"
    )
) - STARTING
# Nouns of a whole war or unrest, whose start is not one campaign's.
WAR_NOUNS = forms(
    "war wars conflict conflicts hostilities insurgency uprising rebellion revolt crisis "
    "unrest violence civil"
)
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through|by|after|before)\s+(?:the\s+)?(?:early\s+)?$", re.I)
_BEGAN_WORDS = re.compile(r"\b(?:began|begun|launched|started|erupted|opened)\b", re.I)
_CLAUSES = (("start", STARTING), ("end", ENDING), ("report", REPORTING), ("attack", ATTACKING))
_VERBS = frozenset().union(*(words for _, words in _CLAUSES))
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "conj"})
_STARTED = frozenset({"since", "start_word_before", "verb_start"})
# How many characters before a date the cue words are read in.
_BEFORE = 60
# Sentence distances beyond this count as far.
_FAR = 6


@dataclass(frozen=True, slots=True)
class Mention:
    """One date expression and what does not depend on the campaign."""

    start: int
    end: int
    key: Key
    sentence: int
    cues: dict[str, float]
    governor: tuple[int, int] | None  # the clause's character extent in the parse


def article_mentions(
    text: str, sents: list[Span], doc: Doc | None, published: dt.date | None
) -> list[Mention]:
    """Every date the article resolves ("mid-June" also as the 15th, to the week)."""
    if published is None:
        return []
    ends = [s.end for s in sents]
    dateline = _dateline(text)
    found = []
    for date in find_dates(text, published):
        middle = middle_of_month(date)
        for variant in {date, middle}:
            sentence = min(bisect.bisect_right(ends, date.start), max(len(ends) - 1, 0))
            cues, governor = _cues(text, doc, date.start, date.end, variant.date, published)
            cues[f"precision_{variant.precision}"] = 1.0
            if middle is not date:  # "mid-June": the 15th to the week, or June
                cues["middle_day" if variant is middle else "middle_month"] = 1.0
            cues["headline" if sentence == 0 else "lead" if sentence <= 2 else "body"] = 1.0
            if dateline and dateline[0] <= date.start < dateline[1]:
                cues["dateline"] = 1.0
            key = (variant.date, variant.precision)
            found.append(Mention(date.start, date.end, key, sentence, cues, governor))
    return found


def _dateline(text: str) -> tuple[int, int] | None:
    lead = text.lstrip()
    offset = len(text) - len(lead)
    head = "\n".join(lead.split("\n", _DATELINE_LINES)[:_DATELINE_LINES])
    match = _DATELINE.search(head)
    return (offset + match.start(), offset + match.end()) if match else None


def _cues(
    text: str, doc: Doc | None, start: int, end: int, date: dt.date, published: dt.date
) -> tuple[dict[str, float], tuple[int, int] | None]:
    cues: dict[str, float] = {}
    days = (published - date).days
    if days < 0:
        cues["after_published"] = 1.0
    else:
        cues["days_before"] = min(math.log1p(days) / math.log(3650), 1.0)
        if days <= 7:
            cues["within_week"] = 1.0
        if days == 0:
            cues["published_day"] = 1.0
    head = max(0, start - _BEFORE)
    before = text[head:start]
    if _SINCE.search(before):
        cues["since"] = 1.0
    if _UNTIL.search(before):
        cues["until"] = 1.0
    if "ago" in text[start:end].lower():
        cues["ago"] = 1.0
    if any(
        DEPARTING_AFTER.match(text, head + word.end()) is None
        for word in _BEGAN_WORDS.finditer(before)
    ):
        cues["start_word_before"] = 1.0  # (not "began leaving", "started returning")
    governor = None
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            verb = _governor(span.root)
            if verb is not None:
                cues.update(_verb_class(verb))
                if any(c.dep_.startswith("nsubj") and c.lower_ in WAR_NOUNS for c in verb.children):
                    cues["war_subject"] = 1.0  # "the war began on September 27": not a campaign
                left, right = verb.left_edge, verb.right_edge
                governor = (left.idx, right.idx + len(right.text))
            if _under_campaign_noun(span.root):
                cues["campaign_noun"] = 1.0
    return cues, governor


def _governor(token: Token) -> Token | None:
    """The verb the date modifies (through its preposition and noun heads), if any: the parse
    carries no part-of-speech tags, so the first head that is a known verb or heads a clause."""
    for _ in range(4):
        if token.head is token:
            return token
        token = token.head
        if token.lower_ in _VERBS or token.dep_ in _CLAUSE_HEADS:
            return token
    return None


def _under_campaign_noun(token: Token) -> bool:
    """ "the offensive launched on May 3" aside, "the May 3 offensive", "the assault of 3 May"."""
    for _ in range(3):
        if token.head is token:
            return False
        token = token.head
        if token.lower_ in CAMPAIGN_NOUNS:
            return True
    return False


def _verb_class(verb: Token) -> dict[str, float]:
    word = verb.lower_
    name = next((name for name, words in _CLAUSES if word in words), "other")
    return {f"verb_{name}": 1.0}


@dataclass(frozen=True, slots=True)
class Campaign:
    """Where one campaign is told, as the features compare dates with it."""

    anchors: list[tuple[int, int]]  # its target mentions, its sentence, its name's first use
    own: set[int]  # the sentences of the anchors
    targeted: set[int]  # the sentences naming a target
    targets: list[tuple[int, int]]
    others: list[tuple[int, int]]  # the other campaigns' target mentions


def campaign_candidates(
    text: str,
    sents: list[Span],
    mentions: list[Mention],
    records: list[CampaignRecord],
    index: int,
    published: dt.date,
) -> tuple[Key, dict[Key, dict[str, float]]]:
    """The rules' choice for records[index] and every candidate with its features (the rules'
    choice is not one of them: the chooser weighs it by its margin, not by a learned weight)."""
    record = records[index]
    ends = [s.end for s in sents]

    def sentence_of(position: int) -> int:
        return min(bisect.bisect_right(ends, position), max(len(ends) - 1, 0))

    anchors = _anchors(text, record)
    campaign = Campaign(
        anchors,
        {sentence_of(s) for s, _ in anchors},
        {sentence_of(s) for s, _ in record.target_spans},
        list(record.target_spans),
        [a for j, r in enumerate(records) if j != index for a in r.target_spans],
    )
    firsts = {
        "earliest": min((m.key[0] for m in mentions), default=None),
        "earliest_started": min(
            (m.key[0] for m in mentions if _STARTED & m.cues.keys()), default=None
        ),
        "earliest_near": min(
            (m.key[0] for m in mentions if _distance(m, campaign) <= 1), default=None
        ),
    }
    out: dict[Key, dict[str, float]] = {}
    for m in mentions:
        features = _relation(m, campaign)
        features.update({name: 1.0 for name, first in firsts.items() if m.key[0] == first})
        if firsts["earliest_near"] == m.key[0] and _distance(m, campaign) > 1:
            del features["earliest_near"]
        _merge(out, m.key, features)
    taken = {(r.started_on, r.date_precision) for j, r in enumerate(records) if j != index}
    for key, features in out.items():
        features["mentions"] = min(features.pop("_count"), 3) / 3
        if key in taken:
            features["other_campaigns_date"] = 1.0  # the rules gave it to another campaign
    rules: Key = (record.started_on, record.date_precision) if record.started_on else NULL
    if rules not in out:
        out[rules] = _unmentioned(rules, published) if rules != NULL else {}
    null = out.setdefault(NULL, {})
    null["null"] = 1.0
    if not any(m.sentence in campaign.own for m in mentions):
        null["null_no_date_nearby"] = 1.0
    return rules, out


def _distance(mention: Mention, campaign: Campaign) -> int:
    return min((abs(mention.sentence - s) for s in campaign.own), default=_FAR)


def _relation(m: Mention, campaign: Campaign) -> dict[str, float]:
    """How one date expression stands to the campaign."""
    features = dict(m.cues)
    distance = _distance(m, campaign)
    features["closeness"] = 1.0 - min(distance, _FAR) / _FAR
    features["same_sentence" if distance == 0 else "next_sentence" if distance == 1 else "far"] = (
        1.0
    )
    if m.governor and any(m.governor[0] <= s < m.governor[1] for s, _ in campaign.targets):
        features["clause_has_target"] = 1.0
    mine = min((abs(m.start - s) for s, _ in campaign.anchors), default=10**6)
    theirs = min((abs(m.start - s) for s, _ in campaign.others), default=10**6)
    if theirs < mine:
        features["other_target_nearer"] = 1.0
    if m.sentence in campaign.targeted:
        features["target_in_sentence"] = 1.0
    if distance <= 1:
        for cue in ("since", "start_word_before", "verb_start", "verb_end", "verb_report"):
            if cue in m.cues:
                features[f"{cue}_near"] = 1.0
    return features


def _unmentioned(key: Key, published: dt.date) -> dict[str, float]:
    """The rules' date read from no expression as such ("three weeks ago" made a day): its
    precision and age alone."""
    date, precision = key
    features = {"unmentioned": 1.0, f"precision_{precision}": 1.0}
    days = (published - date).days
    if days < 0:
        features["after_published"] = 1.0
    else:
        features["days_before"] = min(math.log1p(days) / math.log(3650), 1.0)
    return features


def _anchors(text: str, record: CampaignRecord) -> list[tuple[int, int]]:
    """Where the campaign is told: its target mentions, its sentence, its name's first use."""
    anchors = [*record.target_spans, (record.sentence_start, record.sentence_end)]
    if record.named and record.name:
        at = text.find(record.name)
        if at >= 0:
            anchors.append((at, at + len(record.name)))
    return anchors


def _merge(out: dict[Key, dict[str, float]], key: Key, features: dict[str, float]) -> None:
    """A date several expressions give keeps the strongest value of each feature."""
    have = out.setdefault(key, {"_count": 0})
    have["_count"] += 1
    for name, value in features.items():
        have[name] = max(have.get(name, 0.0), value)


__all__ = ["NULL", "Key", "Mention", "article_mentions", "campaign_candidates"]
