"""A state's police or national guard named without the state ("the National Guard", "troops and
police stormed") is that of the country the story is about; added data entries are found."""

from __future__ import annotations

import pytest

from tests.articles.rows import actors_found


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        (
            "MANAGUA, Nicaragua (AP) - The National Guard shelled rebel positions in the eastern "
            "districts on Friday, witnesses said.",
            None,
            "National Guard of Nicaragua",
        ),
        (
            "Residents of Masaya said the National Guard had withdrawn to its barracks overnight.",
            "Nicaragua",
            "National Guard of Nicaragua",
        ),
        (
            "MEDELLIN, Colombia (Reuters) - Troops and police stormed the hillside district "
            "at dawn, officials said.",
            None,
            "National Police of Colombia",
        ),
        (
            "Police and soldiers cordoned off the market after the blast, a local official said.",
            "Philippines",
            "Philippine National Police",
        ),
        (
            "The National Police said 14 inmates had died in the riot at the prison.",
            "Ecuador",
            "National Police of Ecuador",
        ),
    ],
)
def test_it_reads_an_unqualified_service_as_the_story_states(dictionary, text, home, expected):
    assert expected in actors_found(text, dictionary, home)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Gunmen attacked a police station and wounded a police officer.", "Colombia"),
        ("The army and police chief met the governor in the capital on Monday.", "Colombia"),
        ("The National Guard was deployed along the border, the governor said.", "Iraq"),
    ],
)
def test_it_adds_no_service_for_a_place_a_role_or_a_state_without_one(dictionary, text, home):
    found = actors_found(text, dictionary, home)
    assert not {a for a in found if "Police" in a or "Guard" in a}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karabakh forces said they had repelled an attack near the village.",
            "Artsakh Defence Army",
        ),
        (
            "The Karabakh defence ministry said two of its soldiers were killed.",
            "Nagorno-Karabakh Republic",
        ),
        (
            "Guerrillas of ZANU crossed the border from Mozambique at night.",
            "Zimbabwe African National Union",
        ),
        ("Rhodesia says its aircraft struck guerrilla camps across the border.", "Rhodesia"),
        ("Amin's army retreated from the border town on Sunday.", "Uganda Army (1971–1980)"),
        (
            "Monitors from Komnas HAM visited the district.",
            "National Commission on Human Rights (Indonesia)",
        ),
    ],
)
def test_it_finds_added_groups_and_spellings(dictionary, text, expected):
    assert expected in actors_found(text, dictionary)
