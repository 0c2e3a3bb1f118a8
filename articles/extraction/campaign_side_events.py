"""Which campaigns an article tells are events of another: in an article that dates its campaigns
or tells one in its headline or lead, an undated place past the lead only reported taken ("retook
X") is an event of the story's fight; a push still under way on a place ("were pushing east toward
X", "are pressing on X", "closed in on X") stays a campaign of its own, an offensive on the place
over time as the gold counts it. Moved out of campaigns.py, which merges what these steps keep."""

from __future__ import annotations

import datetime as dt
import re

from .campaign_context import CampaignArticle
from .campaign_cues import open_lines
from .campaign_dates import strong_start_date
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .sentences import Span

# A sentence naming a campaign noun tells a campaign, not only an event.
CAMPAIGN_NOUN = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|assault|push|campaign|operation|"
    r"siege|advance)\b",
    re.I,
)


def absorb(into: CampaignRecord, other: CampaignRecord) -> None:
    """`other`'s targets and opponents join `into`."""
    for target, span in zip(other.targets, other.target_spans, strict=True):
        if name_key(target) not in {name_key(t) for t in into.targets}:
            into.targets.append(target)
            into.target_spans.append(span)
    into.opponents += [o for o in other.opponents if o not in into.opponents]


# The words right before the target: a verb of advancing in its progressive form, the push still
# under way ("were pushing east toward", "are closing in fast on"; "as they pushed towards X" in a
# clause about a past deed is background), a preposition of direction with up to two words between,
# then "the town of" or such.
_ONGOING_PUSH = re.compile(
    r"\b(?:pushing|pressing|advancing|closing\s+in|bearing\s+down|converging|marching)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:on|upon|toward|towards)\s+"
    r"(?:the\s+(?:[a-z\-]+\s+){0,2}(?:town|city|capital|port)\s+of\s+)?$"
)


# A ring still held round a place, told in the perfect or as a state ("the MNDAA has surrounded
# X", "X, which they have encircled for months", "troops remain surrounded"): a siege over time,
# not an
# event of the story's fight ("troops surrounded X on Monday", "said its units had encircled X at
# dawn" are events, and a commander's boast "we have surrounded X" is the story's own fight). One
# told with "also" ("has also been encircling X") is one more event (campaign_readings).
_ONGOING_RING = re.compile(
    r"(?<![Ww]e\s)\b(?:(?:has|have)\s+(?:long\s+)?(?:been\s+)?|(?:is|are|remains?)\s+(?:still\s+)?)"
    r"(?:surrounded|encircled|besieged|ringed|encircling|besieging|surrounding)\b"
)
# How far from the place the ring may be told: its clause, not the next one's (after the place,
# past an apposition: "In X, also written Y, the capital of Z ..., troops remain surrounded").
_RING_CHARS = 70
_RING_CHARS_AFTER = 130
# "Troops retook X ..., and the rebels have surrounded the border post": a ring in the next clause
# is round another place.
_NEXT_CLAUSE = re.compile(r";|\b(?:and|but|while|whereas|after|before|when)\b")


def ongoing_push(text: str, record: CampaignRecord) -> bool:
    """The record's first target is the object of an advance still under way, or of a ring
    still held round it (`_ONGOING_RING`, within its sentence)."""
    if not record.target_spans:
        return False
    start, end = record.target_spans[0]
    if _ONGOING_PUSH.search(text, max(0, start - 80), start) is not None:
        return True
    low = max(record.sentence_start, start - _RING_CHARS)
    if _ONGOING_RING.search(text, low, end) is not None:
        return True
    high = min(record.sentence_end or end + _RING_CHARS_AFTER, end + _RING_CHARS_AFTER)
    ring = _ONGOING_RING.search(text, end, high)
    return ring is not None and not _NEXT_CLAUSE.search(text, end, ring.start())


def without_undated_side_events(
    text: str,
    kept: list[CampaignRecord],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
    sentences: list[Span] = (),
) -> list[CampaignRecord]:
    """A campaign is fought over time: in an article that dates its campaigns or tells one in its
    headline or lead, a place only reported taken or advanced on, never dated and never called a
    campaign ("retook X", "advancing toward X"), is an event of another campaign, not one of its
    own. Named operations
    and campaigns the sentence names with a campaign noun ("the offensive on Mosul") stay, and so
    does a town's taking the headline or lead reports ("M23 rebels seize … Minova"): the story's own
    fight, a target of the same side's campaign on a town if there is one (a campaign on a region
    is another, wider one)."""
    if published is None:
        return kept
    events = [
        r
        for r in kept
        if not r.named
        and r.started_on is None
        and not CAMPAIGN_NOUN.search(text, r.sentence_start, r.sentence_end)
        and _offensive_just_before(text, r, kept, sentences) is None
        # "fighters were pushing east toward X", "has surrounded X": a push or a ring still under
        # way is a campaign of its own
        and not ongoing_push(text, r)
    ]
    # The story has its own fight when one of its campaigns is dated or stays told in the headline
    # or lead (a village taken there is an event too): then an undated taking past the lead ("Troops
    # retook X in March after days of fighting") is background.
    if not any(
        r.started_on
        or (
            _in_the_lead(text, r.sentence_start)
            and not (any(r is e for e in events) and _a_village(text, r))
        )
        for r in kept
    ):
        return kept
    staying = [r for r in kept if all(r is not e for e in events)]
    for event in events:
        if not _in_the_lead(text, event.sentence_start) or _a_village(text, event):
            continue
        same_side = next(
            (
                r
                for r in staying
                if set(event.attackers) & set(r.attackers) and not r.named and _on_a_town(r, places)
            ),
            None,
        )
        if same_side is None:
            staying.append(event)
        else:
            absorb(same_side, event)
    return [r for r in kept if any(r is s for s in staying)]


# The headline and the lead paragraph.
_LEAD_PARAGRAPHS = 1


def _offensive_just_before(
    text: str, record: CampaignRecord, kept: list[CampaignRecord], sentences: list[Span]
) -> Span | None:
    """ "Troops are pressing an offensive they launched on March 8. They took the border town of X
    the following day": the sentence right before a taking, in the same paragraph, that tells a
    campaign with no place of its own — the taking is that campaign's, not a side event."""
    index = next((i for i, s in enumerate(sentences) if s.start == record.sentence_start), 0)
    if index == 0 or record.named or _a_village(text, record):
        return None  # "… the wider counteroffensive. Troops retook the village of X": an event
    before = sentences[index - 1]
    if (
        "\n" not in text[before.end : record.sentence_start]
        and CAMPAIGN_NOUN.search(text, before.start, before.end) is not None
        and not any(r.sentence_start == before.start for r in kept)
    ):
        return before
    return None


def date_from_offensive_before(article: CampaignArticle, kept: list[CampaignRecord]) -> None:
    """An undated taking right after the sentence that launches its campaign
    (`_offensive_just_before`) takes that sentence's start date."""
    if article.published is None:
        return
    for record in kept:
        if record.started_on is not None:
            continue
        before = _offensive_just_before(article.text, record, kept, article.sentences)
        started = before and strong_start_date(article.text, [before], article.published)
        if started:
            record.started_on, record.date_precision = started


def _in_the_lead(text: str, position: int) -> bool:
    return text.count("\n", 0, position) <= _LEAD_PARAGRAPHS + open_lines(text)


_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)\s+(?:of\s+)?$", re.I)


def _a_village(text: str, record: CampaignRecord) -> bool:
    """ "retook the village of X": a village taken is an event of a campaign, even in the lead."""
    start = record.target_spans[0][0] if record.target_spans else 0
    return _VILLAGE_BEFORE.search(text, max(0, start - 20), start) is not None


def _on_a_town(record: CampaignRecord, places: list[PlaceSpan] | None) -> bool:
    """The campaign's first target is a place the geoparser reads as a settlement (or, without
    the geoparser, any place)."""
    if places is None or not record.target_spans:
        return places is None
    start, end = record.target_spans[0]
    return any(
        getattr(p, "kind", "") == "settlement" for p in places if p.start < end and start < p.end
    )
