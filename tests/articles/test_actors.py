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


def test_a_group_named_by_what_it_calls_itself_is_an_actor(dictionary):
    first = ("Local self-defence fighters from a little-known group calling itself the Mirebalais Vigilance "
             "Brigade tried to hold the northern entrance to the town, two of its members said.")
    second = ("Nigeria's army said it had launched an offensive against a little-known jihadist group calling "
              "itself Lakurawa, two days after its fighters killed 15 villagers.")
    assert "Mirebalais Vigilance Brigade" in _actors(first, dictionary)
    assert "Lakurawa" in _actors(second, dictionary)


def test_a_branch_that_calls_itself_by_a_name_of_a_known_group_is_not_a_new_actor(dictionary):
    text = ("Islamic State's Sinai affiliate, which calls itself Sinai Province, has waged an insurgency in the "
            "north of the peninsula since 2013.")
    assert "Sinai Province" not in _actors(text, dictionary)


def test_a_name_typed_as_a_fighting_unit_by_its_appositive_is_an_actor(dictionary):
    first = ("The Manbij Military Council, a local force allied with the US-backed Syrian Democratic Forces (SDF), "
             "condemned what it called a Turkish invasion of the city.")
    second = ("A member of the Civilian Joint Task Force, a vigilante group that fights alongside the army, said "
              "militants still controlled several villages in the hills.")
    assert "Manbij Military Council" in _actors(first, dictionary)
    assert "Civilian Joint Task Force" in _actors(second, dictionary)


def test_fighters_known_by_a_name_are_that_group(dictionary):
    first = ("Government troops lost Bor again to Machar's forces, which were joined by thousands of armed Nuer "
             "youths known as the White Army.")
    second = ("The town was overrun by gunmen known as the Kraze Baryè, a gang allied with the G9 coalition, "
              "residents said.")
    assert "White Army" in _actors(first, dictionary)
    assert "Kraze Baryè" in _actors(second, dictionary)
