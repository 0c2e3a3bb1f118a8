"""A wire service's credit in a dateline ("BEIRUT, Lebanon (UPI) --") is no short name the article
introduces for the state before it (actors.learn_aliases)."""

from __future__ import annotations

from tests.articles.rows import TUESDAY_16_MAY_2023, actor_surfaces


def test_a_wire_credit_after_the_datelines_country_is_no_alias_of_it(dictionary):
    text = (
        "Rebels shell border town for second day\n"
        "KHARTOUM, Sudan (IRIN) - Rebel fighters shelled the border town of Kurmuk on Monday,"
        " aid workers said, and government troops answered with artillery."
    )
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert "IRIN" not in found.get("Sudan", [])


def test_an_agency_credit_after_a_dash_dateline_is_no_alias_either(dictionary):
    text = (
        "Rebels attack Masaya as guard answers with aircraft\n"
        "MANAGUA, Nicaragua (IPS) — Rebel columns attacked the town of Masaya on Sunday, IPS"
        " reporters in the area said, and the National Guard answered with aircraft."
    )
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert "IPS" not in found.get("Nicaragua", [])


def test_a_bracketed_acronym_in_the_text_is_still_an_alias(dictionary):
    text = (
        "Fighters of the Sudan People's Liberation Movement-North (SPLM-N) attacked Talodi on"
        " Wednesday, and the SPLM-N said it held the town."
    )
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert any(actor.startswith("Sudan People") for actor in found)
