"""Other spellings and names of curated actors (seeds/02_actors.json) that wire copy and the gold
use: the finder resolves each to the curated actor, and the scorer's actor key counts the variant
and the canonical name as one actor."""

from __future__ import annotations

import pytest

from articles.extraction.evaluation import actor_key_for
from tests.articles.rows import actors_found

# British and American spellings of one name.
SPELLINGS = [
    (
        "Troops of the African Union Support and Stabilization Mission in Somalia escorted the "
        "convoy to Baidoa.",
        "African Union Transition Mission in Somalia",
    ),
    (
        "A spokesman for the African Union Support and Stabilization Mission in Somalia said two "
        "peacekeepers were wounded.",
        "African Union Transition Mission in Somalia",
    ),
]

# A hyphen where the curated name has a space or a spaced dash, and the reverse.
DASHES = [
    (
        "Convoys moved towards Radaa, a town where Al Qaeda in the Arabian Peninsula has been "
        "strong for years.",
        "Al-Qaeda in the Arabian Peninsula",
    ),
    (
        "U.S. troops said al Qaeda in Iraq fighters had fled the palm groves north of Baquba.",
        "Al-Qaeda in Iraq",
    ),
    (
        "Hezb-e-Wahdat fighters held the western districts of Kabul through the winter.",
        "Hezb-e Wahdat",
    ),
    (
        "Commanders of Hezb-e-Wahdat accused their rivals of shelling the neighbourhood.",
        "Hezb-e Wahdat",
    ),
    (
        "The Popular Front for the Liberation of Palestine-General Command said its men held "
        "the camp.",
        "Popular Front for the Liberation of Palestine – General Command",
    ),
    (
        "Patrols of the African Union-United Nations Hybrid Operation in Darfur were stopped "
        "at the checkpoint.",
        "African Union – United Nations Hybrid Operation in Darfur",
    ),
    (
        "The Sudan Liberation Army-Abdul Wahid said it had repelled the attack on its "
        "positions in Jebel Marra.",
        "Sudan Liberation Movement-Abdul Wahid",
    ),
    (
        "Islamic State – Mozambique Province claimed the raid on the district town.",
        "Ansar al-Sunna",
    ),
]

# A formal or shortened name of the same actor.
FORMAL_NAMES = [
    (
        "The Syrian Arab Armed Forces said their units had entered the town after heavy shelling.",
        "Syrian government forces",
    ),
    (
        "A statement by the general command of the Syrian Arab Armed Forces denied the losses.",
        "Syrian government forces",
    ),
    (
        "The United Nations High Commissioner for Refugees said thousands had crossed the border.",
        "United Nations",
    ),
    (
        "Units of the Iraqi Counter Terrorism Service pushed into the old city at dawn.",
        "Iraqi Security Forces",
    ),
    (
        "SPLM-North fighters said they had shot down a government drone near Kadugli.",
        "Sudan People's Liberation Movement-North",
    ),
    (
        "A spokesman for SPLM-North denied that its forces had left the town.",
        "Sudan People's Liberation Movement-North",
    ),
]


# An English, official or local name the dictionary lacked for an actor it knew under another.
OTHER_NAMES = [
    (
        "The Group to Support Islam and Muslims (GSIM) said its fighters had ambushed the convoy.",
        "Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    (
        "Militants of the al-Qaeda-linked GSIM blockaded the roads into the town for weeks.",
        "Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    (
        "Gunmen of the Free Lebanon Army shelled the villages below the ridge.",
        "Army of Free Lebanon",
    ),
    (
        "The Provisional Military Administrative Council ordered a general mobilisation.",
        "Derg",
    ),
    (
        "A spokesman for the Derg's Provisional Military Administrative Council denied the report.",
        "Derg",
    ),
    (
        "Fighters of the G9 Family and Allies federation set up barricades in the district.",
        "G9 and Family",
    ),
    (
        "Members of G9 an Fanmi e Alye clashed with a rival gang near the port.",
        "G9 and Family",
    ),
    (
        "Gunmen loyal to Los Mayos ambushed a patrol on the highway south of Culiacán.",
        "La Mayiza",
    ),
    (
        "Several thousand fighters of the Nicaraguan Resistance attacked the mining towns.",
        "Contras",
    ),
    (
        "The Soviet foreign ministry called on both sides to observe the ceasefire.",
        "Soviet Union",
    ),
    (
        "A spokesman for the Soviet embassy would not say whether advisers were among the dead.",
        "Soviet Union",
    ),
    (
        "Chechen separatists said they had shot down a helicopter over the mountains.",
        "Chechen Republic of Ichkeria",
    ),
    (
        "Federal troops stormed the last village held by Chechen rebels in the south.",
        "Chechen Republic of Ichkeria",
    ),
]


@pytest.mark.parametrize(("text", "actor"), SPELLINGS + DASHES + FORMAL_NAMES + OTHER_NAMES)
def test_the_finder_resolves_a_variant_name(dictionary, text, actor):
    assert actor in actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("variant", "actor"),
    [
        ("African Union Support and Stabilization Mission in Somalia", "ATMIS"),
        ("Hezb-e-Wahdat", "Hezb-e Wahdat"),
        ("Islamic State – Mozambique Province", "Ansar al-Sunna"),
        ("Syrian Arab Armed Forces", "Syrian Arab Army"),
        ("Alliance of Democratic Forces for the Liberation of Congo-Zaire", "AFDL"),
        ("United Nations High Commissioner for Refugees", "UNHCR"),
        ("SPLM-North", "SPLM-N"),
        ("Group to Support Islam and Muslims", "JNIM"),
        ("Rwandan Armed Forces", "Forces Armées Rwandaises"),
        ("Free Lebanon Army", "Army of Free Lebanon"),
        ("G9 Family and Allies", "G9 and Family"),
        ("Patriotic Movement of Cote d'Ivoire", "MPCI"),
        ("Sudan Liberation Movement/Army-Abdel Wahid", "SLM-AW"),
        ("Zaire", "Democratic Republic of the Congo"),
        ("Macedonia", "North Macedonia"),
    ],
)
def test_the_scorer_counts_a_variant_as_its_actor(dictionary, variant, actor):
    key = actor_key_for(dictionary)
    assert key(variant) == key(actor)


# An adjective before a group's name in a lead after a dateline's dash, or inside a sentence, is
# no first name: the group is found.
@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU (AFP) – Hardline Shebab insurgents seized Baidoa on Monday, residents said.",
        "KISMAYO, Somalia (Reuters) - Islamist Shabab fighters overran an army base overnight.",
        "NAIROBI — Radical Shebab gunmen stormed a hotel in the border town of Mandera.",
        "Elders in Beledweyne said Jihadist Shabab units had withdrawn towards the river.",
    ],
)
def test_an_adjective_before_a_groups_name_does_not_hide_it(dictionary, text):
    assert "Al-Shabaab" in actors_found(text, dictionary)
