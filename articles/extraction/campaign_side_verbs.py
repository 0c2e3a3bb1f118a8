"""Who attacks and who defends across a whole article, read from the parse: for every mention of
a side, whether it is the doer of an attacking verb ("the army shelled X", "a siege by X", "X's
offensive"), the doer of a defending one ("X held out", "X withdrew", "X's defenders", "X
repelled"), or the one attacked ("troops encircled X", "an offensive against X"). The campaign role
ranker (campaign_role_features) reads the counts, and whether the clause is over the campaign's
target, as features: a side told at length defending a town is its defender, however often the
article names it.

The parse runs without spaCy's lemmatizer (places/nlp.py), so the verbs are listed as word forms.
No entry names a place, group or person."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .campaign_lexicon import BY_FORM, GOVERNING, forms
from .campaign_role_tree import force_phrase
from .campaign_side_anaphors import anaphor_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actors import ActorMatch

_LEXICON_VERBS = frozenset(
    form
    for (form, part), trigger in BY_FORM.items()
    if part == "verb" and trigger.name not in ("withdraw", "halt", "retake")
)
ATTACKING = (
    _LEXICON_VERBS
    | GOVERNING
    | forms(
        "invade invaded invading invades occupy occupied occupying occupies raid raided raiding "
        "raids strike struck striking strikes target targeted targeting enter entered entering "
        "enters sweep swept sweeping sweeps breach breached breaching overwhelm overwhelmed "
        "overwhelming take took taken taking takes seize besieged shelled cut cutting overrun "
        "overran rolled roll rolling fire fired firing"
    )
)
RETAKING = frozenset(form for (form, _), t in BY_FORM.items() if t.name == "retake") | forms(
    "regain regained regaining reclaim reclaimed reclaiming recover recovered recovering"
)
DEFENDING = forms(
    "defend defended defending defends hold held holding holds resist resisted resisting resists "
    "repel repelled repelling repels repulse repulsed repulsing withdraw withdrew withdrawn "
    "withdrawing withdraws retreat retreated retreating retreats surrender surrendered "
    "surrendering surrenders flee fled fleeing flees abandon abandoned abandoning abandons lose "
    "lost losing loses evacuate evacuated evacuating pull pulled pulling give gave given giving "
    "endure endured enduring"
)
# Nouns naming the side holding a place: "Croatian defenders", "the army's garrison".
DEFENDER_NOUNS = forms("defender defenders garrison garrisons holdouts defence defense")
# A noun naming an attack, whose "by" or possessor is its doer and "on"/"against" object its victim.
_ATTACK_NOUNS = frozenset(form for (form, part) in BY_FORM if part == "noun")
_VICTIM_PREPS = forms("on against upon")


@dataclass(frozen=True)
class Deed:
    """One mention's part in a clause: role ("attack", "retake", "defend", "attacked") and the
    word heading the clause or phrase (its span tells whether it is over the campaign's target)."""

    role: str
    head: Token


def _verb_role(word: Token) -> str | None:
    """The role of a verb's subject, from the verb or a verb it governs ("began storming", "tried
    to hold", "pulled back")."""
    candidates = [word] + [c for c in word.children if c.dep_ == "xcomp"]
    for verb in candidates:
        lowered = verb.lower_
        if lowered in RETAKING:
            return "retake"
        if lowered in DEFENDING:
            return "defend"
        if lowered in ATTACKING:
            return "attack"
    return None


def _negated_modifier(token: Token) -> bool:
    """A side named in a modifier against it ("the anti-rebel offensive", "counter-ISIS raids")."""
    first = token.left_edge
    before = first.doc[max(first.i - 2, 0) : first.i].text.lower().replace(" ", "")
    return token.lower_.startswith(("anti", "counter")) or before.endswith(
        ("anti", "anti-", "counter", "counter-")
    )


def _deed(token: Token) -> Deed | None:
    """The part a side's mention (its root token) plays, if any."""
    while token.dep_ in ("compound", "amod") and token.head is not token:
        if token.head.lower_ in DEFENDER_NOUNS:
            return Deed("defend", token.head)  # "Croatian defenders", "the army garrison"
        if token.head.lower_ in _ATTACK_NOUNS and not _negated_modifier(token):
            return Deed("attack", token.head)  # "the rebel offensive", "a UNITA assault"
        token = token.head  # "Rwandan troops", "Arakan Army fighters": the troops' deeds
    # "fighters of the X stormed", "the army and Serb volunteers have shelled X": both shelled
    token = force_phrase(token)
    dep, head = token.dep_, token.head
    if dep == "nsubj" and (role := _verb_role(head)) is not None:
        return Deed(role, head)
    if dep == "pobj" and head.lower_ == "by":
        governor = head.head.head if head.head.dep_ == "agent" else head.head
        if head.dep_ == "agent" and (role := _verb_role(governor)) is not None:
            return Deed(role, governor)
        if governor.lower_ in _ATTACK_NOUNS:
            return Deed("attack", governor)  # "a three-month siege by X"
    if dep == "poss" and head.lower_ in _ATTACK_NOUNS:
        return Deed("attack", head)
    if dep == "poss" and head.lower_ in DEFENDER_NOUNS:
        return Deed("defend", head)
    if dep in ("dobj", "nsubjpass") and head.lower_ in ATTACKING:
        return Deed("attacked", head)
    if dep == "pobj" and head.lower_ in _VICTIM_PREPS:
        governor = head.head
        if governor.lower_ in _ATTACK_NOUNS or governor.lower_ in ATTACKING:
            return Deed("attacked", governor)
    return None


def side_deeds(doc: Doc | None, actors: list[ActorMatch]) -> dict[str, list[Deed]]:
    """For each side named in the article, the deeds its mentions are told doing."""
    deeds: dict[str, list[Deed]] = {}
    if doc is None:
        return deeds
    # "the rebels repulsed …", "troops held …": a side told by a bare group noun does deeds too.
    for match in [*actors, *anaphor_mentions(doc, actors)]:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        deed = _deed(span.root)
        if deed is not None:
            deeds.setdefault(match.actor, []).append(deed)
    return deeds


def deed_features(deeds: list[Deed], targets: set[int]) -> dict[str, float]:
    """Features of one side for one campaign: how often it attacks, retakes, defends or is
    attacked in the article; which of those it does in a clause over the campaign's target; and
    whether it is told defending more than attacking."""
    counts = {"attack": 0, "retake": 0, "defend": 0, "attacked": 0}
    on_target: set[str] = set()
    for deed in deeds:
        counts[deed.role] += 1
        if targets and any(deed.head.left_edge.i <= i <= deed.head.right_edge.i for i in targets):
            on_target.add(deed.role)
    out = {f"deeds_{role}": math.log1p(n) / 2 for role, n in counts.items() if n}
    out.update({f"deeds_{role}_target": 1.0 for role in on_target})
    defended = counts["defend"] + counts["attacked"]
    if defended > counts["attack"] + counts["retake"]:
        out["deeds_mostly_defends"] = 1.0
    elif counts["attack"] + counts["retake"] > defended:
        out["deeds_mostly_attacks"] = 1.0
    return out


def retaking_cues(out: dict[str, dict[str, float]]) -> None:
    """Marks, in the features of one campaign's sides, a target one side is told retaking after
    another attacked or took it ("rebels overran the base…", then "troops retook the town"): the
    first side's attack may be the campaign the article tells, the retaking its end."""
    attackers = {
        n for n, f in out.items() if f.get("deeds_attack_target") or f.get("capture_target")
    }
    retakers = {n for n, f in out.items() if f.get("retake_target")}
    for name in retakers:
        if attackers - {name}:
            out[name]["retakes_from_attacker"] = 1.0
    for name in attackers - retakers:
        if retakers - {name}:
            out[name]["attacked_before_retake"] = 1.0
