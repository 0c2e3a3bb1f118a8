"""Statement actors: whom a speaker speaks for (an armed group, a state, its forces), and nobody for
residents, analysts and local officials."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.rows import (
    FRIDAY_3_OCTOBER_2014,
    FRIDAY_11_MARCH_2022,
    MONDAY_8_JANUARY_2024,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    first_statement_row,
    statement_rows,
)


def test_it_gives_the_army_of_the_first_named_country_when_no_forces_are_named(dictionary):
    text = (
        "Militiamen attacked the garrison in Nasir, in South Sudan's Upper Nile state, on "
        "Tuesday.\n"
        '"Our soldiers are holding," army spokesman Deng Malual said.'
    )
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert result.statements[0].actor == "South Sudan People's Defence Forces"


def test_it_gives_a_military_spokesman_the_group_named_before_military(dictionary):
    text = (
        "Saudi-led coalition jets and Yemeni government forces attacked the port.\n"
        'A Houthi military spokesman, Yahya Saleh, said that "the invaders will find the port a '
        "graveyard for "
        'their soldiers and their ships".'
    )
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == "Houthis"


def test_it_gives_the_head_of_the_mission_the_organisation_named_before(dictionary):
    text = (
        "The United Nations monitoring mission said the strike hit a hospital.\n"
        '"It is one of the worst attacks we have seen," said Anna Berg, the head of the mission.'
    )
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == "United Nations"


def test_it_gives_a_government_member_the_articles_state(dictionary):
    text = (
        "Kenyan troops shelled militant camps near the border on Monday, the army said.\n"
        '"We will not stop until the camps are gone," Interior Minister Joseph Mwangi told '
        "reporters.\n"
        '"The roads are closed and we have no food," said Amina Hassan, a resident of Mandera.'
    )
    result = extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary)
    minister, resident = [(s.speaker, s.role, s.actor) for s in result.statements]
    assert minister == ("Joseph Mwangi", "Interior Minister", "Kenya")
    assert resident[2] is None  # a resident speaks for nobody
    assert result.new_actors.get("Kenya") == ("state", "")  # the pipeline can store the state


def test_it_gives_an_officer_whose_role_names_no_group_the_articles_forces(dictionary):
    text = (
        "Cameroon's army moved into villages outside Ndop on Monday, burning houses.\n"
        '"We are clearing the area," said Colonel Paul Ekane, the commander of army operations in '
        "the region.\n"
        '"Nothing is left," said Marie Ngwa, a local councillor.'
    )
    (officer, councillor) = statement_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert officer[2] == "Cameroon Armed Forces"
    assert councillor[2] is None


def test_it_leaves_analysts_local_officials_and_unknown_states_ministers_alone(dictionary):
    text = (
        "Turkish jets struck positions near the border on Sunday, the defence ministry said.\n"
        '"This is about the election," said Ayse Demir, a military analyst in Ankara.\n'
        '"Our people are leaving," said Ali Hassan, Hirshabelle\'s information minister.\n'
        '"The town is empty," said Omar Kaya, head of the town\'s military administration.'
    )
    assert [actor for _, _, actor in statement_rows(text, dictionary, TUESDAY_16_MAY_2023)] == [
        None,
        None,
        None,
    ]


def test_a_minister_of_a_state_the_dictionary_lists_speaks_for_it(dictionary):
    first = (
        "Turkish jets struck positions near the border on Sunday, the defence ministry said.\n"
        '"Our forces made a tactical withdrawal," said Ali Hassan, Somaliland\'s information '
        "minister."
    )
    second = (
        "Somali troops and clan militias clashed around the town overnight.\n"
        '"The army will return," Somaliland\'s defence minister Omar Jama said.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Somaliland"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Somaliland"


def test_it_does_not_name_officials_outside_conflict_news(dictionary):
    text = (
        "Kenya's tourism figures rose by a fifth this year.\n"
        '"Visitors are coming back," Tourism Minister Joseph Mwangi said on Monday.'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023)[0][2] is None


def test_it_gives_a_spokesman_for_the_rebel_alliance_the_armed_group_named_before(dictionary):
    text = (
        "M23 rebels entered the town on Saturday after the army pulled back.\n"
        '"The town is free," said Jean Bisimwa, a spokesman for the rebel alliance.'
    )
    assert statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == [
        ("Jean Bisimwa", "spokesman for the rebel alliance", "M23")
    ]


def test_it_does_not_make_a_datelines_country_an_actor_but_uses_it_for_its_minister(dictionary):
    text = (
        "ALEPPO, Syria (AFP) - Rebels shelled a government-held district on Monday, killing four "
        "people.\n"
        '"The terrorists will pay," Information Minister Omar Haddad told reporters.'
    )
    result = extract(text, published=WEDNESDAY_17_MAY_2023, dictionary=dictionary)
    [minister] = result.statements
    assert minister.actor == "Syria"
    mentions = [(m.actor, m.text) for m in result.actors if m.actor == "Syria"]
    assert mentions == [
        ("Syria", "Information Minister")
    ]  # the minister, not the dateline, names the state


def test_it_reads_a_military_source_quoted_as_saying(dictionary):
    text = (
        "Syrian troops shelled opposition positions near Saraqib on Friday.\n"
        '"Any aircraft that enters our airspace will be shot down," a Syrian military source was '
        "quoted as "
        "saying by the state news agency."
    )
    assert statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == [
        ("", "Syrian military source", "Syrian government forces")
    ]


def test_it_gives_a_spokesman_for_an_operation_the_side_that_runs_it(dictionary):
    text = (
        "Brigades of the Government of National Accord have been fighting since May to retake "
        "Sirte in an "
        "offensive they call al-Bunyan al-Marsous.\n"
        '"Every street costs us lives," said Rida Issa, a spokesman for the Bunyan al-Marsous '
        "operations room."
    )
    assert statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == [
        (
            "Rida Issa",
            "spokesman for the Bunyan al-Marsous operations room",
            "Government of National Accord",
        )
    ]


def test_it_gives_the_groups_spokesman_the_armed_group_named_before(dictionary):
    text = (
        "Kenyan troops landed north of the port on Friday.\n"
        'Al-Shabab insisted it still held the city. "Our fighters are in their positions," the '
        "group's "
        "military spokesman, Abdiaziz Abu Musab, said on a radio station."
    )
    assert statement_rows(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ("Abdiaziz Abu Musab", "group's military spokesman", "Al-Shabaab")
    ]


def test_it_attributes_a_generic_army_spokesman_to_the_state_forces_named(dictionary):
    text = (
        "Sudan's army said on Saturday it had entered the town.\n"
        '"Our forces are clearing the last pockets," army spokesman Nabil Abdallah said.\n'
    )
    result = extract(text, published=dt.date(2025, 1, 11), dictionary=dictionary)
    assert [(s.speaker, s.role, s.actor) for s in result.statements] == [
        ("Nabil Abdallah", "army spokesman", "Sudanese Armed Forces")
    ]


def test_it_leaves_a_rebel_military_commander_alone(dictionary):
    text = (
        "Syrian government forces withdrew.\n"
        'Hassan Ali, a military commander with the rebel coalition, said: "We are advancing on '
        'the city."\n'
    )
    result = extract(text, published=dt.date(2024, 12, 1), dictionary=dictionary)
    assert [s.actor for s in result.statements] == [None]


# ---------- Whom a statement speaks for: a state's services named by their buildin

MONDAY = dt.date(2024, 1, 8)


def test_a_spokesman_of_a_ministry_named_by_its_building_speaks_for_the_state(dictionary):
    first = (
        'Houthi fighters pressed on towards Marib. "There is no military solution to this '
        'conflict," State '
        "Department spokesman Daniel Whitmore told reporters in Washington."
    )
    second = (
        'Taliban fighters overran Qala-i-Naw. "A military takeover is not acceptable," said Karen '
        "Walsh, a "
        "Pentagon spokeswoman."
    )
    assert statement_rows(first, dictionary, MONDAY) == [
        ("Daniel Whitmore", "State Department spokesman", "United States")
    ]
    assert statement_rows(second, dictionary, MONDAY) == [
        ("Karen Walsh", "Pentagon spokeswoman", "United States")
    ]


def test_a_presidential_spokesman_named_by_the_seat_of_government_speaks_for_the_state(dictionary):
    first = (
        'Russian troops shelled Kherson. "The special military operation continues," Kremlin '
        "spokesman "
        "Pavel Orlov told reporters on Monday."
    )
    second = (
        '"Moscow will respond to any provocation," said Pavel Orlov, the Kremlin spokesman, as '
        "Russian "
        "forces pressed their assault on Avdiivka."
    )
    assert statement_rows(first, dictionary, MONDAY) == [
        ("Pavel Orlov", "Kremlin spokesman", "Russia")
    ]
    assert statement_rows(second, dictionary, MONDAY) == [
        ("Pavel Orlov", "Kremlin spokesman", "Russia")
    ]


# ---------- Organisations and officers whose statement names no person ----------


def test_an_organisation_condemning_saying_a_quote_is_its_statement(dictionary):
    # pattern subject_of_saying (speaker_parse.py)
    first = (
        "Rebels shelled a field hospital south of Tripoli.\nThe UN mission in Libya condemned the "
        'strike, saying "the targeting of medical workers is a war crime".'
    )
    second = (
        "Militias attacked villages near Djibo.\nHuman Rights Watch condemned the killing of "
        'civilians, saying "no one is held accountable for the massacres in the north".'
    )
    assert statement_rows(first, dictionary, MONDAY_8_JANUARY_2024) == [("", "", "United Nations")]
    assert statement_rows(second, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Human Rights Watch")
    ]


def test_a_reporting_verb_before_the_quote_gives_its_subject(dictionary):
    # pattern subject_of_reporting_verb (speaker_parse.py): the text rules find no "said X" here
    text = (
        "Amnesty International, which documented the raids, warned in a report that "
        '"the people of Baga have been left without protection".'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Amnesty International")
    ]


def test_a_quote_that_only_mentions_a_group_is_not_the_groups(dictionary):
    text = (
        "Villagers fled to Kaya.\n"
        '"Boko Haram came back on Monday and burned the market," said Ari Mustapha, a fish trader.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("Ari Mustapha", "fish trader", None)
    ]


def test_an_officer_of_a_unit_speaks_for_the_articles_forces(dictionary):
    first = (
        "Sudanese troops repelled an assault by RSF fighters on El Obeid on Sunday.\n"
        '"The division is still standing," said Adam Haroun Gibreel, an officer of the division.'
    )
    second = (
        "Ukrainian forces advanced near Robotyne.\n"
        '"Robotyne is ours," said Oleh Dmytrenko, a spokesperson for the Tavria group of forces.'
    )
    assert statement_rows(first, dictionary, MONDAY_8_JANUARY_2024)[0][2] == (
        "Sudanese Armed Forces"
    )
    assert statement_rows(second, dictionary, MONDAY_8_JANUARY_2024)[0][2] == "Ukraine"


def test_a_police_spokesman_speaks_for_the_states_police(dictionary):
    first = (
        "Haiti's government sent troops after gang fighters attacked Canapé-Vert overnight.\n"
        '"The situation is under control," police spokesman Garry Désir Lafortune said.'
    )
    second = (
        "Nigeria's army sent troops after gunmen attacked a police post in Zamfara on Monday.\n"
        '"Two officers were wounded," said Olumuyiwa Adejobi, the police spokesman.'
    )
    assert statement_rows(first, dictionary, MONDAY_8_JANUARY_2024)[0][2] == (
        "Haitian National Police"
    )
    assert statement_rows(second, dictionary, MONDAY_8_JANUARY_2024)[0][2] == (
        "Nigeria Police Force"
    )


def test_a_subject_that_refers_back_to_a_group_is_that_group(dictionary):
    first = (
        "The Carlos Patiño Front, an armed group, said its fighters had withdrawn from the town.\n"
        '"Our withdrawal is a decision to protect the population," the group said in a statement.'
    )
    second = (
        "Russia's Defense Ministry said its forces had taken full control of Avdiivka.\n"
        '"The settlement of Avdiivka has been completely liberated," it said in a statement.'
    )
    assert statement_rows(first, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Carlos Patiño Front")
    ]
    assert statement_rows(second, dictionary, MONDAY_8_JANUARY_2024) == [("", "", "Russia")]


def test_a_role_opening_with_a_generic_side_speaks_for_that_side(dictionary):
    first = (
        "Fighters of the Coalition of Patriots for Change (CPC) attacked Bangui's outskirts.\n"
        '"We control the roads that feed the capital," said Mahamat al-Hadj, a coalition '
        "spokesman."
    )
    second = (
        "M23 rebels seized the town of Kanyabayonga on Saturday after heavy fighting.\n"
        '"We have liberated the town," rebel spokesman Lawrence Kanyuka said.'
    )
    assert statement_rows(first, dictionary, MONDAY_8_JANUARY_2024)[0][2] == (
        "Coalition of Patriots for Change"
    )
    assert statement_rows(second, dictionary, MONDAY_8_JANUARY_2024)[0][2] == "M23"


def test_a_government_spokesman_speaks_for_the_country_named_only_as_a_place(dictionary):
    first = (
        "Rebel fighters shelled army positions in the coastal towns of Libya on Monday as the "
        "offensive advanced.\n"
        '"The city is calm and in the hands of the state," Government spokesman Salem Daoud said.'
    )
    second = (
        "Armed groups attacked army posts across northern Burkina Faso this week, killing "
        "soldiers, residents said.\n"
        '"Our units will restore order," said Ibrahim Kone, a government spokesman.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Libya"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Burkina Faso"


def test_a_police_spokesman_speaks_for_the_police_the_article_names_first(dictionary):
    first = (
        "The Haitian National Police said its officers had retaken the market from the Viv "
        "Ansanm gang coalition after a gunfight.\n"
        "Kenyan police officers of the support mission patrolled the main road.\n"
        '"Our units pushed the gang back," said police spokesman Jean Baptiste Morel.'
    )
    second = (
        "Officers of the Haitian National Police and Kenyan troops entered the district after "
        "fighting with Viv Ansanm gunmen.\n"
        '"We will not leave this neighbourhood to the gangs," police spokeswoman Rose Etienne '
        "said."
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == (
        "Haitian National Police"
    )
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == (
        "Haitian National Police"
    )


def test_a_government_spokesman_speaks_for_the_state_of_the_capital_named_first(dictionary):
    first = (
        "Tripoli (AFP) - Rebel fighters held the square under tank fire on Monday as troops "
        "shelled the town.\n"
        '"The town is calm," Government spokesman Salem Daoud told reporters.'
    )
    second = (
        "Fighting raged north of Kinshasa as rebel troops shelled army positions.\n"
        '"The situation is under control," said Jean Mbala, a government spokesman.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Libya"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == (
        "Democratic Republic of the Congo"
    )


def test_a_juntas_spokesman_speaks_for_its_forces(dictionary):
    first = (
        "Resistance fighters attacked army posts around Sagaing in Myanmar on Sunday.\n"
        '"Our troops are holding the town," the junta\'s spokesman Zaw Min Tun told reporters.'
    )
    second = (
        "Rebel troops shelled army positions across Myanmar's north this week.\n"
        '"The enemy lost heavily," said Kyaw Zin Oo, a spokesman for the military government.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Tatmadaw"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Tatmadaw"


def test_a_member_of_a_national_parliament_named_speaks_for_its_state(dictionary):
    first = (
        "Ukrainian forces pushed into the town as Russian troops withdrew on Saturday.\n"
        '"This is a disgrace," said Ivan Petrov, a member of the State Duma\'s defence committee.'
    )
    second = (
        "Israeli troops and Hamas fighters clashed in the camp overnight.\n"
        '"We will not stop," said Dana Levi, a member of the Knesset\'s foreign affairs committee.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Russia"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Israel"


def test_the_mission_or_the_office_said_is_the_organisation_named_before(dictionary):
    first = (
        "Rebel troops shelled the city overnight, killing soldiers and civilians.\n"
        "The U.N. Support Mission in Libya urged restraint. "
        '"Any escalation will fall first on civilians," the mission said in a statement.'
    )
    second = (
        "Tanks pushed into the camp as air strikes hit the town.\n"
        "The UN humanitarian office said the order covered the camps. "
        '"Another order comes every week," the office said in a statement.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "United Nations"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "United Nations"


def test_a_spokesperson_named_without_an_organisation_speaks_for_the_paragraphs_actor(dictionary):
    first = (
        "Rebel troops shelled the city overnight, killing soldiers and civilians.\n"
        "The UN human rights office said it had reports of at least 20 civilians killed. "
        '"We are deeply alarmed by the killings," said spokeswoman Maria Lopez.'
    )
    second = (
        "Soldiers retreated from the camp after a day of fighting.\n"
        "The Islamist group Ansar Dine said its men had fought at the camp. "
        '"Our fighters entered the camp first," a spokesman, Ahmed Ould Sidi, told a radio station.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "United Nations"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Ansar Dine"


def test_an_officer_speaks_for_the_state_a_sentence_after_a_time_lead_opens_with(dictionary):
    first = (
        "Russia said on Saturday it had withdrawn its troops from the town.\n"
        "Hours earlier Ukraine's military said its troops had surrounded the town. "
        '"The enemy has no road out," said Colonel Petro Ivanenko, spokesman for the Eastern '
        "group of forces.\n"
        '"Our guys are already inside," he said.'
    )
    second = (
        "Russia said on Monday its forces had taken the village.\n"
        "On Tuesday Ukraine's army said its units still held the northern streets. "
        '"The defence continues," said Major Oleh Kovalenko, a spokesman for the operational '
        "command."
    )
    assert [actor for _, _, actor in statement_rows(first, dictionary, TUESDAY_16_MAY_2023)] == [
        "Ukraine",
        "Ukraine",
    ]
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Ukraine"


def test_a_named_person_keeps_the_side_of_his_first_quote(dictionary):
    first = (
        "M23 rebels captured the mining town on Tuesday after clashes with Wazalendo militias.\n"
        '"The town is under our control," said Oscar Mbeki, a spokesman for the M23.\n'
        'The rebels denied losing it. "These Wazalendo are spreading lies," Mr Mbeki said.'
    )
    second = (
        "Houthi fighters attacked government positions near the city as Islah militiamen "
        "dug in.\n"
        '"We will take the city," said Yahya Saree, a spokesman for the Houthis.\n'
        'He scoffed at the claims. "The Islah party is finished," Mr Saree said.'
    )
    assert [a for _, _, a in statement_rows(first, dictionary, TUESDAY_16_MAY_2023)] == [
        "M23",
        "M23",
    ]
    assert [a for _, _, a in statement_rows(second, dictionary, TUESDAY_16_MAY_2023)] == [
        "Houthis",
        "Houthis",
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rebels and army troops fought along the border and thousands fled.\n"
            '"We have no more tents," said Ali Musa, head of '
            "Uganda's refugee commission in the north.\n",
            "Uganda",
        ),
        (
            'Troops and militants clashed near the border crossing.\n"The border stays closed," '
            "said Grace Wanjiru, a spokeswoman for Kenya's interior ministry.\n",
            "Kenya",
        ),
    ],
)
def test_an_official_of_a_states_office_speaks_for_the_state(dictionary, text, actor):
    result = extract(text, published=dt.date(2024, 1, 8), dictionary=dictionary)
    assert [s.actor for s in result.statements] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Islamic State fighters attacked the city's southern districts at dawn.\nThe "
            "Kurdish People's Protection Units (YPG) said its fighters had retaken two "
            'districts.\n"We hold the whole south now," said Rezan Ali, a Kurdish commander in '
            "the city.\n",
            "People's Protection Units",
        ),
        (
            "Government troops shelled the hills above the town for a third day.\nThe "
            "Kurdish-led Syrian Democratic Forces said its fighters held the ridge.\n"
            '"Nobody will take the ridge from us," said Salim Haddad, a Kurdish commander in '
            "the village.\n",
            "Syrian Democratic Forces",
        ),
    ],
)
def test_a_role_opening_with_a_people_speaks_for_the_group_the_text_so_describes(
    dictionary, text, actor
):
    result = extract(text, published=dt.date(2024, 1, 8), dictionary=dictionary)
    assert [s.actor for s in result.statements] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels took the mining town on Friday after a week of fighting.\nWazalendo "
        'militias kept up attacks on the road north of the town.\n"We withdrew in good '
        'order," said Jean Bizimana, a spokesman for the rebel alliance.\n',
        "M23 rebels seized the hill above the town and the army fell back.\nWazalendo "
        'militiamen ambushed a convoy near the bridge.\n"Our forces hold the hill," rebel '
        "military spokesman Jean Bizimana said.\n",
    ],
)
def test_a_rebel_spokesman_speaks_for_the_group_the_text_calls_rebels(dictionary, text):
    result = extract(text, published=dt.date(2024, 1, 8), dictionary=dictionary)
    assert [s.actor for s in result.statements] == ["M23"]
