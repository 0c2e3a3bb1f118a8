"""Which attacked places are campaigns the rule stages missed: a learned gate over every place the
article tells attacked or changing hands and no campaign targets yet. An assault told through its
fighting ("pound Kisangani for a sixth day", "stormed the village", "had taken almost all of X")
names no campaign noun; whether it is the story's campaign shows in where and how often the place
is named, what is done to it and what control reports about it.

Candidates: each place with at least one piece of evidence of being attacked (the object of an
attacking verb, the object of "on/against/for/into/toward" under an attacking word, a campaign
noun's modifier, "the X offensive", the subject of "fell", a capture, retaking, encirclement,
withdrawal or loss that control reports, a sentence naming it that tells fighting). Where it is
named (headline, lead, body only) is a feature, not a filter; campaign_gate_features adds the side
told striking it and how it stands to the campaigns found. Features are patterns only; no feature
names a place, group or person. The weights are `gate` in data/campaign_roles.json, fitted
by campaign_role_training on gold campaigns the rules did not find."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from places.nlp import per_parse

from .campaign_gate_features import GateScene, scene_cues
from .campaign_lexicon import BY_FORM, forms
from .campaign_places import names_a_side
from .campaign_record import CampaignRecord, name_key
from .campaign_side_verbs import ATTACKING
from .states import state_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .campaign_role_features import RoleContext

# Nouns of fighting whose "for"/"over" object is fought over: "the battle for X".
FIGHT_NOUNS = forms(
    "battle battles fight fighting clashes clash struggle siege assault assaults offensive "
    "attack attacks push drive advance bombardment shelling"
)
_ATTACK_PREPS = forms("on against for into toward towards over upon")
# Nouns of a campaign a place can name: "the Kadugli offensive", "Mosul's siege", "the final
# offensive on X".
CAMPAIGN_NOUNS = frozenset(
    form
    for (form, part), trigger in BY_FORM.items()
    if part == "noun" and trigger.name != "attack-on"
) | forms("battle battles")
# Campaigns the gate adds to one article at most.
MAX_GATED = 2
_FALL = forms("fell fall falls fallen falling")
TAKING = ("capture", "retake", "encircle")
LEAVING = ("withdraw", "lose")
_EVIDENCE = ("struck_", "control_", "fight_sentences")
# Prepositions of where a fight took place: "attacked a post in the village of X", "fighting
# continues around X", "overran the army post at X", "drove the militia out of X".
_SCENE_PREPS = forms("in at near around outside inside along across through")
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:town|village|city|port|hamlet|settlement|suburb|district)\s+(?:of\s+)?$", re.I
)
_REGION_AFTER = re.compile(
    r"^\s+(?:province|state|region|district|governorate|oblast|county|valley)\b", re.I
)
# "units cleared the X neighbourhood": a quarter of a town is fought over inside the campaign on
# the town, not a campaign of its own.
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?)\b", re.I)


def struck_how(token: Token) -> str | None:
    """How the parse tells a place attacked, if it does: "object" (of an attacking verb, or its
    passive subject), "prep" (the object of "on/against/for/into" under an attacking word),
    "named" (a campaign noun's modifier: "the Kadugli offensive", "Mosul's siege", "the battle
    of X"), "fell" (the subject of falling: "X fell on Tuesday")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in CAMPAIGN_NOUNS
    ):
        return "named"  # "the battle of X"
    if token.dep_ in ("compound", "poss", "nmod", "amod") and token.head.lower_ in CAMPAIGN_NOUNS:
        return "named"
    while token.dep_ in ("compound", "conj") and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.tag_ in ("NN", "NNS"):
        token = token.head.head  # "shelled the outskirts of X", "entered the centre of X"
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lower_ in ATTACKING:
        return "object"
    if token.dep_ == "nsubj" and head.lower_ in _FALL:
        return "fell"
    if token.dep_ == "pobj" and head.lower_ in _ATTACK_PREPS:
        governor = head.head
        if governor.lower_ in ATTACKING or governor.lower_ in FIGHT_NOUNS:
            return "prep"
    return None


def fought_at(token: Token) -> bool:
    """Whether the parse tells a place the scene of fighting: the object of "in/at/near/around"
    (or of "out of") under an attacking word or a noun of fighting, under the object of one
    ("attacked a police outpost in the village of X", "an assault on its army post at X"), or
    under a verb whose subject is a noun of fighting ("fighting was reported around X")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.tag_ in ("NN", "NNS"):
        token = token.head.head  # "in the village of X": the village is the scene
    prep = token.head
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "attacked posts at X and around Y"
    if token.dep_ != "pobj" or not (
        prep.lower_ in _SCENE_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "out")
    ):
        return False
    head = prep.head.head if prep.lower_ == "of" else prep.head
    if _fighting(head):
        return True
    if head.dep_ in ("dobj", "nsubjpass") and _fighting(head.head):
        return True  # "attacked a post at X"
    if head.dep_ == "pobj" and _fighting(head.head.head):
        return True  # "an assault on its post at X"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIGHT_NOUNS for c in head.children)


def _fighting(token: Token) -> bool:
    return token.lower_ in ATTACKING or token.lower_ in FIGHT_NOUNS


def _mention_cues(ctx: RoleContext, start: int, end: int) -> dict[str, float]:
    cues: dict[str, float] = {}
    index = ctx.index(start)
    cues["in_headline" if index == 0 else "in_lead" if index <= 2 else "in_body"] = 1.0
    if ctx.doc is not None:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and (how := struck_how(span.root)) is not None:
            cues[f"struck_{how}"] = 1.0
            cues[f"struck_{how}_{'lead' if index <= 2 else 'body'}"] = 1.0
        elif span is not None and len(span) and fought_at(span.root):
            cues["fought_at"] = 1.0
    if ctx.text[start:end].isupper():
        cues["dateline"] = 1.0  # "CAIRO, June 28 (Reuters) -": where the story was filed
    if _SETTLEMENT_BEFORE.search(ctx.text, max(0, start - 20), start):
        cues["settlement_word"] = 1.0
    if _REGION_AFTER.match(ctx.text[end : end + 20]):
        cues["region_word"] = 1.0
    return cues


def fight_sentences(ctx: RoleContext) -> set[int]:
    """The sentences that tell fighting: an attacking verb or a noun of fighting ("clashes",
    "shelling", "the battle for")."""
    if ctx.doc is None:
        return set()
    return {
        ctx.index(token.idx)
        for token in ctx.doc
        if token.lower_ in ATTACKING or token.lower_ in FIGHT_NOUNS
    }


def campaign_sentences(ctx: RoleContext) -> set[int]:
    """The sentences with a campaign noun ("offensive", "siege", "the battle of")."""
    if ctx.doc is None:
        return set()
    return {ctx.index(token.idx) for token in ctx.doc if token.lower_ in CAMPAIGN_NOUNS}


def _sentence_cues(naming: set[int], told: tuple[set[int], set[int], set[int]]) -> dict[str, float]:
    """What the sentences naming a place tell: fighting, a campaign noun, another campaign's
    target beside it (the place is then more often one more event of that campaign)."""
    cues: dict[str, float] = {}
    fight, campaign, targets = told
    fighting = naming & fight
    if fighting:
        cues["fight_sentences"] = math.log1p(len(fighting)) / 2
        cues["fight_share"] = len(fighting) / len(naming)
        if 0 in fighting:
            cues["headline_fight"] = 1.0
    if campaigning := naming & campaign:
        cues["campaign_sentences"] = math.log1p(len(campaigning)) / 2
    if naming & targets:
        cues["beside_target"] = len(naming & targets) / len(naming)
    return cues


def a_group_of_people(doc: Doc | None, surfaces: set[str]) -> bool:
    """Whether the text uses a place's words as a group of people: the parse reads most of their
    mentions as a plural noun of a nationality, religion or political group (NORP: "31 Maoists
    killed", "the Maoists dispute the account", "surrounded the Maoists on the hills"); a town's
    name the parse reads as NORP is singular ("said Kidal would fall")."""
    if doc is None:
        return False
    words = {w.split()[-1] for w in surfaces if w.strip()}  # "the Maoists": Maoists
    readings = _plural_group_readings(doc)
    tagged = [flag for word in words for flag in readings.get(word, ())]
    return len(tagged) > 1 and sum(tagged) * 2 > len(tagged)


def _plural_group_readings(doc: Doc) -> dict[str, list[bool]]:
    """Each word of the text -> for each of its tokens, whether the parse reads it as a plural
    group of people. Built once per parse: asked per target, a scan of every token made a long
    text's campaigns quadratic (a 250,000-character text spent 12 s here)."""
    return per_parse(doc, "plural_group_readings", _read_plural_groups)


def _read_plural_groups(doc: Doc) -> dict[str, list[bool]]:
    readings: dict[str, list[bool]] = {}
    for token in doc:
        flag = token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS")
        readings.setdefault(token.text, []).append(flag)
    return readings


def gate_candidates(ctx: RoleContext) -> dict[str, tuple[dict[str, float], tuple]]:
    """Each place no campaign targets yet, with evidence of being attacked: (features, (name,
    (start, end)) of its first mention)."""
    have = {name_key(t) for r in ctx.records for t in r.targets}
    have |= {name_key(ctx.text[s:e]) for r in ctx.records for s, e in r.target_spans}
    state_keys = {name_key(m.text) for m in ctx.actors if m.kind == "state"}
    mentions: dict[str, list[tuple[str, str, int, int]]] = {}
    for place in ctx.places:
        if not names_a_side(ctx.text, place[3]):  # "encircle Moro rebels"
            mentions.setdefault(name_key(place[0]), []).append(place)
    targets = {ctx.index(start) for r in ctx.records for start, _ in r.target_spans}
    told = (fight_sentences(ctx), campaign_sentences(ctx), targets)
    scene = GateScene(ctx)
    most = max((len(found) for found in mentions.values()), default=0)
    out = {}
    for key, found in mentions.items():
        if key in have or key in state_keys or name_key(found[0][1]) in have:
            continue
        if key in state_names():
            # "Sudan's army pushes into X", "Georgians driven from X": a state named beside the
            # fight is a side or the setting; the campaign is on the place inside it.
            continue
        if a_group_of_people(ctx.doc, {p[1] for p in found}):
            continue  # "forces surrounded the Maoists on the hills"
        if ctx.records and any(_QUARTER_AFTER.match(ctx.text, p[3]) for p in found):
            continue  # a quarter of the town a campaign found is on
        f: dict[str, float] = {"mentions": math.log1p(len(found)) / 3}
        if len(found) == most:
            f["most_named"] = 1.0
        for _, _, start, end in found:
            for cue, value in _mention_cues(ctx, start, end).items():
                f[cue] = max(f.get(cue, 0.0), value)
        naming = {ctx.index(p[2]) for p in found}
        f.update(_sentence_cues(naming, told))
        f.update(scene_cues(ctx, scene, found, struck_how))
        surfaces = {key} | {name_key(p[1]) for p in found}
        for c in ctx.control:
            if surfaces & {name_key(c.place), name_key(c.place_text)}:
                event = c.event if c.event in TAKING + LEAVING else "hold"
                f[f"control_{event}"] = 1.0
                if ctx.index(c.start) <= 2:
                    f[f"control_{event}_lead"] = 1.0
        if not any(k.startswith(_EVIDENCE) for k in f):
            continue
        f["rules_found_none"] = 0.0 if ctx.records else 1.0
        f["first_position"] = ctx.index(found[0][2]) / max(len(ctx.sentences), 1)
        out[key] = (f, (found[0][0], (found[0][2], found[0][3])))
    return out


def gated_records(
    ctx: RoleContext,
    weights: dict[str, float],
    threshold: float,
    probability,
    first: float | None = None,
):
    """New campaigns, one per candidate place kept by `admitted` (at most two, likeliest first),
    on the place with the side control reports capturing it, if any (the ranker's fill
    otherwise). A side reported retaking it is not taken: it is mostly the defender winning back
    what the attack the article tells had overrun ("rebels overran the battalion … troops had
    retaken the positions"). A place only the body names is weighed as the others (`body_only`):
    one the body alone tells taken ("The RSF captured X in December") is mostly background, but
    the same side's second town or the other side's push is not."""
    if not weights or threshold >= 1.0:
        return []
    scored = [
        (probability(weights, features), key, place)
        for key, (features, place) in gate_candidates(ctx).items()
    ]
    kept = admitted(scored, threshold, threshold if first is None else first)
    records: list[CampaignRecord] = []
    for _, key, (name, span) in kept:
        takers = [
            c.side
            for c in ctx.control
            if c.event == "capture" and key in (name_key(c.place), name_key(c.place_text))
        ]
        same = _campaign_it_joins(ctx, records, span, takers[:1])
        if same is not None:
            same.targets.append(name)
            same.target_spans.append(span)
            continue
        sentence = ctx.sentences[ctx.index(span[0])]
        records.append(
            CampaignRecord(
                name=f"{name} offensive",
                named=False,
                attackers=takers[:1],
                targets=[name],
                target_spans=[span],
                sentence_start=sentence.start,
                sentence_end=sentence.end,
            )
        )
    return records


def admitted(scored: list[tuple], threshold: float, first: float) -> list[tuple]:
    """The (probability, ...) candidates admitted, likeliest first: the article's likeliest from
    `first`, the next from `threshold`, no more than `MAX_GATED`. The likeliest candidate of an
    article is more often its own campaign than the second one at the same probability (the
    second is more often another target of the first's campaign), so it may be held to a lower
    bar (leave-one-folder-out, docs/extraction.md "Campaign role ranker")."""
    ranked = sorted(scored, key=lambda s: -s[0])[:MAX_GATED]
    return [s for i, s in enumerate(ranked) if s[0] >= (first if i == 0 else threshold)]


def _campaign_it_joins(
    ctx: RoleContext, gated: list[CampaignRecord], span: tuple[int, int], taker: list[str]
) -> CampaignRecord | None:
    """The campaign a place the gate admits is one more target of: "Tanzanian troops take A and
    B", "rebels attack A, B and C" (places the headline lists together are one campaign's
    targets), or "Arakan Army seizes A as attacks hit three B towns", "RSF seizes A, ratcheting up
    pressure on B" (the side that took it has a campaign on a place the same sentence names)."""
    listed = _listed_with(ctx, span)
    for record in [*ctx.records, *gated]:
        if listed & {name_key(t) for t in record.targets}:
            return record
    if not taker:
        return None
    sentence = ctx.sentences[ctx.index(span[0])]
    words = ctx.text[sentence.start : span[0]] + " " + ctx.text[span[1] : sentence.end]
    return next(
        (
            record
            for record in ctx.records
            if taker[0] in record.attackers and _names_a_target(words, ctx.text, record)
        ),
        None,
    )


def _names_a_target(words: str, text: str, record: CampaignRecord) -> bool:
    """Whether `words` name one of the campaign's targets, by its name or by the text's words."""
    names = {*record.targets, *(text[s:e] for s, e in record.target_spans)}
    return any(re.search(rf"\b{re.escape(name)}\b", words) for name in names if name.strip())


def _listed_with(ctx: RoleContext, span: tuple[int, int]) -> set[str]:
    """The keys of the places the parse lists with the place at `span` ("take A and B", "attack
    A, B and C"): its conjuncts, each read as the place mention over it."""
    if ctx.doc is None:
        return set()
    words = ctx.doc.char_span(*span, alignment_mode="expand")
    if words is None or not len(words):
        return set()
    keys = set()
    for token in words.root.conjuncts:
        for place, _, start, end in ctx.places:
            if start <= token.idx < end:
                keys.add(name_key(place))
    return keys
