"""A party's own media as the speaker of a control claim (articles/extraction/control_claims.py):
"FAPLA still holds X, ANGOP said", "the IS-linked Aamaq news agency claimed the group's fighters
had repelled the attack on X". tests/gold/README.md ("Control observations"): a state's or a
party's own broadcaster claims. Outlets are sources, never actors, so the dictionary's outlet
matches name no speaker; this reads the state agencies and the groups' radios of
data/control_party_media.json (with the short names wire copy uses, "SANA", "KCNA") as a voice of
their party, when the article names that party (a state agency reporting another country's war
speaks for no side of it)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .actor_dictionary import ActorMatch
from .states import FORCES


@lru_cache(maxsize=1)
def _media() -> tuple[re.Pattern[str], dict[str, str]]:
    path = Path(__file__).resolve().parent / "data" / "control_party_media.json"
    media: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["media"]
    names = sorted(media, key=len, reverse=True)  # "Amaq News Agency" before "Amaq"
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return pattern, media


def party_voices(text: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Each mention of a party's own medium, as a match of that party (with its kind), where the
    article names the party, or for a state its forces ("Syrian troops": the state claims through
    its agency); in text order. One scan of the text."""
    kinds = {a.actor: a.kind for a in actors}
    named = {state for state, forces in FORCES.items() if forces in kinds}
    pattern, media = _media()
    voices = []
    for found in pattern.finditer(text):
        party = media[found.group()]
        kind = kinds.get(party) or ("state" if party in named else None)
        if kind is not None:
            voices.append(ActorMatch(found.start(), found.end(), found.group(), party, kind))
    return voices
