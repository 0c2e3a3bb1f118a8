"""The article's own state, for an official whose role and paragraph name none: the state its
headline names first, else the state of the capital its dateline files it from (when the body
names that state again), else the first state it names."""

from __future__ import annotations

import pytest

from articles.extraction.official_homes import dateline_state, headline_state
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Malian rebels fall back from Kidal outskirts\n"
            "Gunmen who attacked the town from the desert were driven off on Sunday after French "
            "and Algerian mediators failed to arrange a truce. "
            '"The terrorists have been pushed back thirty kilometres," said Moussa Keita Diallo, '
            "a government spokesman.",
            "Mali",
        ),
        (
            "Rebel column retreats from Bangui suburbs after night of shelling\n"
            "BANGUI (AFP) - Fighters who had entered the northern suburbs overnight withdrew on "
            "Monday, leaving burnt vehicles behind, after French helicopters flew over the city. "
            "Residents of the Central African capital said the shooting stopped at dawn. "
            '"Our forces hold every district of the city," Defence Minister Claude Ngaikosset '
            "told reporters.",
            "Central African Republic",
        ),
    ],
)
def test_an_official_speaks_for_the_headline_or_dateline_state(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Headline\nMONROVIA, July 29 (Reuters) - Liberian troops held the port.", "Liberia"),
        ("Headline\nKabul (AFP) - Afghan forces retook the district.", "Afghanistan"),
        ("Headline\nPEMBA, Mozambique — Insurgents attacked the town.", "Mozambique"),
        # filed from a neighbour's capital the body never names again
        ("Headline\nNAIROBI, Nov 1 (Reuters) - Tigrayan forces took Kombolcha.", None),
        # a headline with a dash is no dateline
        ("Army Retakes Ridge - Officials\nThe army said on Monday it had won.", None),
    ],
)
def test_the_dateline_state(text, state):
    assert dateline_state(text) == state


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Rebels seize Armenian town in coastal push\n"
            "Syrian troops shelled the rebels around the town on Monday. "
            '"The terrorists will be crushed," Information Minister Omran Haddad said.',
            "Syria",
        ),
        (
            "Militants raid Indian Ocean port after night of fighting\n"
            "Somali troops pushed the militants out of the port on Monday. "
            '"The port is calm again," Information Minister Abdi Hassan Warsame said.',
            "Somalia",
        ),
    ],
)
def test_a_demonym_of_a_place_or_name_in_the_headline_is_no_state(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


def test_a_state_that_opens_a_later_sentence_is_not_the_officials_side(dictionary):
    text = (
        "Ukrainian troops trapped near Ilovaisk plead for help\n"
        "President Petro Poroshenko cancelled a visit abroad, saying "
        '"an invasion of foreign forces has taken place." Moscow denied sending any soldiers.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Ukraine"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "C. Africa rebels take Sibut as troops flee\n"
            "Bangui (AFP) - Rebels seized Sibut on Monday, and France said it would protect its "
            "citizens in the Central African Republic.",
            "Central African Republic",
        ),
        (
            "S. Sudan army says it holds Bor\n"
            "Juba (AFP) - Fighting went on around Bor on Monday, as Ethiopia hosted talks between "
            "the two sides of South Sudan's war.",
            "South Sudan",
        ),
    ],
)
def test_a_headline_initial_is_no_dateline(text, state):
    assert dateline_state(text) == state


@pytest.mark.parametrize(
    ("headline", "state"),
    [
        ("Chad says its troops beat back Libyan attacks in the north", "Chad"),
        ("Jordan's army shells smugglers on the Syrian border", "Jordan"),
        ("Chad Miller says Libyan forces left the oasis", "Libya"),
    ],
)
def test_a_name_that_may_be_a_persons_is_the_headline_state_when_it_acts(headline, state):
    assert headline_state(f"{headline}\nN'DJAMENA (AP) - The army said.") == state


@pytest.mark.parametrize(
    "headline",
    [
        "Federal troops capture Onitsha, Biafra's Niger river port",
        "Federal troops retake Benin City, Biafrans fall back towards the Niger",
    ],
)
def test_a_river_named_like_a_state_is_no_headline_state(headline):
    assert headline_state(f"{headline}\nLAGOS (AP) - The ministry said.") != "Niger"
