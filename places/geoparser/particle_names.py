"""The head of a longer name joined by a particle: "Vila do João", "Bab al-Tabbaneh".

Romance and Arabic place names join their words with a lower-case particle ("Baixa do
Sapateiro", "Cordillera del Cóndor", "Adrar des Ifoghas", "Jebel al-Arafa"). When the gazetteer
lacks the whole name, the automaton still finds its first word, a common noun in those languages
("vila", "baixa", "bab", "jebel") that is also the name of some town far away. That word alone
is not what the text names, so the false-friend filter drops it (the longest-match spotter has
already taken the whole name when the gazetteer knows it).
"""

from __future__ import annotations

import re

from places.normalize import name_key

# The particle, optionally followed by a Romance article ("de los", "de la"), then a capitalised
# word. Spaced particles are the Romance ones and lower-case Arabic articles ("Shatt al Arab");
# a hyphen joins the Arabic ones ("al-", "el-", "ash-"). English words ("as", "at", "an") are
# never particles here: "Niger at Wabaria" and "Sahel as a base" stay the place.
_PARTICLE_NAME = re.compile(
    r"(?:[ \u00a0](?:d[aeiou]|d[ao]s|del|della|delle|des|al|el)[ \u00a0]"
    r"|[ \u00a0][Aa][lrdstzn][\-‐]|[ \u00a0][Ee][lrdstzn][\-‐]|[ \u00a0][Aa]sh[\-‐])"
    r"(?:(?:la|las|los|le|les|lo)[ \u00a0])?"
    r"([^\W\d_][\w'’]*)"
)


def particle_name_end(text: str, end: int) -> int | None:
    """Where the longer name ends when the name ending at `end` is followed by a particle and a
    capitalised word ("Vila| do João", "Bab| al-Tabbaneh"); None otherwise."""
    m = _PARTICLE_NAME.match(text, end)
    if m is None or not m.group(1)[0].isupper():
        return None
    return m.end()


def head_of_particle_name(text: str, start: int, end: int, known_keys) -> bool:
    """The name at [start, end) is only the head of a longer particle-joined name that is not
    itself a gazetteer name (`known_keys`): "Vila do João" is no mention of Port-Vila. A name in
    capitals is a dateline or heading, judged elsewhere."""
    if text[start:end].isupper():
        return False
    whole_end = particle_name_end(text, end)
    return whole_end is not None and name_key(text[start:whole_end]) not in known_keys
