"""Whose official a speaker is when the story is about two states: the state whose unit his role
names ("a Marine battalion commander" after "U.S. Marines"), the state his role names by its
demonym ("a Kuwaiti diplomat in Bahrain", "the Indian spokesman", "a Maldivian government
official", "a Kenyan officer with the regional force")."""

from __future__ import annotations

import pytest

from tests.articles.rows import TUESDAY_16_MAY_2023, statement_rows

US_SIDES = {"United States", "United States Armed Forces"}


def _actor_of(text: str, dictionary, speaker_words: str) -> str | None:
    rows = statement_rows(text, dictionary, TUESDAY_16_MAY_2023)
    return next(actor for speaker, role, actor in rows if speaker_words in f"{speaker} {role}")


def test_a_marine_commander_speaks_for_the_state_whose_marines_the_text_names(dictionary):
    text = (
        "U.S. Marines fought their way across the two bridges over the Euphrates at Nasiriyah on "
        "Monday, while Iraqi soldiers and militiamen fired from the rooftops.\n"
        '"We hold both bridges, and we are not giving them back," said Lt. Col. Dale Hanrahan, a '
        "Marine battalion commander.\n"
        '"The invaders are surrounded in the city," an Iraqi military spokesman said in Baghdad.'
    )
    assert _actor_of(text, dictionary, "Hanrahan") in US_SIDES


def test_an_officer_of_a_named_regiment_speaks_for_its_state_not_the_home_army(dictionary):
    text = (
        "American troops and Iraqi soldiers pushed into Husaybah on the Syrian border on Saturday, "
        "the second week of an operation by the U.S. Marines to clear the Euphrates valley.\n"
        '"We own about two-thirds of the town," Maj. Daniel Whitcomb, an operations officer with '
        'the 2nd Marine Regiment, said by telephone. "The rest will take days."'
    )
    assert _actor_of(text, dictionary, "Whitcomb") in US_SIDES


def test_a_paratroop_officer_speaks_for_the_state_whose_paratroopers_the_text_names(dictionary):
    text = (
        "French paratroopers fought a band of rebels that had crossed from Tunisia near Souk Ahras "
        "for a week, the army said on Sunday. Tunisia protested the shelling of its border "
        "villages.\n"
        '"They fought hard because they had nowhere to go," said Captain Olivier Ferrandon, a '
        "company commander of the paratroops."
    )
    assert _actor_of(text, dictionary, "Ferrandon") == "France"


def test_a_diplomat_whose_role_names_his_state_speaks_for_it(dictionary):
    text = (
        "Iraqi troops drove into Kuwait City before dawn on Thursday and seized the palace.\n"
        "A Kuwaiti diplomat in Bahrain, Faisal al-Rumaihi, said units of the army were still "
        'fighting. "Our soldiers have not surrendered," he told reporters in Manama.\n'
        '"The capital is calm," a Western diplomat said.'
    )
    rows = statement_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert rows[0] == ("Faisal al-Rumaihi", "Kuwaiti diplomat in Bahrain", "Kuwait")
    assert rows[-1][2] is None  # a Western diplomat names no state: an observer


def test_a_diplomat_abroad_in_a_colonial_story_speaks_for_his_state(dictionary):
    text = (
        "Rebels of the Front for the Restoration of Unity and Democracy shelled Tadjoura in "
        "Djibouti on Friday, and the government said its forces held the town.\n"
        '"France will not go to war against one party," said a French diplomat in Djibouti.'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] == "France"


def test_a_spokesman_named_by_his_states_demonym_speaks_for_it(dictionary):
    text = (
        "Pakistani troops backed by tanks and artillery attacked Indian positions at Chhamb in "
        "Kashmir on Friday, and Radio Pakistan said the town had fallen after a battle.\n"
        '"Our men are holding, and the enemy is paying very heavily," the Indian spokesman said.'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] == "India"


def test_a_spokesman_for_the_other_state_keeps_the_demonym_his_role_gives(dictionary):
    text = (
        "Ethiopian troops and tanks crossed into Somalia and attacked Islamist militia bases "
        "around Luuq on Tuesday, Kenyan officials at the border said.\n"
        '"Ethiopia has the right to defend itself," an Ethiopian spokesman told reporters.'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] == "Ethiopia"


def test_a_government_official_named_by_his_states_demonym_speaks_for_it(dictionary):
    text = (
        "Indian paratroopers crushed a coup attempt in the Maldives on Friday, retaking Male from "
        "mercenaries, Indian officials said.\n"
        '"We thought it was the end of the government," said Hussain Manik, a Maldivian '
        "government official reached by telephone in Male."
    )
    assert _actor_of(text, dictionary, "Manik") == "Maldives"


def test_an_officer_of_a_regional_force_speaks_for_the_state_his_role_names(dictionary):
    text = (
        "M23 rebels pulled back from Kibumba in eastern Congo on Friday as troops of the East "
        "African regional force moved in.\n"
        '"Our mission is to create conditions for peace," said Colonel Samuel Nakuru, a Kenyan '
        "officer with the regional force."
    )
    assert _actor_of(text, dictionary, "Nakuru") == "Kenya"


def test_a_government_spokesman_speaks_for_the_state_a_city_lead_opens_his_paragraph_with(
    dictionary,
):
    text = (
        "NAIROBI, April 11 (Reuter) - Tanzanian troops and Ugandan exile forces captured Kampala "
        "on Tuesday after a night of heavy shelling, and Amin's army fled north.\n"
        "In Dar es Salaam, the Tanzanian government said its forces would not stay in Uganda. "
        '"Our troops will come home when the threat is gone," a government spokesman, Abdallah '
        "Mtengeti, told Reuters."
    )
    assert _actor_of(text, dictionary, "Mtengeti") == "Tanzania"


def test_a_government_spokesman_speaks_for_the_state_whose_official_opens_his_paragraph(
    dictionary,
):
    text = (
        "NAIROBI, Aug 10 (Reuter) - Ethiopian troops backed by tanks seized three towns in "
        "southwestern Somalia held by Islamist militiamen, aid workers said.\n"
        "An Ethiopian foreign ministry spokesman declined to confirm that troops had crossed the "
        'border. But a government spokesman, Tesfaye Woldegiorgis, told Reuters: "We have the '
        'right to defend our people against terrorists, and we will use that right."'
    )
    assert _actor_of(text, dictionary, "Woldegiorgis") == "Ethiopia"


def test_a_capital_opening_the_role_names_the_state_of_the_office(dictionary):
    text = (
        "Iranian troops crossed the Shatt al-Arab and attacked the port of Faw, Tehran radio "
        "said, and Iranian artillery shelled Basra.\n"
        '"The forces of the aggressor are surrounded on all sides," a Baghdad military spokesman '
        "said."
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] == "Iraq"


def test_a_government_spokesman_named_by_his_capital_speaks_for_its_state(dictionary):
    text = (
        "Armenian forces shelled Azerbaijani positions near Shusha overnight, and Armenian "
        "officials said their troops had taken the heights.\n"
        '"These claims are false," a Baku government spokesman told reporters.'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] == "Azerbaijan"


def test_where_a_ministry_spokesman_briefed_outranks_the_ministry_named_before(dictionary):
    text = (
        "Iraq's foreign ministry condemned the incursion of Turkish troops, backed by warplanes "
        "and tanks, against Kurdish rebel camps in the north as an aggression.\n"
        '"Our soldiers will come home when the job is done," said Necati Uzunkaya, a foreign '
        "ministry spokesman, at a briefing in Ankara."
    )
    assert _actor_of(text, dictionary, "Uzunkaya") == "Turkey"


def test_a_spokesman_at_a_news_conference_in_a_capital_speaks_for_its_state(dictionary):
    text = (
        "Congo's foreign ministry protested on Monday after Ugandan troops and tanks attacked "
        "rebel bases in the east of the country.\n"
        '"Our soldiers are pursuing terrorists," said Ofwono Opondo, a foreign ministry '
        "spokesman, at a news conference in Kampala."
    )
    assert _actor_of(text, dictionary, "Opondo") == "Uganda"


@pytest.mark.parametrize(
    "text",
    [
        "Chinese attack on Chipyong-ni beaten back\n"
        "TAEGU, Korea, Feb. 15 - American and French troops surrounded at Chipyong-ni threw back a "
        "fourth night of Chinese attacks with artillery and air strikes, U.S. officers said on "
        "Thursday. Hundreds of Chinese soldiers were killed in the fighting.\n"
        '"The perimeter is intact," an Eighth Army spokesman, Maj. Walter Prescott, told '
        "correspondents.",
        "Marines fight street by street for Seoul\n"
        "SEOUL, Sept. 25 - American troops pushed into the centre of Seoul on Monday against North "
        "Korean troops, fighting with tanks and artillery through the city.\n"
        '"They are fighting for every barricade," Capt. Harold Brandt, a company commander of the '
        "First Marine Division, told correspondents.",
    ],
)
def test_a_formation_the_text_leaves_without_its_state_is_the_one_it_names(dictionary, text):
    # Neither text says "U.S. Eighth Army" or "U.S. Marines"; both name the United States.
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[-1][2] in US_SIDES
