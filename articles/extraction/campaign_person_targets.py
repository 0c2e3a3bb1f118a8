"""A target whose words end a person's full name in the text is that person, not a town: "to
capture Noriega" after "the headquarters of Gen. Manuel Antonio Noriega", "the bodies of
Bhindranwale" after "the militant leader Jarnail Singh Bhindranwale". The campaign's verbs of
taking read the person as their object ("the aim was to capture X").

Only words the geoparser left unresolved, only when the parse reads a longer name ending in them
as a person (PERSON): a village the parse mistakes for a person ("the villages of A Khel") is read
whole, never as the tail of a longer name; and only when it reads at least half the mentions of
their last word as a person too: a town in a longer town's name the parse misread as a person
("San Pedro de X" beside "the X region") is mostly read as a place. A name with a lower-case
word ("San Pedro de X", "A bin B Mosque") is as often a place's as a person's: it is left out.
A one-word name the parse reads as a person at each of its two or more mentions, one of them
after "the", is a title ("stormed the palace of the X of Buganda", "the X's bodyguards"): a
place the parse misreads as a person is rarely written with "the"; so is a ruler's title ("the
Emir of X"), alone or with its realm (`a_title`).
No word names a place, group or person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from places.nlp import per_parse

from .campaign_record import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc


def a_person(doc: Doc | None, words: str) -> bool:
    """Whether the parse reads a person's name of more words than `words` ending in them."""
    if doc is None or not words.strip():
        return False
    key = name_key(words)
    names, readings = per_parse(doc, "person_readings", _read_persons)
    flags = readings.get(words.split()[-1], ())
    if not flags or sum(flags) * 2 < len(flags):
        return False
    return any(key != full and full.endswith(" " + key) for full in names)


def _read_persons(doc: Doc) -> tuple[frozenset[str], dict[str, list[bool]]]:
    """The person names the parse reads, of more than one word, and each word's readings as (part
    of) a person, once per parse."""
    names = frozenset(
        name_key(e.text)
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and all(t.text[:1].isupper() for t in e)
    )
    readings: dict[str, list[bool]] = {}
    for token in doc:
        readings.setdefault(token.text, []).append(token.ent_type_ == "PERSON")
    return names, readings


# Titles of rulers the parse may not read as a person: "the Emir of X", "the Sultan's palace".
_TITLES = frozenset({"Emir", "Sultan", "King", "Queen", "Prince", "Pope", "Shah", "Caliph"})
# A title with its realm: "the Emir of X", read whole as a site's "of" phrase.
_OF_REALM = re.compile(r"^(\S+) of ")


def a_title(doc: Doc | None, words: str) -> bool:
    """Whether one word, alone or before its realm ("X of Buganda"), is a title: a ruler's
    title, or by the parse's readings (module docstring)."""
    realm = _OF_REALM.match(words.strip())
    word = realm.group(1) if realm else words.strip()
    if doc is None or " " in word:
        return False
    return word in _TITLES or word in per_parse(doc, "title_words", _read_titles)


def _read_titles(doc: Doc) -> frozenset[str]:
    # each word's person readings are `a_person`'s, read once per parse
    _, readings = per_parse(doc, "person_readings", _read_persons)
    after_the = {
        t.text for t in doc if t.i and t.text[:1].isupper() and doc[t.i - 1].lower_ == "the"
    }
    return frozenset(w for w in after_the if len(readings[w]) > 1 and all(readings[w]))
