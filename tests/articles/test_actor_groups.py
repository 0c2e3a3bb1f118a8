"""Armed groups of today's conflicts found by the names and agency spellings wire copy uses."""

from __future__ import annotations

import pytest

from tests.articles.rows import TUESDAY_16_MAY_2023, actor_names, actor_surfaces


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Clan militias known as Macawisley joined the army's push on Harardhere.",
            "Macawisley",
        ),
        ("Ma'awisley fighters said they had cut the road to Adan Yabaal.", "Macawisley"),
        (
            "Fighters of the SPLM-IO attacked a barge on the Nile near Nasir, the army said.",
            "Sudan People's Liberation Movement-in-Opposition",
        ),
        (
            "The Sudan People's Liberation Army-in-Opposition said it had shelled army positions.",
            "Sudan People's Liberation Movement-in-Opposition",
        ),
        ("Ansar Eddine fighters held the town of Konna for a week.", "Ansar Dine"),
        ("The Islamist group Ansar Dine said its fighters had not left Konna.", "Ansar Dine"),
        (
            "VDP militiamen fled the camp before the assault, residents said.",
            "Volunteers for the Defense of the Homeland",
        ),
        (
            "Volunteers for the Defence of the Homeland patrol the road to Kaya.",
            "Volunteers for the Defense of the Homeland",
        ),
        ("Wazalendo fighters retook the village from the M23 on Friday.", "Wazalendo"),
        ("Pro-government Wazalendo militias entered the town overnight.", "Wazalendo"),
        ("CJNG gunmen blocked the highway with burning trucks.", "Jalisco New Generation Cartel"),
        ("The Jalisco cartel laid mines on the dirt roads.", "Jalisco New Generation Cartel"),
        (
            "The DPR's forces said they had surrounded the town of Debaltseve.",
            "Donetsk People's Republic",
        ),
        (
            "Separatists of the self-proclaimed Donetsk People's Republic shelled the station.",
            "Donetsk People's Republic",
        ),
    ],
)
def test_it_finds_groups_of_todays_conflicts_by_their_spellings(dictionary, sentence, actor):
    assert actor in actor_names(sentence, dictionary)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mercenaries of the Africa Corps withdrew from the base at Boulkessi.",
        "Russia's Africa Corps said its men had repelled the attack near Tinzaouaten.",
    ],
)
def test_it_keeps_the_africa_corps_apart_from_wagner(dictionary, sentence):
    names = actor_names(sentence, dictionary)
    assert "Africa Corps" in names
    assert "Wagner Group" not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "UNHCR said more than 8,000 people had crossed into Chad since Saturday.",
        "The U.N. refugee agency said families were arriving exhausted in Bujumbura.",
    ],
)
def test_it_reads_a_un_agency_as_the_united_nations(dictionary, sentence):
    assert "United Nations" in actor_names(sentence, dictionary)


@pytest.mark.parametrize(
    ("text", "spelled", "other"),
    [
        (
            "Soldiers raided a village said to shelter fighters of the Ambazonia Defence Forces "
            "(ADF).\nThe ADF said its fighters had repelled the attack near Kumbo.",
            "Ambazonia Defence Forces",
            "Allied Democratic Forces",
        ),
        (
            "Rebels of the Allied Democratic Forces (ADF) killed 12 people near Beni.\nThe ADF "
            "has pledged allegiance to Islamic State.",
            "Allied Democratic Forces",
            "Ambazonia Defence Forces",
        ),
    ],
)
def test_a_spelled_out_acronym_names_the_actor_the_article_spells(dictionary, text, spelled, other):
    found = actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)
    assert found[spelled][-1] == "ADF"
    assert other not in found


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Afghan troops pulled back from the district centre overnight.",
            "Afghan National Defence and Security Forces",
        ),
        (
            "ANDSF troops said they had retaken two checkpoints from the Taliban near Lashkar Gah.",
            "Afghan National Defence and Security Forces",
        ),
        ("The Shabab, who had seized both villages, denied losing them.", "Al-Shabaab"),
        ("Shebab fighters attacked a base near Afgooye, the army said.", "Al-Shabaab"),
    ],
)
def test_it_reads_forces_and_agency_spellings(dictionary, sentence, actor):
    assert actor in actor_names(sentence, dictionary)
