"""The cue stage of campaign finding: every phrase that says a place is attacked ("an assault on
X", "troops stormed X", "pushed into X") becomes a campaign on X, or joins the named operation or
the campaign already on X, with its attacker, opponents, origin and start."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .actors import window
from .campaign_context import CampaignArticle
from .campaign_cue_attackers import _attacker_nearby, _taker, add_attacker, retaken_from
from .campaign_dates import parse_start, start_date, strong_start_date
from .campaign_moves import SHELLING_CUE, move_cues, names_forces
from .campaign_names import CAMPAIGN_WORD
from .campaign_parse import background, readings
from .campaign_parse import origin as origin_of
from .campaign_places import place_at
from .campaign_record import CampaignRecord, name_key
from .campaign_repelled import repelled_event
from .campaign_sides import cue_attacker, cue_reading, dictionary_kind, opponents
from .campaign_targets import NEGATED_CUE, TARGET_CUE, cue_hints, listed_with, target_of, weak_cue
from .conflict_news import MILITARY
from .sentences import Span
from .states import countries, demonym_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A bare "capture X" is an event, not a campaign, unless the sentence speaks of one.
_CAMPAIGN_CONTEXT = re.compile(
    r"\b(?:push|bid|offensive|aim|attempt|effort|fight|forces?|troops)\b"
)
# The headline and lead report the story's own fight: there a capture by named fighters is the
# campaign the story is about ("M23 rebels seized the town of Bunagana", "rebels … said they had
# captured Bentiu"); further down it is an event of the background.
_LEAD_SENTENCES = 2
_LEAD_FIGHTERS = re.compile(
    r"\b(?:rebels?|fighters|militants|insurgents|jihadists|militiamen|militias?|guerrillas|"
    r"soldiers|army|military|tanks|paramilitar(?:y|ies))\b"
)
_LEAD_ONLY_VERBS = frozenset({"captured", "captures"})
# "forces took the town of X …, in a campaign against Y that started in May": "took" tells a
# campaign's gain, not one of its own, when the sentence names the campaign (like "captured").
_GAIN_VERBS = frozenset({"took", "takes"})
# "besieged Malian village of Farabougou holds out": a headline or lead calling the place besieged
# tells a siege going on.
_BESIEGED_PLACE = re.compile(
    r"(?:besieged|encircled)\s+(?:[A-Z][\w'’\-]+\s+)?(?:city|town|village|port|enclave)\s+of\s",
    re.I,
)


def cued_campaigns(article: CampaignArticle) -> None:
    """Campaigns from the target cues of every sentence, added to the article's records."""
    named_records = list(article.records.values())
    hints = cue_hints(article.text)
    leads = _LEAD_SENTENCES + open_lines(article.text)
    for index, sentence in enumerate(article.sentences):
        named_until = -1  # where the last campaign this sentence named on a place ends
        for cue, lead_capture in _sentence_cues(article, sentence, hints, index < leads):
            if (
                named_until >= 0
                and not cue.group("noun")
                and cue.re is not SHELLING_CUE  # "… broke the siege of X, even as shelling of Y
                # intensified": fire growing on another place is that place's own assault
                and not CAMPAIGN_WORD.search(article.text, named_until, cue.start())
            ):
                # "The offensive on Khan Younis began …, when tanks … encircled the city", "… when
                # troops recaptured the town of Dinder": a taking told in the sentence of a
                # campaign is an event of it, not a campaign of its own (unless another campaign
                # is named between them: "… caps a campaign that began when troops pushed into X").
                continue
            record = _campaign_from_cue(article, index, cue, named_records, lead_capture)
            if record is not None and cue.group("noun"):
                named_until = cue.end()
                article.noun_cues.setdefault(sentence.start, []).append((cue.end(), record))


# A line with no closing stop: a headline, a standfirst or a byline ("By our correspondent in X").
_OPEN_LINE = re.compile(r"[^.!?\"”’')]\s*$")
_MAX_OPEN_LINES = 3


def open_lines(text: str) -> int:
    """How many standfirst, byline and date lines stand between the headline and the body's first
    sentence ("Rebels say they have taken X" / "By our correspondent in Y"): the lead is past
    them (none when no closed sentence follows them)."""
    lines = text.split("\n", _MAX_OPEN_LINES + 2)[1 : _MAX_OPEN_LINES + 2]
    count = 0
    while count < len(lines) and lines[count].strip() and _OPEN_LINE.search(lines[count]):
        count += 1
    return count if count < len(lines) and count <= _MAX_OPEN_LINES else 0


def _sentence_cues(
    article: CampaignArticle, sentence: Span, hints: list[int], lead: bool
) -> list[tuple[re.Match, bool]]:
    """The cues of one sentence that may start a campaign (`lead`: the headline or lead), each
    with whether only the lead's fighters made it one (a capture the lead reports)."""
    text, places, actors = article.text, article.places, article.actors
    cues = move_cues(text, sentence.start, sentence.end)  # "pushing east toward X"
    first_hint = bisect.bisect_left(hints, sentence.start)
    if first_hint < len(hints) and hints[first_hint] < sentence.end:
        # Every cue starts at most a few words before its cue word ("had been fighting",
        # "counter-offensive"): the scan starts at a word boundary 40 characters before the first
        # one (a sentence with no cue word skips the long pattern).
        ahead = text.rfind(" ", sentence.start, max(sentence.start, hints[first_hint] - 40))
        start = ahead + 1 if ahead != -1 else sentence.start
        cues = sorted([*TARGET_CUE.finditer(text, start, sentence.end), *cues], key=re.Match.start)
    if not cues:
        return []
    if len(cues) > 1 and any(
        not weak_cue(text, c) and target_of(text, c, places, actors) for c in cues
    ):
        # "its offensive in North Kordofan … closed in on the state capital, El Obeid": the place
        # attacked, not the area the offensive is in.
        cues = [c for c in cues if not weak_cue(text, c)]
    kept = []
    for cue in cues:
        verb = cue.group("verb")
        campaign_named = bool(verb) and bool(
            CAMPAIGN_WORD.search(text, sentence.start, sentence.end)
        )
        lead_only = bool(verb) and verb.split()[0] in _LEAD_ONLY_VERBS
        if lead_only and (campaign_named or not lead):
            continue  # "… captured Shire, the biggest gain yet of a joint offensive": that one's
        if campaign_named and bool(verb) and verb.split()[0] in _GAIN_VERBS:
            continue
        if (
            verb
            and not campaign_named
            and not _CAMPAIGN_CONTEXT.search(text[sentence.start : cue.start()])
        ):
            if not (
                lead
                and (
                    _LEAD_FIGHTERS.search(text[sentence.start : cue.start()])
                    or _BESIEGED_PLACE.match(cue.group())
                )
            ):
                continue
            lead_only = True
        if NEGATED_CUE.search(text, max(sentence.start, cue.start() - 30), cue.start()):
            continue  # "ordered his forces not to storm the steel works", "calls off storming of"
        if not lead and _ALSO_TAKEN.search(text, max(sentence.start, cue.start() - 12), cue.end()):
            continue  # "troops had also retaken the port of X": one more event of the story's fight
        kept.append((cue, lead_only))
    return kept


def background_cue(doc: Doc | None, cue: re.Match) -> bool:
    """The cue's trigger is told as background, a condition or a possibility (`campaign_parse.
    background`)."""
    group = next((g for g in ("verb", "noun") if cue.group(g)), None)
    if doc is None or group is None:
        return False
    return background(doc, cue.start(group), cue.end(group), verbal=group == "verb")


@lru_cache(maxsize=1)
def _state_keys() -> frozenset[str]:
    return frozenset(
        name_key(name) for c in countries() for name in (c["name"], *c.get("names", []))
    )


def _no_campaign_place(text: str, cue: re.Match, found: tuple[str, int, int]) -> bool:
    """A demonym is no place ("retake Iraqi towns"), and a whole state is not where a taking
    happened ("troops seize a forest base in northern Mozambique"): the campaign, if any, is on a
    place inside it. A campaign noun may still be on a state ("the ground offensive in Lebanon")."""
    if text[found[1] : found[2]] in demonym_index():
        return True
    return bool(cue.group("verb")) and name_key(found[0]) in _state_keys()


def _campaign_from_cue(
    article: CampaignArticle,
    index: int,
    cue: re.Match,
    named_records: list[CampaignRecord],
    lead_capture: bool,
) -> CampaignRecord | None:
    text, actors, sentence = article.text, article.actors, article.sentences[index]
    found = target_of(
        text,
        cue,
        article.places,
        actors,
        article.antecedents,
        article.floors[sentence.start],
        article.by_target,
    )
    if not found:
        return None
    if name_key(found[0]) not in article.by_target and (
        background_cue(article.doc, cue)
        or _no_campaign_place(text, cue, found)
        or repelled_event(text, sentence, cue.start(), cue.end(), verbal=not cue.group("noun"))
    ):
        return None
    attacker = cue_attacker(text, sentence, cue, actors, article.doc)
    repelled = _repelling(text, sentence, cue, actors, attacker)
    if repelled:
        # "its troops and allied Wazalendo fighters had repelled an assault on the town": the side
        # repelling it defends.
        defender, attacker = attacker, None
    fighting = names_forces(cue) or (
        attacker is not None and dictionary_kind(actors, attacker) in ("armed_group", "coalition")
    )
    # "The group launched its latest push on the lakeside city": the fighting may be named in the
    # sentence before ("M23 rebels said …") when the cue is a campaign noun.
    context_start = article.floors[sentence.start] if cue.group("noun") else sentence.start
    if not fighting and not MILITARY.search(text, context_start, sentence.end):
        return None
    regained = bool(_REGAINED.search(cue.group("verb") or "")) and not CAMPAIGN_WORD.search(
        text, sentence.start, sentence.end
    )  # "regained control of El Plateado …, in the biggest operation against the group": its own
    if regained:
        # "the army counter-attacked and regained control of Bosso", "regained control of Bahir
        # Dar after two days of fighting with the Fano militia": a place regained was lost for a
        # while; the campaign is the side's that took it.
        # With no regainer named in the clause, the taker is left to the defence the parse reads.
        regainer, attacker = attacker, attacker and _taker(article, index, attacker)
    record = _record_for(article, found, attacker, sentence, named_records)
    for other in listed_with(text, article.doc, found, article.places, actors):
        if name_key(other[0]) not in {name_key(t) for t in record.targets}:
            article.add_target(record, other)
    if regained and regainer and regainer not in record.opponents:
        record.opponents.append(regainer)
    if repelled and defender and defender not in record.opponents:
        record.opponents.append(defender)
    partner_sentence = sentence
    if not attacker and not regained:
        attacker, partner_sentence = _attacker_nearby(article, index, cue, record)
    if attacker and attacker in record.opponents:
        attacker = None  # "retake Kunduz from the Taliban": the side fought is no attacker later on
    if attacker and retaken_from(cue, record, attacker):
        record.opponents.append(attacker)
        attacker = None
    if attacker and attacker not in record.attackers and (not record.named or not record.attackers):
        add_attacker(article, record, attacker, partner_sentence)
    for opponent in opponents(text, sentence, cue.start(), actors, record.attackers):
        if opponent not in record.opponents:
            record.opponents.append(opponent)
    if record.origin is None:
        record.origin = _origin(article, sentence, name_key(found[0]))
    if record.started_on is None:
        started = _cue_start(article, index, cue, lead_capture)
        if started:
            record.started_on, record.date_precision = started
    return record


def _cue_start(article: CampaignArticle, index: int, cue: re.Match, lead_capture: bool):
    """A capture the lead reports dates the capture, and the background after it other events
    ("recaptured Lalibela from Fano militiamen who seized it last week"): only a start the parse
    gives the trigger dates the campaign."""
    text = article.text
    dating = [] if lead_capture else article.sentences[index : index + 2]
    started = parse_start(text, cue_reading(article.doc, cue), article.published)
    if started is None and _CAPTURE.search(cue.group("verb") or ""):
        # "said Sunday its forces had taken full control of Avdiivka on Saturday, hours after
        # Ukraine's army announced …": a capture's date is its end, not its start.
        return strong_start_date(text, dating, article.published)
    if started is None:
        return start_date(text, dating, article.published)
    return started


# "had also retaken", "also entered", "have also been encircling": a taking or encirclement told as
# one more event beside the story's own.
_ALSO_TAKEN = re.compile(
    r"\balso\s+(?:been\s+)?(?:re(?:took|taken|captured|gained)|took|taken|captured|seized|entered"
    r"|overran|overrun|encircl\w*|surround\w*|besieg\w*)"
)
# Verbs that report a place taken (its fall, not the campaign's start).
_CAPTURE = re.compile(r"\b(?:control\s+of|captur|seiz|retak|retook|recaptur|took|taken|overr)")


_REGAINED = re.compile(r"\bregain")
_REPELLED = re.compile(
    r"\b(?:repel\w*|repuls\w*|fought\s+off|fight\w*\s+off|fend\w*\s+off|"
    # "beat off an assault", "threw back the attack"
    r"beat(?:s|en|ing)?\s+(?:back|off)|thr(?:ew|own|owing)\s+back|"
    r"thwart\w*|foil\w*|withst(?:and|ood)\w*)\s+(?:[\w'’\-]+\s+){0,2}?$",
    re.I,
)


def _repelling(
    text: str, sentence: Span, cue: re.Match, actors: list, attacker: str | None
) -> bool:
    """Whether a campaign noun's sentence tells the attack repelled by its clause's subject
    ("its troops had repelled an assault on the town"). A side naming the attack between the
    repelling verb and the noun ("Troops repel Misuari loyalists' assault on X", "beat back the
    rebels' push on X") made it: that is no repelling by the side found."""
    if not cue.group("noun"):
        return False
    verb = _REPELLED.search(text, max(sentence.start, cue.start() - 40), cue.start())
    if verb is None:
        return False
    if attacker is None:
        return True
    if any(m.actor == attacker for m in window(actors, verb.start(), cue.start())):
        return False
    named_after = [m for m in window(actors, cue.start(), sentence.end) if m.actor == attacker]
    if any(_BY_AGENT.search(text, max(cue.start(), m.start - 30), m.start) for m in named_after):
        return False  # "beat back a dawn assault by X on the town": X made the attack
    if named_after and not any(
        m.actor == attacker for m in window(actors, sentence.start, verb.start())
    ):
        # "soldiers beat off a rebel assault on X, killing 30 fighters of Y": a side named only
        # after the attack, never before the verb, is not the clause's subject that repelled it
        return False
    # the parse gave the attack's possessor, not the clause's subject before the verb
    return not (
        _POSSESSOR.search(text, verb.start(), cue.start())
        and not any(m.actor == attacker for m in window(actors, sentence.start, verb.start()))
    )


_POSSESSOR = re.compile(r"\w(?:'s|’s|s'|s’)\s")
# "an assault by al Qaeda-linked fighters": the agent of the attack noun, just before its name
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}$", re.I)


def _record_for(
    article: CampaignArticle,
    place: tuple[str, int, int],
    attacker: str | None,
    sentence: Span,
    named_records: list[CampaignRecord],
) -> CampaignRecord:
    """The campaign a cue on `place` belongs to: the one already on that place, the article's only
    named operation, or a new "<place> offensive"."""
    key = name_key(place[0])
    record = article.by_target.get(key)
    if record is None and len(named_records) == 1:
        # An article about one named operation calls it "the offensive" too: an offensive by the
        # same side (or by no named side) is that operation, not a new one — unless the operation
        # is named in the headline alone and the headline does not name this place.
        named = named_records[0]
        headline = article.text[: named.sentence_end] if named.sentence_start == 0 else ""
        elsewhere = bool(headline) and not any(
            re.search(rf"\b{re.escape(words)}\b", headline, re.I)
            for words in (place[0], article.text[place[1] : place[2]])
        )
        if not elsewhere and (
            attacker is None or attacker in named.attackers or not named.attackers
        ):
            if not named.targets:
                named.targets.append(place[0])
                named.target_spans.append((place[1], place[2]))
            article.by_target[key] = named
            return named
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
    return record


def _origin(article: CampaignArticle, sentence: Span, target_key: str) -> str | None:
    """The place the parse gives as where the attack came from ("The assault on Gwoza began on
    Monday, when troops pushed south from Bama"), kept apart from the target."""
    if article.doc is None:
        return None
    text, actors = article.text, article.actors
    for reading in readings(article.doc, sentence.start, sentence.end):
        span = origin_of(text, reading, actors)
        found = place_at(text, *span, article.places, actors) if span is not None else None
        if found is not None and name_key(found[0]) != target_key:
            return found[0]
    return None
