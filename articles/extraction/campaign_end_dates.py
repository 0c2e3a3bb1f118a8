"""When a campaign ended: the date of a reported capture of its target, a withdrawal from it or a
halt, dated in the same clause ("the army retook Bama on March 16"). Kept apart from
campaign_dates, which finds when a campaign started, so each stays one step of a readable size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_parse import readings
from .dates import DateMention, find_dates

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

    from .campaign_record import CampaignRecord


def ended(
    text: str, doc: Doc | None, records: list[CampaignRecord], published: dt.date | None
) -> None:
    """Campaigns whose target the text reports taken, given up or the push halted: their end" "
    date."""
    if doc is None:
        return
    for record in records:
        if record.targets and record.ended_on is None:
            found = ending(text, doc, record.targets[0], published)
            if found is not None and (record.started_on is None or found.date >= record.started_on):
                record.ended_on = found.date


def ending(text: str, doc: Doc, target: str, published: dt.date | None) -> DateMention | None:
    """The date of a reported end of the campaign on `target`: its capture, a withdrawal from it or
    a halt, dated in the same clause ("the army retook Bama on March 16")."""
    at = text.find(target)
    while at != -1:
        for reading in readings(doc, *_sentence_bounds(doc, at)):
            places = reading.targets + reading.origins
            if reading.ends and any(s <= at < e for s, e in places):
                dates = [
                    d for span in reading.event_dates for d in find_dates(text, published, *span)
                ]
                if dates:
                    return dates[0]
        at = text.find(target, at + len(target))
    return None


def _sentence_bounds(doc: Doc, position: int) -> tuple[int, int]:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return position, position
    sentence = span[0].sent
    return sentence.start_char, sentence.end_char
