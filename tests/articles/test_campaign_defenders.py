"""Campaigns told from the defender's side: the side holding or retaking a place, and the side a
spokesman speaks for, are not taken for the attacker; the capture the headline and lead report is
the story's campaign."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract
from tests.articles.rows import (
    FRIDAY_28_JUNE_2024,
    MONDAY_17_JUNE_2024,
    TUESDAY_16_MAY_2023,
    campaign_rows,
)

SPLM_IO = "Sudan People's Liberation Movement-in-Opposition"


def _attackers_on(text, dictionary, published, target):
    rows = campaign_rows(text, dictionary, published)
    return [attackers for _, attackers, targets, _, _ in rows if target in targets]


def _any_attacker_on(text, dictionary, published, target):
    return {
        a for attackers in _attackers_on(text, dictionary, published, target) for a in attackers
    }


def test_a_capture_by_named_rebels_in_the_lead_is_the_storys_campaign(dictionary):
    text = (
        "Rebels seize border town in eastern Congo\n"
        "GOMA (AFP) - M23 rebels seized the town of Bunagana on the border with Uganda on Monday"
        " after two days of heavy fighting with the Congolese army, local sources said.\n"
        "More than 130 Congolese soldiers crossed into Uganda as the town fell."
    )
    assert _attackers_on(text, dictionary, MONDAY_17_JUNE_2024, "Bunagana") == [["M23"]]


def test_a_capture_the_rebels_report_in_the_lead_is_the_storys_campaign(dictionary):
    text = (
        "South Sudan rebels say they have seized oil hub\n"
        "JUBA (Reuters) - South Sudanese rebels of the SPLM-IO said on Wednesday they had"
        " captured Bentiu, the capital of oil-producing Unity state, after two days of fighting"
        " with government troops."
    )
    assert _attackers_on(text, dictionary, MONDAY_17_JUNE_2024, "Bentiu") == [[SPLM_IO]]


def test_a_capture_further_down_is_at_most_the_takers_campaign(dictionary):
    """The gate weighs a capture the body alone tells, after a lead about something else, as
    mostly background; as an article's likeliest candidate it may still pass `admit_first`
    (0.3, docs/extraction.md), and then the side that took the town is the attacker, never the
    army holding its line."""
    text = (
        "Army holds the line north of the capital\n"
        "KHARTOUM (AP) - Sudan's army said on Monday it was holding its positions north of the"
        " capital after a week of shelling.\n"
        "Residents said the situation was calm on Tuesday.\n"
        "The RSF captured Wad Madani in December, sending half a million people fleeing."
    )
    found = _attackers_on(text, dictionary, MONDAY_17_JUNE_2024, "Wad Madani")
    assert found in ([], [["Rapid Support Forces"]])


def test_the_side_that_vows_to_retake_the_town_is_the_defender(dictionary):
    text = (
        "M23 rebels seize Congo border town of Bunagana\n"
        "GOMA (Reuters) - M23 rebels seized the town of Bunagana on Monday.\n"
        "The army's spokesman said troops had withdrawn in good order and would soon retake the"
        " town."
    )
    assert _attackers_on(text, dictionary, MONDAY_17_JUNE_2024, "Bunagana") == [["M23"]]


def test_the_side_that_had_retaken_the_town_earlier_is_the_defender(dictionary):
    text = (
        "South Sudan rebels say they have retaken Malakal\n"
        "JUBA (Reuters) - South Sudanese rebels of the SPLM-IO said on Wednesday they had"
        " recaptured Malakal, the capital of Upper Nile state.\n"
        "The SSPDF had retaken Malakal from the rebels on Jan. 20, three days before a"
        " ceasefire was signed."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Malakal") == [[SPLM_IO]]


def test_a_state_named_before_rebels_is_where_they_fight_not_the_attacker(dictionary):
    text = (
        "Congo rebels seize Kanyabayonga, opening road to Butembo\n"
        "GOMA (Reuters) - M23 rebels captured the town of Kanyabayonga on Friday after"
        " government troops pulled out, residents said."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Kanyabayonga") == [["M23"]]


def test_a_state_named_before_insurgents_is_not_the_attacker(dictionary):
    text = (
        "Mozambique insurgents storm Palma\n"
        "MAPUTO (AFP) - Islamic State fighters stormed the town of Palma on Wednesday, the"
        " police said."
    )
    assert _attackers_on(text, dictionary, TUESDAY_16_MAY_2023, "Palma") == [["Islamic State"]]


def test_the_side_a_quoted_spokesman_speaks_for_does_not_attack_the_next_sentences_town(
    dictionary,
):
    text = (
        'Rebels confirmed they had pulled out. "We carried out a tactical withdrawal during the'
        ' night, but the battle is not over," said Fahd al-Masri, a spokesman for the Free'
        " Syrian Army.\n"
        "Troops stormed the town of Qusayr from the south after weeks of shelling."
    )
    assert "Free Syrian Army" not in _any_attacker_on(
        text, dictionary, TUESDAY_16_MAY_2023, "Qusayr"
    )


def test_the_side_a_quoted_commander_belongs_to_is_not_the_next_assaults_attacker(dictionary):
    text = (
        '"We will hold every street," said a commander of the Libyan National Army.\n'
        "Soldiers have been advancing on the town of Sirte since the weekend."
    )
    assert "Libyan National Army" not in _any_attacker_on(
        text, dictionary, TUESDAY_16_MAY_2023, "Sirte"
    )


def test_the_town_a_later_sentence_retakes_is_the_one_already_attacked(dictionary):
    text = (
        "Nigeria says army retakes Damboa from Boko Haram\n"
        "MAIDUGURI (Reuters) - Nigeria's military said on Friday it had recaptured the town of"
        " Damboa from Boko Haram militants.\n"
        "Boko Haram fighters overran Damboa, about 85 km south of Maiduguri, the capital of"
        " Borno state, on July 18.\n"
        "The push to retake the town began on Tuesday, when an armoured column moved up from Biu,"
        " a military source said."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [targets for _, _, targets, _, _ in rows] == [["Damboa"]]


def test_the_city_an_assault_is_on_is_the_one_already_attacked(dictionary):
    text = (
        "Rebels storm the town of Kitshanga\n"
        "GOMA (AFP) - M23 rebels stormed the town of Kitshanga on Thursday.\n"
        "Kitshanga lies 80 km west of Goma, the capital of North Kivu.\n"
        "The assault on the town began on Tuesday, residents said."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [targets for _, _, targets, _, _ in rows] == [["Kitshanga"]]


def test_an_army_retaking_a_town_in_the_headline_is_a_campaign(dictionary):
    text = (
        "Ethiopian army retakes Lalibela from Fano militia\n"
        "Addis Ababa (AFP) - Residents said the town was calm on Thursday."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Lalibela") == [
        ["Ethiopian National Defense Force"]
    ]


def test_a_word_describing_the_side_fought_is_no_place(dictionary):
    text = (
        "MOGADISHU (AP) - Somali troops captured the town of Bulo Burte from al-Shabab on"
        " Wednesday, the latest town to fall in an offensive against the Islamic extremist rebels"
        " that began early this month."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert all("Islamic" not in targets for _, _, targets, _, _ in rows)


def test_a_word_describing_the_jihadists_fought_is_no_place(dictionary):
    text = (
        "Malian troops launched an operation against the Salafist insurgents in the Mopti region"
        " on Monday, the army said."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert all("Salafist" not in targets for _, _, targets, _, _ in rows)


def test_a_base_taken_in_a_town_puts_the_campaign_on_the_town(dictionary):
    text = (
        "Sudan's RSF seizes army base in West Darfur\n"
        "ADRE, Chad (Reuters) - Sudan's paramilitary Rapid Support Forces said they had taken full"
        " control of the army's main base in Ardamata, on the edge of El Geneina."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Ardamata") == [
        ["Rapid Support Forces"]
    ]


def test_a_headquarters_captured_in_a_city_puts_the_campaign_on_the_city(dictionary):
    text = (
        "Sudan's army says it has retaken state broadcaster headquarters\n"
        "CAIRO (Reuters) - Sudan's army said on Tuesday it had taken control of the headquarters"
        " of the state radio and television broadcaster in Omdurman, a compound the RSF had held"
        " since the first days of the war."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Omdurman") == [
        ["Sudanese Armed Forces"]
    ]


def test_the_day_a_town_fell_is_not_the_day_its_campaign_began(dictionary):
    text = (
        "KYIV (AP) - Russia's Defense Ministry said Sunday that its forces had taken full control"
        " of Avdiivka on Saturday, hours after Ukraine's army announced its withdrawal.\n"
        "Russian forces launched their offensive on Avdiivka in early October."
    )
    [(_, _, targets, started_on, precision)] = campaign_rows(text, dictionary, dt.date(2024, 2, 18))
    assert (targets, started_on, precision) == (["Avdiivka"], dt.date(2023, 10, 1), 3)


def test_the_day_troops_seized_a_town_is_not_the_day_their_push_began(dictionary):
    text = (
        "DAMASCUS (AFP) - Government troops seized the town of Palmyra on Sunday, state media"
        " said, after the army announced victory.\n"
        "The push to retake the town began on March 7."
    )
    [(_, _, targets, started_on, _)] = campaign_rows(text, dictionary, dt.date(2016, 3, 28))
    assert (targets, started_on) == (["Palmyra"], dt.date(2016, 3, 7))


def test_a_town_the_army_regained_was_taken_by_the_side_it_fought(dictionary):
    text = (
        "Ethiopia army says Fano militia driven out of Bahir Dar\n"
        "Ethiopia's federal army says it has regained control of Bahir Dar, the capital of the"
        " Amhara region, after two days of fighting with the Fano militia, whose fighters entered"
        " parts of the city at the weekend."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Bahir Dar") == [["Fano"]]


def test_a_town_troops_regained_after_a_counter_attack_was_the_militants_campaign(dictionary):
    text = (
        "NIAMEY (Reuters) - Boko Haram militants overran the town of Bosso on Friday.\n"
        "Government troops counter-attacked on Saturday and regained control of Bosso that"
        " evening, a government spokesman said.\n"
        "The army was fighting to keep Boko Haram militants out of Bosso, the spokesman said."
    )
    attackers = _any_attacker_on(text, dictionary, FRIDAY_28_JUNE_2024, "Bosso")
    assert attackers == {"Boko Haram"}


def test_a_town_regained_in_the_sides_own_operation_is_its_campaign(dictionary):
    text = (
        "POPAYAN (Reuters) - Colombia's military regained control of El Plateado, a town that FARC"
        " dissidents have run for years, the defence ministry said on Tuesday, in the biggest"
        " operation against the group since peace talks broke down."
    )
    attackers = _any_attacker_on(text, dictionary, FRIDAY_28_JUNE_2024, "El Plateado")
    assert "FARC dissidents" not in attackers


def test_a_leader_who_launched_the_offensive_stands_for_his_group(dictionary):
    text = (
        "TRIPOLI (Reuters) - The Government of National Accord said on Wednesday the Libyan"
        " National Army had been beaten back.\n"
        "Haftar launched the offensive, which he called Operation Dignity, in May 2014, saying he"
        " wanted to rid Benghazi of militants."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [(name, attackers) for name, attackers, _, _, _ in rows] == [
        ("Operation Dignity", ["Libyan National Army"])
    ]


def test_a_leader_who_mounted_an_assault_stands_for_his_group(dictionary):
    text = (
        "JUBA (Reuters) - The SSPDF said on Monday it held Bor and its airport.\n"
        "Machar mounted an assault on the town of Malakal on Tuesday, residents said, and the"
        " SPLM-IO claimed the town on Wednesday."
    )
    assert _attackers_on(text, dictionary, FRIDAY_28_JUNE_2024, "Malakal") == [[SPLM_IO]]


def test_the_side_fighting_later_in_the_sentence_attacks_the_place_it_names(dictionary):
    text = (
        "Hamas said on Monday it had accepted a ceasefire proposal.\n"
        "The incursion into Rafah caps a military campaign that began on Oct. 27, when Israeli"
        " ground forces pushed into northern Gaza."
    )
    assert _attackers_on(text, dictionary, dt.date(2024, 5, 7), "Rafah") == [["Israel"]]


def test_the_side_the_sentence_says_began_the_fighting_attacks_the_place(dictionary):
    text = (
        "Niger's army said on Monday it held its positions.\n"
        "The siege of Bosso, where thousands have sought shelter, follows a campaign that began"
        " in March, when Boko Haram fighters overran army bases along the lake."
    )
    assert _attackers_on(text, dictionary, dt.date(2016, 6, 7), "Bosso") == [["Boko Haram"]]


def test_two_transliterations_of_a_town_are_one_campaign(dictionary):
    text = (
        "BEIRUT (Reuters) - Syrian government forces have captured the strategic town of Qusayr"
        " near the Lebanese border, ending a siege of more than two weeks.\n"
        "The offensive on Qusair began on May 19, when government troops stormed the town from"
        " the south."
    )
    rows = campaign_rows(text, dictionary, dt.date(2013, 6, 5))
    assert [(targets, started) for _, _, targets, started, _ in rows] == [
        (["Qusayr"], dt.date(2013, 5, 19))
    ]


def test_a_town_spelt_with_ou_and_with_u_is_one_campaign(dictionary):
    text = (
        "BAMAKO (AFP) - Jihadists stormed the town of Boulkessi on Sunday, the army said.\n"
        "The assault on Bulkessi began on Saturday night, when JNIM fighters attacked the camp."
    )
    rows = campaign_rows(text, dictionary, dt.date(2023, 11, 20))
    assert len(rows) == 1


def test_fighters_from_a_states_group_backing_the_attacker_attack_too(dictionary):
    text = (
        "BEIRUT (Reuters) - Syrian government forces backed by fighters from Lebanon's Hezbollah"
        " have captured the strategic town of Qusayr near the Lebanese border."
    )
    assert _attackers_on(text, dictionary, dt.date(2013, 6, 5), "Qusayr") == [
        ["Syrian government forces", "Hezbollah"]
    ]


def test_units_from_a_militia_backing_the_attacker_attack_too(dictionary):
    text = (
        "BAGHDAD (Reuters) - Iraqi forces, backed by fighters from the Popular Mobilization"
        " Forces, stormed the town of Jurf al-Sakhar on Saturday, the army said."
    )
    assert _attackers_on(text, dictionary, dt.date(2014, 10, 25), "Jurf al-Sakhar") == [
        ["Iraqi Security Forces", "Popular Mobilization Forces"]
    ]


def test_a_background_operation_belongs_to_the_ally_that_began_it(dictionary):
    text = (
        "The Arakan Army launched its offensive in Rakhine on Nov. 13, in coordination with its"
        " allies in the Three Brotherhood Alliance, which began Operation 1027 in Shan State in"
        " late October."
    )
    # The rule stages' choice. The learned role ranker trained on heldout10-52 also adds the
    # Arakan Army and Rakhine (a member of the alliance, told acting "in coordination" with it):
    # its thresholds are chosen over the annotated folders, not by one sentence.
    result = extract(text, published=dt.date(2024, 2, 9), dictionary=dictionary, role_model=None)
    named = [(c.attackers, c.targets) for c in result.campaigns if c.name == "Operation 1027"]
    assert named == [(["Three Brotherhood Alliance"], ["Shan State"])]


def test_an_operation_the_army_launched_in_a_region_is_on_that_region(dictionary):
    text = (
        "Islamic State fighters were seen near Palmyra on Monday.\n"
        "Iraqi forces, which launched Operation Ashura on Jurf al-Sakhar on Friday, said they"
        " had cleared the town."
    )
    rows = campaign_rows(text, dictionary, dt.date(2014, 10, 25))
    named = [
        (attackers, targets)
        for name, attackers, targets, _, _ in rows
        if name == "Operation Ashura"
    ]
    assert named == [(["Iraqi Security Forces"], ["Jurf al-Sakhar"])]


def test_the_owner_named_before_a_place_is_not_part_of_the_target(dictionary):
    text = (
        "RAFAH (AP) - Israeli tanks seized Gaza's Rafah crossing on Tuesday, cutting off the main"
        " route for aid, the military said."
    )
    rows = campaign_rows(text, dictionary, dt.date(2024, 5, 7))
    assert [targets for _, _, targets, _, _ in rows] == [["Rafah"]]


def test_a_country_owning_the_area_cleared_is_no_target(dictionary):
    text = (
        "BENGHAZI (Reuters) - Forces loyal to Khalifa Haftar launched an offensive on Tuesday to"
        " clear Libya's desert south of what they call terrorists and Chadian gangs."
    )
    rows = campaign_rows(text, dictionary, dt.date(2019, 1, 25))
    assert all("Libya's" not in targets for _, _, targets, _, _ in rows)


def test_the_side_that_repelled_an_assault_is_not_its_attacker(dictionary):
    text = (
        "GOMA (Reuters) - M23 rebels shelled the hills around Sake on Wednesday.\n"
        "Congo's army said its troops and allied Wazalendo fighters had repelled an assault on"
        " Sake."
    )
    attackers = _any_attacker_on(text, dictionary, dt.date(2024, 2, 8), "Sake")
    assert "Wazalendo" not in attackers


def test_the_side_that_fought_off_an_offensive_is_not_its_attacker(dictionary):
    text = (
        "KHARTOUM (AP) - The RSF shelled El Fasher on Monday.\n"
        "Sudan's army said it had fought off a fresh offensive on El Fasher overnight."
    )
    attackers = _any_attacker_on(text, dictionary, dt.date(2024, 6, 10), "El Fasher")
    assert "Sudanese Armed Forces" not in attackers


def test_the_side_holding_a_town_against_rebels_is_not_their_attacker(dictionary):
    text = (
        "FREETOWN, April 4 (Reuters) - Sierra Leone's army is holding the eastern town of"
        " Kailahun against rebels who crossed from Liberia, the government said on Thursday.\n"
        "The offensive began on March 23 when armed men overran a border village."
    )
    attackers = _any_attacker_on(text, dictionary, dt.date(1991, 4, 4), "Kailahun")
    assert "Sierra Leone" not in attackers


def test_the_side_defending_a_town_is_not_the_offensives_attacker(dictionary):
    text = (
        "BAMAKO (Reuters) - Malian troops have defended the town of Lere for a week, the army"
        " said on Monday.\n"
        "The assault on Lere began on Sept. 1, when gunmen attacked the camp at dawn."
    )
    attackers = _any_attacker_on(text, dictionary, dt.date(2023, 9, 11), "Lere")
    assert "Malian Armed Forces" not in attackers


def _rule_attackers_on(text, dictionary, target):
    """The rule stages' attackers (the ranker reads them as a feature)."""
    result = extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary, role_model=None)
    return {a for c in result.campaigns if target in c.targets for a in c.attackers}


def test_a_sides_garrison_taken_is_no_attacker(dictionary):
    text = (
        "Rebels say they besiege provincial town\n"
        "KHARTOUM, June 10 (Reuters) - Residents said the Sudanese army garrison at Kuda was"
        " overrun on Wednesday before the assault on the town of Talodi began."
    )
    assert "Sudanese Armed Forces" not in _rule_attackers_on(text, dictionary, "Talodi")


def test_a_sides_positions_overrun_are_no_attacker(dictionary):
    text = (
        "Militants storm town in the north\n"
        "MOGADISHU (AP) — Residents said Somali army positions near Bulo Burte were overrun on"
        " Sunday before the assault on the town of Jalalaqsi began."
    )
    assert "Somali National Army" not in _rule_attackers_on(text, dictionary, "Jalalaqsi")
