"""Whom an official speaks for when the role names no actor: the state the paragraph speaks from
("In Paris, …", "Armenia's defence ministry said …"), else the article's state."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

UKRAINE_LEAD = (
    "Russian troops and armour stormed the town of Debaltseve on Wednesday, and Ukrainian "
    "soldiers withdrew under shelling after weeks of fighting.\n"
)
KARABAKH_LEAD = (
    "Azerbaijani troops launched an offensive on the town of Hadrut on Saturday, shelling "
    "Armenian positions with artillery and drones.\n"
)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            UKRAINE_LEAD + "In Paris, Foreign Ministry spokesman Pascal Lemoine condemned the "
            'attack, saying "the offensive is a clear violation of the ceasefire."',
            "France",
        ),
        (
            UKRAINE_LEAD + "In Warsaw, a government spokesman, Piotr Nowak, said: "
            '"We will send more ammunition to our neighbours within days."',
            "Poland",
        ),
        (
            KARABAKH_LEAD + "Armenia's defence ministry said Azerbaijani troops had been driven "
            'back. "Hadrut is under the control of our forces," said ministry spokeswoman Ani '
            "Harutyunyan.",
            "Armenia",
        ),
        (
            KARABAKH_LEAD + "Azerbaijan's Defense Ministry said its forces had taken 90 posts. "
            '"The enemy is surrendering its positions," said ministry spokesman Col. Tural '
            "Mammadov.",
            "Azerbaijan",
        ),
    ],
)
def test_an_official_speaks_for_the_state_his_paragraph_speaks_from(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    "paragraph",
    [
        "The talks are facilitated by Malaysia. Deputy Prime Minister Anan Wongsiri said: "
        '"The dialogue will continue."',
        "Defence Minister Anan Wongsiri said the army and its Malaysian partners had secured the "
        'border. "The insurgents have been dislodged," he said.',
    ],
)
def test_a_state_named_inside_a_sentence_is_not_the_officials_side(dictionary, paragraph):
    text = (
        "Thai troops battled insurgents in Narathiwat on Monday after a bomb attack killed "
        "four soldiers.\n" + paragraph
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Thailand"


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "The Sudanese army said the Rapid Support Forces had withdrawn from Singa.\n"
            '"Our forces have liberated Singa," said Brig. Gen. Khalid Osman al-Tayeb, a '
            "spokesman for the armed forces.",
            "Sudanese Armed Forces",
        ),
        (
            "Congolese troops attacked camps of the Allied Democratic Forces near Beni on "
            'Monday.\n"The enemy has been pushed back," said Lt. Col. Anthony Mwalushayi, a '
            "spokesman for the armed forces.",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
    ],
)
def test_a_spokesman_for_the_armed_forces_is_not_a_group_named_forces(dictionary, text, forces):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == forces


@pytest.mark.parametrize(
    "role",
    ["Congo's communication minister", "Congo's government spokesman"],
)
def test_congo_in_a_role_is_the_democratic_republic(dictionary, role):
    text = (
        "Rwandan troops backed M23 rebels who attacked Congolese army positions near Uvira.\n"
        f'"This is a trick," said Jean-Pierre Mbuyi Kalonji, {role}, at a news conference.'
    )
    row = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert row[1:] == (role, "Democratic Republic of the Congo")


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "JUBA, South Sudan — South Sudan's army said on Saturday it had recaptured Bor with "
            "the help of Ugandan troops. Ugandan forces and the Ugandan air force led the push.\n"
            '"Our forces entered Bor at 4 p.m.," army spokesman Colonel Majok Deng Akech told '
            "reporters.",
            "South Sudan People's Defence Forces",
        ),
        (
            "BUNIA, Democratic Republic of Congo — The Congolese army and Ugandan troops of the "
            "Uganda People's Defence Force have fought the ADF in Ituri for years.\n"
            '"Fataki is under our control," said Lieutenant Alain Mbuyi Kanda, spokesman for the '
            "army's operations in Ituri.",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
    ],
)
def test_the_army_is_the_home_states_forces_over_a_foreign_army_named_more(
    dictionary, text, forces
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == forces


@pytest.mark.parametrize(
    "text",
    [
        "Israel pulls troops out of Khan Younis\nIsrael has withdrawn its ground forces, the "
        "military said, as people who had sheltered on the border with Egypt walked back.\n"
        '"The division dismantled the brigade," Lt Col Yonatan Ben-Ami, a military spokesman, '
        "told reporters.",
        "Israel says its army has left Khan Younis\nPeople who fled towards Egypt began to return "
        'on Sunday. "Our forces will return whenever we need to," army spokesman Daniel Hagari '
        "said.",
    ],
)
def test_a_state_named_in_its_own_name_is_the_home_of_the_army_not_a_border_country(
    dictionary, text
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Israel"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ukrainian troops pulled out of Avdiivka on Saturday.\n"
            '"Ukrainian soldiers in Avdiivka fought bravely," said Richard Colby, the State '
            "Department's special envoy for Ukraine.",
            "United States",
        ),
        (
            "Russian troops pressed on towards Pokrovsk.\n"
            '"This war must end," said Vasily Nebenzia, Russia\'s ambassador to the United '
            "Nations.",
            "Russia",
        ),
    ],
)
def test_the_owner_that_opens_a_role_is_the_side_over_an_actor_named_after(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    "role",
    ["the commander of the Malian units in the area", "a Malian army officer in the sector"],
)
def test_a_state_named_in_an_officers_role_is_his_side_over_the_article_home(dictionary, role):
    text = (
        "French and Malian troops rolled into Diabaly on Monday, a week after Islamist fighters "
        "seized it.\n"
        f'"We entered at eight o\'clock this morning," said Col. Souleymane Maiga, {role}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == ("Malian Armed Forces")


@pytest.mark.parametrize(
    "role",
    [
        "commander of the government's coastal front",
        "deputy commander of the government's western front",
    ],
)
def test_an_officer_of_the_government_speaks_for_its_forces(dictionary, role):
    text = (
        "Yemeni government forces backed by the Saudi-led coalition retook Mokha from the Houthis "
        f'on Monday.\n"Mokha is liberated," said Fadl Hassan al-Maqtari, {role}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Yemeni government forces"
    )


@pytest.mark.parametrize(
    "attribution",
    [
        "said Lieutenant General Qassim Jabbar al-Saadi, who led the operation",
        "Maj. Gen. Ibrahim Danladi Yusuf told reporters in the capital",
    ],
)
def test_an_officer_known_only_by_his_rank_speaks_for_the_forces(dictionary, attribution):
    text = (
        "Iraqi troops and militias broke the siege of Amerli on Sunday.\n"
        f'"Our forces entered the town at noon and the siege is broken," {attribution}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Iraqi Security Forces"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "The government did not confirm the attack, but Burkina's communication minister, "
        "Rimtalba Hamidou Sawadogo, said on state television",
        "The government did not confirm the toll, and Burkina's security minister, Mahamadou "
        "Sana, said on Monday",
    ],
)
def test_a_conjunction_before_the_role_is_not_part_of_it(dictionary, lead):
    text = (
        "Jihadists attacked Diapaga in eastern Burkina Faso on Monday.\n"
        f'{lead} that the army was in control. "Diapaga is held by our forces," he said.'
    )
    row = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert not row[1].startswith(("but ", "and ")) and row[2] == "Burkina Faso"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # where the attribution places the speaker
        (
            UKRAINE_LEAD + '"The invaders are looting the town and shelling its hospital," '
            "Interior Ministry spokesman Oleh Marchenko told reporters in Kyiv.",
            "Ukraine",
        ),
        (
            UKRAINE_LEAD + '"Our troops have taken the railway junction," said government '
            "spokesman Ivan Petrov, speaking in Moscow.",
            "Russia",
        ),
        # a bare "ministry spokesman": the state of the ministry of that kind named before
        (
            UKRAINE_LEAD + "Russia's defence ministry said its units had entered the town.\n"
            '"The units of our armed forces hold the station," Major General Ivan Petrov, a '
            "ministry spokesman, said in a briefing.",
            "Russia",
        ),
        (
            KARABAKH_LEAD + "Azerbaijan's defence ministry said the offensive went on.\n"
            'Yerevan denied the claim. "Our border is quiet," said Anna Hakobyan, a foreign '
            "ministry spokeswoman.",
            "Armenia",
        ),
    ],
)
def test_an_official_speaks_for_the_state_his_attribution_places_him_in(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


UKRAINIAN_LEAD = (
    "Ukrainian troops withdrew from the town of Debaltseve on Wednesday after weeks of "
    "fighting, and Russian troops stormed it.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        UKRAINIAN_LEAD + '"Russian forces have shelled the station and the bridge," Interior '
        "Ministry spokesman Oleh Marchenko said on Thursday.",
        UKRAINIAN_LEAD + '"The Russian army is lying about the town," government spokeswoman '
        "Olena Kovalenko told a briefing.",
    ],
)
def test_a_state_named_in_the_quote_is_not_the_officials_side(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Ukraine"


SIERRA_LEONE_LEAD = (
    "Rebel fighters attacked the border town of Koindu on Tuesday, and Sierra Leone's army said "
    "it had sent reinforcements from Kenema.\n"
)


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            '"We will hold the bridge for as long as Freetown asks us," said Colonel Alpha Conde '
            "Bah, commander of the Guinean contingent at the border.",
            "Guinea",
        ),
        (
            '"Our task is to evacuate foreigners, not to fight," said Captain Luc Morel, a '
            "spokesman for the French force in the region.",
            "France",
        ),
        (
            '"Nobody will be allowed to cross the river with weapons," an Ivorian officer, Major '
            "Kone Lassina, told reporters at the bridge.",
            "Ivory Coast",
        ),
    ],
)
def test_a_foreign_contingent_or_officer_speaks_for_the_state_his_role_names(
    dictionary, paragraph, side
):
    rows = statement_rows(SIERRA_LEONE_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == side


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            'Western diplomats urged restraint. "Civilians must not pay the price of this war," '
            "said Norway's ambassador to Sierra Leone, Ingrid Solberg.",
            "Norway",
        ),
        (
            '"We have no information that any of our citizens were hurt," said Pavel Orlov, a '
            "spokesman for the Russian embassy in Freetown.",
            "Russia",
        ),
        (
            '"A ceasefire on paper is worth nothing without monitors," said Mary Holt, '
            "Washington's special envoy for West Africa.",
            "United States",
        ),
    ],
)
def test_a_states_envoy_or_embassy_speaks_for_that_state(dictionary, paragraph, side):
    rows = statement_rows(SIERRA_LEONE_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            KARABAKH_LEAD
            + '"Our soldiers have not left the town," said Elchin Aliyev, a spokesman '
            "for the defence ministry in Baku.",
            "Azerbaijan",
        ),
        (
            UKRAINE_LEAD + '"The ceasefire is dead," said Andriy Koval, a government spokesman in '
            "Kyiv.",
            "Ukraine",
        ),
    ],
)
def test_an_office_the_role_places_in_a_capital_is_that_states(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


GAGRA_LEAD = (
    "MOSCOW (AP) — Separatist fighters backed by volunteers from Russia's North Caucasus said "
    "Sunday they had driven Georgian troops out of the resort of Gagra.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Defence Ministry in Tbilisi denied it. "
        '"Our units hold the heights," said Maj. Levan Kapanadze, a ministry spokesman.',
        "The defence ministry in Tbilisi rejected the claim on Sunday.\n"
        '"The separatists are lying," a ministry spokesman, Irakli Gelashvili, told reporters.',
    ],
)
def test_a_ministry_spokesman_speaks_for_the_capital_his_ministry_is_placed_in(
    dictionary, paragraph
):
    rows = statement_rows(GAGRA_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Georgia"


@pytest.mark.parametrize(
    "headline",
    [
        "Libyan-backed rebels retake desert town, Mali says garrison withdrew\n",
        "Sudan-backed fighters seize desert town, Mali says army regrouping\n",
    ],
)
def test_a_headlines_backer_is_not_the_articles_state(dictionary, headline):
    text = (
        headline + "Rebel forces recaptured the oasis town of Faya on Wednesday after a week of "
        "shelling.\n"
        '"Our soldiers did not surrender the town," the information minister, Ahmat Saleh, said.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Mali"


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            "Libya denies having troops in the area. The official Libyan news agency JANA said "
            'that "there are no Libyan forces in Chad, and the fighting is a quarrel between '
            'Chadians".',
            "Libya",
        ),
        (
            "In Damascus, the official Syrian Arab News Agency condemned the raid, saying "
            '"the regime in Beirut is dragging Lebanon toward partition."',
            "Syria",
        ),
    ],
)
def test_a_states_official_media_speak_for_the_state(dictionary, paragraph, side):
    text = "Rebel fighters attacked the border town on Tuesday, witnesses said.\n" + paragraph
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][1:] == ("", side)


@pytest.mark.parametrize(
    "role",
    ["a spokesman for the militia's command in east Beirut", "a militia commander in the hills"],
)
def test_a_militias_officer_is_not_the_states(dictionary, role):
    text = (
        "Lebanese troops held the coastal road on Sunday.\n"
        f'"The road is open and our men are in all the villages," said Naji Khoury, {role}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    "attribution",
    [
        "said Moussa Traore, a soldier from the 33rd Brigade",
        "Issa Keita, a soldier of the 5th Battalion, told reporters",
    ],
)
def test_a_soldier_of_a_unit_speaks_for_the_articles_forces(dictionary, attribution):
    text = (
        "Malian soldiers repelled an attack on the town of Boni on Sunday, the army said.\n"
        f'"They came on motorbikes at dawn and we held the checkpoint," {attribution}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == ("Malian Armed Forces")


@pytest.mark.parametrize(
    "paragraph",
    [
        '"To preserve the lives of our soldiers, the units withdrew," the General Staff said.',
        '"Our units have pulled back to prepared lines," the army General Staff said on Sunday.',
    ],
)
def test_the_general_staff_speaks_for_the_state_with_no_persons_role(dictionary, paragraph):
    text = "Ukrainian troops pulled out of the town of Siversk on Sunday.\n" + paragraph
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1] == ("", "", "Ukraine")


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We have food and shells for a month, and we are not leaving," said Major Ibrahim '
        "Sesay, the fort's commander, reached by radio.",
        '"The rebels came at night from three sides and we drove them back," said Lieutenant '
        "Colonel Abu Kamara, deputy commander of the garrison.",
    ],
)
def test_the_commander_of_a_post_speaks_for_the_articles_forces(dictionary, paragraph):
    rows = statement_rows(SIERRA_LEONE_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Republic of Sierra Leone Armed Forces"


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        (
            '"The road to Kailahun is open again," said Colonel Abu Kamara, who commanded the '
            "assault, speaking to reporters flown in by helicopter.",
            "who commanded the assault",
        ),
        (
            '"Nobody will cross the river tonight," Brigadier General Sam Koroma, who commands '
            "the army's units in the east, told state radio.",
            "who commands the army's units in the east",
        ),
    ],
)
def test_a_ranked_officer_is_the_command_his_clause_gives(dictionary, paragraph, role):
    rows = statement_rows(SIERRA_LEONE_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][1:] == (role, "Republic of Sierra Leone Armed Forces")


def test_a_civilians_clause_is_no_officers_role(dictionary):
    paragraph = (
        '"The villagers warned the army days before," said Sahr Mansaray, who heads a farmers\' '
        "association in Kenema."
    )
    rows = statement_rows(SIERRA_LEONE_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][1:] == ("", None)
