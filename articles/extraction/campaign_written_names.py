"""An unnamed campaign is called after its first target as the article writes it: "Musa Qala
offensive", "Ruhengeri offensive", not the gazetteer's "Mūsá Qal‘ah offensive" or the town's
later name "Musanze offensive". The name is what analysts read beside the article; the target
stays the gazetteer's place (and `extraction_store` still finds the same campaign of another
article by its attackers and targets when the spellings differ)."""

from __future__ import annotations

import re

from .campaign_record import CampaignRecord

# The names the campaign steps give an unnamed campaign: "<first target> offensive" and
# "<first target> counter-offensive".
_GENERATED = re.compile(r"(?P<place>.+) (?P<noun>offensive|counter-offensive)")
# The lower-case kind word the geoparser's mention takes after a name ("Hasaka city", "the Swat
# valley", places/geoparser/facilities.py) is no part of the campaign's name ("Panjshir Valley"
# keeps its capitalised word).
_LOWER_TAIL = re.compile(r"[ ](?:city|valley)$")
# A written name longer than this is a run of words, not a place's name.
_MAX_WRITTEN = 60


def named_as_written(text: str, campaigns: list[CampaignRecord]) -> None:
    """In place: each unnamed campaign named after its first target takes the words the text
    uses for that target, when they read as a name."""
    for record in campaigns:
        if record.named or not record.targets or not record.target_spans:
            continue
        generated = _GENERATED.fullmatch(record.name)
        if generated is not None and _LOWER_TAIL.search(generated["place"]):
            # named after the mention as written, kind word and all ("Panjshir valley")
            record.name = f"{_LOWER_TAIL.sub('', generated['place'])} {generated['noun']}"
            continue
        if generated is None or generated["place"] != record.targets[0]:
            continue  # a name another step chose on purpose
        start, end = record.target_spans[0]
        written = _LOWER_TAIL.sub("", text[start:end])
        if _reads_as_a_name(written):
            record.name = f"{written} {generated['noun']}"


def _reads_as_a_name(words: str) -> bool:
    """A capitalised name on one line, not a dateline's capitals ("KABUL" stays "Kabul")."""
    return (
        0 < len(words) <= _MAX_WRITTEN
        and words[0].isupper()
        and not words.isupper()
        and "\n" not in words
    )
