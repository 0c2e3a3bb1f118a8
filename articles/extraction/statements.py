"""Who said each quote: speaker name, role and actor.

The speaker is looked for, in order: in the same paragraph after the quote ("…," said X / X said),
before it ("X said:"), and — for a paragraph that is nothing but a quote — in the paragraph that
introduces the speaker right before it ("Masrour Barzani, head of …, is predicting …").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .dates import find_dates
from .quotes import SPEECH_VERB_AHEAD, SPEECH_VERBS, Quote
from .sentences import Span, _is_abbreviation, split_sentences
from .sentences import sentences as split_text
from .speakers import person_at_end, role_end

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TITLES = (
    r"Rear\s+Admiral|Vice\s+Admiral|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Gen|General|Lt|Lieutenant|Col|Colonel|Maj|Major|Capt|Captain|"
    r"Brig|Brigadier|Sgt|Sergeant|Adm|Admiral|Sheikh|President|Prime\s+Minister|Minister|Commander|"
    r"Governor|Senator|Ambassador|Imam|Father|Judge|Mayor|Superintendent|Officer|Chief|Councilman|"
    r"Councilwoman|Commissioner|Sheriff|Deputy|Detective|Rep|Sen|Principal|Coach|Pastor|Rev|Reverend|"
    r"Bishop|Chancellor|Dean|Secretary|Chairman|Chairwoman|King|Queen|Prince|Emir|Sultan|Ayatollah|"
    r"Marshal|Field\s+Marshal|Cpl|Corporal|Pvt|Private|Trooper|Inspector"
)
_NAME_TOKEN = r"(?:(?:al|el|bin|ibn|abu|abd|de|van|von|der|da|ul)[\-\s])?[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z]?[a-zà-ÿ'’]+)*"
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|abd|de|van|von|der|da|ul)(?:-|$)")
# A first name, an optional middle initial ("Patrick J. Sullivan"), and at most two more names.
PERSON = re.compile(
    rf"(?:(?P<title>(?:(?:{_TITLES})\.?\s+)*(?:{_TITLES}))\.?\s+)?"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+[A-Z]\.)?(?:\s+{_NAME_TOKEN}){{0,2}})"
)
_NOT_NAME_WORDS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "so", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "forces", "army", "government", "council", "state", "coalition", "ministry", "institute", "security", "units", "group", "groups", "front", "alliance", "party", "movement", "agency", "office", "command", "brigade", "division", "corps", "committee", "organisation", "organization", "nations", "union", "republic", "kingdom", "democratic", "islamic", "national", "popular", "people's", "peoples", "kurdish", "arab", "syrian", "iraqi", "turkish", "american", "russian", "ukrainian", "yemeni", "houthi", "malian", "sudanese", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "reuters", "meanwhile", "however", "also", "earlier", "later", "according", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "city", "town", "province", "region"]
)
_ROLE_NOUNS_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|envoy|head|chief|minister|commander|official|officer|analyst|researcher|"
    r"fellow|director|president|leader|general|colonel|governor|mayor|ambassador|secretary|advis[eo]r|"
    r"representative|member|resident|witness|doctor|activist|fighter|soldier|correspondent|reporter|chairman|"
    r"chairwoman|chair|coordinator|expert|lawmaker|MP|senator|deputy|founder|negotiator|monitor|emir|cleric|"
    r"elder|farmer|teacher|father|mother|nurse|journalist|professor|lecturer|prosecutor|judge|captain|"
    r"lieutenant|major|sergeant|medic|worker|volunteer|engineer|economist|historian|scholar|survivor|"
    r"mechanic|driver|shopkeeper|student|manager|administrator|militiaman|defector|negotiator|envoy|"
    r"commissioner|rapporteur|delegate|strategist|specialist|observer|campaigner|aide|staffer|pilot|owner|"
    r"educator|coach|chief|mayor|superintendent|principal|councilman|councilwoman|sheriff|detective|"
    r"planner|consultant|attorney|lawyer|president|vice-president|treasurer|clerk|organi[sz]er|source)s?\b",
    re.I,
)
_ROLE_WORDS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "envoy", "head", "chief", "minister", "commander", "official", "officer", "analyst", "researcher", "fellow", "director", "president", "leader", "general", "colonel", "governor", "mayor", "ambassador", "secretary", "adviser", "advisor", "representative", "member", "resident", "witness", "doctor", "activist", "fighter", "soldier", "correspondent", "reporter", "chairman", "chairwoman", "chair", "coordinator", "expert", "lawmaker", "mp", "senator", "deputy", "founder", "negotiator", "monitor", "emir", "cleric", "elder", "farmer", "teacher", "father", "mother", "nurse", "journalist", "professor", "lecturer", "prosecutor", "judge", "captain", "lieutenant", "major", "sergeant", "medic", "worker", "volunteer", "engineer", "economist", "historian", "scholar", "survivor", "mechanic", "driver", "shopkeeper", "student", "manager", "administrator", "militiaman", "defector", "commissioner", "rapporteur", "delegate", "strategist", "specialist", "observer", "campaigner", "aide", "staffer", "pilot", "owner", "educator", "coach", "superintendent", "principal", "councilman", "councilwoman", "sheriff", "detective", "planner", "consultant", "attorney", "lawyer", "treasurer", "clerk", "organiser", "organizer", "source"]
)  # "a Syrian military source", "security sources"
_WORD_RUN = re.compile(r"\w+")


class _RoleNouns:
    """ROLE_NOUNS.search(text): is any word a role noun (or its plural)? A set lookup per word, several
    times faster than the case-insensitive alternation it replaces (same answers: each regex match is a
    whole word)."""

    pattern = _ROLE_NOUNS_RE.pattern

    @staticmethod
    def search(text: str) -> bool:
        for word in _WORD_RUN.findall(text.lower()):
            if word in _ROLE_WORDS or (word[-1] == "s" and word[:-1] in _ROLE_WORDS):
                return True
        return False


ROLE_NOUNS = _RoleNouns()
# A subject that is only a name teaches nothing the name scan above has not learnt: a role, title or
# affiliation needs a comma, a role noun, a title or "of/from/at/with" (cheap pre-check before parsing).
_MAY_TEACH_RE = re.compile(rf",|\b(?:of|from|at|with|{_TITLES})\b", re.I)
# (The look-ahead, a name's possible first letters, lets the scan skip most positions quickly.)
_FULL_NAME = re.compile(
    rf"(?=[A-Zabdeiuv])\b{_NAME_TOKEN}(?:\s+[A-Z]\.)?(?:\s+{_NAME_TOKEN}){{1,2}}"
)
_SKIP_SEGMENT = re.compile(
    r"^(?:also\s+(?:called|known\s+as)|known\s+as|made\s+up|which|who|whose|where|"
    r"speaking|citing|in\s+a\s+statement|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|adding|referring)\b",
    re.I,
)
_NAME_OF = re.compile(r"^(?P<person>[A-Z][^,]*?)\s+(?P<rest>(?:of|from|at|with)\s+.+)$")
# "Its spokesman, who gave his name only as General Ivo,": a one-word name the text marks as given.
_GIVEN_NAME = re.compile(
    r"^(?:who\s+(?:gave|identified)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|"
    r"(?:who\s+was\s+)?identified\s+only\s+as|named\s+only\s+as)\s+"
    rf"(?:(?:{_TITLES})\.?\s+)*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*$"
)
# "Its spokesman": the group named just before speaks.
_GROUP_POSSESSIVE = re.compile(
    r"^(?:group|militants|rebels|insurgents|movement|militia|jihadists)['’]s?\s", re.I
)
_QUOTE_CHARS = re.compile(r"[\"“”]")
_POSSESSIVE_ROLE = re.compile(r"^(?:its|their)\s+", re.I)
_AFFILIATION = re.compile(r"^(?:from|of|at|with)\s+", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an|one|another)\s+", re.I)
_PRONOUN = re.compile(r"^(?:he|she)$", re.I)
# Verbs that end a subject: the first of these (at a word boundary) closes the speaker phrase.
_CLAUSE_VERB = re.compile(
    r"(?:^|\s|,)(?:(?:has|have|had|is|was|are|were|will|would|also|later|then|again|previously|earlier|"
    r"recently|has\s+also|had\s+earlier)\s+)*(?:"
    + SPEECH_VERBS
    + r"|is|was|has|had|will|would|expects|expected|predicting|suggesting|warning|saying|believes|thinks|"
    r"told|accuses)\b",
)
_APPOSITION_SUBJECT = re.compile(
    r"^(?P<subj>[A-Z][^,.;:!?\"“”]{2,80},[^,;:!?\"“”]{2,120}),\s+(?:has\s+|had\s+|also\s+)?[a-z]+"
)
_VERB_AT_START = re.compile(r"^\s*[,.]?\s*(?:" + SPEECH_VERBS + r")\b\s*", re.I)
_SUBJECT_BEFORE_VERB = re.compile(
    r"^\s*[,.]?\s*(?P<subj>[^.;:!?\"“”]{1,200}?)\s+(?:" + SPEECH_VERBS + r")\b", re.I
)
_TRAILING_ADVERBIAL = re.compile(
    r"(?:,?\s+(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Twitter|X|Facebook|Telegram|social\s+media|state\s+(?:television|TV|media))|in\s+(?:a|an|his|her|their)\s+"
    r"(?:statement|interview|video|address|speech|post|televised)|by\s+phone|to\s+reporters|last\s+\w+|"
    r"this\s+(?:week|morning)|earlier|while|adding|speaking|referring|citing)\b.*)$"
)
_HEAD_VERB = re.compile(
    SPEECH_VERB_AHEAD + r"(?:" + SPEECH_VERBS + r")\b[^.!?\"“”]*?(?::|,|\bthat)?\s*$", re.I
)


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    actor: str | None = None
    explicit: bool = False  # an attribution was there ("…," X said), even if X could not be read

    @property
    def found(self) -> bool:
        return bool(self.name or self.role or self.actor)


@dataclass
class StatementRecord:
    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    speaker: str = ""
    role: str = ""
    actor: str | None = None
    attribution: Span | None = None  # where the speaker was found
    said_on: dt.date | None = None  # "… said on Monday": when it was said, if the text says
    date_precision: int = 1


_NAME_SPLIT = re.compile(r"[\s\-]+")


def _is_person_name(segment: str) -> tuple[str, str] | None:
    """(title, name) when the whole segment is a person's name, e.g. "Mr Barzani", "Brett McGurk"."""
    match = PERSON.fullmatch(segment.strip())
    if not match:
        return None
    name = match.group("name")
    tokens = [
        t
        for t in _NAME_SPLIT.split(name)
        if not (len(t) == 2 and t[1] == "." and "A" <= t[0] <= "Z")
    ]
    if any(token.lower() in _NOT_NAME_WORDS for token in tokens):
        return None
    if not match.group("title") and len(tokens) < 2:
        return None
    return (match.group("title") or ""), name


def _person_in(text: str, doc: Doc | None, start: int, end: int) -> tuple[str, str, str] | None:
    """(role, title, name) of a phrase that ends in a person's name, read from the parse: the whole phrase
    ("Brett McGurk", "Mr Barzani") with an empty role, or a role and the name ("Houthi spokesman Mohammed
    Abdulsalam"). A role must hold a role noun or the name a title; no piece of the name is a word that
    never names a person ("Syrian", "Forces")."""
    if doc is None:  # no parse: the whole phrase must be a name ("Talal Silo", "Mr Barzani")
        named = _is_person_name(text[start:end])
        return ("", *named) if named else None
    found = person_at_end(doc, start, end)
    if found is None:
        return None
    role, title, name = found
    if any(word.lower() in _NOT_NAME_WORDS for word in _NAME_SPLIT.split(name)):
        return None
    if role and not ROLE_NOUNS.search(role):
        if not title:
            return None
        role = f"{role} {title}"
    return role.strip(), title, name


_SEGMENT_END = re.compile(r"[,()—–]")


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between commas, brackets and dashes, trimmed of whitespace (the delimiters found by a regex:
    a character-by-character loop was a hot spot)."""
    spans = []
    cursor = start
    for index in [m.start() for m in _SEGMENT_END.finditer(text, start, end)] + [end]:
        s, e = cursor, index
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        cursor = index + 1
    return spans


class SpeakerContext:
    """Article-level memory: full names by surname, the last person named, known speaker actors."""

    def __init__(self) -> None:
        self._by_surname: dict[str, str] = {}
        self._actor_of: dict[str, str] = {}
        self._role_of: dict[str, str] = {}
        # Name registration waits until something asks for what it learns (many articles never do): the
        # arguments of the pending registration, and speakers remembered meanwhile (learnt after it, as if
        # it had run first).
        self._pending: tuple | None = None
        self._remembered: list[Speaker] = []
        self.last: Speaker | None = None
        self.pronoun_scope: list[Span] = []  # where "he said" looks for its person, nearest first
        self.resolving = False  # inside a pronoun's resolution
        self.paragraph_speaker: Speaker | None = (
            None  # who spoke the previous quote of this paragraph
        )
        self.sentences: list[Span] | None = (
            None  # the article's sentences, when the caller split them
        )
        self.parsed: dict[
            tuple[int, int, int], Speaker
        ] = {}  # parse_speaker results that read no context
        self.lookups = 0  # how many times a parse consulted what the article taught
        self.doc: Doc | None = None  # the article's statistical parse (places.nlp)

    def looked_up(self) -> bool:
        self.lookups += 1
        return True

    @property
    def by_surname(self) -> dict[str, str]:
        self._ensure_registered()
        return self._by_surname

    @property
    def actor_of(self) -> dict[str, str]:
        self._ensure_registered()
        return self._actor_of

    @property
    def role_of(self) -> dict[str, str]:
        self._ensure_registered()
        return self._role_of

    def _ensure_registered(self) -> None:
        if self._pending is None:
            return
        args, self._pending = self._pending, None
        # Register as if at the start of the article: no previous speaker, no pronoun scope.
        saved = (self.last, self.pronoun_scope, self.resolving, self.paragraph_speaker)
        self.last, self.pronoun_scope, self.resolving, self.paragraph_speaker = (
            None,
            [],
            False,
            None,
        )
        try:
            self._register(*args)
        finally:
            self.last, self.pronoun_scope, self.resolving, self.paragraph_speaker = saved
        remembered, self._remembered = self._remembered, []
        for speaker in remembered:
            self._learn(speaker)

    def register_people(
        self,
        text: str,
        paras: list[Span],
        actors: list[ActorMatch],
        sents: list[Span] | None = None,
        lazy: bool = False,
    ) -> None:
        """Learn every "Name, role," introduced in the article, so "Mr Barzani" finds his full name;
        `lazy`: only when something first asks for it."""
        if lazy:
            self._pending = (text, paras, actors, sents)
        else:
            self._register(text, paras, actors, sents)

    def _register(
        self, text: str, paras: list[Span], actors: list[ActorMatch], sents: list[Span] | None
    ) -> None:
        name_ends: list[int] = []
        name_starts: list[int] = []
        titles: list[
            tuple[str, str]
        ] = []  # (name, title before it): a role weaker than one said of him
        for match in _FULL_NAME.finditer(text):
            name_starts.append(match.start())
            name_ends.append(match.end())
            name = match.group(0)
            overlaps = any(
                m.start < match.end() and match.start() < m.end
                for m in window(actors, match.start() - 60, match.end())
            )
            found = None if overlaps else _is_person_name(name)
            if found and found[0] and len(found[1].split()) == 1:
                # "Prime Minister Haider al-Abadi": the title took the pattern's first words; read the
                # name again from its first token, and keep the title as the person's role.
                again = _FULL_NAME.match(text, match.start() + name.rfind(found[1]))
                full = _is_person_name(again.group(0)) if again else None
                if full and not full[0] and len(full[1].split()) >= 2:
                    self._add_surname(full[1])
                    if ROLE_NOUNS.search(found[0]):
                        titles.append((full[1], found[0]))
                continue
            if found and len(found[1].split()) >= 2:
                self._add_surname(found[1])
        for paragraph in paras:
            for sentence in (
                _within(sents, paragraph)
                if sents is not None
                else split_sentences(text, paragraph.start, paragraph.end)
            ):
                # Only a subject holding a full name can teach anything: skip sentences with none (the
                # names found above, sorted and not overlapping, by binary search) before reading subjects.
                first = bisect.bisect_right(name_ends, sentence.start)
                if first == len(name_ends) or name_starts[first] >= sentence.end:
                    continue
                subject = _subject_of_sentence(text, sentence)
                according = text.find("according to ", sentence.start, sentence.end)
                if according != -1:
                    # "…, according to Col. Cyrus Oguna, a spokesman for the Kenya Defence Forces.": who he
                    # is, for a later "Oguna told".
                    first_word, last = according + len("according to "), sentence.end
                    while last > first_word and text[last - 1] in " .;\n":
                        last -= 1
                    if not _QUOTE_CHARS.search(text, first_word, last) and _FULL_NAME.search(
                        text, first_word, last
                    ):
                        self._learn_subject(text, first_word, last, actors)
                if (
                    subject
                    and _FULL_NAME.search(text, subject[0], subject[1])
                    and (
                        _MAY_TEACH_RE.search(text, subject[0], subject[1])
                        or ROLE_NOUNS.search(text[subject[0] : subject[1]])
                    )
                ):
                    self._learn_subject(text, subject[0], subject[1], actors)
        for name, title in titles:
            self._role_of.setdefault(name, title)

    def _learn_subject(self, text: str, start: int, end: int, actors: list[ActorMatch]) -> None:
        speaker = parse_speaker(text, start, end, actors, self)
        if speaker.name and len(speaker.name.split()) >= 2:
            self._add_surname(speaker.name)
            if speaker.role:
                self._role_of.setdefault(speaker.name, speaker.role)
            if speaker.actor:
                self._actor_of.setdefault(speaker.name, speaker.actor)

    def _add_surname(self, full: str) -> None:
        surname = full.split()[-1]
        self._by_surname.setdefault(surname, full)
        bare = _PARTICLE.match(surname)
        if bare and bare.end() < len(surname) and surname[bare.end() :][:1].isupper():
            # "Haider al-Abadi" … "Abadi said": wire copy drops the article's particle.
            self._by_surname.setdefault(surname[bare.end() :], full)

    def full_name(self, name: str) -> str:
        tokens = name.split()
        if len(tokens) == 1:
            return self.by_surname.get(tokens[0], name)
        return name

    def remember(self, speaker: Speaker) -> None:
        if self._pending is not None:
            self._remembered.append(speaker)
        else:
            self._learn(speaker)
        if speaker.found:
            self.last = speaker

    def _learn(self, speaker: Speaker) -> None:
        if speaker.name:
            if len(speaker.name.split()) >= 2:
                self._add_surname(speaker.name)
            if speaker.actor:
                self.actor_of.setdefault(speaker.name, speaker.actor)
            if speaker.role:
                self.role_of.setdefault(speaker.name, speaker.role)


def parse_speaker(
    text: str, start: int, end: int, actors: list[ActorMatch], context: SpeakerContext
) -> Speaker:
    """Read a speaker phrase such as "Masrour Barzani, head of the KRG Security Council". A phrase read
    once without consulting what the article taught (surnames, roles, pronouns) reads the same again: the
    attribution often re-reads a subject the name registration already parsed."""
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
    start, end = _strip_span(text, start, end)
    if end <= start:
        return Speaker()
    nearby = actors
    actors = window(actors, start - 200, end)
    phrase = text[start:end]
    if _PRONOUN.match(phrase.strip()):
        context.lookups += 1  # depends on who spoke before
        if context.resolving:
            return Speaker()  # a pronoun while resolving a pronoun: stop, never recurse
        # "…," he said: the speaker of an earlier quote in this paragraph, the person named just before
        # in the paragraph, or introduced by the previous paragraph; else the last speaker.
        if context.paragraph_speaker is not None and context.paragraph_speaker.name:
            return context.paragraph_speaker
        for scope in context.pronoun_scope:
            if scope.end <= scope.start:
                continue
            context.resolving = True
            try:
                introduced = _speaker_from_intro(text, scope, nearby, context, allow_pronoun=False)
            finally:
                context.resolving = False
            if introduced.name:
                return introduced
        return (
            Speaker(context.last.name, context.last.role, context.last.actor)
            if context.last
            else Speaker()
        )
    name = title = ""
    role_spans: list[tuple[int, int]] = []
    name_span: tuple[int, int] | None = None
    own_role: tuple[int, int] | None = None  # "army spokesman" in "army spokesman Musa Danladi"
    appositives: list[
        tuple[int, int]
    ] = []  # ", the regional ombudsman for Norte de Santander" after the name
    for s, e in _segments(text, start, end):
        segment = text[s:e]
        given = _GIVEN_NAME.match(segment) if not name and segment[:1] in "win" else None
        if given:
            name, name_span = given.group("name"), (s, e)
            continue
        if _SKIP_SEGMENT.match(segment):
            continue
        repeated_alias = any(m.start <= s and m.end >= e for m in actors) or (
            segment.lower().startswith("the ")
            and len(segment.split()) <= 3
            and any(m.start >= s and m.end == e for m in actors)
        )
        if (
            repeated_alias
            and role_spans
            and _ORG_NOUN_END.search(text, role_spans[-1][0], role_spans[-1][1])
            and not text[role_spans[-1][1] : s].strip(" ,")
        ):
            # "a spokesman for the UN peacekeeping mission, MINUSCA": the acronym names the mission.
            role_spans[-1] = (role_spans[-1][0], e)
            continue
        if repeated_alias and (role_spans or name):
            continue  # "the SDF": an alias repeated in apposition, not a role
        if not name:
            affiliated = _NAME_OF.match(segment)
            if affiliated and _is_person_name(affiliated.group("person")):
                title, name = _is_person_name(affiliated.group("person"))
                name_span = (s, s + affiliated.end("person"))
                role_spans.append((s + affiliated.start("rest"), e))
                continue
        read = _person_in(text, context.doc, s, e) if not name else None
        person = read[1:] if read and not read[0] else None
        if (
            not person
            and not name
            and len(segment.split()) == 1
            and context.looked_up()
            and segment.strip() in context.by_surname
        ):  # (surnames are single words: ask only then)
            person = ("", segment.strip())
        if person and not any(m.start <= s < m.end for m in actors):
            title, name = person
            name_span = (s, e)
            continue
        if _AFFILIATION.match(segment):
            role_spans.append((s, e))
            continue
        if not name and read and (read[0] or read[1]):
            # "Ukrainian President Mykola Derkach": a role, or a title that names an actor, before the name.
            if not any(m.start <= s + segment.rfind(read[2]) < m.end for m in actors):
                role_text, title, name = read[0] or read[1], read[1], read[2]
                name_span = (s, e)
                own_role = (s, s + len(role_text))
                role_spans.append(own_role)
                continue
        if ROLE_NOUNS.search(segment) or any(m.start >= s and m.end <= e for m in actors):
            role_spans.append((s, e))
        elif name_span and _APPOSITIVE_ROLE.match(segment):
            appositives.append((s, e))
    role = ""
    role_span: tuple[int, int] | None = None
    # The role bound to the name comes first: its own title ("army spokesman Musa Danladi"), then what
    # follows the name, and only then a segment before it ("A spokesman for the SDF, Talal Silo,") — not
    # a clause of the sentence that happens to hold a role word ("Troops backed by fighter jets …").
    after = [
        span for span in role_spans if span != own_role and name_span and span[0] >= name_span[1]
    ]
    before = [span for span in role_spans if span != own_role and span not in after]
    for s, e in ([own_role] if own_role else []) + after + before:
        candidate = _DETERMINERS.sub("", text[s : role_end(context.doc, s, e)].strip(" \t“”\"'‘’"))
        if not _AFFILIATION.match(candidate) and ROLE_NOUNS.search(candidate):
            role, role_span = candidate, (s, e)
            break
    if not role and title and title.lower() not in ("mr", "mrs", "ms", "miss", "dr"):
        role = title
    if not role and appositives:
        # "said Ana Lucia Parra, the regional ombudsman for Norte de Santander": an appositive noun phrase
        # right after the name is the role even when its noun is not in the list.
        s, e = appositives[0]
        role = _DETERMINERS.sub("", text[s : role_end(context.doc, s, e)].strip(" \t“”\"'‘’"))
    if not role:
        # "Jennifer Cafarella, from the US-based Institute for the Study of War": the organisation.
        for s, e in role_spans:
            if _AFFILIATION.match(text[s:e]):
                inside = [m for m in actors if m.start >= s and m.end <= e and m.kind != "outlet"]
                if inside:
                    role = inside[-1].text
                    break
    actor = None
    possessive = _POSSESSIVE_ROLE.match(role)
    if possessive:
        role = role[possessive.end() :]
        # "The ADF said its fighters had … Its spokesman, …": the nearest group or organisation before.
        before = [m for m in window(nearby, max(0, start - 400), start) if m.kind != "outlet"]
        if before:
            actor = before[-1].actor
    if actor is None and _GROUP_POSSESSIVE.match(role):
        # "the group's military spokesman": the armed group named nearest before, not a side in his words.
        before = [m for m in window(nearby, max(0, start - 400), start) if m.kind == "armed_group"]
        if before:
            actor = before[-1].actor
    for s, e in role_spans if actor is None else ():
        inside = [m for m in actors if m.start >= s and m.end <= e and m.kind != "outlet"]
        named = [m for m in inside if m.text.lower() not in _GENERIC_FORCE_WORDS]
        if inside:
            # "A Houthi military spokesman": the group named before a bare "military" is whose it is.
            actor = (named or inside)[-1].actor
            break
    if (
        actor is not None
        and role_span is not None
        and own_role is not None
        and role_span != own_role
        and not window(actors, role_span[0], role_span[1])
        and _HEAD_NOUN.search(role)
    ):
        # "U.S. Army Col. Brian Hale, a spokesman for the coalition": the role says whom he speaks for,
        # before the title in his name does.
        actor = (
            _actor_by_head_noun(role, start, window(nearby, max(0, start - 5000), start)) or actor
        )
    if actor is None and role:
        actor = _actor_by_head_noun(role, start, window(nearby, max(0, start - 5000), start))
    if actor is None and name_span:
        inside = [
            m
            for m in actors
            if m.start >= name_span[0] and m.end <= name_span[1] and m.kind != "outlet"
        ]
        named = [m for m in inside if m.text.lower() not in _GENERIC_FORCE_WORDS]
        if inside:
            actor = (named or inside)[-1].actor
    if name:
        if len(name.split()) == 1 or not actor or not role:
            context.lookups += 1
        name = context.full_name(name)
        actor = actor or context.actor_of.get(name)
        role = role or context.role_of.get(name, "")
    if not name and not role and not actor:
        return Speaker()
    return Speaker(name, role, actor)


# "spokesman for the alliance", "for the rebel alliance", "for the coalition in Baghdad"
_HEAD_NOUN = re.compile(
    r"\b(?:for|of|with|in|at)\s+the\s+(?P<adj>(?:rebel|armed|militant|jihadist|insurgent|"
    r"separatist)\s+)?(?P<noun>[a-z]+)(?:\s+in\s+[A-Z][\w'’\-]+)?$"
)
_GROUP_NOUNS = frozenset(
    {"group", "alliance", "movement", "coalition", "organisation", "organization", "militia"}
)
_GENERIC_ORGANISATION = frozenset(
    {"organisation", "organization", "charity", "agency", "group", "mission"}
)


def _actor_by_head_noun(role: str, position: int, actors: list[ActorMatch]) -> str | None:
    """ "spokesman for the alliance" -> the last actor before `position` whose name ends in Alliance."""
    match = _HEAD_NOUN.search(role)
    if not match:
        return None
    noun = match.group("noun")
    armed = match.group("adj") is not None and noun in _GROUP_NOUNS
    for candidate in reversed([m for m in actors if m.end <= position]):
        if noun in _GENERIC_ORGANISATION and candidate.kind == "organisation" and not armed:
            return candidate.actor
        if armed and candidate.kind == "armed_group":
            return (
                candidate.actor
            )  # "a spokesman for the rebel alliance": the armed group named before
        if noun == "coalition" and candidate.kind == "coalition":
            return candidate.actor
        if candidate.actor.split()[-1].casefold() == noun:
            return candidate.actor
    return None


_LEADING_JUNK = re.compile(
    r"(?:(?:But|And|So|When|Besides|Meanwhile|However|Also|Then|Still|Yet|While|After|"
    r"Before|Although|Instead|Now|Later|Earlier|Moreover|Indeed|Separately)\b,?\s+"
    # "In Moscow, Kremlin spokesman Pavel Orlov told …": where, not who.
    r"|In\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,\s+(?=\S))+"
)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,.;:“”\"'":
        start += 1
    junk = _LEADING_JUNK.match(text, start, end)
    if junk:
        start = junk.end()
    while end > start and text[end - 1] in " \t,.;:“”\"'":
        end -= 1
    return start, end


def _subject_of_sentence(text: str, sentence: Span) -> tuple[int, int] | None:
    """The stretch before the main verb of an introducing sentence."""
    # (Searched in place: a verb at the very start of the sentence does not end a subject.)
    match = _CLAUSE_VERB.search(text, sentence.start, sentence.end)
    if match is not None and match.start() == sentence.start:
        match = _CLAUSE_VERB.search(text, match.end(), sentence.end)
    if match is not None:
        return sentence.start, match.start()
    # A verb we do not list ("Omar Khalil, a commander of the FSA, spoke to reporters"): the
    # "Name, role," apposition at the start of the sentence is the subject.
    apposition = _APPOSITION_SUBJECT.match(text[sentence.start : sentence.end])
    if apposition:
        return sentence.start, sentence.start + apposition.end("subj")
    return None


def _speaker_after(text: str, quote: Quote, limit: int, actors, context) -> Speaker:
    tail_start = quote.close_at
    tail = text[tail_start:limit]
    if not tail.strip(" .,;"):
        return Speaker()
    if (
        text[quote.start : quote.end].rstrip()[-1:] == "."
        and tail[:1].isspace()
        and tail.lstrip()[:1].isupper()
        and not _SURNAME_SAID.match(tail)
    ):
        # “… away.” Shiloh's other teacher, Corey White, added …: a new sentence about someone else.
        return Speaker()
    verb = _VERB_AT_START.match(tail)
    if verb:
        # ", said Ahmed Ali, a commander." — the subject follows the verb.
        subject_start = tail_start + verb.end()
        subject_end = subject_start
        while subject_end < limit and (
            text[subject_end] not in '.;:!?"“”\n'
            or (text[subject_end] == "." and _is_abbreviation(text, subject_end))
        ):
            subject_end += 1
        phrase = text[subject_start:subject_end]
        trimmed = _TRAILING_ADVERBIAL.sub("", phrase)
        return _explicit(text, subject_start, subject_start + len(trimmed), actors, context)
    before = _SUBJECT_BEFORE_VERB.match(tail)
    if before is None and "." in tail[:200] and text[quote.start : quote.end].rstrip()[-1:] == ",":
        # "…," Col. Zau Tawng, a spokesman for the KIA, told …: after a quote ending in a comma, a title's
        # or initial's full stop is no sentence end. The dots of abbreviations are masked (same length, so offsets hold) and the
        # subject is looked for again.
        before = _SUBJECT_BEFORE_VERB.match(_mask_abbreviations(tail))
    if before:
        return _explicit(
            text,
            tail_start + before.start("subj"),
            tail_start + before.end("subj"),
            actors,
            context,
        )
    return Speaker()


def _mask_abbreviations(segment: str) -> str:
    """The segment with each abbreviation's full stop ("Col.", "Lt.", "U.N.") replaced by a middle dot."""
    chars = list(segment)
    at = segment.find(".")
    while at != -1:
        if _is_abbreviation(segment, at):
            chars[at] = "\u00b7"
        at = segment.find(".", at + 1)
    return "".join(chars)


_SURNAME = re.compile(
    r"(?:(?:"
    + _TITLES
    + r")\.?\s+)?(?P<name>[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z][a-zà-ÿ'’]+)?)"
)


_TITLE_ONLY = re.compile(_TITLES)
_SURNAME_SAID = re.compile(
    r"\s+(?:(?:"
    + _TITLES
    + r")\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:"
    + SPEECH_VERBS
    + r")\b"
)


def _explicit(text: str, start: int, end: int, actors, context: SpeakerContext) -> Speaker:
    """A subject right next to a reporting verb ("…," Boehmer said). A lone surname is taken as the
    speaker even when the article never gave the full name; an unreadable subject gives an empty
    speaker rather than a guess from elsewhere."""
    speaker = parse_speaker(text, start, end, actors, context)
    if speaker.found:
        return speaker
    s, e = _strip_span(text, start, end)
    lone = _SURNAME.fullmatch(text[s:e])
    if (
        lone
        and lone.group("name").lower() not in _NOT_NAME_WORDS
        and not _TITLE_ONLY.fullmatch(lone.group("name"))
        and not window(actors, s, e)
    ):
        return Speaker(context.full_name(lone.group("name")), "", None, explicit=True)
    return Speaker(explicit=True)


_GENERIC_FORCE_WORDS = frozenset(
    {"army", "military", "junta"}
)  # "the army" resolved by the article
_ORG_NOUN_END = re.compile(
    r"\b(?:mission|force|forces|group|alliance|coalition|movement|army|militia|party|"
    r"agency|organi[sz]ation)\s*$"
)
_APPOSITIVE_ROLE = re.compile(r"^\s*(?:the|a|an)\s+[a-z][\w'’\-]*\s+[a-z]")
_ACCORDING_LEAD = re.compile(r"\s*according\s+to\s+(?P<subj>[^:;\"“”]+?)\s*,?\s*$", re.I)


def _speaker_before(text: str, quote: Quote, floor: int, actors, context) -> Speaker:
    head = text[floor : quote.open_at]
    if not head.strip():
        return Speaker()
    # The sentence that leads into the quote: "Igor Konashenkov, a spokesman for …, said on Monday:"
    sentences = split_sentences(text, floor, quote.open_at)
    if not sentences:
        return Speaker()
    last = sentences[-1]
    chunk = text[last.start : last.end]
    # "According to Gul Ahmad Hakimi, a shopkeeper in Bazarak, "…"": the whole lead-in, role included.
    according = _ACCORDING_LEAD.match(chunk) or re.search(
        r"\baccording\s+to\s+(?P<subj>[^,:]+)", chunk, re.I
    )
    if according:
        return parse_speaker(
            text,
            last.start + according.start("subj"),
            last.start + according.end("subj"),
            actors,
            context,
        )
    if not _HEAD_VERB.search(chunk):
        return Speaker()
    subject = _subject_of_sentence(text, last)
    if subject:
        return _explicit(text, subject[0], subject[1], actors, context)
    return Speaker()


def _within(sents: list[Span], paragraph: Span) -> list[Span]:
    """The article's sentences inside one paragraph (sentences never cross paragraphs), by binary search."""
    lo = bisect.bisect_left(sents, paragraph.start, key=lambda s: s.start)
    hi = bisect.bisect_left(sents, paragraph.end, lo=lo, key=lambda s: s.start)
    return sents[lo:hi]


def _speaker_from_intro(
    text: str, paragraph: Span, actors, context, allow_pronoun: bool = True
) -> Speaker:
    sents = context.sentences
    for sentence in reversed(
        _within(sents, paragraph)
        if sents is not None
        else split_sentences(text, paragraph.start, paragraph.end)
    ):
        subject = _subject_of_sentence(text, sentence)
        if (
            subject
            and not allow_pronoun
            and _PRONOUN.match(text[slice(*_strip_span(text, *subject))].strip())
        ):
            continue
        if subject:
            speaker = parse_speaker(text, subject[0], subject[1], actors, context)
            if speaker.found:
                return speaker
        # "The operation … was continuing, said Maj Gen Tariq Hussain, the military's chief spokesman.":
        # the speaker follows the verb at the end of the sentence.
        inverted = _INVERTED_SAID.search(text, sentence.start, sentence.end)
        if inverted:
            speaker = parse_speaker(text, inverted.end(), sentence.end, actors, context)
            if speaker.found and speaker.name:
                return speaker
    return Speaker()


_INVERTED_SAID = re.compile(r",\s+(?:said|says|added)\s+(?=[A-Z])")


_SAID_WHEN = re.compile(SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r")\b(?:\s+\w+){0,3}?\s+$")
_SPEECH_VERB = re.compile(SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r")\b")


def _said_on(text: str, span: Span | None, published: dt.date | None) -> tuple[dt.date, int] | None:
    """A date right after the reporting verb of the attribution: "said on Monday", "told AFP last week"."""
    if span is None or published is None:
        return None
    # Dates are looked for only just after each reporting verb: scanning a whole paragraph per quote
    # was a hot spot on long articles.
    for verb in _SPEECH_VERB.finditer(text, span.start, span.end):
        for mention in find_dates(text, published, verb.end(), min(span.end, verb.end() + 100)):
            if _SAID_WHEN.search(text, max(span.start, mention.start - 40), mention.start):
                return mention.date, mention.precision
    return None


def attribute(
    text: str,
    quotes: list[Quote],
    paras: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None = None,
    sents: list[Span] | None = None,
    doc: Doc | None = None,
) -> list[StatementRecord]:
    """Statements (speech quotes only) with their speakers, in text order. `sents`: the text's sentences
    (sentences.sentences), computed once by the caller; split here when not given."""
    sents = split_text(text) if sents is None else sents
    context = SpeakerContext()
    context.sentences = sents
    # Only the caller's parse is read: without one (a text too long to parse) the text rules
    # stand alone, so a 5 MB dump costs seconds, not minutes.
    context.doc = doc
    context.register_people(text, paras, actors, sents, lazy=True)
    records: list[StatementRecord] = []
    para_index = {p.start: i for i, p in enumerate(paras)}
    speech = [q for q in quotes if q.speech]
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.paragraph.start, []).append(quote)
    previous_quote: Quote | None = None
    previous_speaker = Speaker()
    # Remember every person introduced with a role, so "Mr Barzani" later finds his full name.
    for q in speech:
        index = para_index.get(q.paragraph.start, 0)
        same_para = by_paragraph[q.paragraph.start]
        later = [o.open_at for o in same_para if o.open_at > q.open_at]
        earlier = [o.close_at for o in same_para if o.close_at <= q.open_at]
        limit = min(later) if later else q.paragraph.end
        floor = max(earlier) if earlier else q.paragraph.start
        speaker = Speaker()
        source: Span | None = None
        context.pronoun_scope = [paras[index - 1]] if index > 0 else []
        context.paragraph_speaker = None
        if not q.standalone:
            # "X said the soldiers had "fought with courage" … "…," he told reporters": a quoted fragment
            # (no speech) does not hide the person who introduced it from "he".
            spoken = [o.close_at for o in same_para if o.close_at <= q.open_at and o.speech]
            pronoun_floor = max(spoken) if spoken else q.paragraph.start
            context.pronoun_scope = [Span(pronoun_floor, q.open_at)] + (
                [paras[index - 1]] if index > 0 else []
            )
            context.paragraph_speaker = (
                previous_speaker
                if previous_quote is not None and previous_quote.paragraph == q.paragraph
                else None
            )
            speaker = _speaker_after(text, q, limit, actors, context)
            source = Span(q.close_at, limit)
            if (
                not speaker.found
                and not speaker.explicit
                and context.paragraph_speaker is not None
                and context.paragraph_speaker.found
                and not text[floor : q.open_at].strip(" .,;:")
            ):
                speaker = context.paragraph_speaker  # “A,” said X. “B.” — B is X's too
            if not speaker.found and not speaker.explicit:
                speaker = _speaker_before(text, q, floor, actors, context)
                source = Span(floor, q.open_at)
            if (
                not speaker.found
                and not speaker.explicit
                and earlier
                and previous_quote
                and previous_quote.paragraph == q.paragraph
            ):
                speaker = previous_speaker
        else:
            continuing = (
                previous_quote is not None
                and previous_quote.continued
                and para_index.get(previous_quote.paragraph.start, -2) == index - 1
            )
            if continuing or (
                previous_quote is not None
                and previous_quote.standalone
                and para_index.get(previous_quote.paragraph.start, -2) == index - 1
            ):
                speaker = previous_speaker
                source = None
            elif index > 0:
                intro = paras[index - 1]
                speaker = _speaker_from_intro(text, intro, actors, context)
                source = intro
        context.remember(speaker)
        sentence = _quote_sentence(text, q, sents)
        records.append(
            StatementRecord(
                quote=text[q.start : q.end],
                start=q.start,
                end=q.end,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                speaker=speaker.name,
                role=speaker.role,
                actor=speaker.actor,
                attribution=source,
                **(
                    {"said_on": when[0], "date_precision": when[1]}
                    if (when := _said_on(text, source, published))
                    else {}
                ),
            )
        )
        previous_quote, previous_speaker = q, speaker
    return records


def _quote_sentence(text: str, quote: Quote, sents: list[Span] | None = None) -> Span:
    """The sentence holding the quote, or the whole quote paragraph for a stand-alone quote."""
    if quote.standalone:
        return quote.paragraph
    start, end = quote.open_at, quote.close_at
    for sentence in (
        _within(sents, quote.paragraph)
        if sents is not None
        else split_sentences(text, quote.paragraph.start, quote.paragraph.end)
    ):
        if sentence.start <= quote.open_at < sentence.end:
            start = min(start, sentence.start)
        if (
            sentence.start < quote.close_at <= sentence.end
            or sentence.start <= quote.close_at < sentence.end
        ):
            end = max(end, sentence.end)
    return Span(start, max(end, quote.close_at))


# Officials whose role names no actor speak for the article's state (tests/gold/README.md, heldout7
# conventions): government members for the state, army officers for its forces.
_GOVERNMENT_ROLE = re.compile(
    r"\b(?:minister|ministry|president|presidential|presidency|premier|chancellor|"
    r"government|secretary|cabinet)\b",
    re.I,
)
_FORCES_ROLE = re.compile(
    r"\b(?:army|military|armed\s+forces|federal\s+(?:forces|troops)|government\s+"
    r"(?:forces|troops)|defence\s+forces|defense\s+forces)\b",
    re.I,
)
_COMMAND_ROLE = re.compile(
    r"\b(?:commander|spokes(?:man|woman|person)|officer|general|chief|head|colonel)\b", re.I
)
_NOT_OFFICIAL = re.compile(
    r"\b(?:former|ex|opposition|rebels?|shadow|regional|provincial|local|state|analysts?|"
    r"experts?|researchers?|professor|journalists?|diplomats?|candidate|administration|governor|mayor|"
    r"town['’]s|city['’]s|village['’]s|district|municipal|(?:a|another|one)\s+(?:\w+\s+)?country)\b",
    re.I,
)
# "Somaliland's information minister": a possessive name before the role that is no known state.
_POSSESSIVE_LEAD = re.compile(r"^(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s")


def official_actors(
    statements: list[StatementRecord],
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
) -> list[str]:
    """Give a government member ("Defence Minister Kemal Yavuz", "head of the Government Communication
    Service") the article's state, and an army officer whose role names no group ("commander of army
    operations in the Northwest", "commander of federal forces") the article's forces, when the role
    names no actor. The article's state is that of the first state or state's forces it names.
    `states`: country name -> its forces actor name; `forces`: forces actor name -> country. Returns the
    names given that are not among the article's actors (the caller may need to create them)."""
    if not any(
        s.actor is None
        and s.role
        and (_GOVERNMENT_ROLE.search(s.role) or _FORCES_ROLE.search(s.role))
        for s in statements
    ):
        return []  # (checked first: finding the article's state walks all its actors)
    home: str | None = None
    home_forces: str | None = None
    for match in actors:
        if match.kind != "state":
            continue
        country = match.actor if match.actor in states else forces.get(match.actor)
        if country is None:
            continue
        if home is None:
            home = country
        if home_forces is None and match.actor in forces and forces[match.actor] == home:
            home_forces = match.actor
    if home is None:
        return []
    named = {m.actor for m in actors}
    given: list[str] = []
    for statement in statements:
        role = statement.role
        if statement.actor is not None or not role or _NOT_OFFICIAL.search(role):
            continue
        lead = _POSSESSIVE_LEAD.match(role)
        if lead and lead.group("name") not in states:
            continue  # someone else's minister
        if _GOVERNMENT_ROLE.search(role):  # "head of Mali's military government": the state
            statement.actor = lead.group("name") if lead else home
        elif _FORCES_ROLE.search(role) and _COMMAND_ROLE.search(role):
            statement.actor = home_forces or home
        else:
            continue
        if statement.actor not in named:
            given.append(statement.actor)
    return given
