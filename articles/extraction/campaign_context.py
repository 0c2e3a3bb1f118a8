"""What every campaign stage reads (the article, its sentences, actors, places and parse) and the
records the stages build up together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import ActorMatch
from .campaign_antecedents import Antecedents
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .sentences import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class CampaignArticle:
    """One article as the campaign stages see it. `doc` is its parse, or None when the caller did
    not parse it (then every stage uses its text rules alone: a stage never parses by itself)."""

    text: str
    sentences: list[Span]
    actors: list[ActorMatch]
    published: dt.date | None
    places: list[PlaceSpan] | None
    doc: Doc | None
    records: dict[str, CampaignRecord] = field(default_factory=dict)
    by_target: dict[str, CampaignRecord] = field(default_factory=dict)
    # sentence start -> (end of the cue, campaign) of each campaign noun the cue stage read there
    # ("its offensive on the city"), for the parse stage's events of it.
    noun_cues: dict[int, list[tuple[int, CampaignRecord]]] = field(default_factory=dict)
    position_of: dict[int, int] = field(init=False)
    floors: dict[int, int] = field(init=False)
    antecedents: Antecedents = field(init=False)

    def __post_init__(self) -> None:
        sentences = self.sentences
        self.position_of = {sentence.start: index for index, sentence in enumerate(sentences)}
        # Where "the breakaway region" may find an untyped antecedent: this sentence or the one
        # before.
        self.floors = {
            sentence.start: sentences[max(index - 1, 0)].start
            for index, sentence in enumerate(sentences)
        }
        self.antecedents = Antecedents(self.text, self.actors)

    def kept(self) -> list[CampaignRecord]:
        """The campaigns the map can show: those with a name or a target."""
        return [r for r in self.records.values() if r.named or r.targets]

    def add_target(self, record: CampaignRecord, place: tuple[str, int, int]) -> None:
        record.targets.append(place[0])
        record.target_spans.append((place[1], place[2]))
        self.by_target.setdefault(name_key(place[0]), record)
