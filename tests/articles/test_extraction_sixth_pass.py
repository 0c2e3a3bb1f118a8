"""The sixth extraction pass (after heldout9's first run): each rule on a string of its own (not the gold
articles)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract
from tests.articles.rows import campaign_rows, statement_rows

FRIDAY = dt.date(2014, 10, 3)


def _statements(text: str, dictionary) -> list[tuple[str, str, str | None]]:
    return statement_rows(text, dictionary, FRIDAY)


def _campaigns(text: str, dictionary, published: dt.date = FRIDAY) -> list[tuple]:
    return campaign_rows(text, dictionary, published)


# Campaigns ------------------------------------------------------------------------------------------------

def test_it_does_not_take_an_abbreviated_month_for_a_target(dictionary):
    text = ("Islamic State fighters shelled the town of Tal Abyad on Friday as their assault on it entered its "
            "third week.\nThousands have fled since the militants began their offensive on Sept. 16.")
    campaigns = _campaigns(text, dictionary)
    assert [(name, targets) for name, _, targets, _, _ in campaigns] == [("Tal Abyad offensive", ["Tal Abyad"])]
    assert [(started, precision) for *_, started, precision in campaigns] == [(dt.date(2014, 9, 16), 1)]


def test_it_reads_no_campaign_in_an_order_not_to_storm(dictionary):
    text = ("Russian troops have besieged Mariupol since early March.\n"
            "Vladimir Putin ordered his forces not to storm the Azovstal steel works and to blockade it instead.")
    assert [(name, targets) for name, _, targets, _, _ in _campaigns(text, dictionary)] == [
        ("Mariupol offensive", ["Mariupol"])]


def test_it_makes_the_side_flying_air_strikes_for_the_attackers_an_attacker(dictionary):
    text = ("Syrian government forces, backed by Russian air strikes, launched an offensive on Palmyra on "
            "Sunday.\nIslamic State fighters fell back towards Deir Ezzor.")
    [(name, attackers, targets, _, _)] = _campaigns(text, dictionary)
    assert (name, targets) == ("Palmyra offensive", ["Palmyra"])
    assert attackers == ["Syrian government forces", "Russia"]


def test_it_does_not_make_a_side_striking_the_attackers_an_attacker(dictionary):
    text = ("Islamic State fighters launched an offensive on Kobani on Friday.\n"
            "U.S.-led coalition aircraft struck Islamic State positions south of the town overnight.")
    [(_, attackers, _, _, _)] = _campaigns(text, dictionary)
    assert attackers == ["Islamic State"]


# Statements -----------------------------------------------------------------------------------------------

def test_it_finds_a_surname_without_its_particle_and_the_title_before_the_full_name(dictionary):
    text = ("KIRKUK, Iraq (Reuters) - Iraqi troops entered the city on Monday, hours after Prime Minister Haider "
            "al-Abadi ordered them to move.\n"
            "\"We call on all citizens to cooperate with our armed forces,\" Abadi said in a televised address.")
    assert _statements(text, dictionary) == [("Haider al-Abadi", "Prime Minister", "Iraq")]


def test_it_prefers_a_role_said_of_a_person_to_the_rank_before_his_name(dictionary):
    text = ("Brigadier General Musa Danladi, the army spokesman, said troops had entered the town.\n"
            "\"The terrorists will be flushed out,\" Danladi said.")
    assert [(speaker, role) for speaker, role, _ in _statements(text, dictionary)] == [
        ("Musa Danladi", "army spokesman")]


def test_it_gives_the_groups_spokesman_the_armed_group_named_before(dictionary):
    text = ("Kenyan troops landed north of the port on Friday.\n"
            "Al-Shabab insisted it still held the city. \"Our fighters are in their positions,\" the group's "
            "military spokesman, Abdiaziz Abu Musab, said on a radio station.")
    assert _statements(text, dictionary) == [("Abdiaziz Abu Musab", "group's military spokesman", "Al-Shabaab")]


def test_it_learns_who_a_person_is_from_according_to(dictionary):
    text = ("The assault involved navy ships and helicopter gunships, according to Col. Cyrus Oguna, a "
            "spokesman for the Kenya Defence Forces.\n"
            "\"We have taken the beachhead,\" Oguna told reporters by phone.")
    [(speaker, role, _)] = _statements(text, dictionary)
    assert (speaker, role) == ("Cyrus Oguna", "spokesman for the Kenya Defence Forces")


# Actors ---------------------------------------------------------------------------------------------------

def test_it_reads_government_soldiers_as_the_states_forces(dictionary):
    text = "Somali government soldiers advanced on the town from the west on Friday, residents said."
    actors = {m.actor for m in extract(text, published=FRIDAY, dictionary=dictionary).actors}
    assert "Somali National Army" in actors and "Somalia" not in actors


def test_it_does_not_make_the_side_a_campaign_is_against_its_attacker_later(dictionary):
    text = ("Afghan forces launch counter-offensive to retake Ghazni from Taliban\n"
            "Afghan government forces launched a counter-offensive on Tuesday to retake the city of Ghazni, a day "
            "after Taliban fighters overran it, officials said.\n"
            "Troops pushed towards the city from the airport, where soldiers retreated after the Taliban stormed "
            "Ghazni on Monday.\n"
            "\"Our forces have started the operation to clear the city,\" Interior Ministry spokesman Ahmad Karimi "
            "told reporters.")
    [(_, attackers, targets, _, _)] = _campaigns(text, dictionary, dt.date(2015, 9, 29))
    assert (attackers, targets) == (["Afghanistan"], ["Ghazni"])


def test_it_reads_a_two_word_naval_rank_as_a_title_not_a_role(dictionary):
    text = ("Coalition aircraft struck militant positions overnight.\n"
            "\"Air power alone is not going to be enough,\" Pentagon press secretary Rear Admiral John Kirby told "
            "a briefing.")
    [(speaker, role, _)] = _statements(text, dictionary)
    assert (speaker, role) == ("John Kirby", "Pentagon press secretary")
