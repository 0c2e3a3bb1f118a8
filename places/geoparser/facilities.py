"""An airfield or a power plant named after its town: "Kabul airport", "the Kweiris airbase",
"the Zaporizhzhia nuclear power plant". The gazetteer has the town and rarely the facility, and
a story that fights over the airport names the airport, not the town: the mention takes the
facility's word into its name and span and keeps the town's reading (within the 161 km a
facility's point may be off). The gold lists such a place under the name with its word
(tests/gold/README.md), and the town's own name is still the mention's gazetteer name.

Only the words of facilities that lie outside their town and are fought over as places of their
own: not "camp", "base" or "port", which the gold mostly leaves out ("the Wahdat camp":
Wahdat), and not "dam" or "bridge", natural or built features the gold lists as physical.
"""

from __future__ import annotations

import dataclasses
import re

from places.normalize import name_key

# Right after the name, in lower case or capitalised ("Aleppo International Airport").
_FACILITY = re.compile(
    r"[ ](?:[Ii]nternational[ ])?(?:[Aa]irport|[Aa]ir[ ]?[Bb]ase|[Aa]irfield|[Aa]irstrip"
    r"|(?:[Nn]uclear[ ])?[Pp]ower[ ](?:[Pp]lant|[Ss]tation))\b"
)
# What a facility is named after: a town, or a site the text names as such ("the Kweiris
# airbase", placed at a town of the story); not a country or a region ("the Syrian airbase").
_KINDS = frozenset({"settlement"})


def with_facility_words(text: str, toponyms: list) -> list:
    """Each town's mention followed by a facility's word, widened to take it (docstring)."""
    out = []
    for t in toponyms:
        m = _FACILITY.match(text, t.end)
        if m is None or t.kind not in _KINDS or t.is_demonym or _only_name(text, t):
            out.append(t)
            continue
        out.append(dataclasses.replace(t, end=m.end(), text=text[t.start : m.end()]))
    return out


def _only_name(text: str, toponym) -> bool:
    """Whether the facility's mention is the only one of the town as the text spells it, and the
    gazetteer spells the town otherwise ("Pochentong airport", read as Poŭthĭchĕntŏng): the
    widened name would leave the town's spelling unread, and a story that names the town only
    through its airport or base ("the Tamanhint air base") is mostly about the town (3 of 3 in
    the error folders)."""
    if name_key(toponym.text) == name_key(toponym.name):
        return False
    bare = re.compile(rf"\b{re.escape(toponym.text)}\b")
    return not any(not _FACILITY.match(text, b.end()) for b in bare.finditer(text))


# "Hasaka city", "the Swat valley": the word that says which of a name's places the story means
# (the city, not the governorate named after it; the valley, not the district), which the gold
# keeps in the name where the text writes it so. Not "town", "camp" or "village", which the gold
# mostly leaves out ("Pibor town": Pibor), nor a capitalised "City", which belongs to a name of
# its own ("Kuwait City") or to an institution ("Athens City Council").
_KIND_WORD = re.compile(r"[ ](?:city|[Vv]alley)\b")
# After the kind word, what makes the name a modifier of something else: "the Red Sea city of
# Hodeidah", "Aleppo city council", "the Bekaa valley town of Zahle".
_NOT_ITS_OWN = re.compile(
    r"[ ]+(?:of|council|hall|centre|center|limits|authorities|police|officials?|town|village"
    r"|road|highway|districts?|neighbou?rhoods?|quarters?)\b",
    re.IGNORECASE,
)
# Before the name, what makes it say where another place lies ("a West Bank city", "this Punjab
# city", "the northern Syria city"): an article, a demonstrative or a direction word before a
# "city" (a valley keeps its "the").
_MODIFIER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|another|northern|southern|eastern|western|central)[ ]+$"
)


def with_kind_words(text: str, toponyms: list) -> list:
    """Each mention followed by "city" (a town's) or "valley" that names the place itself,
    widened to take the word, keeping its reading (a valley's point within the 161 km of the
    district or town the gazetteer has); not where the widened name would leave the gazetteer's
    other spelling of it unread: no other mention writes the name bare (`_only_name`)."""
    bare = {name_key(t.text) for t in toponyms if _KIND_WORD.match(text, t.end) is None}
    out = []
    for t in toponyms:
        m = _KIND_WORD.match(text, t.end)
        if m is None or t.is_demonym or not _names_itself(text, t, m, bare):
            out.append(t)
            continue
        out.append(dataclasses.replace(t, end=m.end(), text=text[t.start : m.end()]))
    return out


def _names_itself(text: str, toponym, m: re.Match, bare: set[str]) -> bool:
    if toponym.kind == "country" or _NOT_ITS_OWN.match(text, m.end()):
        return False
    if m.group().strip() == "city" and (
        toponym.kind not in _KINDS
        or _MODIFIER_BEFORE.search(text[max(0, toponym.start - 12) : toponym.start])
    ):
        return False
    key = name_key(toponym.text)
    return key == name_key(toponym.name) or key in bare
