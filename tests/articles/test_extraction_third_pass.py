"""The third extraction pass: campaign dates and targets that generalise, roles bound to the speaker,
groups an article types or shows fighting, and no countries or agencies as parties in general news —
each rule on a string of its own (not the gold articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import discover_actors, find_actors
from articles.extraction.campaigns import count_military_words, _MILITARY
from tests.articles.rows import campaign_rows

FRIDAY = dt.date(2022, 3, 11)


def _campaigns(text: str, dictionary, published: dt.date = FRIDAY) -> list[tuple]:
    return campaign_rows(text, dictionary, published)


def _speaker(text: str, dictionary) -> tuple[str, str, str | None]:
    statement = extract(text, published=FRIDAY, dictionary=dictionary).statements[0]
    return statement.speaker, statement.role, statement.actor


# Dates ---------------------------------------------------------------------------------------------------

def test_it_dates_a_campaign_by_its_start_not_by_the_report(dictionary):
    text = ("The Malian army said on Friday it had launched an offensive to retake the town of Ber.\n"
            "Troops began advancing on the town on Wednesday from the garrison of Goundam, officials said.")
    [(_, _, targets, started, precision)] = _campaigns(text, dictionary)
    assert targets == ["Ber"] and (started, precision) == (dt.date(2022, 3, 9), 1)


def test_it_dates_a_push_by_the_sentence_that_says_when_the_attack_began(dictionary):
    text = ("Rebel fighters pressed a push toward the town of Kajo on Friday, two days after crossing the river, "
            "army officials said.\nThe attack began before dawn on Wednesday, when hundreds of fighters moved in.")
    [(_, _, targets, started, _)] = _campaigns(text, dictionary)
    assert targets == ["Kajo"] and started == dt.date(2022, 3, 9)


def test_it_keeps_the_report_date_when_nothing_else_dates_the_start(dictionary):
    text = "Israel said on Tuesday it had begun an offensive on the town of Khiam, backed by air strikes."
    [(_, _, _, started, _)] = _campaigns(text, dictionary)
    assert started == dt.date(2022, 3, 8)


def test_it_dates_a_siege_from_an_earlier_sentence_naming_its_target_with_since(dictionary):
    text = ("Militiamen have besieged the army garrison in the town of Pibor since March 3, the army said.\n"
            "The siege of Pibor has cut the only road to the border, and troops are running out of food.")
    [(_, _, targets, started, precision)] = _campaigns(text, dictionary)
    assert targets == ["Pibor"] and (started, precision) == (dt.date(2022, 3, 3), 1)


# Targets -------------------------------------------------------------------------------------------------

def test_it_takes_no_target_from_a_clause_about_another_event(dictionary):
    text = ("Jets pounded rebel camps in the Imatong hills on Tuesday, the third day of a long-awaited offensive.\n"
            "The army launched Operation Red Dawn on 6 March, a week after a rebel attack on the town of Torit.")
    [(name, _, targets, started, _)] = _campaigns(text, dictionary)
    assert name == "Operation Red Dawn" and targets == ["Imatong"] and started == dt.date(2022, 3, 6)


def test_it_gives_a_named_operation_the_place_named_before_it(dictionary):
    text = ("Troops pressed on with a large raid in the northern city of Maiduguri on Friday, the third day of "
            "an operation the military has named \"Desert Sweep\".")
    [(name, _, targets, _, _)] = _campaigns(text, dictionary)
    assert name == "Desert Sweep" and targets == ["Maiduguri"]


def test_it_resolves_the_valley_to_the_valley_named_before(dictionary):
    text = ("Taliban fighters pushed deeper into the Swat valley on Friday, in an assault on the valley that "
            "began earlier this week, residents said.")
    [(_, attackers, targets, started, precision)] = _campaigns(text, dictionary)
    assert attackers == ["Taliban"] and targets == ["Swat"]
    assert (started, precision) == (dt.date(2022, 3, 7), 2)  # the Monday of the week


def test_it_takes_the_place_not_the_district_that_contains_it(dictionary):
    text = ("Indian troops pressed on with an operation against militants holed up in the forests of Gadol in "
            "the Kulgam district on Monday.\nThe operation began on Wednesday after a tip-off, officials said.")
    [(_, _, targets, _, _)] = _campaigns(text, dictionary)
    assert targets == ["Gadol"]


def test_it_does_not_take_the_side_attacked_for_the_attacker(dictionary):
    text = ("Israel said on Tuesday it had begun ground raids against Hezbollah positions in southern Lebanon, "
            "the first Israeli incursion into the country in years.")
    [(_, attackers, targets, _, _)] = _campaigns(text, dictionary)
    assert attackers == ["Israel"] and targets == ["Lebanon"]


# Roles ---------------------------------------------------------------------------------------------------

def test_it_keeps_the_role_in_an_according_to_lead_in(dictionary):
    text = ('According to Amina Yusuf, a nurse in Baidoa, the regional capital, "the wards are full and we '
            'have run out of oxygen".')
    assert _speaker(text, dictionary) == ("Amina Yusuf", "nurse in Baidoa", None)


def test_it_reads_an_appositive_after_the_name_as_the_role(dictionary):
    text = '"Nobody has come to help us," said Rosa Medina, the local ombudsman for the Cauca valley.'
    assert _speaker(text, dictionary)[1] == "local ombudsman for the Cauca valley"


def test_it_takes_the_role_bound_to_the_name_not_a_clause_before_it(dictionary):
    text = ("Troops backed by fighter jets began moving on the town on Monday, army spokesman Colonel Ali Musa "
            "said.\n\"The terrorists will be driven out,\" Musa said.")
    assert _speaker(text, dictionary)[:2] == ("Ali Musa", "army spokesman")


def test_it_keeps_an_acronym_apposed_to_the_speakers_organisation(dictionary):
    text = ('"The attackers were pushed back," said Jean Kanga, a spokesman for the UN stabilisation mission, '
            'MINUSMA.')
    assert _speaker(text, dictionary) == ("Jean Kanga", "spokesman for the UN stabilisation mission, MINUSMA",
                                          "MINUSMA")


# Actors --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("The Red Army, a loosely organised ethnic militia, attacked the camp.", "Red Army", "armed_group"),
    ("Viv Kontre, a coalition of armed gangs, took the road.", "Viv Kontre", "coalition"),
    ("Militiamen of the Black Lions Brigade fired on the convoy.", "Black Lions Brigade", "armed_group"),
    ("Gunmen from the Dawla group seized the bridge.", "Dawla group", "armed_group"),
    ("A spokesman for the UN mission, MINUSMA, said so.", "MINUSMA", "coalition"),
])
def test_it_discovers_a_group_the_text_types_or_shows_fighting(dictionary, text, name, kind):
    found = discover_actors(text, dictionary.with_states())
    assert found.get(name, ("", ""))[0] == kind


@pytest.mark.parametrize("text", [
    "Colonel Scott Mercer, a spokesman for the US-led coalition, said so.",  # a person, not a group
    "Gunmen from the Islamic State group attacked the town.",  # a known actor with a noun after it
    "The Serum Resistance Associated (SRA) protein was found in samples.",  # head word not ending the name
])
def test_it_discovers_no_group_from_a_person_a_known_actor_or_a_misplaced_head_word(dictionary, text):
    assert discover_actors(text, dictionary.with_states()) == {}


def test_it_trims_a_lead_in_from_an_introduced_name_by_its_initials(dictionary):
    found = discover_actors("According to the Food and Agriculture Organisation (FAO), crops failed.",
                            dictionary.with_states())
    assert list(found) == ["Food and Agriculture Organisation"]


def test_it_gives_the_army_of_the_first_named_country_when_no_forces_are_named(dictionary):
    text = ("Militiamen attacked the garrison in Nasir, in South Sudan's Upper Nile state, on Tuesday.\n"
            "\"Our soldiers are holding,\" army spokesman Deng Malual said.")
    result = extract(text, published=FRIDAY, dictionary=dictionary)
    assert result.statements[0].actor == "South Sudan People's Defence Forces"


def test_it_reads_a_country_after_bordering_as_a_place(dictionary):
    assert "Afghanistan" not in {m.actor for m in find_actors(
        "Jets struck hideouts in the tribal region bordering Afghanistan.", dictionary.with_states())}


# General news --------------------------------------------------------------------------------------------

def test_it_makes_no_countries_or_agencies_parties_in_health_news(dictionary):
    text = ("Mexico reported 20 new cases of the virus on Monday, and Brazil said its hospitals were full, "
            "according to the World Health Organization (WHO). The WHO urged countries to test more.")
    result = extract(text, published=FRIDAY, dictionary=dictionary)
    assert result.new_actors == {} and {m.actor for m in result.actors} <= set(dictionary.actors)


def test_it_keeps_countries_as_parties_in_conflict_news(dictionary):
    text = ("Chad said its troops had repelled rebels near the border, and Niger sent soldiers to help after "
            "militants attacked an army base with drones.")
    result = extract(text, published=FRIDAY, dictionary=dictionary)
    assert {"Chad", "Niger"} <= set(result.new_actors) or "Niger" in result.new_actors


def test_it_keeps_a_fighting_group_an_article_introduces_outside_conflict_news(dictionary):
    result = extract("The Kivu Liberation Front (KLF) took the town.", published=FRIDAY, dictionary=dictionary)
    assert "Kivu Liberation Front" in result.new_actors


def test_it_counts_military_words_as_the_regex_does():
    text = ("Troops and rebels fought; air strikes, airstrikes and a front line; the armed forces bombarded "
            "the city. Forcefully, the armies' warplanes (not 'tankers') flew. Multi-tank units.")
    assert count_military_words(text, 100) == len(_MILITARY.findall(text))


def test_it_gives_a_military_spokesman_the_group_named_before_military(dictionary):
    text = ("Saudi-led coalition jets and Yemeni government forces attacked the port.\n"
            "A Houthi military spokesman, Yahya Saleh, said that \"the invaders will find the port a graveyard for "
            "their soldiers and their ships\".")
    assert _speaker(text, dictionary)[2] == "Houthis"


def test_it_gives_the_head_of_the_mission_the_organisation_named_before(dictionary):
    text = ("The United Nations monitoring mission said the strike hit a hospital.\n"
            "\"It is one of the worst attacks we have seen,\" said Anna Berg, the head of the mission.")
    assert _speaker(text, dictionary)[2] == "United Nations"
