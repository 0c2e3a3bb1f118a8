"""The campaign trigger lexicon, as data: each event pattern has a name, the inflected word forms
that evoke it (the shared parse runs without spaCy's lemmatizer, see places/nlp.py) and whether it
is read as a noun ("an assault on X") or a verb ("troops stormed X"). No entry names a place, group
or person. campaign_parse reads each trigger's arguments from the dependency tree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    """One event pattern: its name, the word forms that evoke it, and how it is used.

    part: "noun" ("an assault on X") or "verb" ("troops stormed X"). ends: the event, once reported,
    ends a campaign on its object (a capture or retaking)."""

    name: str
    forms: frozenset[str]
    part: str
    ends: bool = False


def forms(words: str) -> frozenset[str]:
    return frozenset(words.split())


TRIGGERS: tuple[Trigger, ...] = (
    Trigger("offensive", forms("offensive offensives counteroffensive counter-offensive"), "noun"),
    Trigger("assault", forms("assault assaults onslaught"), "noun"),
    Trigger("push", forms("push drive thrust thrusts"), "noun"),
    Trigger("operation", forms("operation operations campaign"), "noun"),
    Trigger("siege", forms("siege blockade encirclement"), "noun"),
    Trigger("attack-on", forms("attack attacks incursion"), "noun"),
    Trigger("advance-on", forms("advance march"), "noun"),
    Trigger("storm", forms("storm stormed storming storms"), "verb"),
    Trigger(
        "advance",
        forms(
            "advance advanced advancing advances push pushed pushing pushes march marched marching"
        ),
        "verb",
    ),
    Trigger("attack", forms("attack attacked attacking attacks"), "verb"),
    Trigger(
        "capture",
        forms(
            "capture captured capturing captures seize seized seizing seizes overran overrun "
            "overrunning"
        ),
        "verb",
        ends=True,
    ),
    Trigger(
        "retake",
        forms(
            "retake retook retaken retaking retakes recapture recaptured recapturing "
            "liberate liberated liberating"
        ),
        "verb",
        ends=True,
    ),
    Trigger(
        "encircle",
        forms("encircle encircled encircling encircles surround surrounded surrounding"),
        "verb",
    ),
    Trigger("besiege", forms("besiege besieged besieging besieges"), "verb"),
    # A side giving up the place, or the campaign stopped: it ends there ("withdrew from X").
    Trigger(
        "withdraw",
        forms("withdraw withdrew withdrawn withdrawing retreat retreated retreating"),
        "verb",
        ends=True,
    ),
    Trigger("halt", forms("halt halted halting suspend suspended suspending"), "verb", ends=True),
    Trigger(
        "shell",
        forms("shell shelled shelling shells bombard bombarded bombarding pound pounded pounding"),
        "verb",
    ),
    Trigger("bomb", forms("bomb bombed bombing bombs"), "verb"),
)
BY_FORM: dict[tuple[str, str], Trigger] = {(form, t.part): t for t in TRIGGERS for form in t.forms}

# Verbs whose subject launched the campaign they govern ("X launched an offensive", "the assault
# mounted by X"), and those of them that say when it started.
GOVERNING = forms(
    "launch launched launches launching begin began begun begins beginning start started starts "
    "starting mount mounted mounting open opened opening resume resumed resuming wage waged waging "
    "press pressed pressing continue continued continuing intensify intensified step stepped lead "
    "led leading spearhead spearheaded conduct conducted carry carried stage staged renew renewed "
    "escalate escalated expand expanded lay laid laying"
)
# Prepositions whose object a governing verb attacks: "launched an offensive on Raqqa", "laid siege
# to the district centre".
GOVERNOR_PREPS = forms("on against toward towards for into at upon to")
# Common nouns a place's name is compounded with ("the Sangin district centre", "the Soum
# province"); not "capital" ("the Chechen capital" names the state, not the city).
UNIT_NOUNS = forms("district centre center province region county town village area state")
# Verbs of a purpose clause whose object the campaign is on: "launched an offensive on Saturday to
# take Sirte", "mounted an assault last week to seize Marib".
PURPOSE_VERBS = forms(
    "take seize capture retake recapture reclaim liberate free secure clear recover storm enter"
)
STARTING = forms(
    "launch launched launching begin began begun start started open opened resume resumed erupt "
    "erupted kick kicked commence commenced mount mounted relaunch relaunched"
)
REPORTING = forms(
    "said say says told tell reported report announced announce claimed claim stated added "
    "confirmed"
)
TARGET_PREPS = forms("on against toward towards for into at upon")
DATE_PREPS = forms("in on since during at from early late")
PRONOUNS = forms("they it we their its our them he she his her")
CLAUSES = forms("relcl acl advcl ccomp xcomp conj cc punct appos mark parataxis")
# Objects that are no place attacked: "pushed Huthi rebels back" names the enemy (resolved to an
# actor).
SUBJECTS = ("nsubj", "csubj")

# Past forms the tagger may take for nouns ("the army retook").
PAST_FORMS = forms("retook retaken overran overrun")

# A campaign told from the defender's side: "the army was fighting to keep the militants out of X",
# "forces fought on Wednesday to hold the airport of X". The place is the target; the attacker is
# the other side named there.
FIGHT_VERBS = forms("fight fighting fought battle battling battled struggle struggling struggled")
DEFEND_VERBS = forms("hold keep defend protect")
