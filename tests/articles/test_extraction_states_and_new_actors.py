"""The second extraction pass: states' forces from the country list, organisations an article introduces,
a generic "army spokesman", sides joined by "and" — each rule on a string, and the new actors stored."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors
from articles.models import Actor, ActorAlias, Article
from articles.pipeline import process_articles


def _actors(text: str, dictionary) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in find_actors(text, dictionary.with_states())]


@pytest.mark.parametrize("text, surface, actor", [
    ("Sudan's army said it had entered the city.", "Sudan's army", "Sudanese Armed Forces"),
    ("The Ethiopian military denied the report.", "Ethiopian military", "Ethiopian National Defense Force"),
    ("Ethiopia's federal army said on Thursday it had won.", "Ethiopia's federal army", "Ethiopian National Defense Force"),
    ("Azerbaijani troops attacked at dawn.", "Azerbaijani troops", "Azerbaijan"),  # no forces name: the state
    ("Lebanon’s army pulled back.", "Lebanon’s army", "Lebanese Armed Forces"),  # typographic apostrophe
    ("Armenian officials denied it.", "Armenian officials", "Armenia"),
    ("Kinshasa accuses Rwanda of sending soldiers.", "Rwanda", "Rwanda"),
    ("The Iraqi army advanced.", "Iraqi army", "Iraqi Security Forces"),  # the curated actor is reused
])
def test_it_names_a_states_forces_from_the_country_list(dictionary, text, surface, actor):
    assert (surface, actor) in _actors(text, dictionary)


@pytest.mark.parametrize("text", [
    "Thousands fled to Chad and Cameroon.",
    "The town lies on the border with Bangladesh and India.",
    "The Pakistan-based group claimed it.",
    "Oil spills in the Niger Delta worsened.",
    "Sudan's capital was quiet.",
    "Ethnic Armenian forces in the enclave laid down their arms.",
    "He met the head of Mali's military government.",
    "He was arrested by New Mexico police.",
])
def test_it_does_not_take_a_place_or_a_name_for_the_state(dictionary, text):
    assert _actors(text, dictionary) == []


def test_it_gives_the_first_of_two_demonyms_its_own_forces(dictionary):
    found = _actors("Ugandan and Congolese troops overran four camps.", dictionary)
    assert found == [("Ugandan", "Uganda People's Defence Force"),
                     ("Congolese troops", "Armed Forces of the Democratic Republic of the Congo")]


def test_it_keeps_a_curated_alias_over_a_generated_one(dictionary):
    # "Turkish army" is a curated alias of Turkey; "Syrian National Army" a curated group, not Syria's army.
    assert _actors("The Turkish army and the Syrian National Army advanced.", dictionary) == [
        ("Turkish army", "Turkey"), ("Syrian National Army", "Syrian National Army")]


def test_it_attributes_a_generic_army_spokesman_to_the_state_forces_named(dictionary):
    text = ("Sudan's army said on Saturday it had entered the town.\n"
            '"Our forces are clearing the last pockets," army spokesman Nabil Abdallah said.\n')
    result = extract(text, published=dt.date(2025, 1, 11), dictionary=dictionary)
    assert [(s.speaker, s.role, s.actor) for s in result.statements] == [
        ("Nabil Abdallah", "army spokesman", "Sudanese Armed Forces")]


def test_it_leaves_a_rebel_military_commander_alone(dictionary):
    text = ("Syrian government forces withdrew.\n"
            'Hassan Ali, a military commander with the rebel coalition, said: "We are advancing on the city."\n')
    result = extract(text, published=dt.date(2024, 12, 1), dictionary=dictionary)
    assert [s.actor for s in result.statements] == [None]


def test_it_gives_no_generic_army_an_actor_without_state_forces_named(dictionary):
    assert _actors('"We will win," army spokesman Juan Perez said.', dictionary) == []


@pytest.mark.parametrize("text, name, alias", [  # organisations the dictionary does not know
    ("The Northern Liberation Army (NLA) launched an offensive. The NLA said so.", "Northern Liberation Army", "NLA"),
    ("Fighters of the Kivu People's Liberation Front retreated, a KPLF official said.",
     "Kivu People's Liberation Front", "KPLF"),
    ("The M44, the Movement for the Liberation of Kivu, took the town.", "Movement for the Liberation of Kivu", "M44"),
    ("Police from the Kenyan-led Regional Security Support Mission (RSSM) arrived.",
     "Regional Security Support Mission", "RSSM"),
])
def test_it_discovers_an_organisation_the_article_introduces(dictionary, text, name, alias):
    result = extract(text, dictionary=dictionary)
    mentions = [(m.text, m.actor) for m in result.actors]
    assert (alias, name) in mentions
    assert result.new_actors[name][1] == alias
    assert {a["name"] for a in result.to_json()["actors"]} >= {name}  # shown by `extract`


@pytest.mark.parametrize("text", [
    "Fighting spread across the Democratic Republic of Congo (DRC) this week.",
    "The World Health Organization said cases rose in Kivu. WHO officials were alarmed.",  # known: a head word
    "The Ministry of Health (MoH) reported ten deaths.",
])
def test_it_discovers_no_actor_without_an_organisational_head_word(dictionary, text):
    found = extract(text, dictionary=dictionary).new_actors
    assert "Democratic Republic of Congo" not in found and "Ministry of Health" not in found


def test_it_takes_both_sides_of_a_joint_offensive(dictionary):
    text = ("Rwandan and Mozambican troops have recaptured the port town of Mocimboa da Praia after a "
            "two-week offensive, officials said on Sunday.\n")
    result = extract(text, published=dt.date(2021, 8, 8), dictionary=dictionary)
    assert [c.attackers for c in result.campaigns] == [["Rwanda Defence Force", "Mozambique Defence Armed Forces"]]


@pytest.mark.django_db
def test_it_stores_new_actors_once_and_never_changes_a_curated_one():
    curated = Actor.objects.create(name="Sudanese Armed Forces", kind=Actor.Kind.STATE, colour="#123456",
                                   description="curated")
    article = Article.objects.create(
        title="Kivu", published_at=dt.datetime(2025, 2, 3, 12, tzinfo=dt.UTC),
        text=("The Movement for the Liberation of Kivu (MLK) launched an offensive on Goma on Sunday.\n"
              "Sudan's army said it was watching, and Ugandan troops crossed the border.\n"))
    first = process_articles([article])
    assert first.actors_created == 2
    created = Actor.objects.get(name="Movement for the Liberation of Kivu")
    assert created.kind == Actor.Kind.ARMED_GROUP and "MLK" in created.description
    assert ActorAlias.objects.get(alias="MLK").actor == created
    assert Actor.objects.get(name="Uganda People's Defence Force").kind == Actor.Kind.STATE
    curated.refresh_from_db()
    assert (curated.colour, curated.description) == ("#123456", "curated")
    assert article.actor_mentions.filter(actor=curated).exists()
    Article.objects.filter(pk=article.pk).update(extracted_at=None)
    again = process_articles([Article.objects.get(pk=article.pk)])
    assert again.actors_created == 0
    assert Actor.objects.filter(name="Movement for the Liberation of Kivu").count() == 1


def test_it_takes_the_agent_of_a_passive_campaign_sentence(dictionary):
    text = ("Armed gangs attacked the hillside town of Kenscoff for a fourth day on Sunday, Haitian police said.\n"
            "The assault, which began on Thursday, is led by Viv Ansanm, a coalition of gangs.\n")
    result = extract(text, published=dt.date(2025, 2, 3), dictionary=dictionary)
    assert [(c.targets, c.attackers) for c in result.campaigns] == [(["Kenscoff"], ["Viv Ansanm"])]


@pytest.mark.parametrize("text, attacker", [
    ("Fighters from the al-Qaeda-linked JNIM have tightened their siege of Timbuktu, cutting it off.",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Islamic State-linked insurgents have seized the town of Palma after a four-day assault.", "Islamic State"),
])
def test_it_reads_linked_as_the_group_named_next(dictionary, text, attacker):
    result = extract(text, published=dt.date(2023, 8, 20), dictionary=dictionary)
    assert [c.attackers for c in result.campaigns] == [[attacker]]


def test_it_does_not_take_a_compound_adjective_for_a_first_name(dictionary):
    found = _actors("The Resistance Front is an offshoot of the Pakistan-based Lashkar-e-Taiba.", dictionary)
    assert ("Lashkar-e-Taiba", "Lashkar-e-Taiba") in found
