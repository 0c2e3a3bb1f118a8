"""Which geoparsed names are evidence about a side rather than places where something happened.

The geoparser reads nationality words on purpose ("Belgian" -> Belgium, `Toponym.is_demonym`) and
every country name it finds; extraction uses both as side evidence (the state behind "Belgian
paratroopers", "U.S. forces"). On the map they would be pins at a country's centroid for stories
that happened elsewhere, so the stored place mentions the map shows and the place scorer counts
leave out:

- a demonym reading ("Belgian", "Americans");
- (switched off, COUNTRY_MODIFIERS below) a country's name used only as a modifier of a side's
  noun: "U.S. forces", "the Pakistan Army",
  "a U.S.-led coalition" (but "fighting in Pakistan" is a place). A possessive names the country
  ("Russia's defence ministry"): the gold lists it as a place, and the map keeps it (leaving it
  out cost 34 gold countries over heldout20-38).

Nothing here names a place or a group: the words are the nouns of forces, officials and missions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The nouns a state's name modifies when it means the state's side, not its territory.
SIDE_NOUNS = (
    "troops|forces|force|army|armies|soldiers|military|militaries|navy|marines|marine|"
    "air force|airmen|sailors|jets|warplanes|planes|aircraft|helicopters|drones|bombers|"
    "fighters|gunships|warships|ships|vessels|tanks|artillery|units|unit|battalions|battalion|"
    "brigades|brigade|division|divisions|regiment|paratroopers|commandos|contingent|contingents|"
    "peacekeepers|advisers|advisors|officers|officials|official|diplomats|diplomat|envoy|envoys|"
    "ambassador|embassy|embassies|consulate|government|authorities|spokesman|spokeswoman|"
    "command|commanders|commander|generals|general|intelligence|police|security forces|"
    "special forces|defence ministry|defense ministry|foreign ministry|ministry|administration|"
    "president|prime minister|minister|leaders|leader|citizens|nationals|allies|ally|"
    "coalition|mission|delegation|negotiators|strikes|airstrikes|air strikes|raids|"
    "bombing|bombings|shelling|missiles|missile"
)
# Words that may stand between the name and its noun: a capitalised word ("U.S. Special
# Forces", "the Pakistan Air Force") or one of these.
_BETWEEN = (
    "special|armed|military|government|security|naval|ground|elite|regular|federal|national|"
    "state|foreign|defence|defense|air|operations|counterterrorism|counter-terrorism|border|"
    "ground|expeditionary|peacekeeping|combat|military's|army's|senior|top|local|intelligence"
)
# Up to two words between the name and its noun ("U.S. special operations forces", "the Iraqi
# counterterrorism forces"); a hyphenated "-led" / "-backed" makes the name a side's by itself.
_MODIFIED = re.compile(
    r"(?:-(?:led|backed|allied|trained|funded|supplied|brokered|made)\b"
    r"|(?:\s+(?:[A-Z][a-z]+|(?:" + _BETWEEN + r")\b)){0,2}?"
    r"\s+(?i:" + SIDE_NOUNS + r")\b)",
)


# Whether a country's name modifying a side's noun is left off the map too. Off: the gold lists
# such names as places (the dev folders lost 8 gold countries with it on: "Papua New Guinea
# troops", "United States paratroopers", "a Kenya-led force"; places accuracy check 0.916 ->
# 0.915, tuned 6011 -> 6010, late 5805 -> 5800) for 60-70 fewer extra readings per batch.
COUNTRY_MODIFIERS = False


def is_country_modifier(text: str, toponym) -> bool:
    """Whether `toponym` is a country's name used as a modifier of a side's noun ("U.S.
    forces", "the Pakistan Army", "a U.S.-led coalition")."""
    if getattr(toponym, "kind", "") != "country" or getattr(toponym, "is_demonym", False):
        return False
    return _MODIFIED.match(text, toponym.end) is not None


def is_side_word(text: str, toponym) -> bool:
    """Whether `toponym` (a geoparser reading in `text`) is evidence about a side, not a place
    on the map: a nationality word, or (with COUNTRY_MODIFIERS) a country's name modifying a
    side's noun."""
    if getattr(toponym, "is_demonym", False):
        return True
    return COUNTRY_MODIFIERS and is_country_modifier(text, toponym)


def map_places(text: str, toponyms: Iterable) -> list:
    """The toponyms that are places on the map (`is_side_word` ones left out)."""
    return [t for t in toponyms if not is_side_word(text, t)]
