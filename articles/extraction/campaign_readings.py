"""The parse stage of campaign finding: a trigger of the lexicon whose target the dependency tree
gives as a proper name ("launched an offensive on Saturday to take Sirte", "had laid siege to the
Sangin district centre") becomes a campaign on that place, or joins the campaign already on it. Runs
after the cue stage and only when the article was parsed."""

from __future__ import annotations

import re

from .actors import window
from .campaign_after_fights import after_fights
from .campaign_context import CampaignArticle
from .campaign_cue_attackers import add_attacker
from .campaign_dates import parse_start, start_date
from .campaign_names import CAMPAIGN_WORD
from .campaign_parse import Reading, background, defended_places, sentence_readings
from .campaign_parse import attacker as attacker_of
from .campaign_places import place_at
from .campaign_record import CampaignRecord, name_key
from .campaign_repelled import repelled_event
from .campaign_sides import attacker_before, opponents
from .conflict_news import MILITARY
from .control_patterns import FACILITY_NOUNS
from .dates import DAY, find_dates

# Patterns of the lexicon that make a campaign of their target. Left out: a single "attack on",
# shelling and bombing (raids, not campaigns), and withdrawals and halts (ends of one). An advance
# verb ("were pushing toward X", "columns advancing on X") is a push under way, most often the
# story's second campaign, on another town (heldout20-35: five folders gained one).
CAMPAIGN_PATTERNS = frozenset(
    {
        "offensive",
        "assault",
        "push",
        "siege",
        "advance-on",
        "advance",
        "storm",
        "encircle",
        "besiege",
    }
)


# The headline and lead tell the story's own fight; after them "also" adds one more event beside it.
_LEAD_SENTENCES = 2
_ALSO = re.compile(r"\balso\b")
# "promised to drive the guerrillas back across the border into X", "pushed the rebels back
# towards X": where the enemy is driven back to is its rear, not the place attacked.
_DRIVEN_BACK = re.compile(r"\s+(?:[\w'’\-]+\s+){1,4}back\b")
# Triggers of a single action (not a campaign noun such as "a second thrust towards X").
_EVENT_PATTERNS = frozenset({"storm", "encircle", "besiege"})
# Of those, the ones over in a day (a siege goes on: "had besieged X since March").
_SINGLE_ACTIONS = frozenset({"storm", "encircle"})


def parsed_campaigns(article: CampaignArticle) -> None:
    if article.doc is None:
        return
    for index, sentence in enumerate(article.sentences):
        text = article.text
        if not MILITARY.search(text, article.floors[sentence.start], sentence.end):
            continue
        for subject, place in defended_places(article.doc, sentence.start, sentence.end):
            _campaign_on_defended(article, index, subject, place)
        for reading, names in sentence_readings(article.doc, sentence.start, sentence.end):
            if reading.pattern not in CAMPAIGN_PATTERNS or not names:
                continue
            _campaign_from_reading(article, index, reading, names)
        # "retook X in August after a four-month offensive": the campaign the taking ended
        for reading, names in after_fights(article.doc, sentence.start, sentence.end):
            _campaign_from_reading(article, index, reading, names)


def _campaign_from_reading(
    article: CampaignArticle, index: int, reading: Reading, names: list[tuple[int, int]]
) -> None:
    text, actors, sentence = article.text, article.actors, article.sentences[index]
    place = next(
        (
            found
            for span in names
            if "\n" not in text[span[0] : span[1]]
            and (found := place_at(text, *span, article.places, actors))
        ),
        None,
    )
    if place is None or _DRIVEN_BACK.match(text, reading.trigger[1], place[1]):
        return
    key = name_key(place[0])
    record = article.by_target.get(key)
    if record is not None or _read_already(article, place):
        return  # the cue stage read this campaign already
    trigger = article.doc.char_span(*reading.trigger, alignment_mode="expand")
    verbal = trigger is not None and len(trigger) > 0 and trigger[0].tag_.startswith("VB")
    if background(article.doc, *reading.trigger, verbal=verbal) or repelled_event(
        text, sentence, *reading.trigger, verbal=verbal
    ):
        return
    if (
        reading.pattern in _EVENT_PATTERNS
        and index >= _LEAD_SENTENCES
        and _ALSO.search(text, sentence.start, reading.trigger[0])
    ):
        return  # "The KIA also said its forces had surrounded X": one more event of the story
    told_in = _campaign_of_the_sentence(article, sentence, reading.trigger[0])
    if told_in is not None:
        # "Its offensive on the city has included repeated assaults on X": an assault told in the
        # sentence of a campaign on another place is one of its events; X is one more target.
        article.add_target(told_in, place)
        return
    attacker = attacker_of(text, reading, actors) or attacker_before(
        text, sentence, reading.trigger[0], actors
    )
    if _an_event(article, index, reading, place):
        _event_of_a_push(article, place, attacker)
        return
    if record is None:
        record = CampaignRecord(
            name=f"{place[0]} offensive",
            named=False,
            targets=[place[0]],
            target_spans=[(place[1], place[2])],
            sentence_start=sentence.start,
            sentence_end=sentence.end,
        )
        record = article.records.setdefault(name_key(record.name), record)
        article.by_target[key] = record
    if attacker and attacker not in record.opponents and not record.attackers:
        add_attacker(article, record, attacker, sentence)
    for opponent in opponents(text, sentence, reading.trigger[0], actors, record.attackers):
        if opponent not in record.opponents:
            record.opponents.append(opponent)
    if record.started_on is None:
        started = parse_start(text, reading, article.published) or start_date(
            text, article.sentences[index : index + 2], article.published
        )
        if started:
            record.started_on, record.date_precision = started


def _read_already(article: CampaignArticle, place: tuple[str, int, int]) -> bool:
    """The cue stage took a campaign's target from these words ("the siege of Charar-e-Sharif",
    whose first word the parse may read as a place of its own)."""
    return any(
        start < place[2] and place[1] < end
        for record in article.records.values()
        for start, end in record.target_spans
    )


def _campaign_of_the_sentence(
    article: CampaignArticle, sentence, before: int
) -> CampaignRecord | None:
    """The unnamed campaign a campaign noun of this sentence, before position `before`, is on
    ("its offensive on the city", as the cue stage read it)."""
    return next(
        (
            record
            for end, record in article.noun_cues.get(sentence.start, ())
            if end <= before and not record.named and record.targets
        ),
        None,
    )


def _an_event(
    article: CampaignArticle, index: int, reading: Reading, place: tuple[str, int, int]
) -> bool:
    """One storming or encirclement, told past the lead in a sentence naming no campaign, on a
    place the headline and lead do not name, that strikes a village or a post ("troops encircled
    an army position at X", "had surrounded the village of X") or is dated to a day ("gunmen
    stormed the town of X on May 3, seizing hostages"): an event of a fight, not a campaign of its
    own (as a bare capture is to the cue stage). An encirclement going on ("have encircled the
    city of X") stays a campaign."""
    text, sentence = article.text, article.sentences[index]
    if (
        reading.pattern not in _SINGLE_ACTIONS
        or index < _LEAD_SENTENCES
        or CAMPAIGN_WORD.search(text, sentence.start, sentence.end)
    ):
        return False
    lead = text[: article.sentences[_LEAD_SENTENCES - 1].end] if article.sentences else ""
    if any(
        re.search(rf"\b{re.escape(words)}\b", lead)
        for words in {place[0], text[place[1] : place[2]]}
    ):
        return False  # the story's own fight, told through its events
    if _STRUCK_SITE.search(text, reading.trigger[1], place[1]):
        return True
    return any(  # the day the parse ties to the verb ("stormed X on May 3")
        d.precision == DAY
        for span in reading.event_dates
        for d in find_dates(text, article.published, *span)
    )


# A village or a military post between the trigger and the place's name ("encircled an army
# position at X", "stormed the village of X"): the control stage's facility nouns.
_STRUCK_SITE = re.compile(rf"\b(?:villages?|hamlets?|{FACILITY_NOUNS})\b", re.I)


def _event_of_a_push(
    article: CampaignArticle, place: tuple[str, int, int], attacker: str | None
) -> None:
    """An event (`_an_event`)'s place is one more target of its side's campaign on a place, if
    the side has one."""
    if attacker is None:
        return
    push = next(
        (r for r in article.records.values() if not r.named and attacker in r.attackers), None
    )
    if push is not None:
        article.add_target(push, place)


def _campaign_on_defended(
    article: CampaignArticle, index: int, subject: tuple[int, int], name: tuple[int, int]
) -> None:
    """A campaign told from the defender's side ("the army was fighting to keep the militants out of
    Bosso"): on the place defended, by the armed group named beside the defender."""
    text, actors, sentence = article.text, article.actors, article.sentences[index]
    place = place_at(text, *name, article.places, actors)
    if place is None:
        return
    known = article.by_target.get(name_key(place[0]))
    if known is not None and known.attackers:
        return
    attacker = next(
        (
            m.actor
            for m in window(actors, sentence.start, sentence.end)
            if m.kind in ("armed_group", "coalition") and not (subject[0] <= m.start < subject[1])
        ),
        None,
    )
    if attacker is None:
        return
    if known is not None:
        # "regained control of Bosso" named no taker: the side the defenders fought is it.
        if attacker not in known.opponents:
            known.attackers.append(attacker)
        return
    record = CampaignRecord(
        name=f"{place[0]} offensive",
        named=False,
        targets=[place[0]],
        target_spans=[(place[1], place[2])],
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        attackers=[attacker],
    )
    # "… as the government said the offensive which erupted on Friday evening had killed …"
    started = start_date(text, article.sentences[index : index + 2], article.published)
    if started:
        record.started_on, record.date_precision = started
    article.records.setdefault(name_key(record.name), record)
    article.by_target[name_key(place[0])] = record
