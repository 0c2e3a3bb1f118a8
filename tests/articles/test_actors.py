"""Actors in the text: known actors, states and their forces, read from the words that name them."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors
from tests.articles.rows import (
    FRIDAY_3_OCTOBER_2014,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    actor_names,
    actor_rows,
    actor_surfaces,
)


def test_it_reads_a_country_after_bordering_as_a_place(dictionary):
    assert "Afghanistan" not in {
        m.actor
        for m in find_actors(
            "Jets struck hideouts in the tribal region bordering Afghanistan.",
            dictionary.with_states(),
        )
    }


def test_it_lets_an_article_redefine_a_known_acronym_it_spells_out(dictionary):
    text = (
        "Soldiers burned houses said to shelter fighters of the Ambazonia Defence Forces (ADF), a "
        "separatist "
        "armed group.\nThe ADF said its fighters had repelled the attack near Kumbo."
    )
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert found["Ambazonia Defence Forces"] == ["Ambazonia Defence Forces", "ADF", "ADF"]
    assert "Allied Democratic Forces" not in found


def test_it_keeps_a_known_acronym_when_the_article_does_not_spell_it_out(dictionary):
    text = "ADF fighters attacked a village near Beni on Monday, killing 12 people, the army said."
    assert "Allied Democratic Forces" in actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)


def test_it_does_not_take_a_state_to_be_rejoined_as_a_party(dictionary):
    text = (
        "Clan fighters, who want the region to rejoin Somalia, overran an army base after heavy "
        "fighting."
    )
    assert "Somalia" not in actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)


def test_it_makes_a_state_that_speaks_through_its_minister_an_actor(dictionary):
    text = (
        "Mozambican troops launched a counter-offensive on Sunday to retake the town of Macomia "
        "from insurgents.\n"
        '"The town will be cleared," Defence Minister Joaquim Mabunda told reporters.'
    )
    result = extract(text, published=WEDNESDAY_17_MAY_2023, dictionary=dictionary)
    assert "Mozambique" in result.actor_names()
    assert "Mozambique Defence Armed Forces" in result.actor_names()


def test_it_reads_government_soldiers_as_the_states_forces(dictionary):
    text = (
        "Somali government soldiers advanced on the town from the west on Friday, residents said."
    )
    actors = {
        m.actor
        for m in extract(text, published=FRIDAY_3_OCTOBER_2014, dictionary=dictionary).actors
    }
    assert "Somali National Army" in actors and "Somalia" not in actors


@pytest.mark.parametrize(
    "text, surface, actor",
    [
        ("Sudan's army said it had entered the city.", "Sudan's army", "Sudanese Armed Forces"),
        (
            "The Ethiopian military denied the report.",
            "Ethiopian military",
            "Ethiopian National Defense Force",
        ),
        (
            "Ethiopia's federal army said on Thursday it had won.",
            "Ethiopia's federal army",
            "Ethiopian National Defense Force",
        ),
        (
            "Azerbaijani troops attacked at dawn.",
            "Azerbaijani troops",
            "Azerbaijan",
        ),  # no forces name: the state
        (
            "Lebanon’s army pulled back.",
            "Lebanon’s army",
            "Lebanese Armed Forces",
        ),  # typographic apostrophe
        ("Armenian officials denied it.", "Armenian officials", "Armenia"),
        ("Kinshasa accuses Rwanda of sending soldiers.", "Rwanda", "Rwanda"),
        (
            "The Iraqi army advanced.",
            "Iraqi army",
            "Iraqi Security Forces",
        ),  # the curated actor is reused
    ],
)
def test_it_names_a_states_forces_from_the_country_list(dictionary, text, surface, actor):
    assert (surface, actor) in actor_rows(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled to Chad and Cameroon.",
        "The town lies on the border with Bangladesh and India.",
        "The Pakistan-based group claimed it.",
        "Oil spills in the Niger Delta worsened.",
        "Sudan's capital was quiet.",
        "Ethnic Armenian forces in the enclave laid down their arms.",
        "He met the head of Mali's military government.",
        "He was arrested by New Mexico police.",
    ],
)
def test_it_does_not_take_a_place_or_a_name_for_the_state(dictionary, text):
    assert actor_rows(text, dictionary) == []


def test_it_gives_the_first_of_two_demonyms_its_own_forces(dictionary):
    found = actor_rows("Ugandan and Congolese troops overran four camps.", dictionary)
    assert found == [
        ("Ugandan", "Uganda People's Defence Force"),
        ("Congolese troops", "Armed Forces of the Democratic Republic of the Congo"),
    ]


def test_it_keeps_a_curated_alias_over_a_generated_one(dictionary):
    # "Turkish army" is a curated alias of Turkey; "Syrian National Army" a curated group, not
    # Syria's army.
    assert actor_rows("The Turkish army and the Syrian National Army advanced.", dictionary) == [
        ("Turkish army", "Turkey"),
        ("Syrian National Army", "Syrian National Army"),
    ]


def test_it_gives_no_generic_army_an_actor_without_state_forces_named(dictionary):
    assert actor_rows('"We will win," army spokesman Juan Perez said.', dictionary) == []


def test_it_does_not_take_a_compound_adjective_for_a_first_name(dictionary):
    found = actor_rows(
        "The Resistance Front is an offshoot of the Pakistan-based Lashkar-e-Taiba.", dictionary
    )
    assert ("Lashkar-e-Taiba", "Lashkar-e-Taiba") in found


# ---------- Actors of an article: news outlets are sources, never actors; agency s


def test_an_agency_in_the_dateline_is_a_source_not_an_actor(dictionary):
    first = (
        "KABUL (AFP) - Taliban fighters overran the provincial capital on Sunday, officials said."
    )
    second = (
        "GOMA, Congo (Reuters) - M23 rebels seized the town of Kanyabayonga on Saturday, "
        "residents said."
    )
    assert actor_names(first, dictionary) == ["Taliban"]
    assert "Reuters" not in actor_names(second, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Vigilantes seize town\nSAN CRISTÓBAL DE LAS CASAS, Mexico — An armed group calling itself "
        "the Northern Machete Front drove gunmen out of the town of Chenalhó on Monday, residents "
        "said.",
        "Militia storms district\nBAŞKALE, Turkey (Reuters) - Fighters of a little-known group "
        "calling itself the Mountain Wolves stormed the district of Yüksekova on Tuesday, "
        "officials said.",
    ],
)
def test_a_datelines_city_in_accented_capitals_and_its_country_are_no_actors(text, dictionary):
    names = actor_names(text, dictionary)
    assert not any(name.isupper() for name in names), names
    assert "Mexico" not in names and "Turkey" not in names


def test_an_outlet_someone_spoke_to_is_a_source_not_an_actor(dictionary):
    first = (
        'Houthi fighters shelled the city overnight, a government commander told the BBC. "We are '
        "holding "
        'the line," he said.'
    )
    second = (
        "Russian troops shelled the village of Krynky on Monday, the Interfax news agency "
        "reported, citing "
        "the Russian Defence Ministry. Ukrainian forces said they had repelled the assault."
    )
    assert "BBC" not in actor_names(first, dictionary)
    assert not any("Interfax" in name for name in actor_names(second, dictionary))


def test_agency_spellings_of_known_groups_are_the_groups(dictionary):
    first = (
        "Taleban fighters overran the district centre of Qala-i-Naw on Sunday after a two-day "
        "assault."
    )
    second = "Huthi rebels fired drones at the city, the Huthis' military spokesman said on Monday."
    assert "Taliban" in actor_names(first, dictionary)
    assert "Houthis" in actor_names(second, dictionary)


def test_a_group_named_by_what_it_calls_itself_is_an_actor(dictionary):
    first = (
        "Local self-defence fighters from a little-known group calling itself the Mirebalais "
        "Vigilance "
        "Brigade tried to hold the northern entrance to the town, two of its members said."
    )
    second = (
        "Nigeria's army said it had launched an offensive against a little-known jihadist group "
        "calling "
        "itself Lakurawa, two days after its fighters killed 15 villagers."
    )
    assert "Mirebalais Vigilance Brigade" in actor_names(first, dictionary)
    assert "Lakurawa" in actor_names(second, dictionary)


def test_a_branch_that_calls_itself_by_a_name_of_a_known_group_is_not_a_new_actor(dictionary):
    text = (
        "Islamic State's Sinai affiliate, which calls itself Sinai Province, has waged an "
        "insurgency in the "
        "north of the peninsula since 2013."
    )
    assert "Sinai Province" not in actor_names(text, dictionary)


def test_a_name_typed_as_a_fighting_unit_by_its_appositive_is_an_actor(dictionary):
    first = (
        "The Manbij Military Council, a local force allied with the US-backed Syrian Democratic "
        "Forces (SDF), "
        "condemned what it called a Turkish invasion of the city."
    )
    second = (
        "A member of the Civilian Joint Task Force, a vigilante group that fights alongside the "
        "army, said "
        "militants still controlled several villages in the hills."
    )
    assert "Manbij Military Council" in actor_names(first, dictionary)
    assert "Civilian Joint Task Force" in actor_names(second, dictionary)


def test_fighters_known_by_a_name_are_that_group(dictionary):
    first = (
        "Government troops lost Bor again to Machar's forces, which were joined by thousands of "
        "armed Nuer "
        "youths known as the White Army."
    )
    second = (
        "The town was overrun by gunmen known as the Kraze Baryè, a gang allied with the G9 "
        "coalition, "
        "residents said."
    )
    assert "White Army" in actor_names(first, dictionary)
    assert "Kraze Baryè" in actor_names(second, dictionary)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government troops overran the last LTTE bunkers near the lagoon, the army said.",
            "Liberation Tigers of Tamil Eelam",
        ),
        (
            "The Tamil Tigers said their cadres had pulled back to prepared positions.",
            "Liberation Tigers of Tamil Eelam",
        ),
        (
            "RUF rebels and their AFRC allies poured into the capital at dawn.",
            "Armed Forces Revolutionary Council",
        ),
        (
            "Nigerian-led ECOMOG troops shelled rebel positions in the eastern districts.",
            "ECOMOG",
        ),
        ("Kamajor militiamen manned checkpoints on the road south.", "Civil Defence Forces"),
    ],
)
def test_it_knows_the_armed_groups_of_past_wars_under_their_agency_names(dictionary, text, actor):
    """The seed dictionary reaches wars older wire copy reports (Sri Lanka, Sierra Leone)."""
    assert actor in actor_names(text, dictionary)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a country that only describes someone else
        (
            "Rebels shelled the town, the UK-based Observatory for Civil Rights said on Monday.",
            "United Kingdom",
        ),
        (
            '"The front will not hold long," said Omar Hadi, a Yemen researcher at a Geneva '
            "institute.",
            "Yemen",
        ),
        ("Myanmar rebels say they have overrun a border post near the river", "Myanmar"),
        ("South Sudan rebels claim the capture of an oil town after heavy fighting", "South Sudan"),
        # a country placing a town, or in a list after a preposition
        ("The envoys met in Jeddah, Saudi Arabia, on Tuesday to discuss a truce.", "Saudi Arabia"),
        (
            "The fighters seized the crossing on the border with Iran.",
            "Iran",
        ),
        ("Thousands of families fled to Niger and Algeria last year.", "Algeria"),
        # a section heading in a roundup
        ("- Yemen -\nOn the Red Sea coast, loyalist forces pushed north on Friday.", "Yemen"),
        ("Iraq: the battle for Beiji\nMilitants stormed the refinery again on Sunday.", "Iraq"),
    ],
)
def test_a_state_named_only_to_describe_or_place_something_else_does_not_act(
    dictionary, text, absent
):
    assert absent not in {actor for _, actor in actor_rows(text, dictionary)}


def test_a_state_named_as_a_party_still_acts(dictionary):
    rows = actor_rows(
        "Iran denied arming the rebels. Saudi Arabia said its jets had struck the airport. "
        "Russia's southern group of forces said it had taken the village. The foreign ministers "
        "of Turkey, Russia and Iran met in Doha, where U.S. envoys joined them.",
        dictionary,
    )
    assert {"Iran", "Saudi Arabia", "Russia", "Turkey"} <= {actor for _, actor in rows}
    second = actor_rows(
        "Speaking in New York, U.S. Secretary of State Jane Roe urged calm.", dictionary
    )
    assert "United States" in {actor for _, actor in second}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Fighters of the Southern Front entered the border crossing at dawn.", "Southern Front"),
        ("The former Nusra Front still holds the hills above the town.", "Al-Nusra Front"),
        ("Jaish al-Fatah fighters overran the last checkpoints.", "Army of Conquest"),
        (
            "AMISOM troops and Somali soldiers took the port without a fight.",
            ("African Union Mission in Somalia"),
        ),
        (
            "Militants of Jamaatul Ahrar and Lashkar-i-Islam regrouped in the valley.",
            ("Lashkar-e-Islam"),
        ),
        (
            "The FDLR militia withdrew from the hills north of Goma.",
            ("Democratic Forces for the Liberation of Rwanda"),
        ),
        ("Sri Lankan troops pushed towards the lagoon on Friday.", "Sri Lanka Army"),
        ("Croatian troops entered the town after a four-day assault.", "Croatian Army"),
        ("Mexican soldiers set up checkpoints along the highway.", "Mexican Army"),
    ],
)
def test_armed_groups_and_forces_of_past_wars_are_in_the_dictionary(dictionary, text, actor):
    assert actor in {name for _, name in actor_rows(text, dictionary)}


def test_a_military_junta_is_no_particular_countrys_forces(dictionary):
    first = actor_rows("Soldiers of the ousted military junta joined the rebels.", dictionary)
    second = actor_rows("The military junta in Niamey expelled the envoys.", dictionary)
    assert "Tatmadaw" not in {actor for _, actor in first + second}
    assert "Tatmadaw" in {
        actor for _, actor in actor_rows("Myanmar's junta denied it.", dictionary)
    }


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "Fighters of the Zapatista National Liberation Army seized the town hall at dawn.",
            "National Liberation Army",
        ),
        (
            "A militia calling itself the Tessalit Resistance Front ambushed the convoy.",
            "The Resistance Front",
        ),
    ],
)
def test_an_alias_ending_a_longer_group_name_is_not_that_group(dictionary, text, inner):
    assert inner not in {actor for _, actor in actor_rows(text, dictionary)}


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan People's Defence Force soldiers crossed the border on Tuesday.",
        "Troops of the Uganda People's Defence Forces moved north of Bunia.",
    ],
)
def test_a_demonym_before_a_known_name_of_that_country_is_the_countrys_group(dictionary, text):
    assert [actor for _, actor in actor_rows(text, dictionary)] == ["Uganda People's Defence Force"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Mostly Shiite Popular Mobilisation Forces units held the road.",
            "Popular Mobilization Forces",
        ),
        (
            "Fighters of the Tigyaing People's Defence Force attacked the police post.",
            "People's Defence Force",
        ),
        ("The Myanmar People's Defence Force says it shot down a drone.", "People's Defence Force"),
    ],
)
def test_a_word_describing_a_groups_members_or_branch_keeps_the_group(dictionary, text, actor):
    assert actor in {found for _, found in actor_rows(text, dictionary)}


@pytest.mark.parametrize(
    "text",
    [
        "Government troops, backed by allied Kamajor militias, retook the junction town at dawn.",
        "Kamajor militias set up roadblocks north of the capital on Friday, residents said.",
    ],
)
def test_it_reads_the_plural_of_a_force_alias(dictionary, text):
    """The dictionary lists "Kamajor militia": the plural names the same group."""
    assert "Civil Defence Forces" in actor_names(text, dictionary)


def test_it_does_not_read_a_plural_of_a_name_that_is_no_force(dictionary):
    assert "Amaq News Agency" not in actor_names(
        "Both Amaq agencys said nothing on Sunday.", dictionary
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Union of Congolese Patriots, a Hema militia, drove its rivals out of the town on "
            "Monday.\nUPC fighters fired into the houses, residents said."
        ),
        (
            "Fighters of the Union of Congolese Patriots held the airport road on Tuesday. A UPC "
            "commander said the town was under the group's control."
        ),
    ],
)
def test_it_reads_a_known_acronym_as_the_named_group_known_by_it(dictionary, text):
    """The dictionary's "UPC" is another country's group, but the article names in full the
    group known as "UPC militia": its UPC is that group."""
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert "UPC" in found["Union of Congolese Patriots"]
    assert "Union for Peace in the Central African Republic" not in found


def test_it_reads_amhara_regional_forces_as_the_special_forces(dictionary):
    text = "Federal troops and allied Amhara regional forces pushed towards the regional capital."
    assert "Amhara Special Forces" in actor_names(text, dictionary)
