"""The fifth extraction pass (after heldout8's first run): speakers behind abbreviated ranks, a place
before the speaker, inverted attributions, campaigns phrased in new ways — each rule on a string of its
own (not the gold articles)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract
from tests.articles.rows import campaign_rows, statement_rows

WEDNESDAY = dt.date(2023, 5, 17)


def _statements(text: str, dictionary) -> list[tuple[str, str, str | None]]:
    return statement_rows(text, dictionary, WEDNESDAY)


def _campaigns(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    return campaign_rows(text, dictionary, published)


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


def test_it_gives_a_spokesman_for_the_rebel_alliance_the_armed_group_named_before(dictionary):
    text = ("M23 rebels entered the town on Saturday after the army pulled back.\n"
            "\"The town is free,\" said Jean Bisimwa, a spokesman for the rebel alliance.")
    assert _statements(text, dictionary) == [("Jean Bisimwa", "spokesman for the rebel alliance", "M23")]


def test_it_prefers_the_role_over_the_title_in_the_name(dictionary):
    text = ("Iraqi troops pressed their assault with air support from the US-led coalition on Monday.\n"
            "U.S. Army Col. Brian Hale, a spokesman for the coalition in Baghdad, said the fight was not over. "
            "\"There is hard fighting ahead,\" he said.")
    [(_, role, actor)] = _statements(text, dictionary)
    assert (role, actor) == ("spokesman for the coalition in Baghdad", "Global Coalition to Counter ISIS")


# Actors ---------------------------------------------------------------------------------------------------

def test_it_does_not_make_a_datelines_country_an_actor_but_uses_it_for_its_minister(dictionary):
    text = ("ALEPPO, Syria (AFP) - Rebels shelled a government-held district on Monday, killing four people.\n"
            "\"The terrorists will pay,\" Information Minister Omar Haddad told reporters.")
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    [minister] = result.statements
    assert minister.actor == "Syria"
    mentions = [(m.actor, m.text) for m in result.actors if m.actor == "Syria"]
    assert mentions == [("Syria", "Information Minister")]  # the minister, not the dateline, names the state


def test_it_makes_a_state_that_speaks_through_its_minister_an_actor(dictionary):
    text = ("Mozambican troops launched a counter-offensive on Sunday to retake the town of Macomia from insurgents.\n"
            "\"The town will be cleared,\" Defence Minister Joaquim Mabunda told reporters.")
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    assert "Mozambique" in result.actor_names()
    assert "Mozambique Defence Armed Forces" in result.actor_names()


# Campaigns ------------------------------------------------------------------------------------------------

def test_it_reads_troops_storming_the_city_named_before(dictionary):
    text = "Iraqi forces entered the centre of Ramadi on Monday, a week after troops stormed the city in a push."
    [(name, attackers, targets, _, _)] = _campaigns(text, dictionary)
    assert (name, attackers, targets) == ("Ramadi offensive", ["Iraqi Security Forces"], ["Ramadi"])


def test_it_takes_the_capital_of_a_province_as_the_city_named_before(dictionary):
    text = ("Iraqi forces fought in the centre of Ramadi on Monday, in a push to reclaim the capital of Anbar "
            "province that was launched last Tuesday.")
    campaigns = _campaigns(text, dictionary)
    assert [(name, targets, started) for name, _, targets, started, _ in campaigns] == [
        ("Ramadi offensive", ["Ramadi"], dt.date(2023, 5, 16))]


def test_it_dates_a_campaign_from_the_day_its_assault_entered(dictionary):
    # Published Wednesday: "entered its fourth day on Monday" started the Friday before.
    text = ("Karen guerrillas fought their way into the town of Hpapun on Monday as their assault entered its "
            "fourth day.\nFighters of the Karen National Union have overrun most army outposts, residents said.")
    [(name, attackers, targets, started, precision)] = _campaigns(text, dictionary)
    assert (name, targets, started, precision) == ("Hpapun offensive", ["Hpapun"], dt.date(2023, 5, 12), 1)
    assert attackers == ["Karen National Union"]  # the side the next sentence opens with


def test_it_reads_an_offensive_they_call_by_a_name_with_particles(dictionary):
    text = ("Brigades of the Government of National Accord have been fighting since March to retake Sirte "
            "in an offensive they call al-Bunyan al-Marsous.")
    [(name, attackers, targets, started, precision)] = _campaigns(text, dictionary)
    assert (name, attackers, targets) == ("al-Bunyan al-Marsous", ["Government of National Accord"], ["Sirte"])
    assert (started, precision) == (dt.date(2023, 3, 1), 3)


def test_it_drops_the_single_quotes_around_an_operation_name(dictionary):
    text = "Turkey launches 'Operation Spring Shield' against Syrian government forces in Idlib\nTurkish drones struck."
    assert [name for name, *_ in _campaigns(text, dictionary)] == ["Operation Spring Shield"]


def test_it_does_not_take_a_demonym_before_territory_for_a_target(dictionary):
    text = "Ukraine sent troops across the border in its biggest incursion into Russian territory since the war began."
    assert _campaigns(text, dictionary) == []


def test_it_does_not_take_a_datelines_capital_for_the_attacker(dictionary):
    text = ("KYIV (AFP) - Russian troops have advanced to within 10 kilometres of the eastern Ukrainian city of "
            "Pokrovsk, the army chief said on Thursday.")
    [(name, attackers, targets, _, _)] = _campaigns(text, dictionary)
    assert (name, attackers, targets) == ("Pokrovsk offensive", ["Russia"], ["Pokrovsk"])


def test_it_takes_the_district_not_the_province_it_lies_in(dictionary):
    text = ("Pakistan's army said on Wednesday it had killed 18 militants in an operation in the Kech district of "
            "Balochistan province, which began last Thursday.")
    [(name, attackers, targets, started, _)] = _campaigns(text, dictionary)
    assert (name, attackers, targets, started) == ("Kech offensive", ["Pakistan Armed Forces"], ["Kech"],
                                                   dt.date(2023, 5, 11))


def test_it_reads_the_citys_east_as_the_city_named_before(dictionary):
    text = ("Syrian troops seized the northeast of rebel-held eastern Aleppo on Monday, a monitor said.\n"
            "Government forces have taken six districts since the army launched a ground offensive to retake the "
            "city's east on November 15.")
    [(name, _, targets, started, _)] = _campaigns(text, dictionary, published=dt.date(2016, 11, 28))
    assert (name, targets, started) == ("Aleppo offensive", ["Aleppo"], dt.date(2016, 11, 15))


def test_it_prefers_the_date_the_next_sentence_ties_to_a_start(dictionary):
    # Published Wednesday 17 May: "under way since Thursday night" (11 May), not the day it was said.
    text = ("Turkey has announced a military operation against Syrian government forces in Idlib.\n"
            "Defence Minister Kemal Aydin said on Monday that Operation Spring Shield had been under way since "
            "Thursday night.")
    campaigns = {name: (started, precision) for name, _, _, started, precision in _campaigns(text, dictionary)}
    assert campaigns["Operation Spring Shield"] == (dt.date(2023, 5, 11), 1)


def test_it_does_not_date_a_campaign_by_a_relative_clause_about_another_event(dictionary):
    text = ("Syrian troops launched a counter-offensive to retake the town of Saraqib, which opposition fighters "
            "recaptured last week.")
    [(name, _, _, started, _)] = _campaigns(text, dictionary)
    assert (name, started) == ("Saraqib offensive", None)


def test_it_dates_a_push_begun_weeks_before_the_report(dictionary):
    # No date in the sentence: two weeks before the report (Wednesday 17 May), to the week.
    text = ("M23 rebels pushed into Bukavu, meeting little resistance.\n"
            "The capture would extend their control, two weeks after they began a push south from Goma.")
    [(name, _, _, started, precision)] = _campaigns(text, dictionary)
    assert (name, started, precision) == ("Bukavu offensive", dt.date(2023, 5, 3), 2)
    # With a date in the sentence, the offset counts from it: Saturday 13 May, two weeks before.
    text = "M23 rebels pushed into Bukavu on Saturday, two weeks after they began a push south from Goma."
    [(_, _, _, started, precision)] = _campaigns(text, dictionary)
    assert (started, precision) == (dt.date(2023, 4, 29), 2)


def test_it_reads_a_military_source_quoted_as_saying(dictionary):
    text = ("Syrian troops shelled opposition positions near Saraqib on Friday.\n"
            "\"Any aircraft that enters our airspace will be shot down,\" a Syrian military source was quoted as "
            "saying by the state news agency.")
    assert _statements(text, dictionary) == [("", "Syrian military source", "Syrian government forces")]


def test_it_gives_a_spokesman_for_an_operation_the_side_that_runs_it(dictionary):
    text = ("Brigades of the Government of National Accord have been fighting since May to retake Sirte in an "
            "offensive they call al-Bunyan al-Marsous.\n"
            "\"Every street costs us lives,\" said Rida Issa, a spokesman for the Bunyan al-Marsous operations room.")
    assert _statements(text, dictionary) == [
        ("Rida Issa", "spokesman for the Bunyan al-Marsous operations room", "Government of National Accord")]


def test_it_introduces_a_watchdog_whose_name_ends_in_a_country(dictionary):
    text = ("Pakistan's army said it had killed 18 militants in an operation in the district.\n"
            "The Human Rights Commission of Pakistan, an independent watchdog, said that \"arrests of young men "
            "have risen sharply since the operation began\".")
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    assert "Human Rights Commission of Pakistan" in result.actor_names()
    assert [s.actor for s in result.statements] == ["Human Rights Commission of Pakistan"]


def test_it_still_takes_a_person_of_a_known_organisation_for_the_organisation(dictionary):
    text = ("Rebels attacked the town on Monday, according to Lena Ortiz of Human Rights Watch, and troops "
            "shelled their positions.")
    assert "Lena Ortiz of Human Rights Watch" not in extract(text, published=WEDNESDAY,
                                                             dictionary=dictionary).actor_names()
