"""What an article teaches about its people: full names by surname, each person's role and side,
and the last speaker, for "Mr Barzani", "Abadi said" and "he said"."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .sentences import Span, split_sentences
from .speaker_phrase import Speaker, parse_speaker
from .speaker_words import (
    FULL_NAME,
    MAY_TEACH,
    PARTICLE,
    ROLE_NOUNS,
    TITLES,
    is_person_name,
    is_title_only,
)
from .subjects import subject_of_sentence, within

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_CHARS = re.compile(r"[\"“”]")


def _outside_quotes(text: str, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject past the quote that opens its sentence ("\"Russian forces have occupied Gori,\"
    Interior Ministry spokesman X told reporters"): the quote's words are no part of who he is."""
    if subject is None:
        return None
    start, end = subject
    last = max((m.end() for m in QUOTE_CHARS.finditer(text, start, end)), default=start)
    return (last, end) if last < end else None


# An inverted attribution closing a sentence of reported speech: "…, said X, a spokesman for Y."
_SAID_NAME = re.compile(r",\s+(?:said|says|added)\s+(?=[A-Z])")


# "…, a Mozambican Information Ministry spokesman, Armando Sitoe, told reporters", "UNITA's
# representative in Lisbon, Horacio Ngonga, called the claim …": a role and a name set off by
# commas before the reporting verb, wherever the sentence puts them.
_ROLE_COMMA_NAME = re.compile(
    r"(?:^|(?<=,\s)|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))(?P<phrase>[^,;\"“”\n]{3,100}?,\s+[A-Z]"
    r"[^,;\"“”\n]{2,60}?),\s+(?:also\s+)?(?:said|says|told|added|called|condemned|insisted|"
    r"denied|claimed|confirmed|dismissed|rejected)\b",
    re.M,
)


# A title the name registration may have kept ("Haji", "Sister", "Lieutenant-Colonel"): the name
# after it is already the full name.
_TITLE_WORD = re.compile(rf"(?:{TITLES})\.?|[A-Z][a-z]+-[A-Z][a-z]+", re.I)


_WORD = re.compile(r"\S+")
_TITLE_ALONE = re.compile(rf"(?:{TITLES})\.?")


def _title_and_name_start(name: str, found: tuple[str, str]) -> tuple[str, int] | None:
    """(title, where the name after it starts) when a title leads the matched words: the name
    pattern stops at three words, so the name may go on past the match. A title inside the match
    counts too ("Information Minister Mahamat": the role's first word is no forename). The title
    is "" when it is no role to keep: a rank before a two-word name ("Colonel Kuol Akech Kuol") is
    weaker than the role said of him, which a later "Kuol said" must find."""
    title, person = found
    if title:
        return (title if len(person.split()) == 1 else ""), name.rfind(person)
    words = list(_WORD.finditer(name))
    inner = [w for w in words[1:-1] if _TITLE_ALONE.fullmatch(w.group(0))]
    if not inner:
        return None
    after = words[words.index(inner[-1]) + 1]
    return name[: inner[-1].end()], after.start()


class SpeakerContext:
    """Article-level memory: full names by surname, the last person named, known speaker actors."""

    def __init__(self) -> None:
        self._by_surname: dict[str, str] = {}
        self._by_forename: dict[str, str] = {}  # "For Yesenia, …" after "Yesenia Carrascal"
        # "Ocampo said" after "Hernán Ocampo Rueda": a double surname's first part, asked last
        self._by_middle: dict[str, str] = {}
        self._full_names: set[str] = set()  # every full name learnt, for "Koffi Koffi said"
        self._actor_of: dict[str, str] = {}
        self._role_of: dict[str, str] = {}
        # Name registration waits until something asks for what it learns (many articles never do):
        # the arguments of the pending registration, and speakers remembered meanwhile (learnt after
        # it, as if it had run first).
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
        for match in FULL_NAME.finditer(text):
            name_starts.append(match.start())
            name_ends.append(match.end())
            name = match.group(0)
            overlaps = any(
                m.start < match.end() and match.start() < m.end
                for m in window(actors, match.start() - 60, match.end())
            )
            found = None if overlaps else is_person_name(name)
            titled = _title_and_name_start(name, found) if found else None
            if titled is not None:
                # "Prime Minister Haider al-Abadi", "Information Minister Mahamat Saleh Ouardougou",
                # "General Hernán Ocampo Rueda": the title took the pattern's first words; read
                # the name again from its first token, and keep the title as the person's role.
                title, offset = titled
                again = FULL_NAME.match(text, match.start() + offset)
                full = is_person_name(again.group(0)) if again else None
                if full and not full[0] and len(full[1].split()) >= 2:
                    self._add_surname(full[1])
                    if title and ROLE_NOUNS.search(title):
                        titles.append((full[1], title))
                continue
            if found and len(found[1].split()) >= 2:
                self._add_surname(found[1])
        for paragraph in paras:
            for sentence in (
                within(sents, paragraph)
                if sents is not None
                else split_sentences(text, paragraph.start, paragraph.end)
            ):
                # Only a subject holding a full name can teach anything: skip sentences with none
                # (the names found above, sorted and not overlapping, by binary search) before
                # reading subjects.
                first = bisect.bisect_right(name_ends, sentence.start)
                if first == len(name_ends) or name_starts[first] >= sentence.end:
                    continue
                subject = _outside_quotes(text, subject_of_sentence(text, sentence))
                according = text.find("according to ", sentence.start, sentence.end)
                if according != -1:
                    # "…, according to Col. Cyrus Oguna, a spokesman for the Kenya Defence Forces.":
                    # who he is, for a later "Oguna told".
                    first_word, last = according + len("according to "), sentence.end
                    while last > first_word and text[last - 1] in " .;\n":
                        last -= 1
                    if not QUOTE_CHARS.search(text, first_word, last) and FULL_NAME.search(
                        text, first_word, last
                    ):
                        self._learn_subject(text, first_word, last, actors)
                said = _SAID_NAME.search(text, sentence.start, sentence.end)
                if said and not QUOTE_CHARS.search(text, said.start(), sentence.end):
                    # "…, said Vitaliy Hrytsenko, a spokesman for the operation.": who he is, for
                    # a later "Hrytsenko told reporters"
                    last = sentence.end
                    while last > said.end() and text[last - 1] in " .;\n":
                        last -= 1
                    self._learn_subject(text, said.end(), last, actors)
                for found in _ROLE_COMMA_NAME.finditer(text, sentence.start, sentence.end):
                    role_part = text[found.start("phrase") : text.find(",", found.start("phrase"))]
                    if ROLE_NOUNS.search(role_part):
                        self._learn_subject(text, *found.span("phrase"), actors)
                if (
                    subject
                    and FULL_NAME.search(text, subject[0], subject[1])
                    and (
                        MAY_TEACH.search(text, subject[0], subject[1])
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
                self.set_role(speaker.name, speaker.role)
            if speaker.actor:
                self._actor_of.setdefault(speaker.name, speaker.actor)

    def _add_surname(self, full: str) -> None:
        self._full_names.add(full)
        self._by_forename.setdefault(full.split()[0], full)
        for middle in full.split()[1:-1]:
            if middle[:1].isupper():
                self._by_middle.setdefault(middle, full)
        surname = full.split()[-1]
        self._by_surname.setdefault(surname, full)
        bare = PARTICLE.match(surname)
        if bare and bare.end() < len(surname) and surname[bare.end() :][:1].isupper():
            # "Haider al-Abadi" … "Abadi said": wire copy drops the article's particle.
            self._by_surname.setdefault(surname[bare.end() :], full)

    def set_role(self, name: str, role: str) -> None:
        """Keep the first role learnt for the name, unless it was a bare title: "Lieutenant
        Colonel" read from the name gives way to "spokesman for the armed forces" said of him."""
        known = self._role_of.get(name)
        if known is None or (is_title_only(known) and not is_title_only(role)):
            self._role_of[name] = role

    def full_name(self, name: str) -> str:
        tokens = name.split()
        if len(tokens) == 1:
            # ("Al-Hiti said" after "Ismail al-Hiti": a particle capitalised to open a sentence)
            lowered = name[:1].lower() + name[1:] if PARTICLE.match(name.lower()) else name
            return (
                self.by_surname.get(tokens[0])
                or self.by_surname.get(lowered)
                or self._by_forename.get(tokens[0])
                or self._by_middle.get(tokens[0], name)
            )
        # "Koffi Koffi said", "Kuol Akech said" after "Jules Koffi Koffi", "Kuol Akech Kuol": the
        # one full name the article gave that holds these names in this order.
        width = len(tokens)
        holding = {
            full
            for full in self._known_full_names()
            if len(full.split()) > width
            and any(
                full.split()[i : i + width] == tokens
                and not any(_TITLE_WORD.fullmatch(t) for t in full.split()[:i])
                for i in range(len(full.split()) - width + 1)
            )
        }
        return holding.pop() if len(holding) == 1 else name

    def _known_full_names(self) -> set[str]:
        self._ensure_registered()
        return self._full_names

    def known(self, name: str) -> bool:
        """A single name the article gave as someone's surname or, failing that, forename."""
        return name in self.by_surname or name in self._by_forename or name in self._by_middle

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
                self.set_role(speaker.name, speaker.role)
