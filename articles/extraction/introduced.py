"""Armed groups an article introduces by name, read from the parse (places.nlp):

- a name the group gives itself: "a little-known group calling itself the Mirebalais Vigilance
Brigade"; - a name fighters are known by: "armed Nuer youths known as the White Army"; - a name
typed by an appositive whose head is a fighting unit: "The Manbij Military Council, a local force
allied with …", "the Civilian Joint Task Force, a vigilante group that fights alongside the army".

The phrasings are Matcher patterns (data); no pattern names a group. Known actors are skipped."""

from __future__ import annotations

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
DETERMINER_TAGS = frozenset({"DT", "PDT"})
PATTERNS = {
    # (a fighting noun first: "an affiliate, which calls itself …" names a branch of a known group)
    "calling itself": [
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}},
            {"LOWER": {"IN": ["calling", "calls", "called"]}},
            {"LOWER": {"IN": ["itself", "themselves"]}},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ]
    ],
    "known as": [
        [
            {"LOWER": {"IN": FIGHTER_NOUNS}},
            {"LOWER": "known"},
            {"LOWER": "as"},
            {"LOWER": "the", "OP": "?"},
            _NAME,
        ]
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
        names.append(doc[first:end])
    return names


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
        head = token.head
        first = head.left_edge.i
        while first < head.i and (doc[first].tag_ in DETERMINER_TAGS or doc[first].is_punct):
            first += 1
        names.append(doc[first : head.i + 1])
    return names


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
