"""An invasion begins when its forces cross the border: "tanks and infantry crossed the frontier on
Tuesday night and entered Khem Karan on Wednesday morning", "Ethiopian forces crossed the border
late on Thursday and took Dolow". Wire copy dates the crossing and then the towns taken; the stages
take the first town's day, a day or more after the start the annotators (and the reader) give.

A column setting out is the same start: "the column set out from X on Friday and moved south",
"troops moved out of their base at the weekend and pushed north", "the brigade, which left X on
April 15 and moved east", "armour moved on the posts from X on Sunday and entered Y on Monday".

A dated campaign takes the day of a crossing or a setting out by forces (a force noun or one of its
attackers in the words before the verb; not refugees or families) told up to a week before its
start, in a sentence naming the campaign, or naming no other campaign when it is the article's
main one."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS
from .campaign_report_dates import is_report_date
from .campaign_start_owners import main_campaign, may_date
from .dates import find_dates
from .states import FORCES

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# "crossed the border", "crossed the frontier", "crossed into Ethiopia" (a river, the mountains or
# the lake are crossed inside a country as often as not).
_CROSSED = re.compile(
    r"\bcrossed\s+(?:the\s+(?:\w+\s+)?(?:border|frontier|ceasefire\s+line|parallel)\b|into\s+[A-Z])"
)
# Forces setting out on the campaign: "set out from X", "moved out of their base", "left X … and
# moved east", "moved up the river on Monday … and entered X" (a move told with its goal reached
# in the same clause; not a move back or away, which no onward verb follows).
_SET_OUT = re.compile(
    r"\bset\s+(?:out|off)\b"
    r"|\bmoved\s+out\s+of\s+(?:their|its|the)\s+(?:\w+\s+)?(?:bases?|barracks|camps?)\b"
    r"|\b(?:left|departed)\s+[A-Z][\w'-]*(?=[^.;]*?\band\s+(?:moved|pushed|advanced|headed|marched|drove)\b)"
    r"|\bmoved\b(?=[^.;]*?\band\s+(?:entered|took|captured|seized|overran|stormed)\s)"
)
# The doers: forces, not the people fleeing them.
_FORCES = re.compile(
    r"\b(?:troops|forces?|soldiers|columns?|tanks|infantry|units|army|armou?r|brigades?|"
    r"battalions?|divisions?|fighters|rebels|guerrillas|militants|paratroop\w*|marines)\b",
    re.I,
)
_FLEEING = re.compile(r"\b(?:refugees|families|civilians|villagers|residents|people)\b", re.I)
# How long before the start found a crossing may lie and still open the same campaign.
_REACH = dt.timedelta(days=7)


def date_by_crossings(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    records: list[CampaignRecord],
    published: dt.date | None,
    places=None,
) -> None:
    """Each dated campaign takes the day of the earliest crossing that opens it (module
    docstring)."""
    dated = [r for r in records if r.started_on is not None]
    if published is None or not dated or not (_CROSSED.search(text) or _SET_OUT.search(text)):
        return
    crossings = sorted(_crossings(text, sentences, actors, published), key=lambda c: c[2].date)
    main = main_campaign(text, records, places)
    for record in dated:
        for sentence, doers, date in crossings:
            if not record.started_on - _REACH <= date.date < record.started_on:
                continue
            if doers and not doers <= _sides(record.attackers):
                continue
            if may_date(text, record, records, main, (sentence.start, sentence.end)):
                record.started_on, record.date_precision = date.date, date.precision
                break


def _sides(attackers: list[str]) -> set[str]:
    """The attackers and their states' forces: "Ethiopian forces crossed" for a campaign the
    cross-border step gave to Ethiopia."""
    return set(attackers) | {FORCES[a] for a in attackers if a in FORCES}


def _moves(text: str, sentence: Span) -> list[re.Match[str]]:
    """The crossings and settings out in one sentence, in order."""
    found = [
        *_CROSSED.finditer(text, sentence.start, sentence.end),
        *_SET_OUT.finditer(text, sentence.start, sentence.end),
    ]
    return sorted(found, key=lambda match: match.start())


def _crossings(text: str, sentences: list[Span], actors: list[ActorMatch], published: dt.date):
    """(sentence, the sides named crossing, the crossing's date) of each dated crossing or setting
    out by forces: the first date in the words after the verb, up to the sentence's end."""
    for sentence in sentences:
        for found in _moves(text, sentence):
            before = text[sentence.start : found.start()]
            if not _FORCES.search(before) or _FLEEING.search(before):
                continue
            dates = [
                d
                for d in find_dates(text, published, found.end(), sentence.end)
                if not is_report_date(text, d)
            ]
            if not dates:
                continue
            named = window(actors, sentence.start, found.start())
            doers = {m.actor for m in named if m.kind in ATTACKER_KINDS}
            yield sentence, doers, dates[0]
