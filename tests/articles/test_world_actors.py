"""The curated table of the armed actors of the world's conflicts (seeds/02_actors.json): it loads,
names each actor and alias once, and finds actors of different regions in wire copy."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from articles.extraction import SEED_ACTORS
from articles.extraction.actor_dictionary import fold
from articles.extraction.actors import find_actors
from tests.articles.rows import actors_found


def _rows() -> list[dict]:
    return json.loads(SEED_ACTORS.read_text(encoding="utf-8"))


def test_the_table_names_each_actor_and_alias_once():
    rows = _rows()
    names = [r["fields"]["name"] for r in rows if r["model"] == "articles.actor"]
    aliases = [r["fields"] for r in rows if r["model"] == "articles.actoralias"]
    assert len(names) > 600
    assert not [n for n, count in Counter(names).items() if count > 1]
    assert not [a for a, count in Counter(f["alias"] for f in aliases).items() if count > 1]
    # One folded spelling names one actor: no alias points at two actors.
    # A name matched only as written ("Lebanese Forces", the militia) leaves other casings to
    # another actor ("Lebanese forces", the army).
    as_written = {f["alias"] for f in aliases if f["case_sensitive"]}
    owner: dict[str, set[str]] = {}
    for name in names:
        owner.setdefault(name if name in as_written else fold(name), set()).add(name)
    for fields in aliases:
        # Acronyms matched as written may differ only in case ("JeM", "JEM").
        key = fields["alias"] if fields["case_sensitive"] else fold(fields["alias"])
        owner.setdefault(key, set()).add(fields["actor"][0])
    assert not {key: actors for key, actors in owner.items() if len(actors) > 1}
    known = set(names)
    assert all(f["actor"][0] in known for f in aliases)


# The few two-letter acronyms the dictionary knows; no others (too many meanings).
TWO_LETTERS = {"IS", "US", "UN", "UK", "EU", "AU", "AP", "G9"}


def test_acronyms_are_longer_than_two_letters():
    for row in _rows():
        fields = row["fields"]
        alias = fields.get("alias", "")
        if row["model"] == "articles.actoralias" and alias.isupper() and " " not in alias:
            assert len(alias.replace(".", "")) > 2 or alias.replace(".", "") in TWO_LETTERS, alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shells fired by the Bosnian Serb army hit the enclave, while JNA units withdrew "
            "across the Drina toward Serbia.",
            {"Army of Republika Srpska", "Yugoslav People's Army"},
        ),
        (
            "Fighters of Hezb-i-Islami and the Haqqani network ambushed a convoy near the "
            "border, a KHAD officer told reporters.",
            {"Hezb-e-Islami", "Haqqani network", "KHAD"},
        ),
        (
            "LURD rebels shelled the port as UNITA and the Interahamwe were named in the "
            "same report on Africa's wars.",
            {
                "Liberians United for Reconciliation and Democracy",
                "National Union for the Total Independence of Angola",
                "Interahamwe",
            },
        ),
        (
            "The Mahdi Army clashed with the Fedayeen Saddam while the Shining Path and the "
            "Zetas were blamed for other killings.",
            {"Mahdi Army", "Fedayeen Saddam", "Shining Path", "Los Zetas"},
        ),
    ],
)
def test_it_finds_actors_of_many_regions(dictionary, text, expected):
    assert expected <= actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Provisional IRA and the UVF were blamed for the bombings, while ETA claimed an "
            "attack in Bilbao and the Red Brigades one in Milan.",
            {
                "Provisional Irish Republican Army",
                "Ulster Volunteer Force",
                "ETA",
                "Red Brigades",
            },
        ),
        (
            "FNLA columns and Katangese Tigers crossed the border as UNLA troops and the "
            "Holy Spirit Movement fought further east.",
            {
                "National Front for the Liberation of Angola",
                "Katangese Tigers",
                "Uganda National Liberation Army",
                "Holy Spirit Movement",
            },
        ),
        (
            "Viet Cong units overran an ARVN outpost; the Pathet Lao and the Khmer People's "
            "National Liberation Front were named in the same report.",
            {
                "Viet Cong",
                "Army of the Republic of Vietnam",
                "Pathet Lao",
                "Khmer People's National Liberation Front",
            },
        ),
        (
            "The Tupamaros, the Montoneros and the Guerrilla Army of the Poor were listed "
            "beside Mexico's Popular Revolutionary Army.",
            {"Tupamaros", "Montoneros", "Guerrilla Army of the Poor", "Popular Revolutionary Army"},
        ),
        (
            "TMT fighters held the old town while the White Legion raided Gali and the United "
            "Tajik Opposition shelled Tavildara.",
            {"Turkish Resistance Organisation", "White Legion", "United Tajik Opposition"},
        ),
        (
            "AQIS and the Islamic State Pakistan Province claimed rival attacks, while the "
            "Terceiro Comando Puro and the Coordinadora Arauco-Malleco were blamed for others.",
            {
                "Al-Qaeda in the Indian Subcontinent",
                "Islamic State Pakistan Province",
                "Terceiro Comando Puro",
                "Coordinadora Arauco-Malleco",
            },
        ),
        (
            "The Colombian Commission of Jurists and the Human Rights Foundation of Turkey "
            "condemned the killings, as did Relief International and Action Against Hunger.",
            {
                "Colombian Commission of Jurists",
                "Human Rights Foundation of Turkey",
                "Relief International",
                "Action Against Hunger",
            },
        ),
    ],
)
def test_it_finds_actors_of_every_region_and_decade(dictionary, text, expected):
    assert expected <= actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Salvadoran Red Cross said its ambulances could not reach the wounded.",
            "Salvadoran Red Cross",
        ),
        (
            "Volunteers of the Syrian Arab Red Crescent evacuated 40 families, the ICRC said.",
            "Syrian Arab Red Crescent",
        ),
    ],
)
def test_a_national_red_cross_society_is_not_the_icrc(dictionary, text, expected):
    found = actors_found(text, dictionary)
    assert expected in found
    assert "International Committee of the Red Cross" not in found or "ICRC" in text


@pytest.mark.parametrize(
    "text",
    [
        "The SLORC announced that the Karen headquarters had fallen.",
        "The SPDC said troops had cleared the border camps.",
    ],
)
def test_a_junta_council_is_the_state_it_governed(dictionary, text):
    assert "Myanmar" in actors_found(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Amaq, the group's news agency, said its fighters had killed 20 soldiers.",
        "Algeria's APS news agency said the army had freed 600 hostages.",
    ],
)
def test_news_agencies_are_outlets(dictionary, text):
    kinds = {m.kind for m in find_actors(text, dictionary.with_states())}
    assert "outlet" in kinds


def test_a_generic_phrase_stays_with_its_state(dictionary):
    # "Lebanese forces" (the army) is not the Christian militia of that name.
    found = actors_found("Lebanese forces and Indian troops were deployed.", dictionary)
    assert "Lebanese Forces" not in found
    assert "Lebanese Armed Forces" in found


def test_a_militia_named_like_an_army_is_found_as_written(dictionary):
    text = "Gunmen of the Christian Lebanese Forces militia fired on the camp."
    found = actors_found(text, dictionary)
    assert "Lebanese Forces" in found
    assert "Lebanese Armed Forces" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Falintil guerrillas and the UDT traded fire while Apodeti partisans fought beside "
            "Brimob units, and the Tawhid movement held the port of Tripoli.",
            {
                "Fretilin",
                "Timorese Democratic Union",
                "Apodeti",
                "Mobile Brigade Corps",
                "Islamic Unification Movement",
            },
        ),
        (
            "A spokesman for the Iraqi Kurdistan Front said Zviadist rebels and the Lofa Defence "
            "Force were not involved, nor was the Mong Tai Army.",
            {"Iraqi Kurdistan Front", "Zviadists", "Lofa Defence Force", "Mong Tai Army"},
        ),
        (
            "RUC officers and the Red Hand Commando were named in the report, as were the "
            "Guardia Civil, the Ertzaintza and Iparretarrak.",
            {
                "Royal Ulster Constabulary",
                "Red Hand Commando",
                "Civil Guard (Spain)",
                "Ertzaintza",
                "Iparretarrak",
            },
        ),
        (
            "Rio military police and the Bope elite unit entered the favela, while Brazil's "
            "Federal Police arrested the gang's leaders.",
            {
                "Military Police of Rio de Janeiro State",
                "Federal Police of Brazil",
            },
        ),
        (
            "The Akali Dal and the All India Sikh Students Federation condemned the raid, "
            "and the Razakars were blamed for killings in 1971.",
            {"Shiromani Akali Dal", "All India Sikh Students Federation", "Razakars"},
        ),
        (
            "Troops of the Bougainville Revolutionary Army fled as the Malaita Eagle Force "
            "and RAMSI were named in a report on the Pacific.",
            {
                "Bougainville Revolutionary Army",
                "Malaita Eagle Force",
                "Regional Assistance Mission to Solomon Islands",
            },
        ),
    ],
)
def test_it_finds_the_wider_table_of_rebels_police_and_missions(dictionary, text, expected):
    assert expected <= actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sandinistas said they had driven the contras back to Honduras.", "Contras"),
        (
            "Officers said the Islamic Renaissance Party had pulled its men out.",
            ("Islamic Renaissance Party of Tajikistan"),
        ),
        ("The Yemeni Socialist Party declared a breakaway state in Aden.", "Yemen Socialist Party"),
        (
            "Turkish police raided the district before dawn, officials said.",
            ("Turkish National Police"),
        ),
        ("Peruvian police found the rebels' camp in the valley.", "National Police of Peru"),
    ],
)
def test_short_names_and_national_police_find_the_curated_actor(dictionary, text, expected):
    assert expected in actors_found(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Observers of the UN mission in Georgia (UNOMIG) said the shelling went on.",
        "The United Nations Support Mission in Libya (UNSMIL) called for a ceasefire.",
    ],
)
def test_a_un_mission_is_the_united_nations(dictionary, text):
    assert "United Nations" in actors_found(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters of the Arrow Boys and the South Sudan United Front clashed, while Ginbot 7 "
            "and the Benishangul People's Liberation Movement laid down their arms.",
            {
                "Arrow Boys",
                "South Sudan United Front",
                "Ginbot 7",
                "Benishangul People's Liberation Movement",
            },
        ),
        (
            "Babiliyoun fighters and the Tribal Mobilisation Forces held the road; Saraya "
            "al-Muqawama and the Fajr Forces fired rockets from the south.",
            {
                "Babylon Brigades",
                "Tribal Mobilization Forces",
                "Lebanese Resistance Brigades",
                "Fajr Forces",
            },
        ),
        (
            "The Golani Brigade entered the camp; Iraq's Republican Guard shelled Kirkuk and "
            "ASEAN called for a ceasefire.",
            {"Israel", "Iraqi Republican Guard", "ASEAN"},
        ),
        (
            "The Black Eagles threatened the activists, as the Túpac Katari Guerrilla Army and "
            "Alfaro Vive Carajo had in the 1980s.",
            {"Black Eagles", "Túpac Katari Guerrilla Army", "Alfaro Vive Carajo"},
        ),
    ],
)
def test_it_finds_the_second_batch_of_groups(dictionary, text, expected):
    assert expected <= actors_found(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's sovereign council called the governor's killing a crime.",
        "The Sudanese sovereign council met in Port Sudan on Monday.",
    ],
)
def test_a_ruling_council_is_its_state(dictionary, text):
    assert "Sudan" in actors_found(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters loyal to the Third Force withdrew from the air base, officials said.",
        "Misrata's Third Force pulled out of the south in May.",
    ],
)
def test_a_capitalised_name_that_is_also_a_phrase_matches_as_written(dictionary, text):
    assert "Third Force" in actors_found(text, dictionary)
    assert "Third Force" not in actors_found("A third force of volunteers joined them.", dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storm-Z assault units attacked the village as the 3rd Assault Brigade and the "
            "Sheikh Mansur Battalion held the ridge.",
            {"Storm-Z", "Ukraine", "Sheikh Mansur Battalion"},
        ),
        (
            "Mobondo militiamen burnt the market; the Radwan Force and the Tubas Battalion were "
            "named in other reports.",
            {"Mobondo", "Hezbollah", "Tubas Brigade"},
        ),
    ],
)
def test_it_finds_groups_of_the_2020s(dictionary, text, expected):
    assert expected <= actors_found(text, dictionary)
