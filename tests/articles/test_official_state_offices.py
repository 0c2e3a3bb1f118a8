"""Offices of a state whose words looked like no official's: "minister of state for defence", "the
presidential administration", "the Supreme Defence Council", "the Interior Ministry's spokesman"
(officials.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rebels of the Sudan People's Liberation Army took the town of Yei on Tuesday.\n"
            "Sudan accused Uganda of sending tanks across the border, a charge Kampala rejected. "
            '"There is not a single Ugandan soldier in Sudan," said Uganda\'s minister of state '
            "for defence, Peter Okello.",
            "Uganda",
        ),
        (
            "Kenyan troops crossed into Somalia on Sunday to pursue Al-Shabaab fighters.\n"
            '"Our forces will stay as long as the threat remains," Kenya\'s minister of state for '
            "defence, John Mwangi, told reporters in Nairobi.",
            "Kenya",
        ),
    ],
)
def test_a_minister_of_state_speaks_for_his_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh security forces fired on protesters in Almaty overnight, Kazakhstan's interior "
        "ministry said.\n"
        '"The counter-terrorist operation is continuing," said Berik Amanov, a spokesman for the '
        "presidential administration.",
        "Kazakh troops retook the airport in Almaty on Friday after fighting that killed dozens "
        "of armed protesters, Kazakhstan's interior ministry said.\n"
        '"Order has been restored in the city," Daulet Serikov, an aide in the Kazakh '
        "presidential administration, told state television.",
    ],
)
def test_the_presidential_administration_speaks_for_the_state(dictionary, text):
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == "Kazakhstan"


@pytest.mark.parametrize(
    "text",
    [
        "Iranian troops broke through the lines of the Iraqi army west of Dezful on Monday, "
        "killing hundreds of Iraqi soldiers.\n"
        '"The aggressor has been thrown back," said Hassan Karimi, a member of the Supreme '
        "Defence Council.",
        "Iran's army launched a new offensive near Abadan on Sunday.\n"
        '"Our martyrs opened the way," Ali Rezaei, member of the supreme defence council, told '
        "Tehran radio.",
    ],
)
def test_a_supreme_defence_council_member_speaks_for_the_state(dictionary, text):
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == "Iran"


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops stormed the village held by Chechen rebels on Thursday, killing dozens "
        "of fighters.\n"
        '"Several groups broke out to the north," said Ivan Petrov, the Interior Ministry\'s '
        "spokesman.",
        "Russian forces shelled the rebel positions in the village for a third day.\n"
        '"The operation is over," the Defence Ministry\'s spokesman, Oleg Sidorov, told '
        "reporters in Moscow.",
    ],
)
def test_a_ministrys_spokesman_speaks_for_the_state(dictionary, text):
    assert statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1][2] == "Russia"
