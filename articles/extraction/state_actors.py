"""States and their forces as actors: every state of the country list added to a dictionary, and
the forces an article names without their state's name ("Ugandan and Congolese troops", "the
army", "military spokesman")."""

from __future__ import annotations

import re

from .actor_dictionary import ActorDictionary, ActorEntry, ActorMatch, fold, window

FORCE_WORDS = re.compile(
    r"\b(?:army|forces?|troops|military|soldiers|ministry|government|staff|guards?|corps)\b", re.I
)

_DEMONYM_BEFORE = re.compile(r"(?P<demonym>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:\s+and\s+|,\s+)$")


def coordinated_demonyms(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """ "Ugandan and Congolese troops": the first demonym shares the noun, so it names Uganda's
    forces."""
    added = []
    for match in matches:
        if match.kind != "state" or not FORCE_WORDS.search(match.text):
            continue
        before = _DEMONYM_BEFORE.search(text, max(0, match.start - 40), match.start)
        if not before:
            continue
        demonym = before.group("demonym")
        actor = dictionary.demonym_forces.get(demonym) or dictionary.demonym_forces.get(
            demonym.split()[-1]
        )
        if actor and actor != match.actor:
            start = (
                before.start("demonym")
                if demonym in dictionary.demonym_forces
                else before.end("demonym") - len(demonym.split()[-1])
            )
            if not any(
                m.start < before.end("demonym") and start < m.end
                for m in window(matches, max(0, start - 200), before.end("demonym"))
            ):
                added.append(
                    ActorMatch(
                        start,
                        before.end("demonym"),
                        text[start : before.end("demonym")],
                        actor,
                        dictionary.kind_of(actor),
                    )
                )
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


# "army spokesman Nabil Abdallah", "the army's deputy commander", "The military said": a state's
# army the article does not name in full here. Not "military analyst", "a military base", "army of
# volunteers".
_ARMY_WORD = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|[Jj]unta)\b")


_ARMY_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:federal\s+|national\s+)?$")


_ARMY_NOT_ACTOR = re.compile(
    r"\s+(?:base|bases|analysts?|experts?|hospital|academy|college|school|court|vehicles?|"
    r"aircraft|equipment|aid|assistance|support|service|uniforms?|intelligence|history|"
    r"government|regime|rulers?|of|police|and\s+civil)\b"  # "military (and civil) police"
)


_ARMY_ROLE_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|chief|officials?|sources?|statement|headquarters)\b"
)


def _recognised_forces(
    home_forces: str | None, counts: dict[str, int]
) -> tuple[str | None, dict[str, int]]:
    """Drop a self-declared state's forces where a recognised state's are named too: wire copy
    calls the secessionists' men "Biafran troops", "Abkhaz forces", and "the army" or "army
    spokesman" the recognised state's, though the story first names the self-declared state
    ("Federal troops capture X, Biafra says battle goes on")."""
    from .speaker_breakaway import breakaway_words

    self_declared = set(breakaway_words().values())
    recognised = {actor: n for actor, n in counts.items() if actor not in self_declared}
    if not recognised:
        return home_forces, counts
    return (None if home_forces in self_declared else home_forces), recognised


def generic_army(
    text: str,
    matches: list[ActorMatch],
    home_forces: str | None = None,
    placed_forces: str | None = None,
) -> list[ActorMatch]:
    """An unqualified "the army" or "military spokesman" is the forces of the first country the
    article names (`home_forces`, the dateline's or the story's own) when the article names those
    forces too, even if a foreign army is named more often ("JUBA, South Sudan — South Sudan's army
    … with Ugandan help … army spokesman"). Otherwise it is the forces the article names ("Sudan's
    army", "Israeli forces") — the most mentioned, else the first named; and in an article that
    names none, the forces of the country its places are in (`placed_forces`: "Government troops
    retook the town hall of Butig … commander of the Army's brigade", though Syria is named), else
    the home forces ("Militiamen besieged the garrison in … South Sudan's Upper Nile state … the
    army said"). (Where forces are named the places' country is not preferred: a war of a state
    gone, Yugoslavia's in Vukovar, is placed in the country there now.)"""
    from .states import FORCES

    # the home state's own forces actor, however named ("Mozambique's defence minister")
    named_forces = {home_forces} & set(FORCES.values())
    counts: dict[str, int] = {}
    for match in matches:
        if match.kind == "state" and (
            FORCE_WORDS.search(match.text) or match.actor in named_forces
        ):
            counts[match.actor] = counts.get(match.actor, 0) + 1
    home_forces, counts = _recognised_forces(home_forces, counts)
    if placed_forces is not None and not counts:
        forces = placed_forces
    elif home_forces is not None and (home_forces in counts or not counts):
        forces = home_forces
    elif counts:
        best = max(counts.values())
        forces = next(m.actor for m in matches if counts.get(m.actor) == best)
    else:
        return matches
    added = []
    for found in _ARMY_WORD.finditer(text):
        start, end = found.start(), found.end()
        word = found.group()
        if _ARMY_ROLE_AFTER.match(text, end):
            pass  # "army spokesman", "Military sources"
        elif (
            word == "junta"
            or not word.islower()
            or not _ARMY_DETERMINER.search(text, max(0, start - 20), start)
            or _ARMY_NOT_ACTOR.match(text, end)
        ):
            # only "the army", "its military" (not "a military base", "the army of volunteers")
            continue
        if any(m.start < end and start < m.end for m in window(matches, max(0, start - 80), end)):
            continue  # part of a name already matched ("Sudan's army", "Arakan Army")
        added.append(ActorMatch(start, end, text[start:end], forces, "state"))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


def extend_with_states(dictionary: ActorDictionary) -> ActorDictionary:
    from .states import (
        FORCES,
        FORCES_ACRONYMS,
        NAMED_FORCES,
        NAMED_POLICE,
        POLICE,
        demonym_index,
        generated_entries,
    )

    extended = dictionary.copy()
    extended._parent = None  # the extended dictionary is scanned with one automaton of its own
    extended.aliases = dict(extended.aliases)
    taken = {fold(alias) for alias in extended.aliases}
    state_of: dict[str, str] = {}

    def state(country: str) -> str:
        if country not in state_of:
            curated = dictionary.aliases.get(country)
            if curated and dictionary.kind_of(curated[0]) == "state":
                state_of[country] = curated[0]
            else:
                state_of[country] = country
                if country not in extended.actors:
                    extended.actors[country] = ActorEntry(country, "state")
        return state_of[country]

    def actor_for(country: str, role: str) -> str:
        table = FORCES if role == "forces" else POLICE if role == "police" else {}
        name = table.get(country)
        if not name:
            return state(country)
        if name not in extended.actors:
            extended.actors[name] = ActorEntry(name, "state", parent=None)
        if fold(name) not in taken:
            extended.aliases[name] = (name, False)
            taken.add(fold(name))
            for acronym in FORCES_ACRONYMS.get(name, ()):
                if fold(acronym) not in taken:
                    extended.aliases[acronym] = (name, True)
                    taken.add(fold(acronym))
        return name

    territories = set()
    for alias, country, role, case in generated_entries():
        key = fold(alias)
        if key in taken:
            continue
        name = actor_for(
            country, "forces" if role == "forces" else role if role == "police" else "state"
        )
        extended.aliases[alias] = (name, case == "exact")
        taken.add(key)
        if role == "name":
            territories.add(alias)
    extended.territories = frozenset(territories)
    # after the generated aliases: "Tunisian armed forces" stays Tunisia, as "Tunisian troops" do
    for name, *others in (*NAMED_FORCES.values(), *NAMED_POLICE.values()):
        if name not in extended.actors:
            extended.actors[name] = ActorEntry(name, "state", parent=None)
        for alias in (name, *others):
            if fold(alias) not in taken:
                extended.aliases[alias] = (name, alias != name)
                taken.add(fold(alias))
    extended.demonym_forces = {
        demonym: actor_for(country, "forces") for demonym, country in demonym_index().items()
    }
    return extended
