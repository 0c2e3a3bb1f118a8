"""Generic sides that name the forces of the state an article is about: "the army" where the
article names its state's forces only through a minister, and the other names and spellings of
states and their forces (states.py, state_actors.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.rows import actor_rows, statement_rows


@pytest.mark.parametrize(
    "text",
    [
        "PEMBA, Mozambique — Insurgents burned villages in Ancuabe, Mozambique's defence "
        "minister said, as Rwandan troops moved south. The army said it had retaken two villages.",
        "Mozambique's defence minister said on Friday that Rwandan forces were helping in Cabo "
        "Delgado, where the army has struggled to hold the coast road.",
    ],
)
def test_the_army_is_the_home_forces_named_through_their_minister(dictionary, text):
    army = [actor for surface, actor in actor_rows(text, dictionary) if surface == "army"]
    assert army == ["Mozambique Defence Armed Forces"]


@pytest.mark.parametrize(
    "text",
    [
        "C. Africa accuses Chad of arming the rebels who seized the mining town",
        "The CAR accused Chad on Monday of letting fighters cross the border.",
    ],
)
def test_other_names_of_the_central_african_republic(dictionary, text):
    actors = {actor for _, actor in actor_rows(text, dictionary)}
    assert actors & {"Central African Republic", "Central African Armed Forces"}, actors


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "The Armed Forces for the Defence of Mozambique said they had cleared the road.",
            "Mozambique Defence Armed Forces",
        ),
        (
            "Kenya Defense Forces troops crossed into Somalia on Sunday, an officer said.",
            "Kenya Defence Forces",
        ),
    ],
)
def test_other_names_and_spellings_of_a_states_forces(dictionary, text, forces):
    assert forces in {actor for _, actor in actor_rows(text, dictionary)}


@pytest.mark.parametrize(
    ("text", "published", "side"),
    [
        (
            "Biafra says its army still holds Onitsha as federal troops push east\n"
            "LAGOS, Sept 2 (Reuters) - Nigerian federal troops pushed along the road to Onitsha "
            "on Monday, while Biafran forces shelled their lines near Awka. "
            '"Our troops have cleared the road to Awka and the rebels are falling back," said '
            "Major Sule Kano, an army spokesman.",
            dt.date(1968, 9, 2),
            "Nigerian Armed Forces",
        ),
        (
            "Abkhazia says its forces hold Gagra as Georgian troops advance\n"
            "Abkhaz forces dug in around Gagra on Friday as Georgian troops advanced along the "
            "coast road, and Abkhaz forces shelled the railway station. "
            '"We have taken the station and the coast road is open," an army spokesman said.',
            dt.date(1992, 10, 2),
            "Georgia",
        ),
    ],
)
def test_an_army_spokesman_is_the_recognised_states_not_the_self_declared_ones(
    dictionary, text, published, side
):
    assert statement_rows(text, dictionary, published)[-1][2] == side
