"""A start dated to the week by a count ("an offensive that began three weeks ago", "advancing on
the capital for three weeks") takes the day a start statement gives within a few days of it
("the operation, which began on May 20"): the count only approximates the day the text tells."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .campaign_start_owners import main_campaign, may_date
from .campaign_starts import START, start_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .campaign_record import CampaignRecord

# How far a count of weeks may land from the day it stands for.
_SLACK = dt.timedelta(days=3)


def sharpen_week_starts(
    text: str,
    doc: Doc | None,
    records: list[CampaignRecord],
    published: dt.date | None,
    places=None,
) -> None:
    """Campaigns dated to the week take the first day-precise start statement naming them (the
    main campaign: or naming no other campaign) within `_SLACK` of the week's day."""
    weekly = [r for r in records if r.started_on is not None and r.date_precision == 2]
    if doc is None or published is None or not weekly:
        return
    statements = start_statements(text, doc, published)
    statements = [s for s in statements if s.rank == START and s.date.precision == 1]
    main = main_campaign(text, records, places)
    for record in weekly:
        for statement in statements:
            if abs(statement.date.date - record.started_on) > _SLACK:
                continue
            if may_date(text, record, records, main, statement.scope):
                record.started_on = statement.date.date
                record.date_precision = 1
                break
