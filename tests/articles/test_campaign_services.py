"""A state's other service backing its attacker under a bare noun ("backed by army troops",
"supported by police commandos") joins the campaign
(articles/extraction/campaign_services.py)."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import FRIDAY_28_JUNE_2024


def _attackers(text: str, dictionary) -> list[list[str]]:
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary)
    return [c.attackers for c in result.campaigns]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Clean Coast enters second week\n"
            "MEDELLIN, Colombia (Reuters) - Colombian police backed by army troops and"
            " helicopters launched an offensive on the gang's strongholds around Turbo on"
            " Monday, a police commander said.",
            {"National Police of Colombia", "Military Forces of Colombia"},
        ),
        (
            "Operation Night Hawk kills rebel commander\n"
            "BOGOTA (AP) - Colombian troops launched an assault on a rebel camp near Suarez"
            " before dawn on Saturday, supported by police commandos dropped from"
            " helicopters, officials said.",
            {"Military Forces of Colombia", "National Police of Colombia"},
        ),
    ],
)
def test_a_bare_other_service_backing_the_attacker_joins_it(text, expected, dictionary):
    attackers = _attackers(text, dictionary)
    assert attackers and expected <= set(attackers[0])


def test_a_bare_service_backing_another_side_does_not_join(dictionary):
    text = (
        "Operation Clean Coast enters second week\n"
        "MEDELLIN, Colombia (Reuters) - Colombian troops launched an offensive on the gang's"
        " strongholds around Turbo on Monday, a commander said.\n"
        "Residents said the gang's gunmen, backed by corrupt police officers, had fled."
    )
    attackers = _attackers(text, dictionary)
    assert attackers and "National Police of Colombia" not in attackers[0]


@pytest.mark.parametrize(
    "text",
    [
        "Troops storm rebel camp in the south\n"
        "BOGOTA (Reuters) - Colombian troops launched an offensive on a rebel camp near Suarez"
        " on Monday. Hundreds of soldiers and police surrounded the camp before dawn, a"
        " military spokesman said.",
        "Army offensive on rebel stronghold enters third day\n"
        "BOGOTA (AP) - Colombian troops launched an offensive on a rebel stronghold near Tumaco"
        " on Tuesday. Army special forces and police commandos were dropped around it by"
        " helicopter, officials said.",
    ],
)
def test_police_joined_to_the_attackers_forces_by_and_joins_it(text, dictionary):
    attackers = _attackers(text, dictionary)
    assert attackers and "National Police of Colombia" in attackers[0]


def test_police_joined_to_forces_of_a_state_not_attacking_does_not_join(dictionary):
    text = (
        "Rebels overrun army post in the south\n"
        "BOGOTA (Reuters) - FARC rebels launched an offensive on an army post near Suarez on"
        " Monday. Soldiers and police later retook the post, a military spokesman said."
    )
    attackers = _attackers(text, dictionary)
    assert attackers and "National Police of Colombia" not in attackers[0]


@pytest.mark.parametrize(
    "text",
    [
        "Troops storm rebel camp in the south\n"
        "BOGOTA (Reuters) - Colombian troops launched an offensive on a rebel camp near Suarez"
        " on Monday. The army said 12 soldiers and police were killed in rebel raids last month.",
        "Troops storm rebel camp in the south\n"
        "BOGOTA (AP) - Colombian troops launched an offensive on a rebel camp near Suarez on"
        " Monday, a month after three soldiers and police went missing in the area.",
    ],
)
def test_a_count_of_dead_soldiers_and_police_does_not_join_it(text, dictionary):
    attackers = _attackers(text, dictionary)
    assert attackers and "National Police of Colombia" not in attackers[0]


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "Troops and police sweep highland district\n"
            "JAKARTA (Reuters) - Indonesian soldiers and police launched an offensive on"
            " separatist camps around Ilaga on Monday and took the airstrip, a military"
            " spokesman said.",
            "Indonesian National Police",
        ),
        (
            "Thousands of troops seal off gang-held suburb\n"
            "SAN SALVADOR (AP) - Some 8,000 Salvadoran soldiers and police began an operation"
            " against gangs in Apopa on Saturday, blocking every road out of the town.",
            "National Civil Police (El Salvador)",
        ),
    ],
)
def test_police_of_a_state_in_the_police_table_join_its_forces(text, police, dictionary):
    attackers = _attackers(text, dictionary)
    assert attackers and police in attackers[0], attackers


@pytest.mark.parametrize(
    "text",
    [
        "Joint force expands hunt for rebels\n"
        "JAKARTA (Reuters) - Indonesian police and soldiers launched an offensive on rebel"
        " camps around Ilaga on Monday, officials said. Units of the Indonesian National Armed"
        " Forces were flown in from Timika.",
        "Security forces move on separatist stronghold\n"
        "JAKARTA (AP) - Indonesian police and troops began an assault on the separatists'"
        " stronghold in Kiwirok on Tuesday, backed by helicopters of the Indonesian National"
        " Armed Forces, the provincial police chief said.",
    ],
)
def test_the_named_forces_join_police_that_attack_beside_troops(text, dictionary):
    attackers = _attackers(text, dictionary)
    assert attackers and {
        "Indonesian National Police",
        "Indonesian National Armed Forces",
    } <= set(attackers[0]), attackers
