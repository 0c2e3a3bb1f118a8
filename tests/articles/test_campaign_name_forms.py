"""Operation names told in other forms: given in a relative clause or after "given", "Op X",
one-word headline kickers, a name before a campaign noun, a name after the noun and the one the
article uses again, quoted headline names (articles/extraction/campaign_names.py)."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_names import named_mentions
from tests.articles.rows import TUESDAY_16_MAY_2023, campaign_rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative clause with its auxiliary
        (
            "Officials said the operation, which they have called Thunderbolt, would not reach "
            "the other rebel-held districts.",
            "Thunderbolt",
        ),
        (
            "The offensive, which the generals had named Iron Gate, drove the rebels from the "
            "valley.",
            "Iron Gate",
        ),
        # a relative clause whose subject is a capitalised name
        (
            "The islands fell in the first stage of an offensive that Zandia code-named Falcon, "
            "after a battle of the old wars.",
            "Falcon",
        ),
        (
            "Troops crossed the river in a campaign which Ostland called Red Dawn, officials said.",
            "Red Dawn",
        ),
        # the noun form after "given"
        (
            "Military sources said the operation, given the code name Kestrel, involved "
            "paratroopers and jets.",
            "Kestrel",
        ),
        (
            "The raid, given the codename Night Owl, struck two camps across the border.",
            "Night Owl",
        ),
    ],
)
def test_it_reads_a_name_given_in_a_relative_clause_or_after_given(dictionary, text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Op Thunder: Army retakes ridge after week-long battle\n"
            "Troops recaptured the ridge on Sunday, the army said.",
            "Operation Thunder",
        ),
        (
            "The navy launched Op. Sea Wall against the pirates' island camps on Monday, with "
            "marines and gunboats.",
            "Operation Sea Wall",
        ),
    ],
)
def test_op_is_the_short_form_of_operation(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lionheart: troops and armoured cars clear the rebel quarter\n"
            "Soldiers swept into the quarter before dawn and tore down the barricades. Two gunmen "
            "were shot in the first hour of the operation.",
            "Lionheart",
        ),
        (
            "Barbarossa: tanks roll across the frontier at dawn\n"
            "Armoured columns crossed the border before first light, the ministry said. The "
            "operation had been planned for months.",
            "Barbarossa",
        ),
    ],
)
def test_a_one_word_kicker_is_a_name(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Yemen: rebels push into port districts\nFighters entered the port on Monday.",
        # a lone word in a story that tells of no operation is most often a town
        "Kessa: troops hold the town as families flee\nSoldiers shelled the hills on Monday.",
        "LIBERIA: rival factions overrun the town\nFighters entered the town on Monday.",
        "Comment: the offensive has stalled\nTroops have not moved for a week.",
    ],
)
def test_a_one_word_kicker_naming_a_state_or_a_desk_is_no_name(text):
    assert named_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a transliterated name joined by a lower-case particle
        (
            "The militants were fleeing the army's Saif-ul-Haq offensive in the northern valleys.",
            "Saif-ul-Haq",
        ),
        (
            "Troops pressed on with their Rah-e-Salamat operation in the tribal district.",
            "Rah-e-Salamat",
        ),
        # Title Case words before a campaign noun in capitals, past the headline
        (
            "Forces loyal to the general's Karama Operation said they had taken the port.",
            "Karama Operation",
        ),
        (
            "Army pushes on\nThe rebels said the Northern Storm Campaign was launched in May.",
            "Northern Storm Campaign",
        ),
    ],
)
def test_it_reads_a_name_before_a_campaign_noun(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers of the United Nations Operation in the Sahel patrolled the town.",
        "Army Opens New Northern Offensive\nTroops moved north on Monday.",
    ],
)
def test_a_mission_or_a_headline_in_capitals_is_no_name(text):
    assert named_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sahel Dawn fighters take airport\nFighters of the alliance, which calls its campaign "
            "Fajr al-Sahil, or Sahel Dawn, entered the airport. Sahel Dawn said it held the "
            "runway.",
            "Sahel Dawn",
        ),
        (
            "The army named its offensive Iron Gate and sent two brigades to the river crossings.",
            "Iron Gate",
        ),
    ],
)
def test_it_reads_a_name_given_after_the_campaign_noun_and_the_one_used_again(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Militias tout 'Sayf al-Haqq' gains near port\nFighters said they took two villages.",
            "Sayf al-Haqq",
        ),
        (
            "'Nasr al-Mubin' fighters reach outskirts of capital\nColumns reached the ring road.",
            "Nasr al-Mubin",
        ),
    ],
)
def test_a_quoted_headline_name_keeps_its_article_words(text, name):
    assert name in {found for found, _, _ in named_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town for a week and troops fought house to house. Armoured columns "
        "broke through on Tuesday and the army took the town.\n"
        "Thousands of civilians fled south across the bridge, aid workers said.\n"
        "Officials said the operation, which they have called Red Hawk, would not be extended "
        "to other districts.\n"
        "Aid workers said the roads were open again.",
        "Troops and rebels fought for the valley for a month, and soldiers shelled rebel "
        "positions every night until the rebels withdrew.\n"
        "Families returned to their farms on Sunday.\n"
        "The minister said the offensive, which the cabinet had named Clean Slate, was over.\n"
        "Markets reopened the same day.",
    ],
)
def test_an_operation_named_in_a_war_story_needs_no_military_word_beside_it(dictionary, text):
    names = [name for name, *_ in campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)]
    assert any(name in ("Red Hawk", "Clean Slate") for name in names)
