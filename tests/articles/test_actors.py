"""Actors of an article: news outlets are sources, never actors; agency spellings of known groups are the
groups (each rule with two differently worded phrasings)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract

MONDAY = dt.date(2024, 1, 8)


def _actors(text: str, dictionary) -> list[str]:
    return extract(text, published=MONDAY, dictionary=dictionary).actor_names()


def test_an_agency_in_the_dateline_is_a_source_not_an_actor(dictionary):
    first = "KABUL (AFP) - Taliban fighters overran the provincial capital on Sunday, officials said."
    second = "GOMA, Congo (Reuters) - M23 rebels seized the town of Kanyabayonga on Saturday, residents said."
    assert _actors(first, dictionary) == ["Taliban"]
    assert "Reuters" not in _actors(second, dictionary)


def test_an_outlet_someone_spoke_to_is_a_source_not_an_actor(dictionary):
    first = ('Houthi fighters shelled the city overnight, a government commander told the BBC. "We are holding '
             'the line," he said.')
    second = ("Russian troops shelled the village of Krynky on Monday, the Interfax news agency reported, citing "
              "the Russian Defence Ministry. Ukrainian forces said they had repelled the assault.")
    assert "BBC" not in _actors(first, dictionary)
    assert not any("Interfax" in name for name in _actors(second, dictionary))


def test_agency_spellings_of_known_groups_are_the_groups(dictionary):
    first = "Taleban fighters overran the district centre of Qala-i-Naw on Sunday after a two-day assault."
    second = "Huthi rebels fired drones at the city, the Huthis' military spokesman said on Monday."
    assert "Taliban" in _actors(first, dictionary)
    assert "Houthis" in _actors(second, dictionary)
