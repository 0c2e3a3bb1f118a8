"""Who said each quote: speaker name, role and actor.

The speaker is looked for, in order: in the same paragraph after the quote ("…," said X / X said),
before it ("X said:"), and — for a paragraph that is nothing but a quote — in the paragraph that
introduces the speaker right before it ("Masrour Barzani, head of …, is predicting …").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import ActorMatch
from .dates import find_dates
from .quotes import SPEECH_VERB_AHEAD, SPEECH_VERBS, Quote
from .sentences import Span, _is_abbreviation, split_sentences
from .sentences import sentences as split_text
from .speaker_memory import SpeakerContext
from .speaker_parse import quote_subject
from .speaker_phrase import Speaker, explicit_speaker, parse_speaker, speaker_from_intro
from .speaker_refer import role_introduced_before
from .speaker_words import TITLES
from .subjects import mask_abbreviations, subject_of_sentence, within

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


_VERB_AT_START = re.compile(r"^\s*[,.]?\s*(?:" + SPEECH_VERBS + r")\b\s*", re.I)


_SUBJECT_BEFORE_VERB = re.compile(
    r"^\s*[,.]?\s*(?P<subj>[^.;:!?\"“”]{1,200}?)\s+(?:" + SPEECH_VERBS + r")\b", re.I
)


_TRAILING_ADVERBIAL = re.compile(
    r"(?:,?\s+(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Twitter|X|Facebook|Telegram|social\s+media|state\s+(?:television|TV|media))|in\s+(?:a|an|his|her|their)\s+"
    r"(?:statement|interview|video|address|speech|post|televised)|by\s+phone|to\s+reporters|last\s+\w+|"
    r"this\s+(?:week|morning)|earlier|while|adding|speaking|referring|citing|"
    # "said Information Minister X at a news conference in Freetown"
    r"at\s+an?\s+(?:news\s+|press\s+)?(?:conference|briefing|rally))\b.*)$"
)


_HEAD_VERB = re.compile(
    SPEECH_VERB_AHEAD + r"(?:" + SPEECH_VERBS + r")\b[^.!?\"“”]*?(?::|,|\bthat)?\s*$", re.I
)


_SURNAME_SAID = re.compile(
    r"\s+(?:(?:"
    + TITLES
    + r")\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:"
    + SPEECH_VERBS
    + r")\b"
)


# A reporting verb right before the opening mark: 'condemned the offensive, saying "…"'.
_LEAD_IN = re.compile(
    SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r"|saying)(?:\s+that)?\s*[:,]?\s*$", re.I
)


# "it quoted a military source as saying", "Quoting a security source, the agency said": the
# source quoted speaks, not the outlet quoting it.
_QUOTED_SOURCE = re.compile(
    r"\bquot(?:ed|ing|es)\s+(?P<subj>(?:an?|the|one)\s+[^.;:!?\"“”,]{2,80}?)"
    r"(?:\s+as\s+say(?:ing|s)\b|\s*,)",
    re.I,
)


def _quoted_source(text: str, start: int, end: int, actors, context) -> Speaker | None:
    found = _QUOTED_SOURCE.search(text, start, end)
    if found is None:
        return None
    speaker = parse_speaker(text, found.start("subj"), found.end("subj"), actors, context)
    return speaker if speaker.found else None


def _speaker_after(text: str, quote: Quote, limit: int, actors, context) -> Speaker:
    tail_start = quote.close_at
    tail = text[tail_start:limit]
    if not tail.strip(" .,;"):
        return Speaker()
    if text[quote.start : quote.end].rstrip()[-1:] == ",":
        source = _quoted_source(text, tail_start, min(limit, tail_start + 120), actors, context)
        if source is not None:
            return source
    # '…". Kinshasa accuses': a full stop outside the quote ends the sentence as one inside does
    ended = text[quote.start : quote.end].rstrip()[-1:] == "." and tail[:1].isspace()
    if (
        (ended or (tail[:1] == "." and tail[1:2].isspace()))
        and tail.lstrip(" .")[:1].isupper()
        and (
            not _SURNAME_SAID.match(tail)
            or _LEAD_IN.search(text, max(quote.paragraph.start, quote.open_at - 60), quote.open_at)
        )
    ):
        # “… away.” Shiloh's other teacher, Corey White, added …: a new sentence about someone
        # else; so is 'Kigali denies …' after 'Congo's government condemned it, saying "….."'.
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
        return explicit_speaker(text, subject_start, subject_start + len(trimmed), actors, context)
    before = _SUBJECT_BEFORE_VERB.match(tail)
    if before is None and "." in tail[:200] and text[quote.start : quote.end].rstrip()[-1:] == ",":
        # "…," Col. Zau Tawng, a spokesman for the KIA, told …: after a quote ending in a comma, a
        # title's or initial's full stop is no sentence end. The dots of abbreviations are masked
        # (same length, so offsets hold) and the subject is looked for again.
        before = _SUBJECT_BEFORE_VERB.match(mask_abbreviations(tail))
    if before:
        return explicit_speaker(
            text,
            tail_start + before.start("subj"),
            tail_start + before.end("subj"),
            actors,
            context,
        )
    return Speaker()


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
    # "According to Gul Ahmad Hakimi, a shopkeeper in Bazarak, "…"": the whole lead-in, role
    # included.
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
    source = _quoted_source(text, last.start, last.end, actors, context)
    if source is not None:
        return source
    subject = subject_of_sentence(text, last) if _HEAD_VERB.search(chunk) else None
    if subject:
        return explicit_speaker(text, subject[0], subject[1], actors, context)
    # "Human Rights Watch condemned the killing, saying "…"": the parse's subject of the verb
    # the quote hangs from, when the text rules find no reporting verb.
    found = quote_subject(context.doc, quote.start, quote.end)
    if found and floor <= found[0] and found[1] <= quote.open_at:
        return explicit_speaker(text, found[0], found[1], actors, context)
    return _reporter_before(text, last, actors, context)


# "He added that the Shebab would now govern the port alone." opening a sentence of reported
# speech: a person (a pronoun or a name of up to three words) right before the reporting verb.
_PERSON_REPORTS = re.compile(
    r"\s*(?P<subj>[Hh]e|[Ss]he|(?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:" + SPEECH_VERBS + r")\b"
)


def _reporter_before(text: str, last: Span, actors, context) -> Speaker:
    """ "He said the rebels would turn south. "The road to X is open."": a quote with no
    attribution of its own, after a sentence of reported speech by one person, goes on with what
    that person says (the gold gives such quotes to him)."""
    found = _PERSON_REPORTS.match(text, last.start, last.end)
    if found is None:
        return Speaker()
    speaker = explicit_speaker(text, found.start("subj"), found.end("subj"), actors, context)
    # a person, not "Residents said …" or "Kigali said …"
    return speaker if speaker.name else Speaker()


# "said on Monday", "told AFP late on Sunday", "told the Kyiv Independent on Monday evening": up to
# three words of addressee, then the date's own "on" (which the date mention leaves out).
_SAID_WHEN = re.compile(
    SPEECH_VERB_AHEAD
    + r"\b(?:"
    + SPEECH_VERBS
    + r")\b(?:\s+\w+){0,3}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)


_SPEECH_VERB = re.compile(SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r")\b")


def _said_on(text: str, span: Span | None, published: dt.date | None) -> tuple[dt.date, int] | None:
    """A date right after the reporting verb of the attribution: "said on Monday", "told AFP last
    week"."""
    if span is None or published is None:
        return None
    # Dates are looked for only just after each reporting verb: scanning a whole paragraph per quote
    # was a hot spot on long articles.
    for verb in _SPEECH_VERB.finditer(text, span.start, span.end):
        for mention in find_dates(text, published, verb.end(), min(span.end, verb.end() + 100)):
            if _SAID_WHEN.search(text, max(span.start, mention.start - 40), mention.start):
                return mention.date, mention.precision
    return None


@dataclass
class _Article:
    """What every quote's attribution reads: the text, its paragraphs, quotes by paragraph, the
    actors and what the article taught so far."""

    text: str
    paras: list[Span]
    actors: list[ActorMatch]
    context: SpeakerContext
    para_index: dict[int, int] = field(default_factory=dict)
    by_paragraph: dict[int, list[Quote]] = field(default_factory=dict)

    def index_of(self, quote: Quote | None) -> int:
        return self.para_index.get(quote.paragraph.start, -2) if quote is not None else -2


def attribute(
    text: str,
    quotes: list[Quote],
    paras: list[Span],
    actors: list[ActorMatch],
    published: dt.date | None = None,
    sents: list[Span] | None = None,
    doc: Doc | None = None,
) -> list[StatementRecord]:
    """Statements (speech quotes only) with their speakers, in text order. `sents`: the text's
    sentences (sentences.sentences), computed once by the caller; split here when not given.
    `doc`: the caller's parse; without one (a text too long to parse) the text rules stand alone,
    so a 5 MB dump costs seconds, not minutes."""
    sents = split_text(text) if sents is None else sents
    context = SpeakerContext()
    context.sentences = sents
    context.doc = doc
    # Remember every person introduced with a role, so "Mr Barzani" later finds his full name.
    context.register_people(text, paras, actors, sents, lazy=True)
    article = _Article(text, paras, actors, context, {p.start: i for i, p in enumerate(paras)})
    for quote in quotes:
        article.by_paragraph.setdefault(quote.paragraph.start, []).append(quote)
    records: list[StatementRecord] = []
    spoken: list[Quote] = []
    previous: tuple[Quote | None, Speaker] = (None, Speaker())
    for q in (q for q in quotes if q.speech):
        if q.standalone:
            speaker, source = _standalone_speaker(article, q, *previous)
        else:
            speaker, source = _inline_speaker(article, q, *previous)
        context.remember(speaker)
        record = _record(text, q, speaker, source, sents, published)
        if spoken and _resumes(text, spoken[-1], q, records[-1], record):
            _join(text, records[-1], q)
            continue
        records.append(record)
        spoken.append(q)
        previous = q, speaker
    return records


def _resumes(
    text: str, before: Quote, quote: Quote, said: StatementRecord, record: StatementRecord
) -> bool:
    """ "“A,” said X, a spokesman. “B.”": the quote goes on after its attribution, in the same
    paragraph, with nothing after it; B is the rest of A's statement, not another one."""
    if before.paragraph != quote.paragraph or quote.standalone:
        return False
    if (record.speaker, record.actor) != (said.speaker, said.actor) or not (
        said.speaker or said.role
    ):
        return False
    between = text[before.close_at : quote.open_at]
    if (
        not _SPEECH_VERB.search(between)
        or len(split_sentences(text, before.close_at, quote.open_at)) > 1
    ):
        return False
    return not text[quote.close_at : quote.paragraph.end].strip(" .,;")


def _join(text: str, record: StatementRecord, quote: Quote) -> None:
    record.quote = f"{record.quote} {text[quote.start : quote.end]}"
    record.end = quote.end
    record.sentence_end = max(record.sentence_end, quote.paragraph.end)


def _record(
    text: str,
    q: Quote,
    speaker: Speaker,
    source: Span | None,
    sents: list[Span],
    published: dt.date | None,
) -> StatementRecord:
    sentence = _quote_sentence(text, q, sents)
    when = _said_on(text, source, published)
    return StatementRecord(
        quote=text[q.start : q.end],
        start=q.start,
        end=q.end,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        speaker=speaker.name,
        role=speaker.role,
        actor=speaker.actor,
        attribution=source,
        **({"said_on": when[0], "date_precision": when[1]} if when else {}),
    )


def _standalone_speaker(
    article: _Article, q: Quote, previous_quote: Quote | None, previous_speaker: Speaker
) -> tuple[Speaker, Span | None]:
    """A paragraph that is nothing but a quote: the speaker of the quote it continues, else the
    person the paragraph before introduces."""
    index = article.para_index.get(q.paragraph.start, 0)
    context = article.context
    context.pronoun_scope = [article.paras[index - 1]] if index > 0 else []
    context.paragraph_speaker = None
    follows = previous_quote is not None and article.index_of(previous_quote) == index - 1
    if follows and (previous_quote.continued or previous_quote.standalone):
        return previous_speaker, None
    if follows and previous_speaker.found and _ends_with_attribution(article, previous_quote):
        # "“…,” said Col. X, a commander. \n “We will follow them.”": the paragraph before ends
        # with a quote and its attribution, so the bare quote paragraph goes on with that speaker.
        return previous_speaker, None
    if index > 0:
        intro = article.paras[index - 1]
        return speaker_from_intro(article.text, intro, article.actors, context), intro
    return Speaker(), None


def _ends_with_attribution(article: _Article, quote: Quote) -> bool:
    """The quote is the last in its paragraph and at most one sentence (its attribution) follows
    it: nobody else is introduced after it."""
    paragraph = quote.paragraph
    if any(o.open_at > quote.open_at for o in article.by_paragraph[paragraph.start]):
        return False
    return len(split_sentences(article.text, quote.close_at, paragraph.end)) <= 1


def _inline_speaker(
    article: _Article, q: Quote, previous_quote: Quote | None, previous_speaker: Speaker
) -> tuple[Speaker, Span | None]:
    """A quote inside a paragraph: the speaker after it ("…," said X), the speaker of the quote
    before it in the paragraph, or the speaker before it ("X said: …")."""
    text, context, actors = article.text, article.context, article.actors
    index = article.para_index.get(q.paragraph.start, 0)
    same_para = article.by_paragraph[q.paragraph.start]
    later = [o.open_at for o in same_para if o.open_at > q.open_at]
    earlier = [o.close_at for o in same_para if o.close_at <= q.open_at]
    limit = min(later) if later else q.paragraph.end
    floor = max(earlier) if earlier else q.paragraph.start
    # "X said the soldiers had "fought with courage" … "…," he told reporters": a quoted
    # fragment (no speech) does not hide the person who introduced it from "he".
    spoken = [o.close_at for o in same_para if o.close_at <= q.open_at and o.speech]
    pronoun_floor = max(spoken) if spoken else q.paragraph.start
    context.pronoun_scope = [Span(pronoun_floor, q.open_at)] + (
        [article.paras[index - 1]] if index > 0 else []
    )
    same = previous_quote is not None and previous_quote.paragraph == q.paragraph
    context.paragraph_speaker = previous_speaker if same else None
    speaker = _speaker_after(text, q, limit, actors, context)
    source = Span(q.close_at, limit)
    if speaker.found or speaker.explicit:
        # "A rice farmer who stayed said …. "…," said X, 52": the role he was introduced by
        speaker = role_introduced_before(speaker, text, actors, context, speaker_from_intro)
        return speaker, source
    if same and previous_speaker.found and not text[floor : q.open_at].strip(" .,;:"):
        return previous_speaker, source  # “A,” said X. “B.” — B is X's too
    speaker = _speaker_before(text, q, floor, actors, context)
    source = Span(floor, q.open_at)
    if not speaker.found and not speaker.explicit and earlier and same:
        speaker = previous_speaker
    return speaker, source


def _quote_sentence(text: str, quote: Quote, sents: list[Span] | None = None) -> Span:
    """The sentence holding the quote, or the whole quote paragraph for a stand-alone quote."""
    if quote.standalone:
        return quote.paragraph
    start, end = quote.open_at, quote.close_at
    for sentence in (
        within(sents, quote.paragraph)
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
