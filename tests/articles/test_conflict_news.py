"""Conflict news and general news: countries and agencies are parties only in news about
fighting.
"""

from __future__ import annotations

from articles.extraction import extract
from articles.extraction.conflict_news import MILITARY as _MILITARY
from articles.extraction.conflict_news import count_military_words
from tests.articles.rows import FRIDAY_11_MARCH_2022


def test_it_makes_no_countries_or_agencies_parties_in_health_news(dictionary):
    text = (
        "Mexico reported 20 new cases of the virus on Monday, and Brazil said its hospitals were "
        "full, according to the World Health Organization (WHO). The WHO urged countries to test "
        "more."
    )
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert result.new_actors == {} and {m.actor for m in result.actors} <= set(dictionary.actors)


def test_it_keeps_countries_as_parties_in_conflict_news(dictionary):
    text = (
        "Chad said its troops had repelled rebels near the border, and Niger sent soldiers to "
        "help after militants attacked an army base with drones."
    )
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert {"Chad", "Niger"} <= set(result.new_actors) or "Niger" in result.new_actors


def test_it_keeps_a_fighting_group_an_article_introduces_outside_conflict_news(dictionary):
    result = extract(
        "The Kivu Liberation Front (KLF) took the town.",
        published=FRIDAY_11_MARCH_2022,
        dictionary=dictionary,
    )
    assert "Kivu Liberation Front" in result.new_actors


def test_it_counts_military_words_as_the_regex_does():
    text = (
        "Troops and rebels fought; air strikes, airstrikes and a front line; the armed forces "
        "bombarded the city. Forcefully, the armies' warplanes (not 'tankers') flew. Multi-tank "
        "units."
    )
    assert count_military_words(text, 100) == len(_MILITARY.findall(text))
