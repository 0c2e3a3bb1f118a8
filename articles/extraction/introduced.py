"""Armed groups an article introduces by name, read from the parse (places.nlp):

- a name the group gives itself: "a little-known group calling itself the Mirebalais Vigilance
Brigade"; - a name fighters are known by: "armed Nuer youths known as the White Army"; - a name
typed by an appositive whose head is a fighting unit: "The Manbij Military Council, a local force
allied with …", "the Civilian Joint Task Force, a vigilante group that fights alongside the army".

The phrasings are Matcher patterns (data); no pattern names a group. Known actors are skipped."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Nouns for people who fight, and for the units they form.
FIGHTER_NOUNS = [
    "fighters",
    "militiamen",
    "gunmen",
    "youths",
    "vigilantes",
    "militants",
    "rebels",
    "insurgents",
    "jihadists",
    "group",
    "militia",
    "faction",
    "gang",
    "outfit",
    "movement",
    "raiders",
    "guerrillas",
    "mutineers",
]
# Heads of an appositive that types the name before it as a fighting unit.
UNIT_HEADS = frozenset(
    {"force", "group", "militia", "faction", "gang", "outfit", "brigade", "movement"}
)
# Words in an appositive's head phrase that say the unit fights ("a local force", "a vigilante
# group").
FIGHTING_MODIFIERS = frozenset(
    {
        "local",
        "vigilante",
        "self-defence",
        "self-defense",
        "armed",
        "rebel",
        "jihadist",
        "militant",
        "insurgent",
        "paramilitary",
        "separatist",
        "tribal",
        "ethnic",
        "militia",
        "little-known",
        "allied",
        "pro-government",
        "islamist",
        "kurdish-led",
        "community",
    }
)

_NAME = {"IS_TITLE": True, "OP": "+"}
# The tagger's fine-grained tags (the pipeline runs without the attribute ruler that would map
# them to coarse parts of speech, see places/nlp.py).
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# Words before a name that are capitalised only by starting a sentence ("When", "The", "After").
FUNCTION_TAGS = frozenset({"DT", "PDT", "WRB", "WDT", "WP", "IN", "CC", "RB", "PRP", "PRP$", "TO"})
# Lower-case words inside a name ("Front for the Liberation of", "People's").
NAME_JOINERS = frozenset(
    {"of", "for", "the", "and", "'s", "’s", "de", "del", "du", "des", "la", "al", "el", "wal"}
)
# What may stand between the fighters' noun and the naming verb: a comma and a relative pronoun
# ("The rebels, who call themselves the X"), or where the name is used ("known in Rwanda as").
_COMMA = {"ORTH": ",", "OP": "?"}
_WHO = {"LOWER": {"IN": ["who", "which", "that"]}, "OP": "?"}
PATTERNS = {
    # (a fighting noun first: "an affiliate, which calls itself …" names a branch of a known group)
    "calling itself": [
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}},
            {"LOWER": {"IN": ["calling", "calls", "called"]}},
            {"LOWER": {"IN": ["itself", "themselves"]}},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
        # After a comma the pronoun agrees with the fighters' noun: in "the radio of the
        # insurgents, which calls itself the Voice of …" the radio names itself.
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}, "TAG": {"IN": ["NNS", "NNPS"]}},
            {"ORTH": ","},
            _WHO,
            {"LOWER": {"IN": ["call", "called", "calling"]}},
            {"LOWER": "themselves"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}, "TAG": {"IN": ["NN", "NNP"]}},
            {"ORTH": ","},
            _WHO,
            {"LOWER": {"IN": ["calls", "called", "calling"]}},
            {"LOWER": "itself"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
        # "a rival group called Los Karma" (a singular unit noun: "rebels called Monday for …")
        [
            {"LOWER": {"IN": ["group", "militia", "faction", "gang", "outfit", "movement"]}},
            {"LOWER": "called"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
    ],
    "known as": [
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}},
            _COMMA,
            _WHO,
            {"LOWER": {"IN": ["are", "is"]}, "OP": "?"},
            {"LOWER": "known"},
            {"LOWER": {"IN": ["locally", "widely", "collectively"]}, "OP": "?"},
            {"LOWER": "as"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}},
            _COMMA,
            {"LOWER": "known"},
            {"LOWER": "in"},
            {"IS_TITLE": True, "OP": "+"},
            {"LOWER": "as"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ],
    ],
}

_matchers: dict[int, object] = {}  # one Matcher per vocabulary (the process's pipeline has one)


def _get_matcher(doc: Doc):
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        from spacy.matcher import Matcher

        matcher = Matcher(doc.vocab)
        for name, patterns in PATTERNS.items():
            matcher.add(name, patterns, greedy="LONGEST")
        _matchers[id(doc.vocab)] = matcher
    return matcher


def _self_named(doc: Doc) -> list[Span]:
    """The names after "calling itself" / "known as" (the title-case run that ends each match)."""
    names = []
    for _, start, end in _get_matcher(doc)(doc):
        first = end
        while first > start and doc[first - 1].is_title:
            first -= 1
        if doc[first].lower_ not in _CALENDAR:
            names.append(doc[first : _name_end(doc, end)])
    return names


# Days and months after "called" are when a call was made ("a group called Monday for talks").
_CALENDAR = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


# ("and" left out: "known as the White Army and Government troops" names two.)
_INNER_JOINERS = NAME_JOINERS - {"and"}


def _name_end(doc: Doc, end: int) -> int:
    """Where a name that the matcher's title-case run ends at `end` really ends: it goes on over
    lower-case joiners before more capitalised words ("a group calling itself the Military Council
    for the Liberation of Syria"), not over a joiner that nothing capitalised follows."""
    while True:
        i = end
        while i < len(doc) and not doc[i].is_title and _joins(doc[i]):
            i += 1
        if i == end or i >= len(doc) or not doc[i].is_title:
            return end
        while i < len(doc) and doc[i].is_title:
            i += 1
        end = i


def _joins(word) -> bool:
    """A lower-case word or mark inside a name: "of", "for the", the hyphen of "al-Dabbashi"."""
    return word.lower_ in _INNER_JOINERS or word.text in ("-", "‑")


def _typed_by_appositive(doc: Doc) -> list[Span]:
    """ "The Manbij Military Council, a local force …": a proper name whose appositive is a fighting
    unit."""
    names = []
    for token in doc:
        if (
            token.dep_ != "appos"
            or token.lower_ not in UNIT_HEADS
            or token.head.tag_ not in PROPER_NOUN_TAGS
        ):
            continue
        if not any(
            child.lower_ in FIGHTING_MODIFIERS for child in token.children if child.i < token.i
        ):
            continue
        names.append(doc[_name_start(doc, token.head) : token.head.i + 1])
    return names


def _name_start(doc: Doc, head) -> int:
    """Where the name ending at `head` starts: its first capitalised word after the last word that
    cannot be part of it. The parse may hang a clause's first words on the name ("when the Karenni
    National People's Liberation Front, a militia …"), and the name keeps its inner "of", "'s"."""
    first = head.i
    for i in range(head.i - 1, head.left_edge.i - 1, -1):
        word = doc[i]
        if _capitalised(word) and word.tag_ not in FUNCTION_TAGS:
            first = i
        elif not (word.lower_ in NAME_JOINERS or (word.is_punct and word.text in "-'’")):
            break
    return first


def _capitalised(word) -> bool:
    # (a number opens a name too: "the 1920 Revolution Brigades")
    return word.text[:1].isupper() or word.text[:1].isdigit()


def introduced_groups(doc: Doc | None, known: frozenset[str], fold) -> dict[str, tuple[str, str]]:
    """{name: ("armed_group", "")} for each group the article introduces by name and `known` (folded
    aliases, `fold` the folding function) lacks. Nothing without a parse with dependencies."""
    if doc is None or not doc.has_annotation("DEP"):
        return {}
    found: dict[str, tuple[str, str]] = {}
    for span in _self_named(doc) + _typed_by_appositive(doc):
        name = span.text.strip()
        if len(name) < 3 or fold(name) in known:
            continue
        found.setdefault(name, ("armed_group", ""))
    return found
