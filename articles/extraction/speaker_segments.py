"""The comma-separated segments of a speaker phrase read into a person's name and the spans that
may hold a role ("Masrour Barzani, head of the KRG Security Council", "a commander who identified
himself as X", "a spokesman for the UN peacekeeping mission, MINUSCA"), then the role chosen among
them. speaker_phrase puts the pieces together: the side, pronouns and referring subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .speaker_words import (
    HONORIFICS,
    NAME_SPLIT,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
    is_person_name,
)
from .speakers import person_at_end, role_end

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch
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
    # "the spokesman, who was named as Brigadier X,": the name the report gives him
    r"(?:who\s+was\s+)?identified\s+only\s+as|(?:who\s+was\s+)?named\s+(?:only\s+)?as)\s+"
    rf"(?:(?:{TITLES})\.?\s+)*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s*$"
)
# The same after a role: "a Tarhuna resident who gave his name as Salem", "a commander who
# identified himself as Jhon Alexis Mora".
_ROLE_GIVEN_NAME = re.compile(
    r"^(?P<role>.+?)\s+(?:who\s+(?:gave|identified)\s+(?:(?:his|her|their)\s+name|himself|"
    r"herself)\s+(?:only\s+)?as|identified\s+only\s+as|"
    # "a doctor named Salem", "a fighter called Abu Ali"
    r"(?P<called>named|called))\s+"
    rf"(?:(?:{TITLES})\.?\s+)*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s*$"
)


_LEADING_PREPOSITION = re.compile(r"^(?:For|To|With|Like|Unlike)\s+")


_AFFILIATION = re.compile(r"^(?:from|of|at|with)\s+", re.I)
# A military rank and nothing else ("Colonel", "Brigadier General", "Lt. Gen.").
_RANK_TITLE = re.compile(
    r"^(?:(?:lt|lieutenant|maj|major|brig|brigadier|col|colonel|gen|general|capt|captain|rear|"
    r"vice|adm|admiral|air|marshal|field)\.?(?:\s+|-|$))+$",
    re.I,
)
# A clause that says what a ranked officer commands ("Colonel X, who commands the operation",
# "who led the assault"); not a civilian's ("X, who heads a civil society group").
_COMMAND_CLAUSE = re.compile(r"^who\s+(?:commands|commanded|leads|led|heads|headed)\s", re.I)


_DETERMINERS = re.compile(r"^(?:the|a|an|one|another)\s+", re.I)
# "…, but Burkina's communication minister, X, said": a clause's conjunction before the role.
_CONJUNCTION = re.compile(r"^(?:but|and|while|yet|so|although)\s+", re.I)
# Where the person lives or stands is no part of who they are: "mother of six on the estate" ->
# "mother of six" (a named place stays: "mother of six in Creggan Heights"), "surgeon there" ->
# "surgeon".
_WHEREABOUTS = re.compile(
    r"^(?P<kin>(?:grand)?(?:mother|father)\s+of\s+[a-z]+)\s+(?:in|on|at|from)\s+the\s+.*$"
    r"|\s+there$",
    re.S,
)


ORG_NOUN_END = re.compile(
    r"\b(?:mission|force|forces|group|alliance|coalition|movement|army|militia|party|"
    r"agency|organi[sz]ation)\s*$"
)


# "the regional ombudsman for …", "a 34-year-old vendor", "a Yazidi from Sinjar"
_APPOSITIVE_ROLE = re.compile(
    r"^\s*(?:the|a|an)\s+(?:[a-z0-9][\w'’\-]*\s+[a-z]|[A-Z][\w'’\-]*\s+(?:from|of|in)\b|"
    r"[a-z][\w'’\-]+\s*$)"  # "said Nabil Qaid, a pharmacist."
)
# A speaker named by his role alone: "said a trader, who asked not to be named", "a Western
# diplomat said", "said a trader in Pama".
_INDEFINITE_ROLE = re.compile(
    r"^\s*(?:a|an)\s+(?:[A-Z][a-z]+\s+)?[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}"
    r"(?:\s+(?:in|from|near)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?\s*$"
)
# "…, who described himself as the CRP's spokesman": the role he gives himself.
_DESCRIBED_AS = re.compile(
    r"^who\s+(?:(?:described|introduced|presented)\s+(?:himself|herself|themselves)|"
    # "X, who the radio described as the group's spokesman": what his side's outlet calls him
    r"the\s+[a-z]+\s+described)\s+as\s+(?:(?:the|a|an)\s+)?(?P<role>\S.*)$"
)
# "…, who coordinates the response for the International Organization for Migration": a clause
# that is the only role given, read when it names an organisation.
_WHO_CLAUSE = re.compile(r"^who\s+(?!gave|identified|asked|declined|spoke)[a-z]+s\b")
# "X, who commands the town's self-defence units", "who co-ordinates emergency programmes for
# MSF in the region", "who commanded a volunteer unit": the post he holds, his role when the text
# gives no other (the gold keeps such a clause as the role). Not "who heads a civil society group
# in Niamey", a civilian the older gold gives no role and whom the capital would give a side.
_POST_CLAUSE = re.compile(
    r"^who\s+(?:commands|commanded|runs|ran|co-?ordinates|co-?ordinated)\s+\S",
    re.I,
)
# "X, who heads the rebels' delegation to the talks", "who says he speaks for the movement in
# Helmand": a clause telling whom he speaks for, read whatever it names (a group named before
# when it says only "the rebels", "the movement").
_SPEAKS_FOR_CLAUSE = re.compile(
    r"^who\s+(?:(?:says|said|claims|claimed)\s+(?:he|she)\s+)?(?:speaks?|spoke)\s+for\b"
    r"|^who\s+(?:heads|leads|commands|represents)\s+the\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:rebels['’]|group['’]s|movement['’]s|militants['’]|insurgents['’]|separatists['’])"
)


def _post_only(phrase) -> bool:
    """A name and nothing yet that says who he is ("the justice minister, who leads the
    delegation in talks with X" keeps the minister, and the clause names no side for him)."""
    return bool(phrase.name) and not phrase.role_spans and not phrase.appositives


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
    if (
        given
        and ROLE_NOUNS.search(given.group("role"))
        # ("a spokesman for the group named Ansar Dine" names the group, not the man)
        and not (given.group("called") and not ROLE_NOUNS.search(given.group("role").split()[-1]))
    ):
        phrase.name, phrase.name_span = given.group("name"), (s + given.start("name"), e)
        # the role bound to the name ("said the resident, a teacher named X": a teacher)
        phrase.own_role = (s, s + given.end("role"))
        phrase.role_spans.append(phrase.own_role)
        return
    described = _DESCRIBED_AS.match(segment)
    if described:
        phrase.role_spans.append((s + described.start("role"), e))
        return
    if (
        _SPEAKS_FOR_CLAUSE.match(segment)
        or (_RANK_TITLE.match(phrase.title) and _COMMAND_CLAUSE.match(segment))
        or (_post_only(phrase) and _POST_CLAUSE.match(segment))
        or (
            _WHO_CLAUSE.match(segment)
            and any(
                m.start >= s and m.end <= e and m.kind in ("organisation", "coalition")
                for m in actors
            )
        )
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
    return _WHEREABOUTS.sub(lambda m: m["kin"] or "", _DETERMINERS.sub("", role))


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
    if title and phrase.clause and _RANK_TITLE.match(title):
        # "Colonel X, who commands the army's forces in the region": the command he holds says
        # who he is better than his rank
        clause = _role_text(text, *phrase.clause, doc)
        if _COMMAND_CLAUSE.match(clause):
            return clause, phrase.clause
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
