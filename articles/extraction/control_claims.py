"""Who tells a control observation (articles/extraction/control.py): a party's claim or a report,
and where the clause of a trigger starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .control_patterns import (
    APPOSITIVE_RELATIVE,
    BODY_PRONOUN,
    CLAIM_BREAK,
    CLAUSE_BREAK,
    GAP_VERB_AFTER,
    OBSERVER_KINDS,
    PARTY_SPEAKER,
    PERSON_PRONOUN,
    PRONOUN_SPEAKER,
    RELATIVE_BEFORE,
    RELATIVE_SAYING,
    REPORTING,
    WITNESSES,
)

# How far back (characters) "he said" reaches for the person quoted before.
SPEAKER_REACH = 400
# "said the shelling had stopped but that the army still held X", "said its men had left X but
# were still holding Y": a break followed by "that" or by a verb with no subject of its own goes
# on with what the speaker said.
CLAIM_GOES_ON = re.compile(
    r"\s*(?:that\b|(?:(?:still|also|now)\s+)?(?:is|are|was|were|had|has|have|remained?|"
    r"still)\b)",
    re.I,
)
# The speaker's own side as the subject of a quote's clause: "We left X", "our forces took X".
FIRST_PERSON = re.compile(r"\b(?:we|our)\b", re.I)
# What may follow a reporting verb that closes its sentence ("…, the ministry said.").
SENTENCE_CLOSE = re.compile(r"[\s.!?\"'\u201d\u2019]*")
# "…, but insisted", "…, and claimed": the reporting verb shares the subject that opens the
# sentence (the window back to the comma holds only the conjunction).
SHARED_SUBJECT = re.compile(r"\s*(?:and|but|yet)(?:\s+(?:also|later|then))?\s*", re.I)

# "Ukrainian forces retook A in August and said last month they had liberated B": a reporting
# verb coordinated after the trigger's own verb tells what follows it; the story tells A.
SAID_AFTER_DEED = re.compile(
    r"[^;\"\u201c\u201d]*\s(?:and|but)\s+(?:(?:also|later|then|\w+ly)\s+)?"
)

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .sentences import Span


def clause_floor(text: str, sentence: Span, at: int) -> int:
    """Where the trigger's clause starts: after the last "; … but … while" before it."""
    floor = sentence.start
    for match in CLAUSE_BREAK.finditer(text, sentence.start, at):
        floor = match.end()
    return floor


def _claim_breaks(text: str, start: int, end: int, trailing: bool = False) -> bool:
    """Whether a new clause, not the speaker's, starts between `start` and `end`. An attribution
    closing the sentence ("X fell on Tuesday, and Y on Wednesday, the command said") tells every
    clause joined by "and" before it; only a contrast ("but", "while") or ";" ends its reach."""
    breaks = CLAUSE_BREAK if trailing else CLAIM_BREAK
    return any(not CLAIM_GOES_ON.match(text, b.end()) for b in breaks.finditer(text, start, end))


def _speaker_in(text: str, start: int, end: int, actors: Sequence[ActorMatch], last: bool):
    """("reported", None) for a witness, ("claimed", actor) for a party, ("claimed", None) for a
    party's voice the text does not name, else None."""
    speakers = [a for a in actors if start <= a.start and a.end <= end]
    # "Forces loyal to the UN-recognised government said": a party named beside an observer
    # speaks; observers alone report.
    parties = [a for a in speakers if a.kind not in OBSERVER_KINDS]
    if WITNESSES.search(text[start:end]) or (speakers and not parties):
        return "reported", None
    speakers = parties
    if speakers:
        return "claimed", (speakers[-1] if last else speakers[0]).actor
    if PARTY_SPEAKER.search(text[start:end]):
        return "claimed", None
    return None


def _speaker_sides(quotes: list) -> dict[str, str]:
    """Each quoted person's names (full, and the surname alone) to the side they speak for."""
    sides = {}
    for quote in quotes:
        if quote.actor and quote.speaker:
            # casefolded: "al-Qadhi" opens a sentence as "Al-Qadhi said …"
            for name in (quote.speaker, quote.speaker.split()[-1]):
                sides.setdefault(name.casefold(), quote.actor)
    return sides


def _last_speaker(quotes: list, at: int) -> str | None:
    """The side of the party quoted last before `at`, when close enough to be who "he" is ("…,"
    said a spokesman for the army. He said troops had also retaken X)."""
    before = [q for q in quotes if q.end <= at and at - q.end < SPEAKER_REACH]
    return before[-1].actor if before else None


def _quoted_claim(text: str, sentence: Span, at: int, quote) -> tuple[str, str | None, None]:
    """A trigger inside a quote: the quote's speaker claims it."""
    if quote.actor:
        return "claimed", quote.actor, None
    # '"We left X …," a commander said': a side speaking of itself claims, though the text
    # does not name whose side the speaker is on
    if FIRST_PERSON.search(text, max(quote.start, clause_floor(text, sentence, at)), at):
        return "claimed", None, None
    return "reported", None, None


def _reporting_cues(text: str, sentence: Span, at: int) -> list[re.Match[str]]:
    """The sentence's reporting verbs whose claim reaches the trigger at `at` ("X said …, while
    Y withdrew from Z": the claim does not reach past the clause)."""
    return [
        c
        for c in REPORTING.finditer(text, sentence.start, sentence.end)
        if not _claim_breaks(
            text,
            min(c.end(), at),
            max(c.start(), at),
            c.start() > at and bool(SENTENCE_CLOSE.fullmatch(text, c.end(), sentence.end)),
        )
        and not (
            RELATIVE_SAYING.search(text, max(sentence.start, c.start() - 40), c.start())
            and GAP_VERB_AFTER.match(text, c.end())
        )
        and not (c.start() > at and SAID_AFTER_DEED.fullmatch(text, at, c.start()))
    ]


def claim(
    text: str,
    sentence: Span,
    at: int,
    actors: list[ActorMatch],
    quotes: list,
    all_actors: Sequence[ActorMatch] = (),
) -> tuple[str, str | None, int | None]:
    """(kind, claimant, where the claim's verb is) for the trigger at `at`: inside a quote, the
    quote's speaker; else the phrase before the reporting verb back to the last comma ("the army
    said"), back to the sentence's start when that is a pronoun ("Russia's defence ministry, in a
    statement, said"), else the phrase after it ("…, said a spokesman for the army"); "It said"
    is who spoke in the sentence before (`all_actors`: the article's)."""
    speakers = _speaker_sides(quotes)
    quote = next((q for q in quotes if q.start <= at < q.end), None)
    if quote is not None:
        return _quoted_claim(text, sentence, at, quote)
    cues = _reporting_cues(text, sentence, at)
    if not cues:
        return "reported", None, None
    cue = min(cues, key=lambda c: abs(c.start() - at))
    comma = max(text.rfind(",", sentence.start, cue.start()), sentence.start - 1)
    right_end = text.find(",", cue.end(), sentence.end)
    right_end = sentence.end if right_end == -1 else right_end
    windows = [(comma + 1, cue.start(), True)]
    if SHARED_SUBJECT.fullmatch(text, comma + 1, cue.start()):
        windows.append((sentence.start, comma + 1, False))
    if cue.start() > at:  # "…, said a spokesman for the army"; before the trigger it is the claim
        windows.append((cue.end(), min(right_end, cue.end() + 100), False))
    if PRONOUN_SPEAKER.match(text[comma + 1 : cue.start()]):
        # "Russia's defence ministry, in a statement, said", "…, they said": the speaker stands
        # further back; but a bare ", according to …" after the trigger names its source after
        # it, and what stands before is the doer, not a speaker
        bare = cue.start() > at and not text[comma + 1 : cue.start()].strip()
        back = max(sentence.start, at) if bare else sentence.start
        windows.append((max(back, cue.start() - 150), cue.start(), True))
    if cue.start() > at and RELATIVE_BEFORE.search(text, max(sentence.start, at - 40), at):
        return "reported", None, None  # "The RSF, which captured X in 2023, said …": background
    if cue.end() <= at and APPOSITIVE_RELATIVE.search(text, cue.end(), at):
        # "the army said it had retaken X, a town that ISWAP fighters overran a week ago": the
        # story tells the background, the claim is the retaking
        return "reported", None, None
    for start, end, last in windows:
        found = _speaker_in(text, start, end, actors, last)
        if found:
            return found[0], found[1], cue.start()
        # "Hordiienko said …": a person the article quotes elsewhere speaks for their side.
        words = {w.casefold() for w in re.findall(r"[A-Z][\w'’-]+", text[start:end])}
        side = next((speakers[w] for w in words if w in speakers), None)
        if side is not None:
            return "claimed", side, cue.start()
    if PERSON_PRONOUN.fullmatch(text[comma + 1 : cue.start()]):
        side = _last_speaker(quotes, cue.start())
        if side is not None:
            return "claimed", side, cue.start()
        # "President X said on Sunday that the army had liberated A. He said troops had also
        # taken B": with no party quoted just before, "he" is who spoke in the sentence before
        found = _speaker_before(text, sentence.start, all_actors)
        if found is not None:
            return found[0], found[1], cue.start()
    if BODY_PRONOUN.fullmatch(text[comma + 1 : cue.start()]):
        # "It said …", and after the report "…, they said": who spoke in the sentence before
        found = _speaker_before(text, sentence.start, all_actors)
        if found is not None:
            return found[0], found[1], cue.start()
    return "reported", None, cue.start()


def _speaker_before(text: str, start: int, actors: Sequence[ActorMatch]):
    """Who "It said" or "Its leaders said" opening a sentence is: the speaker of the last
    reporting verb in the sentence before ("The General Staff said on Monday … It said Ukrainian
    units were also holding X"), when one is named there."""
    cues = list(REPORTING.finditer(text, max(0, start - SPEAKER_REACH), start))
    if not cues:
        return None
    cue = cues[-1]
    # from the sentence's start, or from after a quote closed before the verb: the actors a
    # quote names are not who speaks it ('"… the army that protects them," the statement said')
    opening = max(text.rfind(b, 0, cue.start()) for b in (". ", "\n", '"', "\u201d")) + 1
    if opening < start - SPEAKER_REACH:
        return None
    return _speaker_in(text, opening, cue.start(), actors, True) or _speaker_in(
        text, cue.end(), min(start, cue.end() + 100), actors, False
    )
