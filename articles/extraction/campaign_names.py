"""Named operations: the phrasings that name a campaign ("an operation dubbed Haskanite", "the
"Euphrates Anger" campaign", "Operation Olive Branch"), as patterns and one finder."""

from __future__ import annotations

import re

from .campaign_lexicon import forms
from .campaign_record import name_key
from .conflict_news import CONFLICT_MIN_DENSITY, CONFLICT_MIN_WORDS, count_military_words
from .states import state_names

CAMPAIGN_WORD = re.compile(
    r"\b(?:campaign|operation|offensive|push|assault|drive|onslaught)\b", re.I
)
NAMED_QUOTED = re.compile(
    r"(?=[cdnkC])\b(?:called|calling|calls|dubbed|named|code-?named|known\s+as"
    r"|christened)\s+(?:it\s+)?(?:the\s+)?"
    r"[\"“](?P<name>[A-Z][^\"”\n]{1,60}?)[\"”]"
)
# (A leading optional "the " made the scan try every position; the name group is all that is used.)
QUOTED_CAMPAIGN = re.compile(
    r"[\"“](?P<name>[A-Z][^\"”\n]{1,50}?)[\"”]\s+(?:campaign|operation|offensive|push|assault|drive)\b"
    # single quotes, as headlines write them: "seize Manbij in 'Dawn of Freedom' push"
    r"|(?<![\w'’])['‘](?P<single>[A-Z][^'’\n]{1,50}?)['’]\s+(?:campaign|operation|offensive|push"
    r"|assault|drive)\b"
)
# "what the rebels have called their "final offensive"": a side's own word for its push, quoted in
# lower case after a possessive, ends in a campaign noun (a quoted phrase in lower case elsewhere is
# speech, not a name).
QUOTED_OWN_PUSH = re.compile(
    r"(?=[cdn])\b(?:called|calls|dubbed|named)\s+(?:its|their|his|her)\s+[\"“]"
    r"(?P<name>[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,3}\s(?:offensive|campaign|operation|push))[\"”]"
)
# A headline led by a quoted name and a colon: "'We Are Coming, Nineveh': Iraqi troops reach …".
HEADLINE_KICKER = re.compile(r"\A\s*[\"“'‘](?P<name>[A-Z][^\"”'’\n]{1,50}?)[\"”'’]\s*:\s+\S")
# The same without quotes, the name in Title Case: "Defensive Shield: Israeli troops close in on
# …", "Rah-e-Rast: army says …" (checked by `bare_kicker`: no place, side or person).
HEADLINE_BARE_KICKER = re.compile(
    r"\A\s*(?!Op(?:eration|\.)?\b)(?P<name>[A-Z][\w'’\-]*(?:\s+(?:of|the|and|[A-Z0-9][\w'’\-]*)){0,4})"
    r"\s*:\s+\S"
)
# A quoted name in Title Case in the headline (the first line): "'Southern Hurricane' drives Huthis
# from Yemen's Shabwa", "Yemen's 'Golden Spear' forces say Mokha port taken" — a headline quotes
# speech in lower case ("'no accident'"), a name with capitals.
HEADLINE_NAME = re.compile(
    r"(?<![\w'’])['‘\"“](?P<name>[A-Z][\w’\-]*(?:\s+(?:[A-Z0-9][\w’\-]*|of|the"
    # an Arabic article before a word of the name: "'Bunyan al-Marsous' gains"
    r"|(?:al|el|ad|ar|as|an|at|az)-[A-Z]?[\w’\-]+)){0,3})"
    r"['’\"”](?!\w)"
)
# "The operation, named Claw-Lock, began…", "launched the operation, dubbed Haskanite, on October
# 28": a name without quotes right after a campaign noun and a naming verb (capitalised words only).
# (Found from each naming verb followed by a capital — a rare pair — then checked backwards for the
# noun: a case-insensitive alternation tried at every position was a hot spot.)
_NAMING_VERBS = (
    " dubbed ",
    " named ",
    " called ",
    " christened ",
    " codenamed ",
    " code-named ",
    " call ",
    " calls ",
    " codename ",
    " code name ",
    # "The operation, known as Mar Karadad, or Snake Bite, began …": the first name given
    " known as ",
)
_BARE_NAME = re.compile(
    r"(?!Operation\b)(?P<name>(?:(?:al|el|ad|ar|as|an|at|az)-)?[A-Z][\w'’\-]*"
    # "Dawn of Freedom", "Wrath of the Euphrates": "of" (and "the") inside a name; "Chavin de
    # Huantar", "Tariq bin Ziyad": a particle of another language joins its words the same way
    r"(?:\s+(?:(?:of|de|del|al|el|bin)\s+(?:the\s+)?)?(?:(?:al|el|ad|ar|as|an|at|az)-)?(?:[A-Z0-9][\w'’\-]*))*)"
)
# Words a Title Case name may keep in lower case ("We Are Coming, Nineveh", "Dawn of the Jurds");
# a quoted sentence ("We will not leave") has others.
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "to", "in", "on", "for", "al", "el"})


def _title_case(name: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’\-]*", name)
    return all(w[0].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words)


# "the operation, named …", "an offensive they call …", "the campaign the army calls …"
# "the offensive on Hodeida, dubbed …", "the army's relief column, dubbed …"
# A raid or counter-attack is named like an operation ("a pre-dawn raid, codenamed …", "the
# counter-attack, dubbed …"), and "under the codename …" names whatever was launched: the noun that
# says so is the codename itself.
# "the operation, which they have called X", "an offensive that Iran code-named X": a relative
# clause's one-word subject, then an auxiliary; "the operation, given the code name X": the noun
# form after "given" names it as after "under".
_NOUN_BEFORE_NAMING = re.compile(
    r"\b(?:under|(?:operation|offensive|campaign|raid),\s+given)\s+(?:the\s+|a\s+)?$"
    r"|\b(?:operation|offensive|campaign|counteroffensive|counter-offensive|column|raid"
    r"|counterattack|counter-attack)"
    r"(?:\s+(?:on|against|in|for)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?(?=,))?"
    r"(?:,?\s+(?:(?:(?:that|which)\s+)?(?:they|it|the\s+[a-z]+)|(?:that|which)\s+[\w'’\-]+)"
    r"(?:\s+(?:have|has|had))?)?"
    r",?\s+$",
    re.I,
)
# "what the government calls the Red Star Multi-Faceted Revolutionary Campaign", "known as the Tet
# Offensive": a Title Case name that carries its own campaign noun needs no noun before the verb.
_SELF_NAMED = re.compile(
    r"(?=[cdnk])\b(?:calls?|called|dubbed|named|known\s+as|christened)\s+the\s+"
    r"(?P<name>(?:[A-Z][\w'’\-]*\s+){1,5}(?:Campaign|Offensive|Operation))\b"
)
# "the coalition, which calls its campaign Fajr Libya", "the army named its offensive Iron Gate":
# the naming verb before the campaign noun.
_NAMED_AFTER_NOUN = re.compile(
    r"(?=[cdn])\b(?:calls?|called|dubbed|named|christened)\s+(?:its|their|his|her|the)\s+"
    r"(?:campaign|operation|offensive)\s+" + _BARE_NAME.pattern
)
# A name no place has, before a campaign noun: a transliterated name joined by a lower-case
# particle ("the army's Zarb-i-Azb offensive", "its Rah-e-Nijat operation"), or Title Case words
# before the noun in capitals, past the headline ("Haftar's Dignity Operation said", "the Dignity
# Operation was launched"; not "the United Nations Operation in …", a mission's name).
_PARTICLE_NAME = re.compile(
    r"(?=[ti'’])(?:\b(?:the|its|their)|['’]s)\s+(?P<name>[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+)+)"
    r"(?=\s+(?:offensive|operation|campaign)\b)"
)
_CAPITAL_NOUN_NAME = re.compile(
    r"(?=[tTiI'’])(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|['’]s)[^\S\n]+(?P<name>(?:[A-Z][a-z]+[^\S\n]+){1,3}"
    r"(?:Operation|Offensive|Campaign))\b(?![^\S\n]+(?:in|of|for|[A-Z]))"
)
# The noun form of the naming word needs "under" before it ("under the codename X"; "the raid's
# codename remains secret" names nothing), and only the noun form follows "under".
_NOUN_NAMINGS = frozenset({" codename ", " code name "})
# The name's words stay on one line: a headline ending "… Operation Iron Hammer" is followed by
# the dateline ("BAMAKO (AP) -"), not by more of the name.
# "Operation Peace for Galilee", "Operation Excelencia 777": "for" (like "of") inside the name, and
# a number of three or more digits at its end, unless it counts ("Operation Dawn 100 days on").
# "Operation Chavin de Huantar", "Operation Tariq bin Ziyad": a particle of another language (like
# "of") joins the name's capitalised words.
# "Op Vijay: Army recaptures …", "launched Op. Blue Star": the short form is the same word.
_OPERATION = re.compile(
    r"(?:Operation(?<!\wOperation)|(?<![\w-])Op\.?)[^\S\n]+(?P<name>[A-Z0-9][\w'’\-]+"
    r"(?:[^\S\n]+(?:(?:of|for|de|del|al|el|bin)[^\S\n]+)?[A-Z][\w'’\-]+){0,3}"
    r"(?:[^\S\n]+\d{3,}\b(?![^\S\n]+(?:days?|weeks?|months?|years?|km|kilomet\w+|miles|[a-z]+ers"
    r"|soldiers|troops|men|people)\b))?)"
)


# "which calls its campaign Fajr Libya, or Libya Dawn": the second of two names given.
_OR_NAME = re.compile(r",\s+or\s+(?:the\s+)?" + _BARE_NAME.pattern)


def _recurring_alternative(text: str, hit: tuple[str, int, int]) -> tuple[str, int, int]:
    """Of a name given with another after ", or", the one the article uses again ("Libya Dawn
    fighters seize …"); the first when neither or both recur ("known as Mar Karadad, or Snake
    Bite")."""
    name, _, end = hit
    other = _OR_NAME.match(text, end)
    if other is None:
        return hit
    second = other.group("name")
    if text.count(second) > 1 and text.count(name) == 1:
        return second, other.start("name"), other.end("name")
    return hit


def _noun_form_opener(before: str) -> bool:
    """Whether the words before a naming word open its noun form ("under the", "given the")."""
    return bool(re.match(r"under\b|\w+,\s+given\b", before, re.I))


def named_mentions(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each campaign name the text gives, in text order: a quoted name beside
    a campaign word, a bare capitalised name after a campaign noun and a naming verb, "Operation X".
    """
    hits: list[tuple[str, int, int]] = []
    for pattern in (NAMED_QUOTED, QUOTED_CAMPAIGN, QUOTED_OWN_PUSH, HEADLINE_KICKER):
        for match in pattern.finditer(text):
            group = "single" if match.groupdict().get("single") else "name"
            context = text[max(0, match.start() - 80) : match.end() + 30]
            if pattern is HEADLINE_KICKER and not _title_case(match.group(group)):
                continue  # '"We will not leave": besieged village …' quotes speech
            if pattern is HEADLINE_KICKER or CAMPAIGN_WORD.search(context):
                hits.append(
                    (match.group(group).strip(" ,.'’"), match.start(group), match.end(group))
                )
    bare = HEADLINE_BARE_KICKER.match(text)
    if (
        bare
        and _bare_name_shape(bare.group("name"))
        and (" " in bare.group("name") or "-" in bare.group("name") or _THE_OPERATION.search(text))
        and not any(s < bare.end() for _, s, _ in hits)
    ):
        hits.append((bare.group("name"), bare.start("name"), bare.end("name")))
    headline = text[: text.find("\n")] if "\n" in text else ""
    for match in HEADLINE_NAME.finditer(headline):
        if not any(s <= match.start("name") < e for _, s, e in hits):
            hits.append((match.group("name"), match.start("name"), match.end("name")))
    quoted = list(hits)
    for verb in _NAMING_VERBS:
        at = text.find(verb)
        while at != -1:
            match = _BARE_NAME.match(text, at + len(verb))
            before = _NOUN_BEFORE_NAMING.search(text, max(0, at - 60), at + 1)
            if (
                match
                and before
                and (verb in _NOUN_NAMINGS) == _noun_form_opener(before.group())
                and not any(s <= match.start("name") < e for _, s, e in quoted)
            ):
                hits.append((match.group("name"), match.start("name"), match.end("name")))
            at = text.find(verb, at + 1)
    headline_end = text.find("\n")
    for pattern in (_SELF_NAMED, _NAMED_AFTER_NOUN, _PARTICLE_NAME, _CAPITAL_NOUN_NAME):
        for match in pattern.finditer(text):
            if pattern is _CAPITAL_NOUN_NAME and match.start() < headline_end:
                continue  # a headline writes every word in capitals
            if not any(s <= match.start("name") < e for _, s, e in hits):
                hits.append((match.group("name"), match.start("name"), match.end("name")))
    hits = [_recurring_alternative(text, hit) for hit in hits]
    for match in _OPERATION.finditer(text):
        if any(s <= match.start() < e for _, s, e in hits):
            continue  # "Comprehensive Operation Sinai 2018" was named whole
        name = match.group("name").rstrip("'’")  # "'Operation Spring Shield'" in single quotes
        hits.append((f"Operation {name}", match.start(), match.start("name") + len(name)))
    hits = [hit for hit in hits if not _a_groups_or_persons_name(text, hit[1])]
    framed = _deployments(text, hits)
    return sorted((hit for hit in hits if hit[0] not in framed), key=lambda hit: hit[1])


# 'Self-defense group "El Machete" takes over X', 'a militia called "X"': a quoted name right
# after a word for a group is the group's name, not an operation's.
_GROUP_BEFORE = re.compile(
    r"\b(?:group|militia|gang|cartel|faction|movement|organi[sz]ation|brigade|battalion|"
    r"(?:group|militia|gang)\s+(?:called|named|known\s+as))\s+[\"“‘']$",
    re.I,
)
# 'The gang's leader, Juan Pérez, known as "El Flaco"': a quoted name right after a person's
# capitalised name and "known as", "nicknamed" or "alias" is the person's nickname.
_NICKNAME_BEFORE = re.compile(
    r"\b(?!(?:Operation|Offensive|Campaign)\b)[A-Z][\w'’\-]+,?\s+(?:also\s+)?"
    r"(?:known\s+as|nicknamed|alias|a\.k\.a\.)\s+[\"“‘']$"
)


def _a_groups_or_persons_name(text: str, start: int) -> bool:
    """The quoted name starting at `start` names a group or a person, not an operation."""
    before = max(0, start - 40)
    return bool(
        _GROUP_BEFORE.search(text, before, start) or _NICKNAME_BEFORE.search(text, before, start)
    )


# "French troops of Operation Barkhane are deployed": an operation named only as the frame of
# the troops serving in it is a deployment the story mentions, not a campaign it tells.
_TROOPS_OF = re.compile(r"\b(?:troops|soldiers|forces|units)\s+of\s+(?:the\s+)?$", re.I)


def _deployments(text: str, hits: list[tuple[str, int, int]]) -> set[str]:
    """The names every mention of which frames the troops serving in it (`_TROOPS_OF`)."""
    framed: dict[str, bool] = {}
    for name, start, _ in hits:
        troops = _TROOPS_OF.search(text, max(0, start - 30), start) is not None
        framed[name] = framed.get(name, True) and troops
    return {name for name, only in framed.items() if only}


# Newsroom labels a headline opens with ("Exclusive Interview:", "Live Updates:", "Special
# Report:"): no word of an operation's name.
_DESK_WORDS = forms(
    "analysis breaking briefing check comment correction dispatch editorial exclusive explainer "
    "factbox fact feature focus insight interview latest letters live news obituary opinion photos "
    "podcast profile reaction recap report review roundup special timeline update updates video "
    "watch"
)


def _bare_name_shape(name: str) -> bool:
    """An unquoted kicker is a name when it has two words or a hyphen ("Defensive Shield",
    "Rah-e-Rast"), not ending in a small word, or is one word of four letters or more in mixed
    case that names no state ("Motorman:", "Barbarossa:"; not "Yemen:", "LIBERIA:" — a lone word
    naming a town, "Bama:", is left to `kicker_names_another_thing`); a newsroom label ("Live
    Updates:") names none."""
    words = name.split()
    if words[-1] in _NAME_SMALL_WORDS or any(w.lower() in _DESK_WORDS for w in words):
        return False
    if len(words) > 1 or "-" in name:
        return True
    return len(name) >= 4 and not name.isupper() and name_key(name) not in state_names()


# A lone word before a headline's colon is an operation's name only in a story that tells of "the
# operation" ("in the first hours of the operation"); else it is most often a town ("Bama:").
_THE_OPERATION = re.compile(r"\bthe\s+operation\b", re.I)

# Entity labels a kicker with no quotes may not carry: a person, a place, a people.
_NOT_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def kicker_names_another_thing(
    text: str, start: int, end: int, doc, taken: list[tuple[int, int]]
) -> bool:
    """The name at [start, end) is the headline's kicker without quotes and names a side, a place
    or a person, not an operation ("DR Congo: M23 rebels seize …", "Vladimir Putin: …"). `taken`:
    the spans of the sides and places found; `doc`: the parse, or None."""
    bare = HEADLINE_BARE_KICKER.match(text)
    if bare is None or bare.start("name") != start or not _bare_name_shape(bare.group("name")):
        return False
    spans = list(taken)
    if doc is not None:
        spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_NAME_LABELS]
    # Most of the words are the side's, place's or person's ("DR Congo", "Vladimir Putin"); a
    # word of the name the geoparser reads as a village ("Charge of the Knights") is not.
    return any(2 * (min(end, e) - max(start, s)) > end - start for s, e in spans)


# "Croatian officials said the operation, which they have called Flash, would not be extended":
# the sentence gives the name to an operation it names before it.
_OPERATION_BEFORE = re.compile(r"\b(?:operation|offensive|campaign)\b[^.;]{0,60}$", re.I)


def named_operation_in_war_story(text: str, sentence_start: int, start: int) -> bool:
    """The name is given to a campaign noun before it in its sentence and the article is conflict
    news as a whole: its words of fighting may stand further off than the sentences beside it."""
    if not _OPERATION_BEFORE.search(text, max(sentence_start, start - 80), start):
        return False
    needed = max(CONFLICT_MIN_WORDS, int(len(text) * CONFLICT_MIN_DENSITY + 0.999))
    return count_military_words(text, needed) >= needed
