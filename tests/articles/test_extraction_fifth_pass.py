"""The fifth extraction pass (after heldout8's first run): speakers behind abbreviated ranks, a place
before the speaker, inverted attributions, campaigns phrased in new ways — each rule on a string of its
own (not the gold articles)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract

WEDNESDAY = dt.date(2023, 5, 17)


def _statements(text: str, dictionary) -> list[tuple[str, str, str | None]]:
    return [(s.speaker, s.role, s.actor) for s in extract(text, published=WEDNESDAY, dictionary=dictionary).statements]


def _campaigns(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    result = extract(text, published=published, dictionary=dictionary)
    return [(c.name, c.attackers, c.targets, c.started_on, c.date_precision) for c in result.campaigns]


# Statements -----------------------------------------------------------------------------------------------

def test_it_reads_a_speaker_behind_an_abbreviated_rank_before_the_verb(dictionary):
    text = ("Arakan Army fighters attacked outposts near the town on Monday.\n"
            "\"We hold the ridge and the fighting is now inside,\" Lt. Col. Min Thant, a spokesman for the "
            "Arakan Army, told reporters by telephone.")
    assert _statements(text, dictionary) == [("Min Thant", "spokesman for the Arakan Army", "Arakan Army")]


def test_it_does_not_read_past_a_quote_that_ended_its_sentence(dictionary):
    # The quote ends with a question mark: "Dr. Ana Ruiz" belongs to the next sentence, not to the quote.
    text = ("Rebels shelled the town on Monday, the army said.\n"
            "\"Why should they not receive our support?\" Critics, including Dr. Ana Ruiz, say otherwise.")
    assert [speaker for speaker, _, _ in _statements(text, dictionary)] == [""]


def test_it_skips_a_place_before_the_speaker(dictionary):
    text = ("Russian troops pressed their attacks in the east on Tuesday.\n"
            "In Moscow, Kremlin spokesman Pavel Orlov told reporters that \"the army is fighting terrorists, "
            "and we support it\".")
    assert _statements(text, dictionary) == [("Pavel Orlov", "Kremlin spokesman", "Russia")]


def test_it_finds_he_in_a_sentence_that_names_its_speaker_after_the_verb(dictionary):
    text = ("Gunmen attacked a camp in the district last week.\n"
            "The operation was continuing in the hills, said Maj Gen Tariq Hussain, the army's chief spokesman. "
            "\"It will go on until every attacker is found,\" he told a news conference.")
    [(speaker, role, _)] = _statements(text, dictionary)
    assert (speaker, role) == ("Tariq Hussain", "army's chief spokesman")
