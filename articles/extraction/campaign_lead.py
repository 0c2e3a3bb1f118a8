"""The attacker of an operation the headline names by its code name alone: the subject of the lead
sentence ("Operation Rescue Final: …" / "ABUJA — Nigerian troops have overrun …"). Wire copy puts
the side that acts first in the lead; the headline often gives only the operation's name.

A bare force noun as that subject ("Government troops on Wednesday retook …", "More than 1,000
soldiers and police stormed …") is the forces the article names most (the army its "the army"
resolved to), and police joined to it ("soldiers and police") the same state's police.

A campaign still without an attacker takes the side a later sentence says launched it ("The
offensive was launched by the X": `launchers_named_later`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .campaign_cue_attackers import add_attacker
from .state_actors import FORCE_WORDS
from .states import FORCES, POLICE

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .campaign_context import CampaignArticle
    from .campaign_record import CampaignRecord

from .sentences import Span

FIGHTING_KINDS = frozenset({"state", "armed_group", "coalition"})
# Nouns that name a state's forces without naming the state ("troops", "government forces").
BARE_FORCES = frozenset({"troops", "soldiers", "forces", "army", "military", "servicemen"})
_QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "units", "columns"})
_BYLINE = re.compile(r"By\s+[A-Z]")
# "MEDELLIN, Colombia (AP) — ", "ABUJA, Dec 24 (Reuters) - ": the dateline before the lead's words.
_DATELINE = re.compile(r"[^\n]{2,80}?\s[—–-]{1,2}\s+")
BARE_POLICE = frozenset({"police", "policemen", "gendarmes", "gendarmerie"})


def lead_sentence(text: str, sentences: list[Span]) -> Span | None:
    """The first sentence after the headline that is not a byline ("By Colombia Reports staff")."""
    for sentence in sentences[1:4]:
        if not _BYLINE.match(text, sentence.start):
            return sentence
    return None


def lead_attackers(doc: Doc | None, actors: list[ActorMatch], start: int, end: int) -> list[str]:
    """The sides the first subject between two offsets names (after a dateline): a fighting side's
    mention, or a bare force noun read as the article's own forces (and the police coordinated
    with it)."""
    if doc is None:
        return []
    dateline = _DATELINE.match(doc.text, start, min(end, start + 90))
    subject = _first_subject(doc, dateline.end() if dateline else start, end)
    if subject is None:
        return []
    if subject.lower_ in _QUANTITIES:  # "Hundreds of soldiers": the soldiers
        subject = next(
            (
                g
                for c in subject.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            subject,
        )
    named = _side_over(actors, subject.idx, subject.idx + len(subject.text))
    if named is not None:
        return [named]
    if subject.lower_ not in BARE_FORCES:
        return []
    forces = article_forces(actors)
    if forces is None:
        return []
    found = [forces]
    police = _police_of(forces)
    if police and any(t.lower_ in BARE_POLICE for t in subject.conjuncts):
        found.append(police)
    return found


def _first_subject(doc: Doc, start: int, end: int):
    """The first active subject from `start`, where it opens the clause: not an object's or a
    quote's subject deep in the sentence."""
    for token in doc:
        if token.idx < start:
            continue
        if token.idx >= end or token.idx - start > 120:
            return None
        if token.dep_ == "nsubj" or (token.dep_ == "appos" and token.head.dep_ == "nsubj"):
            # the appositive: the parser's reading of a dateline as the subject ("MEDELLIN,
            # Colombia (AP) — More than 1,000 soldiers … fought")
            return token
    return None


def _side_over(actors: list[ActorMatch], start: int, end: int) -> str | None:
    for match in window(actors, max(0, start - 80), end):
        if match.start <= start and end <= match.end and match.kind in FIGHTING_KINDS:
            return match.actor
    return None


def article_forces(actors: list[ActorMatch], sole: bool = False) -> str | None:
    """The national forces the article names most often (its "the army" is resolved to them);
    with `sole`, only when it names no other."""
    counts: dict[str, int] = {}
    forces = set(FORCES.values())
    for match in actors:
        # a national force's name, or a side "the army" resolved to ("the Frontier Corps")
        if match.kind == "state" and (match.actor in forces or FORCE_WORDS.search(match.text)):
            counts[match.actor] = counts.get(match.actor, 0) + 1
    if not counts or (sole and len(counts) > 1):
        return None
    return max(counts, key=lambda name: counts[name])


def _police_of(forces: str) -> str | None:
    country = next((c for c, f in FORCES.items() if f == forces), None)
    return POLICE.get(country) if country else None


# "Operation Agamenon, a police offensive launched in February", "Plan Meteoro, the army's
# campaign against": the name's appositive says whose forces wage it without naming the state.
_DESCRIBED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?P<force>police|military|army['’]s|army)\s+"
    r"(?:[a-z]+\s+)?(?:offensive|operation|campaign|crackdown|assault)\b"
)


def described_forces(text: str, end: int, actors: list[ActorMatch]) -> str | None:
    """The forces an operation's appositive names by a bare noun: the police the article names
    most (else the police of the forces it names most), or the forces it names most."""
    found = _DESCRIBED.match(text, end)
    if found is None:
        return None
    forces = article_forces(actors)
    if found.group("force") != "police":
        return forces
    counts: dict[str, int] = {}
    police = set(POLICE.values())
    for match in actors:
        if match.actor in police:
            counts[match.actor] = counts.get(match.actor, 0) + 1
    if counts:
        return max(counts, key=lambda name: counts[name])
    return _police_of(forces) if forces else None


def described_operations(article: CampaignArticle) -> None:
    """Named operations the stages before left without an attacker (run after the cues: their
    offensive on a place joins an operation without a side): the forces the name's appositive
    describes ("Operation Agamenon, a police offensive"), else for a name in the headline the
    headline's subject after it or the lead's ("Operation Rescue Final: …" / "ABUJA — Nigerian
    troops have overrun …")."""
    text, actors = article.text, article.actors
    for record in article.records.values():
        if not record.named or record.attackers:
            continue
        ends = [m.end() for m in re.finditer(re.escape(record.name), text)]
        described = next((f for e in ends if (f := described_forces(text, e, actors))), None)
        if described is not None:
            record.attackers.append(described)
        elif record.sentence_start == 0 and ends and ends[0] <= article.sentences[0].end:
            _headline_operation_attackers(article, record, ends[0])
    launchers_named_later(article)


def _headline_operation_attackers(
    article: CampaignArticle, record: CampaignRecord, end: int
) -> None:
    headline = article.sentences[0]
    sides = lead_attackers(article.doc, article.actors, end, headline.end)
    found_in = headline
    lead = lead_sentence(article.text, article.sentences)
    if not sides and lead is not None:
        sides, found_in = lead_attackers(article.doc, article.actors, lead.start, lead.end), lead
    if len(sides) > 1:  # "soldiers and police": each told fighting beside the other
        record.attackers.extend(sides)
        record.allies.extend(sides)
    elif sides:  # with the forces its sentence names beside it ("Ugandan and Congolese troops")
        add_attacker(article, record, sides[0], found_in)


# "The offensive was launched by the Croatian Army", "The attacking force was sent by Azerbaijan's
# defence ministry": a sentence after the report that names who began the campaign it refers back
# to ("the offensive", "the operation"). Wire copy often leads with what happened to the place
# ("Serb-held villages came under fire …") and says whose offensive it is paragraphs later.
_LAUNCHED_BY = re.compile(
    r"\b(?:the|this)\s+(?:[\w\-]+\s+){0,2}?(?:offensive|operation|assault|attack|campaign|push"
    r"|incursion|attacking\s+(?:force|troops|columns?))\b[^.;\"“”]{0,40}?\b(?:was|were|had\s+been"
    r"|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:launched|carried\s+out|mounted|led|sent"
    r"|spearheaded|conducted|ordered|begun|started|waged|staged|dispatched)\s+"
    r"(?:[^.;,\"“”]{0,40}?\s)?by\s+(?:the\s+)?",
    re.I,
)
# How far after "by the" the side's name may start ("by Sri Lankan army troops", "by units of").
_NEXT_CHARS = 12


def launchers_named_later(article: CampaignArticle) -> None:
    """Campaigns the stages before left without an attacker take the fighting side a later
    sentence says launched the campaign it refers back to (`_LAUNCHED_BY`); one scan of the
    text, after the sentence that reports each campaign."""
    sideless = [r for r in article.records.values() if not r.attackers]
    if not sideless:
        return
    for found in _LAUNCHED_BY.finditer(article.text):
        side = next(
            (
                m
                for m in window(article.actors, found.end(), found.end() + _NEXT_CHARS)
                if m.kind in FIGHTING_KINDS
            ),
            None,
        )
        if side is None:
            continue
        for record in sideless:
            if record.sentence_start <= found.start() and not record.attackers:
                record.attackers.append(side.actor)


# "The government offensive, dubbed Operation X", "repulsed a government offensive to retake Y",
# "the army's counter-offensive began on Friday": the campaign noun says whose campaign it is.
_GOVERNMENT_CAMPAIGN = re.compile(
    r"\b(?:government|army|military|regime|loyalist|junta)(?:['’]s)?\s+(?:(?:ground|new|major"
    r"|final)\s+)?(?:offensive|assault|counter-?offensive|push)\b",
    re.I,
)
# One that is only expected or threatened is not the campaign the article reports.
_NOT_YET = re.compile(r"\b(?:expected|planned|imminent|would|will|could|may|might|threat\w*)\b")


def government_campaigns(
    text: str, actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """A campaign whose own sentence calls it the government's (`_GOVERNMENT_CAMPAIGN`) and to
    which the stages before gave no state's side is waged by the national forces the article
    names (when it names one state's only: with a foreign army beside it, "government" may be
    either's): the side they chose is the one that resisted it ("rebels said they had repulsed a
    government offensive")."""
    forces = None
    for record in records:
        if any(_kind(actors, a) == "state" for a in record.attackers):
            continue
        said = text[record.sentence_start : record.sentence_end]
        if not _GOVERNMENT_CAMPAIGN.search(said) or _NOT_YET.search(said):
            continue
        forces = forces or article_forces(actors, sole=True)
        if forces is None:
            return
        record.opponents.extend(a for a in record.attackers if a not in record.opponents)
        record.attackers[:] = [forces]


def _kind(actors: list[ActorMatch], name: str) -> str | None:
    return next((m.kind for m in actors if m.actor == name), None)
