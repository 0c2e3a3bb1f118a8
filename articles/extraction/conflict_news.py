"""Whether an article is conflict news: military vocabulary dense enough, or a curated armed group
among its actors. Outside conflict news countries and organisations are not parties to a campaign.
"""

from __future__ import annotations

import re

import ahocorasick

from .actors import ActorMatch

# A campaign is fighting: without one of these words (or a fighting group as attacker) nearby, "a
# storm moving into the Red River Valley" or "a telephone campaign by the Council of West Virginia"
# is none. Gunmen and gangs wage the gang wars told as campaigns ("gunmen pushed down into the
# streets of X", "gangs have been attacking the villages around Y since early this month").
MILITARY = re.compile(
    r"(?=[tfamriocsjwbpdg])\b(?:troops|forces|fighters|army|armies|armed|militants?|militias?"
    r"|militiamen|rebels?|insurgents?|offensive|"
    r"counteroffensive|counter-offensive|assault|military|soldiers|jets|warplanes|air\s*strikes?"
    r"|airstrikes|"
    r"shelling|artillery|tanks?|siege|besieged|battle|front\s*lines?|frontline|jihadists?"
    r"|terrorists?|"
    r"paramilitary|combat|war|bombard\w*|drones?|missiles?|guerrillas?|brigades?|battalions?"
    r"|peshmerga|gunmen|gangs?|"
    r"incursions?)\b",
    re.I,
)
# An article is about armed conflict when military words are frequent enough (every gold article has
# at least 2, and at least 2 per 1,000 characters; health and local news mostly have none), or when
# it names a fighting group from the curated dictionary.
CONFLICT_MIN_WORDS = 2
CONFLICT_MIN_DENSITY = 1.5 / 1000


def about_armed_conflict(
    text: str, actors: list[ActorMatch], curated: set[str] | frozenset[str] | dict
) -> bool:
    """True when the text reads as conflict news: enough military vocabulary, or a curated armed
    group or coalition among its actors. Outside conflict news countries and organisations are not
    parties."""
    if any(m.kind in ("armed_group", "coalition") and m.actor in curated for m in actors):
        return True
    needed = max(CONFLICT_MIN_WORDS, int(len(text) * CONFLICT_MIN_DENSITY + 0.999))
    return count_military_words(text, needed) >= needed


def _military_automaton() -> ahocorasick.Automaton:
    """The words of MILITARY as literals, for one linear scan of a long text (the case-insensitive
    alternation tried at every position cost 15 % of the time on general news)."""
    automaton = ahocorasick.Automaton()
    words = [
        "troops",
        "forces",
        "fighters",
        "army",
        "armies",
        "armed",
        "militant",
        "militants",
        "militia",
        "militias",
        "militiamen",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "offensive",
        "counteroffensive",
        "counter-offensive",
        "assault",
        "military",
        "soldiers",
        "jets",
        "warplanes",
        "siege",
        "besieged",
        "battle",
        "frontline",
        "jihadist",
        "jihadists",
        "terrorist",
        "terrorists",
        "paramilitary",
        "combat",
        "war",
        "drone",
        "drones",
        "missile",
        "missiles",
        "guerrilla",
        "guerrillas",
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "peshmerga",
        "gunmen",
        "gang",
        "gangs",
        "incursion",
        "incursions",
        "shelling",
        "artillery",
        "tank",
        "tanks",
    ]
    words += [
        "air strike",
        "air strikes",
        "airstrike",
        "airstrikes",
        "front line",
        "front lines",
        "frontlines",
    ]
    for word in words:
        automaton.add_word(word, (len(word), False))
    automaton.add_word("bombard", (len("bombard"), True))  # bombard, bombarded, bombardment…
    automaton.make_automaton()
    return automaton


_MILITARY_WORDS: list = []


def count_military_words(text: str, enough: int) -> int:
    """How many military words the text has (as MILITARY matches them), counting up to `enough`."""
    if not _MILITARY_WORDS:
        _MILITARY_WORDS.append(_military_automaton())
    lowered = text.lower()
    if len(lowered) != len(text):
        return sum(1 for _ in zip(range(enough), MILITARY.finditer(text), strict=False))
    count = 0
    last_end = -1
    for end_index, (length, prefix) in _MILITARY_WORDS[0].iter_long(lowered):
        start, end = end_index - length + 1, end_index + 1
        if start < last_end or (
            start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_")
        ):
            continue
        if not prefix and end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "_"):
            continue
        last_end = end
        count += 1
        if count >= enough:
            break
    return count
