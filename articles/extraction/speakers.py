"""Speaker phrases read from the statistical parse (places.nlp): where a person's name ends a
phrase, and where a role stops.

A name is the run of capitalised tokens (with particles such as "al-" and hyphenated pieces) that
closes the phrase, after the titles that lead it ("Major General Zaw Win Naing Oo", "Col. Abdiwahab
Hassan Nur Gelle", "Taleban spokesman Mawlawi Sher Agha Farooqi"). The parse tells a name from a
place: a run that follows a preposition ("a commander … in Middle Shabelle") is where, not who. A
role stops before a relative or participle clause: what the person did, where they are now, how the
reporter reached them ("a farmer who fled to Bunia", "a father of six now sheltering in a tent", "a
trader reached by telephone") are not part of who they are (tests/gold/README.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Titles and honorifics that lead a name but are not part of it (lower case, full stop dropped).
TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "gen",
        "general",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        # (wire abbreviations: "Lieut. Col. X", "Chief Supt. X", "Comr. X")
        "lieut",
        "supt",
        "superintendent",
        "comr",
        "cmdr",
        "brig",
        "brigadier",
        "sgt",
        "sergeant",
        "adm",
        "admiral",
        "rear",
        "vice",
        "sheikh",
        "shaikh",
        "president",
        "prime",
        "minister",
        "commander",
        "governor",
        "senator",
        "ambassador",
        "imam",
        "father",
        "judge",
        "mayor",
        "chief",
        "deputy",
        "secretary",
        "chairman",
        "king",
        "queen",
        "prince",
        "emir",
        "sultan",
        "ayatollah",
        "marshal",
        "field",
        "cpl",
        "corporal",
        "pvt",
        "private",
        "inspector",
        "mawlawi",
        "maulvi",
        "maulana",
        "qari",
        "ko",
        "daw",
        "mullah",
        "mufti",
        "haji",
        "hajji",
        "brother",
        "sister",
        "reverend",
        "rev",
        "bishop",
        "pastor",
        "commandant",
        # naval and army ranks and a movement's or a Spanish or Creole form of address ("Petty
        # Officer X", "Commodore X", "Sgt. First Class X", "Comrade X", "Capitán X", "Kommandan X")
        "petty",
        "officer",
        "commodore",
        "class",
        "pfc",
        "comrade",
        "sheik",
        "capitán",
        "capitan",
        "kommandan",
        # courtesy titles of Portuguese, Philippine, Malay, Acehnese and Shia usage ("Dona Maria",
        # "Datu Ali", "Datuk Rahman", "Teungku Ridwan", "Hojatoleslam Mahmoud")
        "dona",
        "datu",
        "datuk",
        "teungku",
        "hojatoleslam",
        # a role written as a title before the name ("Interior Adviser Rehman Malik", "Analyst
        # Ariel Avila of the …")
        "adviser",
        "advisor",
        "analyst",
    ]
)
# Lower-case pieces inside a name ("Haider al-Abadi", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "van",
        "von",
        "der",
        "da",
        "ul",
        "ould",
        "wa",
        "dos",
        "du",
        "la",
    }
)
# Words that are capitalised at a sentence's start or in an organisation, never a name's piece.
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "said",
        "says",
        "told",
        "added",
        "army",
        "forces",
        "government",
        "ministry",
        "department",
        "police",
        "council",
        "state",
        "national",
        "united",
        # a sentence's opening preposition ("For Yesenia, who has not been home since January")
        "for",
        "in",
        "to",
        "with",
        "from",
        "at",
        "on",
        "by",
        "after",
        "like",
        "unlike",
    ]
)
# Clauses that end a role: a relative clause ("who fled to Bunia", "that defended the town") and a
# participle clause ("waiting for a bus", "reached by telephone") hanging from a word of the role.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
# The tagger's tags of a participle (VBG "sheltering", VBN "reached") and of a finite verb heading
# a relative clause ("who fled").
_CLAUSE_TAGS = frozenset({"VBG", "VBN", "VBD", "VBZ", "VBP"})
# At most this many pieces in a name, its particles ("bin", "al") not counted: "Abdulkarim bin Ali
# al-Houthi Sharaf al-Din" has five.
MAX_NAME_TOKENS = 6


def _is_name_piece(token: Token) -> bool:
    text = token.text
    if text in ("-", "'", "’") and not token.whitespace_:
        return True  # "Jean-Baptiste", "Ma'ruf": the hyphen joins two pieces of one name
    if (
        text == "."
        and token.i > 0
        and _is_title(token.doc[token.i - 1])
        and not token.doc[token.i - 1].whitespace_
    ):
        return True  # "Lt. Col.": the tokenizer may split an abbreviated title from its full stop
    if text.lower() in NAME_PARTICLES:
        return True
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True  # a middle initial: "Patrick J. Sullivan"
    return text[:1].isupper() and text.lower().rstrip(".") not in _NOT_NAME and not text.isupper()


# A tokenised-only text (too long to parse, see extract()) has no tags: these words stand in for
# them.
_PREPOSITIONS_AND_DETERMINERS = frozenset(
    {
        "in",
        "of",
        "from",
        "at",
        "near",
        "for",
        "to",
        "on",
        "by",
        "with",
        "the",
        "a",
        "an",
        "this",
        "that",
    }
)


# The tagger's fine-grained tags of a preposition or determiner (the pipeline runs without the
# attribute ruler that would map them to coarse parts of speech, see places/nlp.py); a
# subordinating "that"/"after" is tagged IN too, but is a clause's marker.
_PREPOSITION_OR_DETERMINER_TAGS = frozenset({"IN", "RP", "DT", "PDT"})


def _leads_a_noun_phrase(token: Token) -> bool:
    if token.tag_:
        return token.tag_ in _PREPOSITION_OR_DETERMINER_TAGS and token.dep_ != "mark"
    return token.text.lower() in _PREPOSITIONS_AND_DETERMINERS


def _is_title(token: Token) -> bool:
    return token.text.lower().rstrip(".") in TITLE_WORDS


def _after_a_forename(run: list[Token], k: int) -> bool:
    """run[k] follows a piece the entity recogniser reads as part of a person's name, itself not
    a title: "Mustafa" in "Minister Mustafa Sheikh Ali Dhuhulow" (not "Defence" in "Defence
    Minister")."""
    while k > 0 and run[k - 1].text in ("-", "'", "’"):
        k -= 1  # "Maj-Gen": a joined title's first part is no forename either
    if k == 0:
        return False
    before = run[k - 1]
    return before.ent_type_ == "PERSON" and not _is_title(before) and before.text != "."


def person_at_end(doc: Doc | None, start: int, end: int) -> tuple[str, str, str] | None:
    """(role before the name, title, name) when the text [start, end) ends in a person's name: the
    whole phrase ("Brett McGurk"), a title and name ("Mr Barzani") or a role and name ("army
    spokesman Musa Danladi"). None when it does not, or without a parse."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return None
    tokens = list(span)
    first = len(tokens)
    while first > 0 and _is_name_piece(tokens[first - 1]):
        first -= 1
    run = tokens[first:]
    # The name starts after the last title: "Defence Minister Kemal Yavuz", "Lt. Col. Nadav Shoham";
    # a title word right after a piece of a person's name is a piece too ("Information Minister
    # Mustafa Sheikh Ali Dhuhulow").
    cut = next(
        (
            k + 1
            for k in range(len(run) - 2, -1, -1)
            if (_is_title(run[k]) and not _after_a_forename(run, k)) or run[k].text == "."
        ),
        0,
    )
    names = [t for t in run[cut:] if t.text not in ("-", "'", "’")]
    pieces = [t for t in names if t.text.lower() not in NAME_PARTICLES]
    if not pieces or len(pieces) > MAX_NAME_TOKENS or names[-1].text.lower() in NAME_PARTICLES:
        return None
    if all(_is_title(t) for t in pieces):
        return None  # "Secretary-General": a joined title, no name
    title = doc[run[0].i : run[cut - 1].i + 1].text if cut else ""
    if len(names) < 2 and not title:
        return None
    before = doc[run[0].i - 1] if run[0].i > span.start else None
    if before is not None and _leads_a_noun_phrase(before) and not title:
        # "… in Middle Shabelle", "the Levant Front": a place or an organisation, not a person
        return None
    name = doc[run[cut].i : run[-1].i + 1].text
    role = doc[span.start : run[0].i].text if run[0].i > span.start else ""
    return role, title, name


def role_end(doc: Doc | None, start: int, end: int) -> int:
    """Where the role in [start, end) stops: before a relative or participle clause ("a mother of
    five who fled to El-Obeid" -> "a mother of five", "a trader reached by telephone" -> "a
    trader"). A phrase that is nothing but the clause ("who coordinates the response") stays."""
    span = doc.char_span(start, end, alignment_mode="contract") if doc is not None else None
    if span is None:
        return end
    for token in span:
        if (
            token.dep_ in _CLAUSE_DEPS
            and token.tag_ in _CLAUSE_TAGS
            and span.start <= token.head.i < token.i
        ):
            edge = token.left_edge  # "now sheltering …": the clause's own adverb goes with it
            if edge.i > span.start:
                return doc[edge.i - 1].idx + len(doc[edge.i - 1].text)
    return end
