"""A speaker phrase read into a name, a role and a side: "Masrour Barzani, head of the KRG Security
Council", "Houthi spokesman Mohammed Abdulsalam", "he" (the person the paragraph introduced). The
name and the role come from the phrase's segments (speaker_segments)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .official_homes import GOVERNMENT_SPEAKS, state_word_in
from .sentences import split_sentences
from .speaker_antecedent import antecedent_side
from .speaker_parse import sentence_subject
from .speaker_refer import definite_speaker, introduced_speakers
from .speaker_segments import _DETERMINERS, _choose_role, _Phrase, _read_segment
from .speaker_side import Reading, side_of
from .speaker_unquoted import speaking, unquoted
from .speaker_words import NOT_NAME_WORDS, ROLE_NOUNS, TITLES, is_person_name, is_title_only
from .states import FORCES, state_of_capital
from .subjects import PRONOUN, segments, strip_span, subject_of_sentence, within

if TYPE_CHECKING:
    from .sentences import Span
    from .speaker_memory import SpeakerContext


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    actor: str | None = None
    explicit: bool = False  # an attribution was there ("…," X said), even if X could not be read

    @property
    def found(self) -> bool:
        return bool(self.name or self.role or self.actor)


def parse_speaker(
    text: str, start: int, end: int, actors: list[ActorMatch], context: SpeakerContext
) -> Speaker:
    """Read a speaker phrase such as "Masrour Barzani, head of the KRG Security Council". A phrase
    read once without consulting what the article taught (surnames, roles, pronouns) reads the same
    again: the attribution often re-reads a subject the name registration already parsed."""
    key = (start, end, id(actors))
    cached = context.parsed.get(key)
    if cached is not None:
        return cached
    lookups = context.lookups
    speaker = _parse_speaker(text, start, end, actors, context)
    if context.lookups == lookups:
        context.parsed[key] = speaker
    return speaker


def _parse_speaker(
    text: str, start: int, end: int, actors: list[ActorMatch], context: SpeakerContext
) -> Speaker:
    start, end = strip_span(text, start, end)
    if end <= start:
        return Speaker()
    described = _SELF_DESCRIBED.search(text, start, end)
    if described is not None:
        return _self_described(text, start, end, described, actors, context)
    nearby = actors
    actors = window(actors, start - 200, end)
    if PRONOUN.match(text[start:end].strip()):
        return _resolve_pronoun(text, nearby, context)
    referred = definite_speaker(text[start:end].strip(), text, nearby, context, speaker_from_intro)
    if referred is not None:
        return referred
    referent = (
        _referent(text, start, end, nearby)
        or _actor_alone(text, start, end, actors)
        or _state_body(text, start, end, nearby)
    )
    if referent is not None:
        return Speaker("", "", referent)
    phrase = _Phrase()
    for s, e in segments(text, start, end):
        _read_segment(text, s, e, actors, context, phrase)
    role, role_span = _choose_role(text, phrase, actors, context.doc)
    role, actor = side_of(
        role,
        Reading(
            start,
            role_span,
            phrase.own_role,
            phrase.role_spans + ([phrase.clause] if phrase.clause else []),
            phrase.name_span,
            text,
        ),
        actors,
        nearby,
    )
    name = phrase.name
    if name:
        if len(name.split()) == 1 or not actor or not role or is_title_only(role):
            context.lookups += 1
        name = context.full_name(name)
        actor = actor or context.actor_of.get(name)
        known = context.role_of.get(name, "")
        # ("…," Major General X said after "the commander of the ground forces, Major General X")
        role = known if not role or (is_title_only(role) and known) else role
    if actor is None and role:
        # "said the officer, X" after "an officer of the army": after the name's own first
        # mention, which says more ("X, an opposition spokesman,")
        actor = antecedent_side(role, start, text, context.doc, _side_reader(text, nearby), nearby)
    if not name and not role and not actor:
        return Speaker()
    return Speaker(name, role, actor)


def _side_reader(text: str, nearby: list[ActorMatch]):
    """Reads an earlier mention of a role ("an officer of the government forces") on its own."""

    def side(role: str, s: int, e: int) -> str | None:
        reading = Reading(s, (s, e), None, [(s, e)], None, text)
        return side_of(role, reading, window(nearby, s - 200, e), nearby)[1]

    return side


# "a man who identified himself as a commander of the group, X", "an Amal commander who would
# identify himself only as Abu Hassan": what the speaker calls himself is his role or his name.
_SELF_DESCRIBED = re.compile(
    r"\s*\bwho\s+(?:would\s+|only\s+)?(?:(?:identified|identifies|identify|described|describes|"
    r"describe|introduced|introduces|called|calls)\s+(?:himself|herself)\s+(?:only\s+)?as|"
    r"gave\s+(?:only\s+)?(?:his|her)\s+(?:(?:(?:first\s+|full\s+|nom\s+de\s+guerre\s+)?name|"
    # "a soldier who gave only his call sign, Kedr,": the name he goes by
    r"call[\s\-]?sign|nickname|nom\s+de\s+guerre|code[\s\-]?name|war\s+name)"
    r"(?:\s+as|\s+only\s+as|,)|(?:first\s+)?name\b))\s*",
    re.I,
)
_ARTICLE = re.compile(r"(?:an?|the|one)\s", re.I)
_LONE_NAME = re.compile(r"\s*([A-Z][\w'’\-]+)\s*,")
_ROLE_AND_NAME = re.compile(
    r"(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
)


def _self_described(
    text: str, start: int, end: int, described: re.Match, actors, context: SpeakerContext
) -> Speaker:
    """A speaker who describes himself: the role he gives ("as a commander of the group, X"), or
    the name he gives after the role the text gives him ("a commander who … only as X")."""
    before = _parse_speaker(text, start, described.start(), actors, context)
    if _ARTICLE.match(text, described.end()):
        # "X, who described himself as the group's spokesman"
        given = _parse_speaker(text, described.end(), end, actors, context)
        return Speaker(given.name or before.name, given.role, given.actor or before.actor)
    after = segments(text, described.end(), end) if described.end() < end else []
    if not after or not text[slice(*after[0])].strip():
        # "Azzedine, an electrician from Ain Amenas, who gave only his first name": the name
        # he gave opens the phrase
        first = _LONE_NAME.match(text, start, described.start())
        return Speaker(first.group(1), before.role, before.actor) if first else before
    name_start, name_end = strip_span(text, *after[0])
    name = text[name_start:name_end]
    ranked = _ROLE_AND_NAME.fullmatch(name)
    if ranked and ROLE_NOUNS.search(ranked.group("role")):
        # "a man who identified himself as commander Bujar": the role he gives, then his name
        return Speaker(ranked.group("name"), ranked.group("role"), before.actor)
    titled = is_person_name(name)  # "General Ivo": the name without its title
    name = titled[1] if titled else name
    if not name[:1].isupper() or len(name.split()) > 4:
        return before
    return Speaker(name, before.role, before.actor)


# A subject that refers back to an actor without naming it ("…," the group said in a statement;
# "…," it said): the nearest actor named before, of this kind (None: any kind but an outlet).
REFERRING_SUBJECTS: dict[str, str | tuple[str, ...] | None] = {
    "it": None,
    **dict.fromkeys(
        ("the group", "the movement", "the militants", "the rebels", "the jihadists"),
        "armed_group",
    ),
    **dict.fromkeys(("the ministry", "the government"), "state"),
    **dict.fromkeys(("the coalition", "the alliance"), "coalition"),
    # "The U.N. Support Mission in Libya urged restraint. "…," the mission said"
    "the mission": ("coalition", "organisation"),
    "the office": "organisation",
    **dict.fromkeys(
        (
            "the organisation",
            "the organization",
            "the agency",
            "the institute",
            "the think tank",
            "the monitor",
            "the observatory",
        ),
        "organisation",
    ),
}
# How far back the actor referred to may have been named.
REFERENT_CHARS = 1000


def _referent(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The actor a referring subject ("it", "the group") stands for: the nearest of its kind
    named before, outside the quotations ("…," it said: not an actor the quote names)."""
    key = text[start:end].strip().lower()
    if key not in REFERRING_SUBJECTS:
        return None
    if key == "it" and _government_spoke(text, start, actors):
        return None  # the unnamed state: the officials' step reads which (speaker_offices)
    kind = REFERRING_SUBJECTS[key]
    kinds = (kind,) if isinstance(kind, str) else kind
    before = [
        m
        for m in window(actors, max(0, start - REFERENT_CHARS), start)
        if (m.kind in kinds if kinds else m.kind != "outlet")
    ]
    before = unquoted(text, before) or before  # (one only a quote names, when no other is)
    # "the ministry said" after "Russia's Defence Ministry" and "Ukrainian forces": the mention
    # that holds the noun, over the nearest of its kind.
    noun = key.split()[-1]
    named = [m for m in before if noun in m.text.casefold().split()]
    # "The PKK denied …. A statement by its armed wing, the People's Defence Forces (HPG), said
    # … losses on the Turkish army. "…," it said": the side that spoke, over one it spoke of.
    actor = (named or speaking(text, before) or before)[-1].actor if before else None
    # "the ministry said", "the government condemned …, saying": the state speaks, even when the
    # mention named its forces ("Mali's defence ministry" is read as the Malian Armed Forces).
    return _FORCES_STATE.get(actor, actor) if kind == "state" else actor


_FORCES_STATE = {forces: state for state, forces in FORCES.items()}


# "The government said in a statement that …. "…," it said": the last to speak before "it".
_GOVERNMENT_SAID = re.compile(r"\b" + GOVERNMENT_SPEAKS)


def _government_spoke(text: str, start: int, actors: list[ActorMatch]) -> bool:
    """The unnamed government is the last subject to speak before `start`: no actor is named
    between its reporting verb and "it"."""
    found = list(_GOVERNMENT_SAID.finditer(text, max(0, start - REFERENT_CHARS), start))
    if not found:
        return False
    return not [m for m in window(actors, found[-1].end(), start) if m.kind != "outlet"]


def _actor_alone(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """A phrase that is nothing but an actor's name ("Congo's government condemned …, saying",
    "the Institute for the Study of War said") or a state's capital ("Kinshasa says …"): that
    actor speaks, with no person."""
    lead = _DETERMINERS.match(text, start)
    start = lead.end() if lead else start
    phrase = text[start:end]
    if phrase in state_of_capital():
        return state_of_capital()[phrase]
    if ROLE_NOUNS.search(phrase):
        return None  # "Israel's defence minister": a person, read as a role
    whole = [m for m in actors if m.start <= start and m.end >= end and m.kind != "outlet"]
    return whole[0].actor if whole else None


# A state's ministry or office speaking with no person ("the Eritrean information ministry",
# "the Pakistani Foreign Office", "a Yugoslav Foreign Ministry statement", "the Department of
# National Defence in Ottawa"): the state its words name speaks (tests/gold/README.md,
# "Organisations quoted without a person").
_STATE_BODY = re.compile(
    r"^(?:the\s+|an?\s+)?(?:[\w\-'’]+\s+){0,3}?(?:ministry|foreign\s+office|department|presidency)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})?"
    r"(?:\s+(?:statement|communiqu[eé]))?(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?$",
    re.I,
)


def _state_body(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The state a ministry phrase names, else ("the defence ministry said") the state or
    state's forces named last before it, outside the quotations."""
    phrase = text[start:end].strip()
    if not _STATE_BODY.match(phrase):
        return None
    named = state_word_in(phrase)
    if named is not None:
        return named
    earlier = window(actors, max(0, start - REFERENT_CHARS), start)
    earlier = [m for m in earlier if m.kind == "state"]
    # (a state only a quote names is still the article's: "If the army treats every village …")
    before = unquoted(text, earlier) or earlier
    return _FORCES_STATE.get(before[-1].actor, before[-1].actor) if before else None


def _resolve_pronoun(text: str, actors: list[ActorMatch], context: SpeakerContext) -> Speaker:
    """ "…," he said: the speaker of an earlier quote in this paragraph, the person named just
    before in the paragraph, or introduced by the previous paragraph; else the last speaker."""
    context.lookups += 1  # depends on who spoke before
    if context.resolving:
        return Speaker()  # a pronoun while resolving a pronoun: stop, never recurse
    if context.paragraph_speaker is not None and context.paragraph_speaker.name:
        return context.paragraph_speaker
    for nearest, introduced in introduced_speakers(text, actors, context, speaker_from_intro):
        # A person the quote's own sentence leads in by role alone ("a man who identified himself
        # as a commander of the group said …") is "he" too.
        if introduced.name or (
            nearest == 0 and introduced.role and ROLE_NOUNS.search(introduced.role)
        ):
            return introduced
    last = context.last
    return Speaker(last.name, last.role, last.actor) if last else Speaker()


# What follows a subject the parse stopped short of: a verb phrase ("congratulated the troops
# and"), not a relative clause or an apposition ("who gave his name as X", ", a commander").
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?!(?:who|whom|whose|which|that)\b)[a-z]+ed\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_INVERTED_SAID = re.compile(
    r"(?:,[\"”’]?\s+(?:said|says|added)|\baccording\s+to)\s+(?=[A-Z])"
)  # "…, said X", "…,” said X"


def speaker_from_intro(
    text: str, paragraph: Span, actors, context, allow_pronoun: bool = True
) -> Speaker:
    sents = context.sentences
    for sentence in reversed(
        within(sents, paragraph)
        if sents is not None
        else split_sentences(text, paragraph.start, paragraph.end)
    ):
        # "The group's fighters … imposed their own rules, said Aminu Garba Dankano, a
        # researcher.": the speaker follows the verb at the end of the sentence, and the
        # sentence's first subject is what he said.
        inverted = _INVERTED_SAID.search(text, sentence.start, sentence.end)
        if inverted:
            speaker = parse_speaker(text, inverted.end(), sentence.end, actors, context)
            if speaker.found and speaker.name:
                return speaker
        # The text rules' subject, else the parse's ("Defence Minister X praised the pilots",
        # "In a video posted online, a man who identified himself as a commander said …").
        parsed = sentence_subject(context.doc, sentence.start, sentence.end)
        found = subject_of_sentence(text, sentence)
        # The parse's subject first when it opens the text rules' and stops short of it: "Prime
        # Minister X congratulated the troops and said …" is X.
        shorter = (
            parsed
            and found
            and parsed[0] == found[0]
            and _VERB_AFTER_SUBJECT.match(text, parsed[1], found[1])
        )
        for subject in dict.fromkeys([parsed, found] if shorter else [found, parsed]):
            if subject is None or _QUOTE_MARK.search(text, *subject):
                continue  # (a subject running into a quote is a clause, not who speaks)
            if not allow_pronoun and PRONOUN.match(
                text[slice(*strip_span(text, *subject))].strip()
            ):
                continue
            speaker = parse_speaker(text, subject[0], subject[1], actors, context)
            if speaker.found:
                return speaker
    return Speaker()


_SURNAME = re.compile(
    r"(?:(?:"
    + TITLES
    + r")\.?\s+)?(?P<name>[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z][a-zà-ÿ'’]+)?)"
)


_TITLE_ONLY = re.compile(TITLES)


def explicit_speaker(text: str, start: int, end: int, actors, context: SpeakerContext) -> Speaker:
    """A subject right next to a reporting verb ("…," Boehmer said). A lone surname is taken as the
    speaker even when the article never gave the full name; an unreadable subject gives an empty
    speaker rather than a guess from elsewhere."""
    speaker = parse_speaker(text, start, end, actors, context)
    if speaker.found:
        return speaker
    s, e = strip_span(text, start, end)
    lone = _SURNAME.fullmatch(text[s:e])
    if (
        lone
        and lone.group("name").lower() not in NOT_NAME_WORDS
        and not _TITLE_ONLY.fullmatch(lone.group("name"))
        and not window(actors, s, e)
    ):
        # ("Hrytsenko told reporters" after "said Vitaliy Hrytsenko, a spokesman for …": who he is)
        name = context.full_name(lone.group("name"))
        return Speaker(
            name, context.role_of.get(name, ""), context.actor_of.get(name), explicit=True
        )
    return Speaker(explicit=True)
