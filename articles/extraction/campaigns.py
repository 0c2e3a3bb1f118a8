"""Military campaigns: named operations ("Euphrates Anger", "Operation Olive Branch") and unnamed
offensives on a place ("an assault on the key northern city of Mosul"), with attacker, target,
origin, start and end.

`find_campaigns` runs named stages over one `CampaignArticle`; each stage lives in its own module:
names (campaign_names), targets (campaign_targets, campaign_places, campaign_antecedents), sides
(campaign_sides), dates (campaign_dates), the cue stage (campaign_cues) and the parse's trigger
lexicon (campaign_parse)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .campaign_allies import add_allies
from .campaign_antecedents import place_named_before
from .campaign_context import CampaignArticle
from .campaign_cue_attackers import add_attacker
from .campaign_cues import cued_campaigns
from .campaign_dates import start_date, strong_start_date
from .campaign_deployments import without_deployments
from .campaign_end_dates import ended
from .campaign_lead import described_operations
from .campaign_names import (
    kicker_names_another_thing,
    named_mentions,
    named_operation_in_war_story,
)
from .campaign_onset import onset_campaigns
from .campaign_post_attacks import add_post_attacks
from .campaign_pronoun_reach import add_pronoun_places
from .campaign_reach import add_reached_places
from .campaign_readings import parsed_campaigns
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .campaign_side_events import CAMPAIGN_NOUN as _CAMPAIGN_NOUN
from .campaign_side_events import absorb as _absorb
from .campaign_side_events import date_from_offensive_before, without_undated_side_events
from .campaign_sides import add_air_backers, agent_in, attacker_before, name_launcher, opponents
from .campaign_site_nouns import with_site_nouns
from .campaign_start_owners import dated_by_statements
from .campaign_takers import attackers_from_takings
from .campaign_target_mates import add_target_mates
from .campaign_targets import find_place_after, find_target
from .conflict_news import MILITARY, about_armed_conflict
from .sentences import Span, enclosing
from .states import state_names, state_of_capital

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CampaignRecord", "about_armed_conflict", "find_campaigns"]


def find_campaigns(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
    doc: Doc | None = None,
) -> list[CampaignRecord]:
    """Campaigns in an article, merged by name and by target. `doc` is the article's parse
    (places.nlp.parse); without it the text rules run alone — this step never parses."""
    article = CampaignArticle(text, sentences, actors, published, places, doc)
    named_campaigns(article)
    cued_campaigns(article)
    parsed_campaigns(article)
    onset_campaigns(article)
    described_operations(article)  # after the cues: an offensive on a place may join the name
    kept = without_deployments(text, merged_spellings(article.kept()))
    date_from_target_sentences(article, kept)
    date_the_only_campaign(article, kept)
    date_from_offensive_before(article, kept)
    kept = without_undated_side_events(text, kept, published, places, sentences)
    add_post_attacks(text, sentences, actors, places, published, kept)  # "attacked the post at X"
    if kept:
        attackers_from_takings(text, doc, actors, kept)
        kept = merged_pushes(kept)
        dated_by_statements(text, doc, kept, published, places, actors)
        add_air_backers(text, sentences, actors, kept)
        add_allies(text, sentences, actors, kept, doc)
        ended(text, doc, kept, published)
        add_reached_places(article, kept)
        add_target_mates(article, kept)  # "attacked A and B, and took C": A a target
        add_pronoun_places(article, kept)  # "… an offensive toward A. They took B and C"
        with_unit_nouns(text, kept)
        with_site_nouns(text, kept)  # "the Darbandikhan dam", "Uli airstrip"
    return kept


# "the northeastern Kharkiv region", "Rakhine State", "Amran province": the unit noun right after
# a target's name is part of the words that name it.
_UNIT_AFTER = re.compile(
    r"\s+(?:region|Region|state|State|province|Province|oblast|Oblast|governorate|Governorate)\b"
)


def with_unit_nouns(text: str, kept: list[CampaignRecord]) -> None:
    """Each target's span takes the unit noun that follows its name in the text; the target's
    name stays the place's."""
    for record in kept:
        record.target_spans = [
            (start, unit.end()) if (unit := _UNIT_AFTER.match(text, end)) else (start, end)
            for start, end in record.target_spans
        ]


def _spelling_key(place: str) -> str:
    """A place's key with the letters transliterations swap folded: y/i ("Qusayr"/"Qusair") and
    ou/u ("Kidal"-style names written "Mourdiah"/"Murdiah")."""
    return name_key(place).replace("y", "i").replace("ou", "u")


def merged_spellings(kept: list[CampaignRecord]) -> list[CampaignRecord]:
    """ "captured the strategic town of Qusayr … The offensive on Qusair began on May 19": two
    transliterations of one town are one campaign — the first found, with the other's sides and
    start when it lacks them."""
    first: dict[str, CampaignRecord] = {}
    merged = []
    for record in kept:
        key = _spelling_key(record.targets[0]) if record.targets and not record.named else None
        same = first.get(key) if key else None
        if same is None or name_key(same.targets[0]) == name_key(record.targets[0]):
            if key:
                first.setdefault(key, record)
            merged.append(record)
            continue
        same.attackers += [a for a in record.attackers if a not in same.attackers]
        same.opponents += [o for o in record.opponents if o not in same.opponents]
        if same.started_on is None and record.started_on is not None:
            same.started_on, same.date_precision = record.started_on, record.date_precision
    return merged


def merged_pushes(kept: list[CampaignRecord], *, days_only: bool = False) -> list[CampaignRecord]:
    """ "Gunmen stormed Solino and Nazon in February … the push into Canapé-Vert, part of the
    offensive that began in February": places one side attacks from the same start are one
    campaign with several targets — the first found, with the others' targets and opponents. A
    named operation absorbs an unnamed push of the same sides and start, never another operation.
    `days_only`: only starts dated to the day count (after the roles are decided, when a month is
    too coarse to tell one push from another of the same side)."""
    merged: list[CampaignRecord] = []
    for record in kept:
        same = next(
            (
                earlier
                for earlier in merged
                if _same_push(earlier, record)
                and not (earlier.named and record.named)
                and (record.date_precision == 1 or not days_only)
            ),
            None,
        )
        if same is None:
            merged.append(record)
        elif record.named and not same.named:
            merged[merged.index(same)] = record
            _absorb(record, same)
        else:
            _absorb(same, record)
    return merged


def _same_push(one: CampaignRecord, other: CampaignRecord) -> bool:
    return (
        one.started_on is not None
        and (one.started_on, one.date_precision) == (other.started_on, other.date_precision)
        and bool(one.attackers)
        and set(one.attackers) == set(other.attackers)
    )


def merged_sideless(kept: list[CampaignRecord]) -> list[CampaignRecord]:
    """After the roles are decided: an unnamed campaign whose sides all wage another campaign of
    the article (none, or some of the other's: the ranker may give a push one of them), started
    when that one started ("The operation, launched on Friday in the provinces of X, Y and Z"
    beside "Burkina Faso's Operation Otapuanu"), is that campaign's push: its targets join the
    other's. Then places the decided sides attack from the same day are one push
    (`merged_pushes` again: "Israeli troops pushed into A and B on October 1"); an unnamed
    campaign still without a side beside them is dropped (`_without_sideless_spares`)."""
    merged: list[CampaignRecord] = []
    for record in kept:
        same = next(
            (
                other
                for other in kept
                if other is not record
                and other.attackers
                and set(record.attackers) < set(other.attackers)
                and record.started_on is not None
                and (other.started_on, other.date_precision)
                == (record.started_on, record.date_precision)
            ),
            None,
        )
        if record.named or same is None:
            merged.append(record)
        else:
            _absorb(same, record)
    return _without_sideless_spares(merged_pushes(merged, days_only=True))


def _without_sideless_spares(kept: list[CampaignRecord]) -> list[CampaignRecord]:
    """A campaign is a side's push: an unnamed one for which neither the rules nor the role ranker
    found any side, in an article whose other campaigns have theirs, is a place the story's
    fighting touched ("fighting also broke out last month in X", "the airport at X is in our
    hands", a hospital seized in the city's streets), not a campaign of its own. An article none
    of whose campaigns has a side keeps them all."""
    if not any(record.attackers for record in kept):
        return kept
    return [record for record in kept if record.named or record.attackers]


# "The operation, which officials called Operation X, had been planned for a year, police said":
# a police operation against armed gangs is named like an army's.
_POLICE_OPERATION = re.compile(r"\b(?:police|policemen|gendarmes?|gangs?|gunmen|raids?)\b", re.I)


_OPERATION_WORD = re.compile(r"^Operation\s+")


def named_campaigns(article: CampaignArticle) -> None:
    """A campaign per operation name in a military context, with its attacker, target and start."""
    text, sentences, actors = article.text, article.sentences, article.actors
    taken = [(m.start, m.end) for m in actors] + [(p.start, p.end) for p in article.places or ()]
    for name, start, end in named_mentions(text):
        sentence = enclosing(sentences, start)
        if sentence is None or kicker_names_another_thing(text, start, end, article.doc, taken):
            continue
        index = article.position_of[sentence.start]
        context_start = sentences[max(index - 1, 0)].start
        context_end = max(sentences[min(index + 1, len(sentences) - 1)].end, sentence.end)
        # a headline's kicker ("X Operation: troops enter …") may be followed by a byline line:
        # its context reaches into the lead
        wider_end = max(sentences[min(index + 2, len(sentences) - 1)].end, sentence.end)
        fighters = any(
            m.kind in ("armed_group", "coalition")
            for m in window(actors, sentence.start, sentence.end)
        )
        if (
            not fighters
            and not MILITARY.search(text, context_start, context_end)
            and not (index == 0 and MILITARY.search(text, context_start, wider_end))
            and not _POLICE_OPERATION.search(text, context_start, context_end)
            and not named_operation_in_war_story(text, sentence.start, start)
        ):
            continue  # "Operation Blessing International", a "First Amendment Now Campaign"
        # "the 'Askari' drive" and "what South Africa calls Operation Askari" are one operation,
        # named in full
        record = article.records.setdefault(
            name_key(_OPERATION_WORD.sub("", name)),
            CampaignRecord(
                name=name, named=True, sentence_start=sentence.start, sentence_end=sentence.end
            ),
        )
        if _OPERATION_WORD.match(name) and not _OPERATION_WORD.match(record.name):
            record.name = name
        _name_attacker(article, record, index, start, end)
        forward = sentences[index : index + 4]
        nearby = forward + sentences[max(0, index - 2) : index][::-1]
        if not record.targets:
            target = (
                _place_right_after(text, sentence, end, article)
                or find_target(
                    text,
                    nearby,
                    article.places,
                    actors,
                    article.doc,
                    record.attackers,
                    article.antecedents,
                    article.floors,
                )
                or find_place_after(text, sentence, end, article.places, actors)
                or place_named_before(
                    text, start, context_start, article.places, actors, article.antecedents
                )
            )
            if target:
                article.add_target(record, target[:3])
        for opponent in opponents(text, sentence, end, actors, record.attackers):
            if opponent not in record.opponents:
                record.opponents.append(opponent)
        if record.started_on is None:
            started = start_date(text, nearby, article.published)
            if started:
                record.started_on, record.date_precision = started


def _name_attacker(
    article: CampaignArticle, record: CampaignRecord, index: int, start: int, end: int
) -> None:
    """The side that named the operation: the state whose operation the name's possessive says it
    is ("Pretoria's "Protea" columns", before the clause's subject: in "Angola says Pretoria's …"
    the reporter is the defender), the clause's subject before the name, the agent the parse
    gives a trigger of its sentence ("the coalition's offensive on Hodeida, dubbed …"), else the
    side named just before ("The coalition said … which it has named "Golden Victory"")."""
    text, actors, sentence = article.text, article.actors, article.sentences[index]
    attacker = (
        name_launcher(article.doc, actors, start, end)
        or _state_owning(text, sentence.start, start)
        or attacker_before(text, sentence, start, actors)
        or agent_in(article.doc, actors, sentence.start, sentence.end)
    )
    found_in = sentence
    if attacker is None and index > 0 and not record.attackers:
        found_in = article.sentences[index - 1]
        attacker = attacker_before(text, found_in, found_in.end, actors)
    if attacker and attacker not in record.attackers:
        add_attacker(article, record, attacker, found_in)


_OWNER = re.compile(r"(?P<owner>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})['’]s\s+[\"“‘']?\s*$")


def _state_owning(text: str, floor: int, start: int) -> str | None:
    """ "Burkina Faso's Operation Otapuanu pushes into …", "Pretoria's "Protea" columns": the state
    whose operation it is, named in the possessive by its name or its capital's."""
    owner = _OWNER.search(text, max(floor, start - 60), start)
    if owner is None:
        return None
    words = owner.group("owner")
    return state_names().get(name_key(words)) or state_of_capital().get(words)


# "Operation 1027 in Shan state", "Operation Eagle against Bulo Burte": the place the name's own
# phrase gives.
_RIGHT_AFTER = re.compile(
    r"\s+(?:in|on|against)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?"
)


def _place_right_after(text: str, sentence, end: int, article: CampaignArticle):
    found = _RIGHT_AFTER.match(text, end)
    if found is None:
        return None
    return find_place_after(text, sentence, end, article.places, article.actors)


def date_from_target_sentences(article: CampaignArticle, kept: list[CampaignRecord]) -> None:
    """ "Militiamen have besieged the garrison in the town of Nasir … since March 3" … "The siege of
    Nasir": a sentence naming the target with a verb of starting and its date dates the campaign."""
    if article.published is None:
        return
    text = article.text
    for record in kept:
        if record.started_on is None and record.targets and not record.named:
            naming = [
                sentence
                for sentence in article.sentences
                if record.targets[0] in text[sentence.start : sentence.end]
            ]
            started = strong_start_date(text, naming, article.published)
            if started:
                record.started_on, record.date_precision = started


def date_the_only_campaign(article: CampaignArticle, kept: list[CampaignRecord]) -> None:
    """One campaign in the article: "Ukraine's southern counteroffensive, which began in late
    August" dates it even without naming its target, unless another side is the subject."""
    if len(kept) != 1 or kept[0].started_on is not None or article.published is None:
        return
    only, text = kept[0], article.text
    for sentence in article.sentences:
        if not _CAMPAIGN_NOUN.search(text, sentence.start, sentence.end):
            continue
        subject = attacker_before(text, sentence, sentence.end, article.actors)
        if subject is not None and only.attackers and subject not in only.attackers:
            continue
        started = start_date(text, [sentence], article.published)
        if started:
            only.started_on, only.date_precision = started
            return
