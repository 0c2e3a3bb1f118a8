"""Actor mentions a curated alias gets wrong for the article at hand (actor_eras.py,
data/actor_eras.json): an actor named in a story published before it existed or after it was
gone, and a bare "the Coalition" in a story that names another coalition in full."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.rows import actors_on

_ANTI_IS = "Global Coalition to Counter ISIS"
_CPC = "Coalition of Patriots for Change"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The town was overrun last Friday by fighters of the Ulimo faction, backed by units "
            "of the Armed Forces of Liberia. The alliance calls itself the Coalition Forces.",
            dt.date(1994, 9, 14),
        ),
        (
            "Rebel commanders said the Coalition had taken the airfield on Tuesday after two days "
            "of fighting with government troops around the provincial capital.",
            dt.date(1997, 3, 5),
        ),
    ],
)
def test_no_actor_before_its_time(dictionary, text, day):
    assert _ANTI_IS not in actors_on(text, day, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Coalition, backed by US air strikes, pushed into the town on Sunday, "
        "the Pentagon said of the campaign against Islamic State.",
        "Islamic State militants retreated from the village as the US-led coalition kept up "
        "air strikes; the Coalition said it had flown 20 sorties.",
    ],
)
def test_the_coalition_in_its_own_time(dictionary, text):
    assert _ANTI_IS in actors_on(text, dt.date(2016, 5, 1), dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the Coalition of Patriots for Change (CPC) attacked Bossangoa on Saturday. "
        "Government troops said the Coalition had been driven back towards the north.",
        "The Coalition of Patriots for Change said on Monday it had seized the town. A spokesman "
        "for the Coalition said its fighters would march on the capital.",
    ],
)
def test_the_coalition_is_the_coalition_named_in_full(dictionary, text):
    found = actors_on(text, dt.date(2021, 1, 4), dictionary)
    assert _CPC in found
    assert _ANTI_IS not in found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, who call themselves the Coalition of Patriots for Change (CPC), said they "
        "had pulled out of the town.",
        "Fighters of the Coalition of Patriots for Change attacked the town of Bouar at dawn, "
        "the army said.",
    ],
)
def test_the_word_opening_the_full_name_is_a_mention_of_all_of_it(dictionary, text):
    found = extract(text, published=dt.date(2021, 2, 25), dictionary=dictionary).actors
    assert next(m.text for m in found if m.actor == _CPC) == "the Coalition of Patriots for Change"


@pytest.mark.parametrize(
    ("text", "society"),
    [
        (
            "Some 160 prisoners were later handed over to the Cuban Red Cross. A truce arranged "
            "through the Red Cross allowed the besieged units to withdraw this week.",
            "Cuban Red Cross",
        ),
        (
            "Red Cross workers said they had been unable to enter the town for four days, said "
            "Emilio Salgado, a volunteer of the Nicaraguan Red Cross in Sebaco.",
            "Nicaraguan Red Cross",
        ),
    ],
)
def test_the_red_cross_is_the_national_society_the_story_names(dictionary, text, society):
    found = actors_on(text, dt.date(1978, 9, 14), dictionary)
    assert society in found
    assert "International Committee of the Red Cross" not in found


def test_the_red_cross_beside_the_committee_in_full_stays_the_committee(dictionary):
    text = (
        "The International Committee of the Red Cross said it had evacuated 40 wounded. The "
        "Lebanese Red Cross said its ambulances could not reach the camp, and the Red Cross "
        "appealed for a truce."
    )
    found = actors_on(text, dt.date(1976, 1, 19), dictionary)
    assert {"International Committee of the Red Cross", "Lebanese Red Cross"} <= found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The raiders, known in Rwanda as the Inyenzi, crossed from Burundi before dawn and"
            " overran the National Guard camp at Gako, the government said.",
            dt.date(1963, 12, 23),
        ),
        (
            "Rwandan troops drove off a band of Inyenzis who had crossed the border from Uganda"
            " overnight and attacked a police post, officials in Kigali said.",
            dt.date(1966, 2, 10),
        ),
    ],
)
def test_the_exile_raiders_in_their_time(dictionary, text, day):
    assert "Inyenzi" in actors_on(text, day, dictionary)


def test_no_actor_after_its_time(dictionary):
    text = (
        "The radio station told listeners to hunt down the Inyenzi, a word the 1960s raiders bore"
        " and the extremists now use for the rebels and for Tutsi civilians alike."
    )
    assert "Inyenzi" not in actors_on(text, dt.date(1994, 5, 20), dictionary)
