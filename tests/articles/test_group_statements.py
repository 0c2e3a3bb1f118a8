"""A group's statement quoted without a person: "the statement said", "the group said"."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Soldiers fled the base at Boulkessi after a day of fighting.\nJama'at Nusrat "
            "al-Islam wal-Muslimin, or JNIM, said in a statement that its fighters had taken the "
            'camp. "The mujahideen seized the weapons of the army," the statement said.',
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "Israeli troops pushed into the village of Maroun al-Ras on Sunday.\nHezbollah denied "
            'losing the village. In a statement, the group said "its fighters are still in their '
            'positions and the enemy has not been able to hold any village."',
            "Hezbollah",
        ),
        (
            "Troops retook Geidam on Sunday after a gunfight, the army said.\nIn a statement "
            "carried by the Amaq news agency, ISWAP denied losing the town.\n"
            '"The soldiers of the caliphate are in full control of Geidam," the statement said.',
            "Islamic State West Africa Province",
        ),
    ],
)
def test_a_statement_of_a_group_goes_to_the_group_that_speaks(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        'Al-Shabaab fighters stormed the village at dawn, residents said. "They took our '
        'cattle and burned the market," they said.',
        "Al-Shabaab fighters stormed the village at dawn. A woman who fled to Afgooye said: "
        '"The Shabab took everything we had."',
    ],
)
def test_a_quote_that_only_mentions_a_group_is_not_its_statement(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rebels pushed into Hama on Thursday.\nThe Syrian Observatory for Human Rights, a war "
            'monitor based in Britain, said rebels had taken the prison. "The rebel factions are '
            'in control of most of the city," the Observatory said.',
            "Syrian Observatory for Human Rights",
        ),
        (
            "Troops retook two villages on the river.\nThe Shabab, who had seized both villages a "
            "week earlier, denied losing them. The group's Andalus radio said its fighters \"are "
            'still in their positions and the army only attacked from a distance".',
            "Al-Shabaab",
        ),
    ],
)
def test_a_capitalised_generic_source_is_read_too(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        'The U.N. human rights office in Geneva said gangs were expanding. "Gangs are attacking '
        'communities," said Claire Dumont-Moreau, a spokeswoman for the office.',
        'The UN human rights office said the killings must stop. "Impunity is feeding the '
        'violence," said Marta Hurtado, a spokeswoman for the office.',
    ],
)
def test_a_spokeswoman_for_the_office_speaks_for_the_office_named_before(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "United Nations"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the source's noun is not in the name: the actor that opens the paragraph
        (
            "Shelling hit the hospital district of the besieged city overnight.\nDoctors Without "
            'Borders, which runs two clinics there, said it had treated 40 wounded. "Our staff '
            'are working by torchlight," the medical charity said in a statement.',
            "Doctors Without Borders",
        ),
        (
            "Rebels attacked the mine road and fighting spread to the port.\nThe United Nations "
            "said it was moving its staff out of the town. \"We cannot guarantee anyone's safety "
            'there," the organisation said in a statement.',
            "United Nations",
        ),
        # the source's noun ends the name of an actor named before
        (
            "Gangs seized two more districts of the capital this week, according to the National "
            'Human Rights Defense Network (RNDDH).\nResidents fled on foot. "The gangs now hold '
            'the whole south of the city," the network said in a report.',
            "National Human Rights Defense Network",
        ),
        # the subject of the paragraph's reporting verb
        (
            "Burkina Faso's army retook several villages from militants this week.\nThe "
            'operation has killed 30 fighters, the army said in a statement. "Our units hold the '
            'forest roads now," the statement said.',
            "Burkina Faso Armed Forces",
        ),
        # a lower-case "the" after an opening phrase
        (
            "Fighting between the guerrillas and the dissidents killed 20 people on Sunday.\nIn a "
            'statement on Monday, the ELN said its units had taken the hamlet. "The village is '
            'under the protection of our units," the statement said.',
            "National Liberation Army",
        ),
        # a dateline before the paragraph that opens with the group
        (
            "BANGKOK (AP) — The Arakan Army said Friday it had taken the town after overrunning "
            "the last bases there.\nIn a statement posted online, the group said its fighters "
            'had captured the police post. "The whole township is now ours," the statement said.',
            "Arakan Army",
        ),
    ],
)
def test_a_generic_source_goes_to_the_actor_it_stands_for(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled the village for a third week.\nThe Memorial human rights group "
        'condemned the shelling, saying "the people of the village are hostages of both sides."',
        "Army troops shelled rebel positions and militants fought back in the valley.\nThe "
        "Ruritanian Helsinki human rights "
        'group said in a report: "Nobody is counting the dead in these villages."',
    ],
)
def test_a_human_rights_group_named_by_its_type_speaks_for_itself(dictionary, text):
    actor = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2]
    assert actor in ("Memorial", "Ruritanian Helsinki")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Rebels shelled the border town overnight.\nIn Washington, a State Department "
            'spokesman said the envoy would travel to the region.\n"We want both sides to stop '
            'the fighting now," the spokesman said.',
            ("", "State Department spokesman", "United States"),
        ),
        (
            "The army withdrew from the garrison after a week of fighting with the rebels.\nA "
            'Hezbollah official said the fighters would stay in the hills above the town. "We '
            'are not leaving," the official said.',
            ("", "Hezbollah official", "Hezbollah"),
        ),
    ],
)
def test_a_bare_spokesman_takes_the_role_of_the_one_introduced_before(dictionary, text, row):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == row


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Boko Haram fighters raided the town of Konduga on Sunday, residents said.\n"
            'Amnesty International said in a statement that "civilians are paying the heaviest '
            'price in this conflict", and urged both sides to spare homes.',
            "Amnesty International",
        ),
        (
            "M23 rebels seized the town of Rubaya after two days of fighting.\nHuman Rights "
            'Watch, the New York-based rights group, said in a statement that "both sides have '
            'shelled crowded camps without regard for the people living there".',
            "Human Rights Watch",
        ),
        (
            "Shells hit the hospital in the eastern town overnight.\nThe International Committee "
            'of the Red Cross condemned the shelling, saying "the wounded must be able to reach '
            'care safely."',
            "International Committee of the Red Cross",
        ),
    ],
)
def test_an_organisation_that_opens_the_sentence_speaks_its_quote(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops entered the town of Kailahun on Sunday, the army said.\nA statement "
        "posted in the name of the Revolutionary United Front said its men still held the "
        'market.\n"The soldiers are afraid to leave their trucks," the statement said.',
        'Troops shelled the hills above Daru all night.\n"Our fighters hold every road out of '
        "Daru,\" said a communique issued by the Revolutionary United Front's office in Monrovia.",
        "Artillery hit the outskirts of Segbwema overnight, residents said.\nA message posted on a "
        "website used by the Revolutionary United Front claimed the capture of two army trucks.\n"
        '"The enemy ran and left his weapons behind," the message said.',
    ],
)
def test_a_statement_goes_to_the_group_it_is_issued_by(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == (
        "",
        "",
        "Revolutionary United Front",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Revolutionary United Front has fought the army around Kono since March.\nIn a "
        "leaflet left in villages near the mines, the rebels denied losing the town.\n"
        '"The soldiers have not set foot in Kono," the leaflet said.',
        "Troops said they had retaken Pendembu from the Revolutionary United Front.\nIn a "
        "message sent to reporters on Monday, the group denied the claim.\n"
        '"Pendembu is still ours," the message said.',
        # the generic side opens its sentence
        "Troops entered Kailahun after the Revolutionary United Front pulled out on Sunday.\n"
        "The rebels said in a statement read on their radio that they had left in good order. "
        '"Our fighters hold the hills above the town," the statement said.',
        "The army said it had cleared the road to Daru of the Revolutionary United Front.\n"
        "The guerrillas denied it in a communique faxed to news agencies in Freetown. "
        '"Not one of our positions has fallen," the communique said.',
    ],
)
def test_a_generic_side_speaking_is_the_armed_group_named_before(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Revolutionary United Front"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said the army had reached the walls of the "
        'airfield. "The siege has been broken after violent clashes," the Britain-based monitor '
        "said.",
        "Rebels took two villages south of the town on Thursday, according to the Syrian "
        "Observatory for Human Rights.\n"
        '"Fighting broke out between the factions for the first time," the UK-based monitor '
        "said.",
    ],
)
def test_a_monitor_read_as_a_role_is_the_organisation_named_before(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == (
        "",
        "",
        "Syrian Observatory for Human Rights",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Troops said they had cleared the district of rebels.\nThe Revolutionary United Front "
        "gave a different account. A radio close to the group quoted a commander as saying its "
        'men still held the hills. "We came to stay," said the commander, Sam Koroma.',
        "The Revolutionary United Front denied losing the town.\n"
        '"We left so that the town would not be destroyed," said the commander, Foday Sesay.',
    ],
)
def test_a_named_commander_after_the_commander_speaks_for_the_paragraphs_group(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Revolutionary United Front"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sudanese troops entered the border town of Kassala on Tuesday after two days of "
            "shelling.\n"
            '"Our forces withdrew in good order to spare the town," the Eritrean information '
            "ministry said in a statement read on state radio.",
            "Eritrea",
        ),
        (
            "Indian troops stormed the hill town of Kargil on Thursday.\n"
            '"India alone bears the blame for the bloodshed," a Pakistani Foreign Office '
            "statement said.",
            "Pakistan",
        ),
        (
            "Coalition troops pushed into the Panjwai valley on Saturday.\n"
            '"This is a significant victory, but not the end of the fighting," said a statement '
            "from the Department of National Defence in Ottawa.",
            "Canada",
        ),
    ],
)
def test_a_states_ministry_speaking_without_a_person_is_that_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters advanced on the palace in Saada as Yemeni troops fell back.\n"
        '"The heroes of the armed forces repelled the attack," the defence ministry said on its '
        "website.",
        "Huthi rebels seized two districts of Bayda from Yemen's government on Monday.\n"
        "The government's information ministry condemned the advance, saying \"the militia is "
        'using the talks to grab more land".',
    ],
)
def test_a_ministry_with_no_state_word_is_the_state_named_before(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", "Yemen")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighting spread to the oil terminal.\nThe National Oil Corporation said it had "
            'evacuated its staff. "No oil will leave the port while shells fall on it," the '
            "corporation said in a statement.",
            "National Oil Corporation",
        ),
        (
            "Air strikes hit villages in South Waziristan.\nThe Human Rights Commission of "
            'Pakistan urged the army to protect civilians. "Families are sleeping in the open," '
            "the commission said.",
            "Human Rights Commission of Pakistan",
        ),
        (
            "Government forces overran two rebel posts on Friday, the Karen National Union said "
            'in a letter sent to reporters. "Our fighters withdrew in good order," the letter '
            "said.",
            "Karen National Union",
        ),
    ],
)
def test_a_commission_a_corporation_or_a_letter_speaks_for_its_author(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a possessive among the source's words
        (
            "Troops pushed into the hills above Mitu on Sunday.\nThe FARC said in a statement "
            'that its columns had pulled back in good order. "The soldiers are burning empty '
            "farms and calling it a victory,\" the guerrilla's secretariat said in the statement.",
            "Revolutionary Armed Forces of Colombia",
        ),
        (
            "Shelling resumed along the coast road on Tuesday.\nThe separatist Donetsk People's "
            'Republic said its units still held the village. "The enemy has lost three tanks and '
            "gained nothing,\" the rebels' military command said in a statement.",
            "Donetsk People's Republic",
        ),
        # the verb before the source
        (
            "Troops entered the town of Cizre at dawn.\nThe PKK, in a statement sent to news "
            'agencies in Europe, said its units had left the town. "The army is shelling empty '
            'houses. Our fighters hold the hills," said the statement, signed by its regional '
            "command.",
            "Kurdistan Workers' Party",
        ),
        (
            "Rebels drove Islamic State out of the village of Soran on Sunday, the Syrian "
            'Observatory for Human Rights said.\n"The jihadists have fled and the rebels are '
            'clearing the houses of mines," said the Britain-based Observatory.',
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_a_source_read_with_a_possessive_or_after_its_verb_is_the_group(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


def test_a_capital_that_denies_keeps_a_communique_from_the_paragraph_before(dictionary):
    text = (
        "Iranian troops crossed the marshes in boats and reached the highway near Qurna.\n"
        'Baghdad denied that. "No enemy soldier set foot on the road," said a military '
        "communique broadcast on Baghdad Radio."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] != "Iran"
