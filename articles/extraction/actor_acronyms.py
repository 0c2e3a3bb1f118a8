"""An acronym the dictionary gives one actor, read as another the article names in full: "the
Union of Congolese Patriots … UPC fighters" is that union's UPC (its alias "UPC militia"), not the
Central African party the dictionary's bare "UPC" is (actors.learn_aliases)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actor_dictionary import ActorDictionary, ActorMatch

_FORCE_NOUNS_AFTER_ACRONYM = ("militia", "militiamen", "fighters", "forces", "rebels")


def acronyms_of_named(matches: list[ActorMatch], dictionary: ActorDictionary) -> dict[str, str]:
    """Acronyms the dictionary reads as an actor the article names only so, while the article
    names in full another actor known as "<acronym> militia": "the Union of Congolese Patriots …
    UPC fighters" is that union's UPC, not another country's party of the same initials."""
    named = {m.actor for m in matches if not m.text.isupper()}
    learned: dict[str, str] = {}
    for match in matches:
        acronym = match.text
        if not acronym.isupper() or match.actor in named or acronym in learned:
            continue
        for noun in _FORCE_NOUNS_AFTER_ACRONYM:
            entry = dictionary.aliases.get(f"{acronym} {noun}")
            if entry and entry[0] != match.actor and entry[0] in named:
                learned[acronym] = entry[0]
                break
    return learned
