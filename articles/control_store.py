"""Store the control observations extraction found in an article, pending a curator's review.

Re-processing an article replaces its pending extracted observations; an observation a curator
accepted or rejected is never touched, and the same report is not proposed again beside it.
"""

from __future__ import annotations

from articles.control import ControlObservation
from articles.extraction import Extraction
from articles.extraction.states import FORCES
from articles.models import Actor, Article, DatePrecision
from places.models import Place


def _place(record, places_by_id: dict[int, Place]) -> Place | None:
    if record.place_id is not None and record.place_id in places_by_id:
        return places_by_id[record.place_id]
    # Without a resolved mention there: the gazetteer by name, the most populous first.
    return Place.objects.matching(record.place).order_by("-population").first()


def store_control(article: Article, result: Extraction) -> int:
    """Replace the article's pending extracted observations with `result.control`; the count."""
    observations = ControlObservation.objects.filter(article=article, source_file="")
    observations.pending().delete()
    decided = set(observations.values_list("place_id", "side_id", "event", "sentence_start"))
    names = {r.side for r in result.control} | {r.claimant for r in result.control if r.claimant}
    # A state's forces hold ground (extraction names them); without their row, the state's.
    states = {forces: state for state, forces in FORCES.items()}
    names |= {states[n] for n in names if n in states}
    actors = {a.name: a for a in Actor.objects.filter(name__in=names)}
    for forces, state in states.items():
        if forces not in actors and state in actors:
            actors[forces] = actors[state]
    ids = {r.place_id for r in result.control if r.place_id is not None}
    places_by_id = Place.objects.in_bulk(ids)
    rows = []
    for record in result.control:
        side, place = actors.get(record.side), _place(record, places_by_id)
        if side is None or place is None:
            continue
        if (place.pk, side.pk, record.event, record.sentence_start) in decided:
            continue
        rows.append(
            ControlObservation(
                place=place,
                side=side,
                event=record.event,
                kind=record.kind,
                claimant=actors.get(record.claimant) if record.claimant else None,
                # "Still holds" with no day of its own holds as of the publication day.
                observed_on=record.observed_on or article.published_at.date(),
                date_precision=record.date_precision or DatePrecision.DAY,
                article=article,
                sentence_start=record.sentence_start,
                sentence_end=record.sentence_end,
            )
        )
    ControlObservation.objects.bulk_create(rows)
    return len(rows)
