"""A role that names its side generically ("the group's political bureau", "the force's
spokesman") speaks for the group the text named before."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighters of the National Movement for the Liberation of Azawad withdrew from Kidal "
            'on Friday. "We know the desert and we will come back," said Mossa Ag Akhamouk, a '
            "member of the group's political bureau.",
            "National Movement for the Liberation of Azawad",
        ),
        (
            "The Rapid Support Forces pulled out of the refinery on Saturday after weeks of "
            'fighting. "This is a tactical redeployment," said Youssef Ezzat Adam, an adviser to '
            "the group's commander.",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_generic_side_in_the_role_is_the_group_named_before(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


def test_the_rebels_of_an_unnamed_side_are_not_the_armed_group_named_before(dictionary):
    text = (
        "Malian troops and Russian mercenaries from the Wagner Group took Kidal, the stronghold "
        'of Tuareg-led separatist rebels.\n"This is a strategic retreat," Mohamed Ag Intalla, a '
        "spokesman for the rebels, told AFP."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


def test_a_generic_side_is_not_a_state_named_before(dictionary):
    text = (
        'Sudanese troops shelled the camp on Sunday. "We will hold the line," said Ali Musa, a '
        "member of the group's political bureau."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'The Myanmar army lost Lashio on Saturday.\n"If the army has truly lost Lashio, it '
            'has lost the northeast," said Khin Maung Zaw Win, a former Myanmar army officer.',
            "former Myanmar army officer",
        ),
        (
            'Islamic State fighters withdrew from Hawija.\n"Daesh mined the houses before they '
            'pulled back," said Omar Khalaf, a former Iraqi army colonel.',
            "former Iraqi army colonel",
        ),
    ],
)
def test_a_former_officer_speaks_for_no_side(dictionary, text, role):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][1:] == (role, None)


@pytest.mark.parametrize(
    "text",
    [
        "Rapid Support Forces fighters shelled El Fasher again, Doctors Without Borders said.\n"
        '"The last functioning hospitals are overwhelmed," said Claire Dufour, the group\'s '
        "emergency coordinator for Sudan.",
        "M23 rebels took Kitshanga as Doctors Without Borders treated dozens of wounded.\n"
        '"Patients arrived with bullet and shrapnel wounds," said Aline Uwimana, the group\'s '
        "medical coordinator in North Kivu.",
    ],
)
def test_the_groups_staff_speak_for_the_aid_group_named_last(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Doctors Without Borders"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "M23 rebels said on Wednesday they would withdraw from Uvira.\n"
            '"We have decided to withdraw our forces," said Emmanuel Rukundo Habimana, a '
            "spokesman for the rebels, in a statement.",
            "M23",
        ),
        (
            "Government forces have driven Huthi rebels out of Bayhan, officials said.\n"
            '"Our forces are still in Bayhan," said Yahya Abdullah al-Hadi, a spokesman for the '
            "rebels' armed forces.",
            "Houthis",
        ),
        (
            "Malian troops and Russian mercenaries from the Wagner Group have taken Kidal, the "
            "stronghold of Tuareg-led separatist rebels.\n"
            '"This is a strategic retreat, not a defeat," Mohamed Ag Intalla, a spokesman for '
            "the rebels, told reporters.",
            None,
        ),
    ],
)
def test_the_rebels_are_a_group_the_text_calls_rebels_not_the_nearest_armed_group(
    dictionary, text, actor
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters pushed toward Harib, and Yemeni troops dug in.\n"
        '"If the Giants push into Harib, the Houthis lose the road," said Maged al-Sharabi, an '
        "independent Yemeni military analyst.",
        "Turkish drones struck the base after Libya's government asked for help.\n"
        '"Without the Turkish drones, none of this happens," said Tarek Masoud, a Libya analyst '
        "at a think tank in The Hague.",
    ],
)
def test_an_analyst_does_not_speak_for_the_state_he_studies(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "The Coalition of Patriots for Change attacked Bangui's outskirts at dawn.\n"
        '"We are at the gates of the capital," said Serge Bozanga, a spokesman for the '
        "alliance.",
        "Coalition of Patriots for Change fighters took Bambari on Tuesday.\n"
        '"Bambari is ours," said Abakar Sabone, spokesperson for the alliance in Bambari.',
    ],
)
def test_a_spokesman_for_the_alliance_speaks_for_the_coalition_named_before(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Coalition of Patriots for Change"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The LNA denied that it had lost the town. The force's spokesman, Major General Ahmed "
            'al-Mismari, told reporters: "The army is still inside Gharyan and fighting goes on."',
            "Libyan National Army",
        ),
        (
            "The UN human rights office in Bogota said it had documented forced recruitment. "
            '"What we are seeing is a humanitarian catastrophe," said Martina Escobar, the '
            "office's deputy representative.",
            "United Nations",
        ),
    ],
)
def test_a_force_or_office_named_generically_is_the_one_named_before(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor
