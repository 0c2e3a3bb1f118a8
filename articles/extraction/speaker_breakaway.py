"""A self-declared state's offices: "a spokesman for the Krajina government in Knin", "the Abkhaz
defense ministry", "the Karabakh defence committee". The word before the office names the region
the breakaway state holds; read as a place, it gives the recognised state the region lies in, the
side the speaker fights against. The words are data (data/breakaway_words.json)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent / "data" / "breakaway_words.json"

# The offices of a government and its armed forces, as a role names them after the region's word
# ("Krajina government", "Abkhaz defence ministry", "Dniester republic's guard", "Karabakh
# defence committee"): not "Karabakh refugees" or "Abkhaz villagers", nor its army, which may be
# an actor of its own ("Karabakh Defence Army").
_OFFICES = (
    r"(?:separatist\s+|breakaway\s+)?(?:government|authorities|leadership|administration|"
    r"parliament|president|presidency|republic|cabinet|"
    r"(?:defen[cs]e|foreign|interior)\s+(?:ministry|minister|committee|council)|"
    r"guards?)\b"
)


@lru_cache(maxsize=1)
def breakaway_words() -> dict[str, str]:
    data = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return {word: actor for word, actor in data.items() if not word.startswith("_")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(breakaway_words(), key=len, reverse=True)))
    return re.compile(rf"(?<![\w\-])(?P<word>{words})['’]?s?\s+{_OFFICES}")


def breakaway_office(role: str) -> str | None:
    """The self-declared state whose office the role names, or None."""
    found = _pattern().search(role)
    return breakaway_words()[found.group("word")] if found else None
