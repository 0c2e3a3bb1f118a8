"""Campaign names: operations named with or without quotes, kept whole."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_names import named_mentions
from tests.articles.rows import TUESDAY_16_MAY_2023, WEDNESDAY_17_MAY_2023, campaign_rows


def test_it_finds_an_operation_named_without_quotes(dictionary):
    text = (
        "Turkish jets and commandos struck militant positions in northern Iraq, the defence"
        " ministry said.\n"
        "The operation, named Claw-Sword, began late on Sunday with air strikes on the Qandil"
        " mountains."
    )
    [(name, attackers, _, started, precision)] = campaign_rows(
        text, dictionary, TUESDAY_16_MAY_2023
    )
    assert name == "Claw-Sword" and attackers == ["Turkey"]
    assert (started, precision) == (dt.date(2023, 5, 14), 1)


def test_it_does_not_take_a_lower_case_word_after_named_as_an_operation(dictionary):
    text = (
        "Soldiers shelled the camp on Monday in an operation named after a fallen general, the"
        " army said."
    )
    assert all(name != "after" for name, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023))


def test_it_keeps_a_quoted_operation_name_whole(dictionary):
    text = (
        "Egypt's army launched a campaign, called "
        '"Comprehensive Operation Delta 2019", against militants '
        "in North Sinai on Friday, with air strikes and artillery."
    )
    names = [name for name, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert names == ["Comprehensive Operation Delta 2019"]


def test_it_reads_an_offensive_they_call_by_a_name_with_particles(dictionary):
    text = (
        "Brigades of the Government of National Accord have been fighting since March to retake"
        " Sirte "
        "in an offensive they call al-Bunyan al-Marsous."
    )
    [(name, attackers, targets, started, precision)] = campaign_rows(
        text, dictionary, WEDNESDAY_17_MAY_2023
    )
    assert (name, attackers, targets) == (
        "al-Bunyan al-Marsous",
        ["Government of National Accord"],
        ["Sirte"],
    )
    assert (started, precision) == (dt.date(2023, 3, 1), 3)


def test_it_drops_the_single_quotes_around_an_operation_name(dictionary):
    text = (
        "Turkey launches 'Operation Spring Shield' against Syrian government forces in"
        " Idlib\nTurkish drones struck."
    )
    assert [name for name, *_ in campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)] == [
        "Operation Spring Shield"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "'Iron Sting': Turkish troops push into Syrian border town\n"
            "Turkish troops and allied fighters pushed into the town of Tal Abyad on Monday, the"
            " defence ministry said.",
            "Iron Sting",
        ),
        (
            '"Swift Justice": army says it has retaken Marawi\n'
            "Philippine troops stormed the last rebel positions in Marawi on Sunday, the army"
            " said.",
            "Swift Justice",
        ),
    ],
)
def test_it_reads_an_operation_named_by_the_headline_before_a_colon(dictionary, text, name):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rebels seize Syrian border town in 'Dawn of Freedom' push, monitor says.\n"
            "Fighters stormed the town of Tal Rifaat on Sunday, the monitor said.",
            "Dawn of Freedom",
        ),
        (
            "The army said its 'Desert Shield' offensive had cleared militants from the hills"
            " around Sirte, where troops stormed the last positions on Monday.",
            "Desert Shield",
        ),
    ],
)
def test_it_reads_an_operation_name_in_single_quotes(dictionary, text, name):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The coalition's offensive on Hodeida, dubbed Red Tide, began on Monday with air"
            " strikes on rebel positions, the coalition said.",
            "Red Tide",
        ),
        (
            "The army's relief column, dubbed Aung Zeya, set out from Kawkareik on Monday but"
            " has been pinned down by rebel fighters on the mountain road.",
            "Aung Zeya",
        ),
    ],
)
def test_it_reads_a_name_given_after_the_campaign_noun_and_its_target(dictionary, text, name):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "'Southern Hurricane' drives Huthis from Yemen's Shabwa, pro-government forces say\n"
            "Yemen's Giants Brigades said Monday they had driven Huthi rebels out of the last"
            " districts they held in the province.",
            "Southern Hurricane",
        ),
        (
            "Yemen's 'Golden Spear' forces say Mokha port taken; Huthis deny losing it\n"
            "Government forces backed by the Saudi-led coalition said on Monday they had taken"
            " the Red Sea port of Mokha after a week of fighting.",
            "Golden Spear",
        ),
    ],
)
def test_a_quoted_title_case_name_in_the_headline_is_an_operation(dictionary, text, name):
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert name in [row[0] for row in rows], rows


def test_a_quoted_phrase_in_lower_case_in_the_headline_is_no_operation(dictionary):
    text = (
        "Army calls border raid 'no accident' as troops mass near Kursk\n"
        "Russian troops massed near the border on Monday, officials said."
    )
    assert "no accident" not in [
        row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    ]


def test_an_operation_named_in_the_headline_alone_does_not_take_another_places_campaign(
    dictionary,
):
    text = (
        "'Southern Hurricane' drives Huthis from Yemen's Shabwa, pro-government forces say\n"
        "The Giants Brigades said they had retaken the district of Ain in Shabwa on Sunday.\n"
        "Residents said the roads were mined.\nAid workers said families were returning.\n"
        "Prices in the markets fell, traders said.\nThe port remained closed.\n"
        "The Huthis, who seized the districts in September as they pushed towards the city of"
        " Marib, acknowledged fighting in Shabwa."
    )
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    # The undated push towards Marib past the lead is background to the headline's operation
    # (campaigns.without_undated_side_events): it is no campaign, and not the operation's target.
    assert [row[0] for row in rows] == ["Southern Hurricane"], rows
    assert not any("Marib" in t for t in rows[0][2]), rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rebels launched their operation, which they call Wrath of the Desert, on Monday "
            "with an assault on Kidal.",
            "Wrath of the Desert",
        ),
        (
            "Fighters captured the town of Kidal on Sunday in an offensive, dubbed Storm of "
            "Liberation, that began on Friday, a commander said.",
            "Storm of Liberation",
        ),
    ],
)
def test_a_bare_name_keeps_its_of_and_the(dictionary, text, name):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names, names


@pytest.mark.parametrize(
    "text",
    [
        '"We will not leave": besieged villagers hold out as militants close the roads\n'
        "Militants launched an assault on Dogofry on Monday, residents said.",
        "'They shot at everyone': survivors flee as rebels storm the town\n"
        "Rebels launched an offensive on Sake on Monday, residents said.",
    ],
)
def test_a_quoted_sentence_before_a_headline_colon_is_no_operation(dictionary, text):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert not any(name.startswith(("We ", "They ")) for name in names), names


@pytest.mark.parametrize(
    ("text", "name", "attacker"),
    [
        (
            "Burkina Faso's Operation Otapuanu pushes into militant-held forests of the east\n"
            "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Wednesday it had retaken "
            "several villages from the militants.",
            "Operation Otapuanu",
            "Burkina Faso Armed Forces",
        ),
        (
            "Nigeria's Operation Hadin Kai clears insurgent camps near the lake\n"
            "MAIDUGURI (Reuters) - Troops destroyed several camps on Tuesday, officials said.",
            "Operation Hadin Kai",
            "Nigeria",
        ),
    ],
)
def test_a_state_owning_an_operation_in_the_headline_attacks(dictionary, text, name, attacker):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    row = next((row for row in rows if row[0] == name), None)
    assert row is not None, rows
    assert row[1] == [attacker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Iron Sting: Turkish troops push into Syrian border town\n"
            "Turkish troops and allied fighters pushed into the town of Tal Abyad on Monday, the"
            " defence ministry said.",
            "Iron Sting",
        ),
        (
            "Zarb-e-Azb: army says it has cleared the last militant hideouts in Miranshah\n"
            "Pakistani troops stormed the last rebel positions in Miranshah on Sunday, the army"
            " said.",
            "Zarb-e-Azb",
        ),
    ],
)
def test_an_unquoted_title_case_kicker_names_the_operation(dictionary, text, name):
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


@pytest.mark.parametrize(
    "text",
    [
        "South Sudan: army says rebels pushed out of Malakal\n"
        "Government troops launched an assault on Malakal on Monday, the army said.",
        "Bama: troops hold the town as residents flee\n"
        "Soldiers launched an offensive on Gwoza on Monday, the army said.",
        "Trapped in Khuza'a: families flee as tanks seal off the village\n"
        "Israeli troops launched an assault on Khuza'a on Monday, residents said.",
        "Vladimir Putin: our troops will take the city\n"
        "Russian troops launched an assault on Kharkiv on Monday, the army said.",
        "Live Updates: troops push into the city\n"
        "Government troops launched an assault on Marawi on Monday, the army said.",
        "Exclusive Interview: rebel commander vows to hold the town\n"
        "Rebel fighters launched an offensive on Goma on Monday, residents said.",
    ],
)
def test_an_unquoted_kicker_naming_a_place_or_side_is_no_operation(dictionary, text):
    kicker = text.split(":")[0]
    names = [row[0] for row in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert kicker not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Army launches Operation Iron Hammer\nBAMAKO (AP) - Malian troops launched Operation Iron"
        " Hammer on Monday, officials said.",
        "Troops press on with Operation Desert Wind\nNIAMEY, May 15 (Reuters) - Nigerien forces"
        " pressed on with Operation Desert Wind on Monday.",
    ],
)
def test_an_operation_named_at_the_end_of_a_headline_stops_at_the_line_break(text):
    names = {name for name, _, _ in named_mentions(text)}
    assert names and all("\n" not in name for name in names)
    assert len(names) == 1


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            'Vigilante group "La Hoz" takes over Tenejapa\nTUXTLA GUTIERREZ (AP) - Armed men of'
            " the vigilante group drove gunmen out of Tenejapa on Monday, officials said.",
            "La Hoz",
        ),
        (
            "Gunmen of a militia called 'Sons of the Valley' storm Kolda\nDAKAR (Reuters) -"
            " Fighters stormed the town of Kolda on Monday, the army said.",
            "Sons of the Valley",
        ),
    ],
)
def test_a_quoted_name_after_a_word_for_a_group_names_the_group(text, group):
    assert group not in {name for name, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            "Troops stormed the prison on Wednesday in an operation to retake it. The gang's"
            ' leader, Ramon Salcedo, known as "El Tigre", escaped before the raid, officials said.',
            "El Tigre",
        ),
        (
            "Police launched an assault on the slum at dawn to arrest the cartel boss Luis Ordaz,"
            " nicknamed “The Engineer”, who has eluded them for a decade.",
            "The Engineer",
        ),
    ],
)
def test_a_quoted_name_after_a_persons_name_is_a_nickname(text, nickname):
    assert nickname not in {name for name, _, _ in named_mentions(text)}


def test_an_operation_known_by_a_quoted_name_stays_an_operation():
    text = 'The army launched the operation, known as "Iron Broom", against rebels on Monday.'
    assert "Iron Broom" in {name for name, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        (
            "Jihadists attack army post in central Mali\nBAMAKO (AFP) - Gunmen attacked an army"
            " post near Douentza on Monday. The violence has spread from the north, where French"
            " troops of Operation Sable Rouge are deployed.",
            "Operation Sable Rouge",
        ),
        (
            "Rebels close in on Birni\nNDJAMENA (Reuters) - Rebels closed in on Birni on Monday."
            " Soldiers of the Operation Harmattan mission guard the airport and took no part in"
            " the fighting, a spokesman said.",
            "Operation Harmattan",
        ),
    ],
)
def test_an_operation_named_only_as_the_troops_frame_is_a_deployment(text, operation):
    assert operation not in {name for name, _, _ in named_mentions(text)}


def test_an_operation_also_told_launched_stays_a_campaign():
    text = (
        "France launches Operation Sable Rouge\nPARIS (AFP) - France launched Operation Sable"
        " Rouge on Monday. French troops of Operation Sable Rouge entered Douentza."
    )
    assert "Operation Sable Rouge" in {name for name, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Twelve commandos died in the village after a dawn raid, codenamed Oplan Sentinel, to"
            " arrest a bomb maker, police said.",
            "Oplan Sentinel",
        ),
        (
            "The army said the counter-attack, code-named Iron Veil, had pushed the rebels back"
            " across the river by Friday.",
            "Iron Veil",
        ),
    ],
)
def test_it_reads_a_raid_or_counter_attack_named_by_a_naming_verb(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The counter-offensive to clear the ridge, launched on Thursday under the codename"
            " Thunder Shield, had achieved its goal, the army said.",
            "Thunder Shield",
        ),
        (
            "Troops backed by jets moved on the hilltop under the code name Morning Star, a"
            " military spokesman said.",
            "Morning Star",
        ),
    ],
)
def test_it_reads_a_name_given_under_a_codename(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


def test_a_codename_without_under_names_nothing():
    text = (
        "Reporters asked about the codename Ghost Hunter, which the ministry declined to discuss"
        " before the offensive."
    )
    assert named_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Four days after the army launched Operation Shield for Harvest against rebel camps"
            " in the hills, troops reached the river.",
            "Operation Shield for Harvest",
        ),
        (
            "Colombia's Operation Sentinel 915 reaches guerrilla heartland",
            "Operation Sentinel 915",
        ),
        (
            "Operation Northern Dawn 2019 began with air strikes on the border towns.",
            "Operation Northern Dawn 2019",
        ),
    ],
)
def test_an_operation_name_keeps_for_and_a_number(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


def test_a_count_after_an_operation_name_is_not_part_of_it():
    text = "Operation Iron Gate 100 days on: soldiers still hold the ridge."
    assert "Operation Iron Gate" in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The president moved his headquarters north to direct what his government calls the"
            " Iron Dawn Revolutionary Campaign against the rebels.",
            "Iron Dawn Revolutionary Campaign",
        ),
        (
            "The assault, known as the Great Spring Offensive, opened with artillery fire on the"
            " rebel lines.",
            "Great Spring Offensive",
        ),
    ],
)
def test_a_name_that_carries_its_own_campaign_noun_needs_none_before_it(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Northern Shield Operation: Ostlandic marines land west of Port Avel\n"
            "From our Correspondent, Port Avel, May 16\n"
            "Troops came ashore at dawn and fought their way along the coast road towards the"
            " town.",
            "Northern Shield Operation",
        ),
        (
            "Iron Gate Campaign: columns reach the river\n"
            "By our staff reporter\n"
            "Tanks and infantry crossed the plain overnight and shelled the far bank, officers"
            " said.",
            "Iron Gate Campaign",
        ),
    ],
)
def test_a_headline_kicker_followed_by_a_byline_is_an_operation(dictionary, text, name):
    # the military words are in the lead, a byline line away from the headline
    names = [found for found, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers raided two hillside neighbourhoods at dawn on Monday. The operation, which"
            " officials called Operation Clean Slate, had been planned for months, police said.",
            "Operation Clean Slate",
        ),
        (
            "Hundreds of policemen entered the port district to arrest gang leaders, in what the"
            " state government named Operation Safe Harbour.",
            "Operation Safe Harbour",
        ),
    ],
)
def test_a_police_operation_against_gangs_is_named_like_an_army_one(dictionary, text, name):
    names = [found for found, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert name in names


def test_an_operation_of_a_charity_is_still_no_campaign(dictionary):
    text = (
        "Volunteers of Operation Warm Hearts handed out blankets in the city centre on Monday,"
        " organisers said."
    )
    assert campaign_rows(text, dictionary, TUESDAY_16_MAY_2023) == []


@pytest.mark.parametrize(
    "text",
    [
        "Garrison holds out as 'Red Dune' push enters third week\n"
        "LUANDA (Reuters) - Troops and armoured columns shelled the garrison again on Monday."
        " The fighting is part of what the army calls Operation Red Dune, launched in April.",
        'Army presses "Red Dune" offensive in the south\n'
        "Soldiers and tanks advanced on the border posts on Monday in Operation Red Dune, the"
        " defence ministry said.",
    ],
)
def test_a_bare_name_and_operation_name_are_one_operation_named_in_full(dictionary, text):
    names = [name for name, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert "Operation Red Dune" in names
    assert "Red Dune" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The offensive, known as Iron Harvest, or Autumn Gale in the army's own papers, began"
            " at dawn on Sunday as troops crossed the river.",
            "Iron Harvest",
        ),
        (
            "Officers said the operation, known as Clean Valley, would clear the district of armed"
            " groups before the rains.",
            "Clean Valley",
        ),
    ],
)
def test_it_reads_a_name_given_after_known_as(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


def test_a_place_known_as_a_name_is_no_operation():
    text = (
        "The rebels hold the hills, known as Green Ridge, above the town, while troops hold the"
        " valley road."
    )
    assert named_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Fighting is the heaviest since the rebel front called its "final offensive" on June 4'
            " and attacked garrisons in four towns.",
            "final offensive",
        ),
        (
            "Troops retook the port on Sunday, the third day of what the guerrillas have dubbed"
            " their “decisive campaign” against the junta.",
            "decisive campaign",
        ),
    ],
)
def test_it_reads_a_sides_own_quoted_word_for_its_push(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


def test_a_quoted_phrase_in_lower_case_without_a_possessive_is_speech():
    text = 'The minister called the attack "a cowardly act" and said the offensive would go on.'
    assert named_mentions(text) == []
