"""A speaker phrase read into a name, a role and a side: "Masrour Barzani, head of the KRG Security
Council", "Houthi spokesman Mohammed Abdulsalam", "he" (the person the paragraph introduced)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .sentences import split_sentences
from .speaker_side import Reading, side_of
from .speaker_words import (
    HONORIFICS,
    NAME_SPLIT,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
    is_person_name,
)
from .speakers import person_at_end, role_end
from .states import state_of_capital
from .subjects import PRONOUN, segments, strip_span, subject_of_sentence, within

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .sentences import Span
    from .speaker_memory import SpeakerContext

# Segments that say how or when the person spoke, not who they are ("…, using an Arabic acronym
# for Islamic State", "…, declining to give his name").
_SKIP_SEGMENT = re.compile(
    r"^(?:also\s+(?:called|known\s+as)|known\s+as|made\s+up|which|who|whose|where|"
    r"speaking|citing|in\s+a\s+statement|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|adding|referring|using|quoting|describing|calling|declining|"
    r"asking|noting|warning|echoing)\b",
    re.I,
)


_NAME_OF = re.compile(r"^(?P<person>[A-Z][^,]*?)\s+(?P<rest>(?:of|from|at|with)\s+.+)$")


# "Its spokesman, who gave his name only as General Ivo,": a one-word name the text marks as given.
_GIVEN_NAME = re.compile(
    r"^(?:who\s+(?:gave|identified)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|"
    r"(?:who\s+was\s+)?identified\s+only\s+as|named\s+only\s+as)\s+"
    rf"(?:(?:{TITLES})\.?\s+)*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s*$"
)
# The same after a role: "a Tarhuna resident who gave his name as Salem", "a commander who
# identified himself as Jhon Alexis Mora".
_ROLE_GIVEN_NAME = re.compile(
    r"^(?P<role>.+?)\s+(?:who\s+(?:gave|identified)\s+(?:(?:his|her|their)\s+name|himself|"
    r"herself)\s+(?:only\s+)?as|identified\s+only\s+as)\s+"
    rf"(?:(?:{TITLES})\.?\s+)*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s*$"
)


_LEADING_PREPOSITION = re.compile(r"^(?:For|To|With|Like|Unlike)\s+")


_AFFILIATION = re.compile(r"^(?:from|of|at|with)\s+", re.I)


_DETERMINERS = re.compile(r"^(?:the|a|an|one|another)\s+", re.I)
# "…, but Burkina's communication minister, X, said": a clause's conjunction before the role.
_CONJUNCTION = re.compile(r"^(?:but|and|while|yet|so|although)\s+", re.I)


ORG_NOUN_END = re.compile(
    r"\b(?:mission|force|forces|group|alliance|coalition|movement|army|militia|party|"
    r"agency|organi[sz]ation)\s*$"
)


# "the regional ombudsman for …", "a 34-year-old vendor", "a Yazidi from Sinjar"
_APPOSITIVE_ROLE = re.compile(
    r"^\s*(?:the|a|an)\s+(?:[a-z0-9][\w'’\-]*\s+[a-z]|[A-Z][\w'’\-]*\s+(?:from|of|in)\b)"
)
# A speaker named by his role alone: "said a trader, who asked not to be named".
_INDEFINITE_ROLE = re.compile(r"^\s*(?:a|an)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}\s*$")
# "…, who described himself as the CRP's spokesman": the role he gives himself.
_DESCRIBED_AS = re.compile(
    r"^who\s+(?:described|introduced|presented)\s+(?:himself|herself|themselves)\s+as\s+"
    r"(?:(?:the|a|an)\s+)?(?P<role>\S.*)$"
)
# "…, who coordinates the response for the International Organization for Migration": a clause
# that is the only role given, read when it names an organisation.
_WHO_CLAUSE = re.compile(r"^who\s+(?!gave|identified|asked|declined|spoke)[a-z]+s\b")


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    actor: str | None = None
    explicit: bool = False  # an attribution was there ("…," X said), even if X could not be read

    @property
    def found(self) -> bool:
        return bool(self.name or self.role or self.actor)


# A family name after a particle ("al-Houthi", "bin Laden") may be a word that never names a
# person alone.
_FAMILY_NAME = re.compile(r"\b(?:al|el|bin|ibn)[\-\s][A-Z][\w'’]*")


def _person_in(text: str, doc: Doc | None, start: int, end: int) -> tuple[str, str, str] | None:
    """(role, title, name) of a phrase that ends in a person's name, read from the parse: the whole
    phrase ("Brett McGurk", "Mr Barzani") with an empty role, or a role and the name ("Houthi
    spokesman Mohammed Abdulsalam"). A role must hold a role noun or the name a title; no piece of
    the name is a word that never names a person ("Syrian", "Forces")."""
    if doc is None:  # no parse: the whole phrase must be a name ("Talal Silo", "Mr Barzani")
        named = is_person_name(text[start:end])
        return ("", *named) if named else None
    found = person_at_end(doc, start, end)
    if found is None:
        return None
    role, title, name = found
    if any(word.lower() in NOT_NAME_WORDS for word in NAME_SPLIT.split(_FAMILY_NAME.sub("", name))):
        return None
    if role and not ROLE_NOUNS.search(role):
        if not title:
            return None
        role = f"{role} {title}"
    return role.strip(), title, name


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


@dataclass
class _Phrase:
    """What the segments of a speaker phrase gave: the name, and the spans that may hold the
    role."""

    name: str = ""
    title: str = ""
    name_span: tuple[int, int] | None = None
    own_role: tuple[int, int] | None = None  # "army spokesman" in "army spokesman Musa Danladi"
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    # ", the regional ombudsman for Norte de Santander" after the name
    appositives: list[tuple[int, int]] = field(default_factory=list)
    clause: tuple[int, int] | None = None  # ", who coordinates the response for the IOM"


def _parse_speaker(
    text: str, start: int, end: int, actors: list[ActorMatch], context: SpeakerContext
) -> Speaker:
    start, end = strip_span(text, start, end)
    if end <= start:
        return Speaker()
    nearby = actors
    actors = window(actors, start - 200, end)
    if PRONOUN.match(text[start:end].strip()):
        return _resolve_pronoun(text, nearby, context)
    referent = _referent(text[start:end], start, nearby) or _actor_alone(text, start, end, actors)
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
        if len(name.split()) == 1 or not actor or not role:
            context.lookups += 1
        name = context.full_name(name)
        actor = actor or context.actor_of.get(name)
        role = role or context.role_of.get(name, "")
    if not name and not role and not actor:
        return Speaker()
    return Speaker(name, role, actor)


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


def _referent(phrase: str, start: int, actors: list[ActorMatch]) -> str | None:
    key = phrase.strip().lower()
    if key not in REFERRING_SUBJECTS:
        return None
    kind = REFERRING_SUBJECTS[key]
    kinds = (kind,) if isinstance(kind, str) else kind
    before = [
        m
        for m in window(actors, max(0, start - REFERENT_CHARS), start)
        if (m.kind in kinds if kinds else m.kind != "outlet")
    ]
    # "the ministry said" after "Russia's Defence Ministry" and "Ukrainian forces": the mention
    # that holds the noun, over the nearest of its kind.
    noun = key.split()[-1]
    named = [m for m in before if noun in m.text.casefold().split()]
    return (named or before)[-1].actor if before else None


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


def _resolve_pronoun(text: str, actors: list[ActorMatch], context: SpeakerContext) -> Speaker:
    """ "…," he said: the speaker of an earlier quote in this paragraph, the person named just
    before in the paragraph, or introduced by the previous paragraph; else the last speaker."""
    context.lookups += 1  # depends on who spoke before
    if context.resolving:
        return Speaker()  # a pronoun while resolving a pronoun: stop, never recurse
    if context.paragraph_speaker is not None and context.paragraph_speaker.name:
        return context.paragraph_speaker
    for scope in context.pronoun_scope:
        if scope.end <= scope.start:
            continue
        context.resolving = True
        try:
            introduced = speaker_from_intro(text, scope, actors, context, allow_pronoun=False)
        finally:
            context.resolving = False
        if introduced.name:
            return introduced
    last = context.last
    return Speaker(last.name, last.role, last.actor) if last else Speaker()


def _repeated_alias(segment: str, s: int, e: int, actors: list[ActorMatch]) -> bool:
    """The segment is an actor's name on its own ("the SDF", "MINUSCA")."""
    return any(m.start <= s and m.end >= e for m in actors) or (
        segment.lower().startswith("the ")
        and len(segment.split()) <= 3
        and any(m.start >= s and m.end == e for m in actors)
    )


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,9}")


def _bracketed_acronym(text: str, s: int, e: int, phrase: _Phrase) -> bool:
    """ "a spokesman for the Malian Armed Forces (FAMa)": the acronym in brackets right after the
    role stays in it, brackets and all."""
    last = phrase.role_spans[-1] if phrase.role_spans else None
    if (
        last is None
        or not _ACRONYM.fullmatch(text[s:e])
        or sum(c.isupper() for c in text[s:e]) < 2
        or text[last[1] : s].strip() != "("
        or text[e : e + 1] != ")"
    ):
        return False
    phrase.role_spans[-1] = (last[0], e + 1)
    return True


def _read_segment(
    text: str, s: int, e: int, actors: list[ActorMatch], context: SpeakerContext, phrase: _Phrase
) -> None:
    """Read one comma-separated segment of a speaker phrase into `phrase`: a name, a role or
    neither."""
    segment = text[s:e]
    given = _GIVEN_NAME.match(segment) if not phrase.name and segment[:1] in "win" else None
    if given:
        phrase.name, phrase.name_span = given.group("name"), (s, e)
        return
    given = _ROLE_GIVEN_NAME.match(segment) if not phrase.name else None
    if given and ROLE_NOUNS.search(given.group("role")):
        phrase.name, phrase.name_span = given.group("name"), (s + given.start("name"), e)
        phrase.role_spans.append((s, s + given.end("role")))
        return
    described = _DESCRIBED_AS.match(segment)
    if described:
        phrase.role_spans.append((s + described.start("role"), e))
        return
    if _WHO_CLAUSE.match(segment) and any(
        m.start >= s and m.end <= e and m.kind in ("organisation", "coalition") for m in actors
    ):
        phrase.clause = (s, e)
        return
    if _SKIP_SEGMENT.match(segment):
        return
    if _bracketed_acronym(text, s, e, phrase):
        return
    if _repeated_alias(segment, s, e, actors):
        last = phrase.role_spans[-1] if phrase.role_spans else None
        if (
            last
            and ORG_NOUN_END.search(text, last[0], last[1])
            and not text[last[1] : s].strip(" ,")
        ):
            # "a spokesman for the UN peacekeeping mission, MINUSCA": the acronym names the mission.
            phrase.role_spans[-1] = (last[0], e)
            return
        if phrase.role_spans or phrase.name:
            return  # "the SDF": an alias repeated in apposition, not a role
    if not phrase.name and _read_name(text, s, e, actors, context, phrase):
        return
    if (
        _AFFILIATION.match(segment)
        or ROLE_NOUNS.search(segment)
        or any(m.start >= s and m.end <= e for m in actors)
    ):
        phrase.role_spans.append((s, e))
    elif (phrase.name_span and _APPOSITIVE_ROLE.match(segment)) or (
        not phrase.name_span and not phrase.role_spans and _INDEFINITE_ROLE.match(segment)
    ):  # (after an organisation, "an independent watchdog" describes it: no person's role)
        phrase.appositives.append((s, e))


def _read_name(
    text: str, s: int, e: int, actors: list[ActorMatch], context: SpeakerContext, phrase: _Phrase
) -> bool:
    """Take the person's name from the segment when it holds one: "Talal Silo", "Brett McGurk of
    the State Department", "Houthi spokesman Mohammed Abdulsalam", a surname the article gave."""
    segment = text[s:e]
    affiliated = _NAME_OF.match(segment)
    person = is_person_name(affiliated.group("person")) if affiliated else None
    if person:
        phrase.title, phrase.name = person
        phrase.name_span = (s, s + affiliated.end("person"))
        phrase.role_spans.append((s + affiliated.start("rest"), e))
        return True
    read = _person_in(text, context.doc, s, e)
    person = read[1:] if read and not read[0] else None
    lone = _LEADING_PREPOSITION.sub("", segment.strip())  # "For Yesenia, who …"
    if (
        not person and len(lone.split()) == 1 and context.looked_up() and context.known(lone)
    ):  # (surnames are single words: ask only then)
        person = ("", lone)
    if person and not any(m.start <= s < m.end for m in actors):
        phrase.title, phrase.name = person
        phrase.name_span = (s, e)
        return True
    if _AFFILIATION.match(segment) or not read or not (read[0] or read[1]):
        return False
    # "Ukrainian President Mykola Derkach": a role, or a title that names an actor, before the name.
    if any(m.start <= s + segment.rfind(read[2]) < m.end for m in actors):
        return False
    role_text, phrase.title, phrase.name = read[0] or read[1], read[1], read[2]
    phrase.name_span = (s, e)
    phrase.own_role = (s, s + len(role_text))
    phrase.role_spans.append(phrase.own_role)
    return True


def _role_text(text: str, s: int, e: int, doc: Doc | None) -> str:
    role = _CONJUNCTION.sub("", text[s : role_end(doc, s, e)].strip(" \t“”\"'‘’"))
    return _DETERMINERS.sub("", role)


def _choose_role(
    text: str, phrase: _Phrase, actors: list[ActorMatch], doc: Doc | None
) -> tuple[str, tuple[int, int] | None]:
    """The role and where it was read. The role bound to the name comes first: its own title
    ("army spokesman Musa Danladi"), then what follows the name, and only then a segment before
    it ("A spokesman for the SDF, Talal Silo,") — not a clause of the sentence that happens to
    hold a role word ("Troops backed by fighter jets …")."""
    own, spans, name_span = phrase.own_role, phrase.role_spans, phrase.name_span
    after = [span for span in spans if span != own and name_span and span[0] >= name_span[1]]
    before = [span for span in spans if span != own and span not in after]
    for s, e in ([own] if own else []) + after + before:
        candidate = _role_text(text, s, e, doc)
        if not _AFFILIATION.match(candidate) and ROLE_NOUNS.search(candidate):
            return candidate, (s, e)
    title = phrase.title
    if title and title.lower().rstrip(".") not in HONORIFICS:
        return title, None
    if phrase.clause and not phrase.appositives:
        return _role_text(text, *phrase.clause, doc), phrase.clause
    if phrase.appositives:
        # "said Ana Lucia Parra, the regional ombudsman for Norte de Santander": an appositive
        # noun phrase right after the name is the role even when its noun is not in the list.
        return _role_text(text, *phrase.appositives[0], doc), None
    # "Jennifer Cafarella, from the US-based Institute for the Study of War": the organisation.
    for s, e in spans:
        if _AFFILIATION.match(text[s:e]):
            inside = [m for m in actors if m.start >= s and m.end <= e and m.kind != "outlet"]
            if inside:
                return inside[-1].text, None
    return "", None


_INVERTED_SAID = re.compile(r"(?:,\s+(?:said|says|added)|\baccording\s+to)\s+(?=[A-Z])")


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
        subject = subject_of_sentence(text, sentence)
        if (
            subject
            and not allow_pronoun
            and PRONOUN.match(text[slice(*strip_span(text, *subject))].strip())
        ):
            continue
        if subject:
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
        return Speaker(context.full_name(lone.group("name")), "", None, explicit=True)
    return Speaker(explicit=True)
