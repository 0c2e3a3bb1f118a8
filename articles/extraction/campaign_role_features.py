"""What the campaign role ranker (campaign_roles) reads about each candidate side and place of a
campaign: general cues from the dependency parse, the text around a mention, where the article
names it, what the rule stages chose and who the article reports taking or holding which place.

Every feature is a pattern over the parse or over the rule outputs; none names a place, group or
person. Features are 0/1 flags or small numbers in [0, 1] (no scaling is needed)."""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .campaign_agents import ATTACKER_KINDS
from .campaign_allies import FACING
from .campaign_lexicon import BY_FORM, STARTING
from .campaign_record import CampaignRecord, name_key
from .campaign_role_cues import balance_cues, losing_mentions, place_cues
from .campaign_role_tree import beside_cues, force_phrase
from .campaign_side_verbs import Deed, deed_features, retaking_cues, side_deeds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actors import ActorMatch
    from .control import ControlRecord
    from .sentences import Span as TextSpan

# Prepositions whose object tells a role: the side or place attacked ("on", "against", "toward"),
# the place an attack came from ("from"), where a fight is ("in", "around", "near").
ROLE_PREPS = frozenset(
    {"by", "on", "against", "toward", "towards", "into", "to", "for", "from", "at", "near"}
    | {"around", "in", "outside", "of", "with"}
)
# Words before a side that make it fight beside another ("backed by", "allied", "alongside").
_BESIDE = re.compile(
    r"\b(?:backed|supported|joined|aided|assisted|reinforced|helped)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}$|\b(?:allied|alongside|together\s+with|along\s+with|and|with)\s+"
    r"(?:the\s+)?(?:allied\s+|pro-\w+\s+)?(?:[\w'’\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Houthi-held", "held by the army", "controlled by": the side holding a place.
_HOLDS_AFTER = re.compile(r"^-?(?:held|controlled|run)\b", re.IGNORECASE)
_HOLDS_BEFORE = re.compile(
    r"\b(?:held|controlled|defended|defending|fell)\s+(?:by|to)\s+(?:the\s+)?$|\bdefen\w+\s+$",
    re.IGNORECASE,
)
# "a string of villages", "the towns of": a noun that lists places.
_PLACE_LIST = frozenset(
    {"towns", "villages", "cities", "districts", "areas", "localities", "settlements", "places"}
    | {"positions"}
)
_TAKING = frozenset(form for form, part in BY_FORM if part == "verb") | {
    "took",
    "taken",
    "take",
    "entered",
    "fell",
}
TAKING_EVENTS = ("capture", "retake", "encircle")


@dataclass
class RoleContext:
    """One article as the role features see it."""

    text: str
    sentences: list[TextSpan]
    actors: list[ActorMatch]
    doc: Doc | None
    places: list[tuple[str, str, int, int]]  # (name, surface, start, end)
    control: list[ControlRecord]
    records: list[CampaignRecord]
    ends: list[int] = field(init=False)
    deeds: dict[str, list[Deed]] = field(init=False)  # campaign_side_verbs, per side

    def __post_init__(self) -> None:
        self.ends = [s.end for s in self.sentences]
        self.deeds = side_deeds(self.doc, self.actors)

    # Read only when a campaign's candidates are weighed: an article without one never needs them.
    @functools.cached_property
    def losses(self) -> dict[str, list[Deed]]:
        """Per side, the mentions the parse makes a deed's loser (campaign_role_cues)."""
        return losing_mentions(self.doc, self.actors)

    @functools.cached_property
    def line_breaks(self) -> list[int]:
        """Where each paragraph (line) of the text ends."""
        return [i for i, ch in enumerate(self.text) if ch == "\n"]

    def index(self, position: int) -> int:
        """The index of the sentence holding a character position."""
        return min(bisect.bisect_right(self.ends, position), max(len(self.ends) - 1, 0))


def _root(doc: Doc | None, start: int, end: int) -> Token | None:
    if doc is None:
        return None
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _trigger_word(token: Token) -> bool:
    lowered = token.lower_
    return (lowered, "noun") in BY_FORM or (lowered, "verb") in BY_FORM or lowered in _TAKING


def tree_cues(doc: Doc | None, start: int, end: int, side: bool = False) -> dict[str, float]:
    """Cues from a mention's place in the dependency tree: its relation, the preposition it is the
    object of, whether it is the subject or possessor of a trigger word, and lists it stands in. A
    side's mention is read as the phrase it stands for (campaign_role_tree.force_phrase: "fighters
    of the X stormed…" makes X the subject)."""
    token = _root(doc, start, end)
    if token is None:
        return {}
    cues: dict[str, float] = {}
    dep, head = token.dep_, token.head
    if dep == "conj":
        cues["conj"] = 1.0
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        dep, head = token.dep_, token.head
    if side and (phrase := force_phrase(token)) is not token:
        cues["force_phrase"] = 1.0
        token, dep, head = phrase, phrase.dep_, phrase.head
    if dep in ("nsubj", "nsubjpass", "poss", "dobj", "appos", "compound", "amod"):
        cues[f"dep_{dep}"] = 1.0
    if dep in ("nsubj", "poss") and _trigger_word(head):
        cues[f"{dep}_trigger"] = 1.0
    if dep == "nsubj" and head.lower_ in STARTING:
        cues["nsubj_launch"] = 1.0
    if dep == "dobj" and _trigger_word(head):
        cues["dobj_trigger"] = 1.0
    if dep == "pobj" and head.lower_ in ROLE_PREPS:
        cues[f"prep_{head.lower_}"] = 1.0
        governor = head.head
        if _trigger_word(governor) or governor.lower_ in STARTING:
            cues["prep_of_trigger"] = 1.0
        if governor.lower_ in _PLACE_LIST or (
            governor.dep_ == "pobj" and governor.head.head.lower_ in _PLACE_LIST
        ):
            cues["place_list"] = 1.0
    if token.conjuncts:
        cues["has_conjuncts"] = 1.0
    return cues


def _governor(token: Token) -> tuple[str, Token] | None:
    """The word a side's mention acts on: the verb it is the subject of ("subject"), the passive
    verb it is the agent of ("agent"), the noun it possesses ("poss")."""
    if token.dep_ == "nsubj":
        return "subject", token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return "agent", token.head.head
    if token.dep_ == "poss":
        return "poss", token.head
    return None


def _covers(token: Token, indices: set[int]) -> bool:
    return any(token.left_edge.i <= i <= token.right_edge.i for i in indices)


def side_relations(
    doc: Doc | None, start: int, end: int, targets: set[int], attackers: set[int]
) -> dict[str, float]:
    """How a side's mention stands to the campaign's target and to the side the rules chose:
    subject or agent of a clause over a target mention, or hanging from the chosen side's mention
    ("X, backed by Y", "X and allied Y")."""
    token = _root(doc, start, end)
    if token is None:
        return {}
    cues: dict[str, float] = {}
    phrase = force_phrase(token)
    governed = _governor(phrase)
    if governed is not None and targets and _covers(governed[1], targets):
        cues[f"{governed[0]}_over_target"] = 1.0
        if _trigger_word(governed[1]) or governed[1].lower_ in STARTING:
            cues["trigger_over_target"] = 1.0
    if token.i not in attackers:
        head = token
        for _ in range(4):
            if head.head is head:
                break
            head = head.head
            if head.i in attackers:
                cues["under_rule_attacker"] = 1.0
                break
        if any(c.i in attackers for c in token.conjuncts):
            cues["conj_rule_attacker"] = 1.0
        cues.update(beside_cues(phrase, {force_phrase(doc[i]).i for i in attackers}))
    return cues


def place_relations(
    doc: Doc | None, start: int, end: int, targets: set[int], attackers: set[int]
) -> dict[str, float]:
    """How a place's mention stands to the campaign: under a trigger word (whose subject is the
    side the rules chose), listed with a target ("toward A and B", "the villages of A, B and C")."""
    token = _root(doc, start, end)
    if token is None:
        return {}
    cues: dict[str, float] = {}
    if token.i not in targets and any(c.i in targets for c in token.conjuncts):
        cues["coordinated_with_target"] = 1.0
    head = token
    for _ in range(6):
        if head.head is head:
            break
        head = head.head
        subjects = {c.i for c in head.children if c.dep_ in ("nsubj", "agent")}
        subjects |= {g.i for c in head.children if c.dep_ == "agent" for g in c.children}
        if _trigger_word(head):
            cues["under_trigger"] = 1.0
            if subjects & attackers:
                cues["under_attacker_trigger"] = 1.0
        elif subjects & attackers:
            cues["under_attacker_verb"] = 1.0
        if head.dep_ == "ROOT":
            break
    return cues


_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:town|village|city|port|hamlet|settlement|towns|villages|cities|localities)\s+"
    r"(?:of\s+)?$",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(
    r"^\s+(?:province|state|region|district|governorate|oblast|county|valley)\b", re.IGNORECASE
)


def text_cues(text: str, sentence_start: int, start: int, end: int) -> dict[str, float]:
    """Cues from the words just around a side's mention: fighting beside another side, holding."""
    before = text[max(sentence_start, start - 40) : start]
    cues = {}
    if _BESIDE.search(before):
        cues["beside_cue"] = 1.0
    if _HOLDS_AFTER.match(text[end : end + 12]) or _HOLDS_BEFORE.search(before):
        cues["holder_cue"] = 1.0
    # "clashes between the army and fighters of X", "X clashed with": a side facing another one
    # in the same few words, which "and" alone would make look like a partner
    if FACING.search(text, max(sentence_start, start - 60), start):
        cues["facing_cue"] = 1.0
    return cues


def _position_cues(ctx: RoleContext, positions: list[int], record: CampaignRecord) -> dict:
    indices = [ctx.index(p) for p in positions]
    total = max(len(ctx.sentences), 1)
    record_index = ctx.index(record.sentence_start)
    nearest = min(abs(i - record_index) for i in indices)
    return {
        "mentions": math.log1p(len(positions)) / 3,
        "first_position": indices[0] / total,
        "in_lead": 1.0 if indices[0] <= 1 else 0.0,
        "in_campaign_sentence": 1.0 if nearest == 0 else 0.0,
        "near_campaign_sentence": 1.0 if nearest <= 2 else 0.0,
    }


def _target_sentences(ctx: RoleContext, record: CampaignRecord) -> set[int]:
    keys = {name_key(t) for t in record.targets}
    spans = set(record.target_spans)
    found = {ctx.index(s) for s, _ in spans}
    for name, surface, start, _ in ctx.places:
        if name_key(name) in keys or name_key(surface) in keys:
            found.add(ctx.index(start))
    return found


def _merge(into: dict[str, float], cues: dict[str, float]) -> None:
    for key, value in cues.items():
        into[key] = max(into.get(key, 0.0), value)


def _record_tokens(ctx: RoleContext, record: CampaignRecord) -> tuple[set[int], set[int]]:
    """The parse's tokens heading the campaign's target mentions and the chosen sides' mentions."""
    keys = {name_key(t) for t in record.targets}
    spans = list(record.target_spans)
    spans += [(s, e) for n, w, s, e in ctx.places if keys & {name_key(n), name_key(w)}]
    sides = [(m.start, m.end) for m in ctx.actors if m.actor in record.attackers]
    return (
        {t.i for s, e in spans if (t := _root(ctx.doc, s, e)) is not None},
        {t.i for s, e in sides if (t := _root(ctx.doc, s, e)) is not None},
    )


def actor_features(ctx: RoleContext, record: CampaignRecord) -> dict[str, dict[str, float]]:
    """For each side of a fighting kind the article names: its features for this campaign."""
    mentions: dict[str, list[ActorMatch]] = {}
    for match in ctx.actors:
        if match.kind in ATTACKER_KINDS:
            mentions.setdefault(match.actor, []).append(match)
    target_keys = {name_key(t) for t in record.targets}
    target_sentences = _target_sentences(ctx, record)
    targets, attackers = _record_tokens(ctx, record)
    rule_sentences = {
        ctx.index(m.start) for m in ctx.actors if record.attackers and m.actor in record.attackers
    }
    out = {}
    for name, found in mentions.items():
        f: dict[str, float] = {f"kind_{found[0].kind}": 1.0}
        f.update(_position_cues(ctx, [m.start for m in found], record))
        if name in record.attackers:
            f["rule_attacker"] = 1.0
            f["rule_first"] = 1.0 if record.attackers[0] == name else 0.0
        if name in record.opponents:
            f["rule_opponent"] = 1.0
        for m in found:
            i = ctx.index(m.start)
            sentence = ctx.sentences[i]
            cues = (
                tree_cues(ctx.doc, m.start, m.end, side=True)
                | text_cues(ctx.text, sentence.start, m.start, m.end)
                | side_relations(ctx.doc, m.start, m.end, targets, attackers)
            )
            if i in target_sentences:
                cues = cues | {f"target_sentence_{k}": v for k, v in cues.items()}
                cues["in_target_sentence"] = 1.0
            if i in rule_sentences and name not in record.attackers:
                cues["with_rule_attacker"] = 1.0
                if cues.get("facing_cue"):
                    # "clashes between the army and X as the army launched …": the other camp
                    cues["facing_rule_attacker"] = 1.0
            _merge(f, cues)
        f.update(_control_cues(ctx, name, record, target_keys))
        f.update(deed_features(ctx.deeds.get(name, []), targets))
        out[name] = f
    retaking_cues(out)
    balance_cues(ctx, record, out)
    return out


def _control_cues(
    ctx: RoleContext, name: str, record: CampaignRecord, target_keys: set[str]
) -> dict[str, float]:
    """What control reports say a side did: took the target (in the lead or later), took another
    place, held the target; and whether it took the target only where the side the rules chose
    is not named — the two took it from each other ("The army had retaken X from the rebels")."""
    cues: dict[str, float] = {}
    own, rules = set(), set()
    for c in ctx.control:
        on_target = bool({name_key(c.place), name_key(c.place_text)} & target_keys)
        if c.event in TAKING_EVENTS and on_target:
            (rules if c.side in record.attackers else set()).add(ctx.index(c.start))
        if c.leaver == name:
            cues["leaves_target" if on_target else "leaves_place"] = 1.0
        if c.side != name:
            continue
        if c.event in TAKING_EVENTS:
            cues[f"{c.event}_target" if on_target else "takes_place"] = 1.0
            if on_target:
                own.add(ctx.index(c.start))
                if ctx.index(c.start) <= 1:
                    cues["takes_target_in_lead"] = 1.0
        elif on_target:
            cues["holds_target"] = 1.0
    if own and rules and name not in record.attackers and not own & rules:
        cues["rival_taker"] = 1.0
    return cues


def place_features(ctx: RoleContext, record: CampaignRecord) -> dict[str, dict[str, float]]:
    """For each place the article names (by its key): its features as a target of this campaign."""
    mentions: dict[str, list[tuple[str, str, int, int]]] = {}
    for place in ctx.places:
        mentions.setdefault(name_key(place[0]), []).append(place)
    target_keys = {name_key(t) for t in record.targets}
    target_sentences = _target_sentences(ctx, record)
    others = {name_key(r.targets[0]) for r in ctx.records if r is not record and r.targets}
    attackers = set(record.attackers)
    state_keys = {name_key(m.text) for m in ctx.actors if m.kind == "state"}
    targets, attacker_tokens = _record_tokens(ctx, record)
    takers = {
        c.side
        for c in ctx.control
        if c.event in TAKING_EVENTS and {name_key(c.place), name_key(c.place_text)} & target_keys
    }
    out = {}
    for key, found in mentions.items():
        f: dict[str, float] = _position_cues(ctx, [p[2] for p in found], record)
        if key in target_keys:
            f["rule_target"] = 1.0
        if key in others:
            f["other_campaign_target"] = 1.0
        if key in state_keys:
            f["names_state"] = 1.0
        for _, _, start, end in found:
            cues = tree_cues(ctx.doc, start, end) | place_relations(
                ctx.doc, start, end, targets, attacker_tokens
            )
            if _SETTLEMENT_BEFORE.search(ctx.text, max(0, start - 25), start):
                cues["settlement_word"] = 1.0
            if _REGION_AFTER.match(ctx.text[end : end + 20]):
                cues["region_word"] = 1.0
            if ctx.index(start) in target_sentences:
                cues = cues | {f"target_sentence_{k}": v for k, v in cues.items()}
                cues["in_target_sentence"] = 1.0
            _merge(f, cues)
        for c in ctx.control:
            if key not in (name_key(c.place), name_key(c.place_text)):
                continue
            if c.event in TAKING_EVENTS:
                by = "attacker" if c.side in attackers else "other"
                f[f"{c.event}_by_{by}"] = 1.0
                if c.side in takers:
                    f["taken_by_target_taker"] = 1.0
            elif c.side in attackers:
                f["held_by_attacker"] = 1.0
            else:
                f["held_by_other"] = 1.0
        f.update(place_cues(ctx, record, key, found))
        out[key] = f
    return out
