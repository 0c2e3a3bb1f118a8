"""A speaker a quote's attribution refers back to by a definite noun: "…," the official said (the
anonymous official the text introduced before), "…," the statement said (whoever issued it)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .sentences import Span
from .speaker_words import ROLE_NOUNS
from .subjects import within

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .speaker_memory import SpeakerContext
    from .speaker_phrase import Speaker

# "…," the official said: a person the text introduced by role alone ("A US defence official,
# speaking on condition of anonymity, said …", "a Western diplomat in the capital said …").
_DEFINITE_ROLE = re.compile(
    r"the\s+(?:[a-z]+\s+)?(?P<noun>official|diplomat|officer|commander|source|soldier|"
    r"spokes(?:man|woman|person)|fighter|resident|analyst|doctor|witness)"
)
# "…," the statement said: a text the article said someone issued ("The General Staff said in a
# statement that …", "a military communique broadcast on state radio said …").
_ISSUED = re.compile(
    r"the\s+(?:[a-z]+\s+)?(?P<noun>statement|communiqu[eé]|broadcast|announcement|bulletin|"
    r"declaration)"
)
# "In Tel Aviv an Israeli army spokesman said …": where he spoke opens the sentence, not his role.
_PLACE_LEAD = re.compile(r"^In\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*,?\s+(?:(?:an?|the)\s+)?")

Intro = Callable[..., "Speaker"]
_PLURAL = re.compile(r"[^s]s$")


def definite_speaker(
    phrase: str, text: str, actors: list[ActorMatch], context: SpeakerContext, intro: Intro
) -> Speaker | None:
    """Who a definite subject ("the official", "the statement") refers back to, or None when it
    is no such subject or the text before introduced nobody it fits. `intro` reads the speaker a
    span of text introduces (speaker_phrase.speaker_from_intro)."""
    definite = _DEFINITE_ROLE.fullmatch(phrase)
    issued = None if definite else _ISSUED.fullmatch(phrase)
    if definite is None and issued is None:
        return None
    context.lookups += 1  # depends on who was introduced before
    if context.resolving:
        return None
    if issued is not None:
        return _issuer(text, issued.group("noun"), actors, context, intro)
    for _, introduced in introduced_speakers(text, actors, context, intro):
        if introduced.name:
            return None  # a named person is "Holbrooke said", not "the official said"
        role = _PLACE_LEAD.sub("", introduced.role)
        words = re.findall(r"[a-z]+", role.lower())
        if definite.group("noun") in words and len(words) > 1:
            return dataclasses.replace(introduced, role=role)
    return None


def _issuer(
    text: str, noun: str, actors: list[ActorMatch], context: SpeakerContext, intro: Intro
) -> Speaker | None:
    """The side whose statement the text reported last before the quote ("The army said in a
    statement that …"), with the person who issued it if the text names one; an organisation
    speaking has no role (tests/gold/README.md)."""
    stem = re.compile(noun[:8], re.I)  # ("communique" and "communiqué")
    for scope in context.pronoun_scope:
        sentences = [
            s
            for s in (within(context.sentences, scope) if context.sentences is not None else [])
            if stem.search(text, s.start, min(s.end, scope.end))
        ]
        if not sentences:
            continue
        context.resolving = True
        try:
            last = sentences[-1]
            introduced = intro(text, Span(last.start, min(last.end, scope.end)), actors, context)
        finally:
            context.resolving = False
        if introduced.actor:
            return dataclasses.replace(introduced, role=introduced.role if introduced.name else "")
        return None
    return None


def introduced_speakers(
    text: str, actors: list[ActorMatch], context: SpeakerContext, intro: Intro
) -> Iterator[tuple[int, Speaker]]:
    """The speaker each paragraph of the pronoun scope introduces before the quote, nearest
    first, with the scope's index (0: the quote's own paragraph). Read with pronouns off and
    `context.resolving` set, so that a pronoun met while resolving one never recurses."""
    for nearest, scope in enumerate(context.pronoun_scope):
        if scope.end <= scope.start:
            continue
        context.resolving = True
        try:
            introduced = intro(text, scope, actors, context, allow_pronoun=False)
        finally:
            context.resolving = False
        yield nearest, introduced


def role_introduced_before(
    speaker: Speaker,
    text: str,
    actors: list[ActorMatch],
    context: SpeakerContext,
    intro: Intro,
) -> Speaker:
    """A person the quote's paragraph introduced by role alone, then named in the quote's
    attribution ("A rice farmer who had stayed in his house said …. "…," said X, 52"; "In Y a
    Belgian engineer at the refinery said …. "…," said X"): his role and,
    where his name gives none, his side. Only a named speaker the text gave no role, and only when
    the nearest person the paragraph introduced before the quote is unnamed."""
    if not speaker.name or speaker.role or context.resolving:
        return speaker
    for nearest, introduced in introduced_speakers(text, actors, context, intro):
        # a singular role noun ("residents said …" is no one person)
        words = re.findall(r"[a-z]+", introduced.role.lower())
        one = any(ROLE_NOUNS.search(w) and not _PLURAL.search(w) for w in words)
        if nearest > 0 or introduced.name or not one:
            return speaker
        role = _PLACE_LEAD.sub("", introduced.role)
        return dataclasses.replace(speaker, role=role, actor=speaker.actor or introduced.actor)
    return speaker
