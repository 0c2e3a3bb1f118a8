"""Actor discovery: armed groups and organisations an article introduces, learnt and stored once."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import discover_actors
from articles.models import Actor, ActorAlias, Article
from articles.pipeline import process_articles
from tests.articles.rows import TUESDAY_16_MAY_2023, WEDNESDAY_17_MAY_2023, actor_surfaces


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "The Red Army, a loosely organised ethnic militia, attacked the camp.",
            "Red Army",
            "armed_group",
        ),
        ("Viv Kontre, a coalition of armed gangs, took the road.", "Viv Kontre", "coalition"),
        (
            "Militiamen of the Black Lions Brigade fired on the convoy.",
            "Black Lions Brigade",
            "armed_group",
        ),
        ("Gunmen from the Dawla group seized the bridge.", "Dawla group", "armed_group"),
        ("A spokesman for the UN mission, UNMOGIP, said so.", "UNMOGIP", "coalition"),
    ],
)
def test_it_discovers_a_group_the_text_types_or_shows_fighting(dictionary, text, name, kind):
    found = discover_actors(text, dictionary.with_states())
    assert found.get(name, ("", ""))[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Scott Mercer, a spokesman for the US-led coalition, said "
        "so.",  # a person, not a group
        "Gunmen from the Islamic State group attacked the "
        "town.",  # a known actor with a noun after it
        "The Serum Resistance Associated (SRA) protein was found in "
        "samples.",  # head word not ending the name
    ],
)
def test_it_discovers_no_group_from_a_person_a_known_actor_or_a_misplaced_head_word(
    dictionary, text
):
    assert discover_actors(text, dictionary.with_states()) == {}


def test_it_trims_a_lead_in_from_an_introduced_name_by_its_initials(dictionary):
    found = discover_actors(
        "According to the Food and Agriculture Organisation (FAO), crops failed.",
        dictionary.with_states(),
    )
    assert list(found) == ["Food and Agriculture Organisation"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Fighters of the Popular Front for the Liberation of Kanga-Mboli (PFL) entered the "
            "town on Monday.",
            "Popular Front for the Liberation of Kanga-Mboli",
        ),
        (
            "Gunmen of the Democratic Alliance for the Liberation of Upper Kanga (DAL) and "
            "allied youths burned the market.",
            "Democratic Alliance for the Liberation of Upper Kanga",
        ),
    ],
)
def test_it_leaves_the_group_s_members_out_of_an_introduced_name(dictionary, text, name):
    found = discover_actors(text, dictionary.with_states())
    assert name in found
    assert not [found_name for found_name in found if found_name.split()[0] in text.split()[:1]]


def test_it_learns_an_organisation_introduced_as_name_or_acronym(dictionary):
    # A fictional group: the curated table now knows the real Runda Kumpulan Kecil.
    text = (
        "No group claimed the bomb that killed three soldiers, but the army blames the Barisan "
        "Pejuang Tenggara, or BPT, which has fought for autonomy for two decades."
        "\nBPT negotiators met officials in Kuala Lumpur last week."
    )
    result = extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary)
    name = "Barisan Pejuang Tenggara"
    assert [m.text for m in result.actors if m.actor == name] == [name, "BPT", "BPT"]
    assert result.new_actors[name] == ("armed_group", "BPT")


def test_it_takes_no_name_or_acronym_whose_initials_differ(dictionary):
    text = "Rebels attacked the Grand Hotel, or GHX, in the capital on Monday, the army said."
    assert "Grand Hotel" not in actor_surfaces(text, dictionary, TUESDAY_16_MAY_2023)


def test_it_finds_organisations_cited_or_typed_as_sources(dictionary):
    text = (
        "Soldiers and rebels fought for the town on Monday, killing 40 people, according to the "
        "Armed Violence "
        "Monitoring Group, which tracks attacks.\nBorder Peace Watch, an independent monitoring "
        "group, counted "
        "more air strikes.\nThe army told the Vestnik news agency that the offensive would go on."
    )
    result = extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary)
    names = {m.actor for m in result.actors}
    assert {"Armed Violence Monitoring Group", "Border Peace Watch", "Vestnik"} <= names
    assert result.new_actors["Armed Violence Monitoring Group"][0] == "organisation"


def test_it_takes_no_source_without_an_organisational_name(dictionary):
    text = (
        "Soldiers and rebels fought for the town on Monday, killing 40 people, according to the "
        "Health Ministry "
        "and Local Officials.\nAbdi Noor, a local aid worker, said the troops had left."
    )
    names = {
        m.actor for m in extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary).actors
    }
    assert not names & {"Health Ministry", "Local Officials", "Abdi Noor"}


def test_it_takes_the_organisation_not_the_person_it_is_cited_through(dictionary):
    text = (
        "Soldiers and rebels fought for the town on Monday, according to John Mbeki of the Kivu "
        "Research Group.\n"
        "According to Lena Ortiz of Human Rights Watch, the air strikes hit a school."
    )
    names = {
        m.actor for m in extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary).actors
    }
    assert "Kivu Research Group" in names and "Human Rights Watch" in names
    assert not any(name.startswith(("John", "Lena")) for name in names)


def test_it_introduces_a_watchdog_whose_name_ends_in_a_country(dictionary):
    text = (
        "Pakistan's army said it had killed 18 militants in an operation in the district.\n"
        'The Human Rights Commission of Pakistan, an independent watchdog, said that "arrests of '
        "young men "
        'have risen sharply since the operation began".'
    )
    result = extract(text, published=WEDNESDAY_17_MAY_2023, dictionary=dictionary)
    assert "Human Rights Commission of Pakistan" in result.actor_names()
    assert [s.actor for s in result.statements] == ["Human Rights Commission of Pakistan"]


def test_it_still_takes_a_person_of_a_known_organisation_for_the_organisation(dictionary):
    text = (
        "Rebels attacked the town on Monday, according to Lena Ortiz of Human Rights Watch, and "
        "troops "
        "shelled their positions."
    )
    assert (
        "Lena Ortiz of Human Rights Watch"
        not in extract(text, published=WEDNESDAY_17_MAY_2023, dictionary=dictionary).actor_names()
    )


@pytest.mark.parametrize(
    "text, name, alias",
    [  # organisations the dictionary does not know
        (
            "The Northern Liberation Army (NLA) launched an offensive. The NLA said so.",
            "Northern Liberation Army",
            "NLA",
        ),
        (
            "Fighters of the Kivu People's Liberation Front retreated, a KPLF official said.",
            "Kivu People's Liberation Front",
            "KPLF",
        ),
        (
            "The M44, the Movement for the Liberation of Kivu, took the town.",
            "Movement for the Liberation of Kivu",
            "M44",
        ),
        (
            "Police from the Kenyan-led Regional Security Support Mission (RSSM) arrived.",
            "Regional Security Support Mission",
            "RSSM",
        ),
    ],
)
def test_it_discovers_an_organisation_the_article_introduces(dictionary, text, name, alias):
    result = extract(text, dictionary=dictionary)
    mentions = [(m.text, m.actor) for m in result.actors]
    assert (alias, name) in mentions
    assert result.new_actors[name][1] == alias
    assert {a["name"] for a in result.to_json()["actors"]} >= {name}  # shown by `extract`


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread across the Democratic Republic of Congo (DRC) this week.",
        "The World Health Organization said cases rose in Kivu. WHO officials were "
        "alarmed.",  # known: a head word
        "The Ministry of Health (MoH) reported ten deaths.",
    ],
)
def test_it_discovers_no_actor_without_an_organisational_head_word(dictionary, text):
    found = extract(text, dictionary=dictionary).new_actors
    assert "Democratic Republic of Congo" not in found and "Ministry of Health" not in found


@pytest.mark.django_db
def test_it_stores_new_actors_once_and_never_changes_a_curated_one():
    curated = Actor.objects.create(
        name="Sudanese Armed Forces", kind=Actor.Kind.STATE, colour="#123456", description="curated"
    )
    article = Article.objects.create(
        title="Kivu",
        published_at=dt.datetime(2025, 2, 3, 12, tzinfo=dt.UTC),
        text=(
            "The Movement for the Liberation of Kivu (MLK) launched an offensive on Goma on "
            "Sunday.\n"
            "Sudan's army said it was watching, and Ugandan troops crossed the border.\n"
        ),
    )
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


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Troops shelled the gorge on Monday. The Moscow-based rights group Memorial said "
            "whole villages had been destroyed.",
            "Moscow-based",
        ),
        (
            "Rebels said they held the plant, in a statement to the Mauritanian news agency ANI "
            "on Thursday.",
            "Mauritanian",
        ),
        (
            "The IS-linked Aamaq news agency said fighters had repelled the attack on the town.",
            "IS-linked Aamaq",
        ),
        (
            "Gunmen stormed the barracks, the Serb news agency SRNA quoted a commander as saying.",
            "Serb",
        ),
    ],
)
def test_a_source_is_not_named_by_the_words_that_describe_it(dictionary, text, wrong):
    assert wrong not in discover_actors(text, dictionary.with_states())


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In Timbuktu, fighters of the Islamist group Ansar Dine ordered the last rebel units "
            "to leave the city.",
            "Islamist group",
        ),
        (
            "Militants of the jihadist group Katiba Serma ambushed a convoy near the border.",
            "jihadist group",
        ),
        (
            "Rebels from the Turkish-backed National Front for Liberation acknowledged the "
            "retreat from the town.",
            "Turkish-backed National Front",
        ),
        (
            "Fighters loyal to the Tripoli-based Government of National Accord denied losing the "
            "oasis town.",
            "Tripoli-based Government",
        ),
    ],
)
def test_members_of_a_described_group_name_no_half_name(dictionary, text, wrong):
    found = discover_actors(text, dictionary.with_states())
    assert wrong not in found
    assert wrong.split()[-1] not in {name.split()[-1] for name in found if "-" in name}


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Kenya-based Lamu Liberation Front attacked a police post.",
        "Gunmen from the Niger-backed Tahoua Salvation Front burnt the market.",
    ],
)
def test_a_described_group_keeps_its_own_name(dictionary, text):
    found = discover_actors(text, dictionary.with_states())
    assert any(name.endswith("Front") and "-" not in name for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled the gorge, the Moscow-based rights group Memorial said on Monday.",
        "The Russian human rights group Memorial said federal troops had shelled the village.",
    ],
)
def test_a_rights_group_may_be_named_after_its_type(dictionary, text):
    assert discover_actors(text, dictionary.with_states()).get("Memorial") == ("organisation", "")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels' statement was carried by the Mauritanian news agency ANI on Thursday.",
        "The army said, according to the rights group, that On Monday the camp had fallen.",
    ],
)
def test_no_name_after_a_news_agency_or_a_sentence_word(dictionary, text):
    found = discover_actors(text, dictionary.with_states())
    assert "ANI" not in found
    assert not any(name.startswith("On") for name in found)


def _misparsed(annotated: str):
    """A parse as the tagger and parser sometimes give it, one "word|tag|head|dependency" a word."""
    import spacy
    from spacy.tokens import Doc

    words, tags, heads, deps = zip(*(t.split("|") for t in annotated.split()), strict=True)
    spaces = [following not in {"'s", ",", "."} for following in words[1:]] + [False]
    return Doc(
        spacy.blank("en").vocab,
        words=list(words),
        spaces=spaces,
        tags=list(tags),
        heads=[int(h) for h in heads],
        deps=list(deps),
    )


@pytest.mark.parametrize(
    ("doc", "name"),
    [
        (
            # "when" hung on the name instead of on the verb
            _misparsed(
                "Fighting|NN|1|nsubj resumed|VBD|1|ROOT when|WRB|9|advmod the|DT|9|det "
                "Karenni|NNP|6|compound National|NNP|6|compound People|NNPS|9|poss 's|POS|6|case "
                "Liberation|NNP|9|compound Front|NNP|19|nsubj ,|,|9|punct a|DT|13|det "
                "local|JJ|13|amod militia|NN|9|appos allied|VBN|13|acl with|IN|14|prep "
                "the|DT|17|det junta|NN|15|pobj ,|,|9|punct attacked|VBD|1|advcl .|.|1|punct"
            ),
            "Karenni National People's Liberation Front",
        ),
        (
            # a sentence's first word, capitalised, taken into the name after it
            _misparsed(
                "After|IN|4|prep the|DT|4|det Kuki|NNP|4|compound National|NNP|4|compound "
                "Army|NNP|10|nsubj ,|,|4|punct an|DT|8|det armed|JJ|8|amod group|NN|4|appos "
                ",|,|4|punct seized|VBD|15|advcl the|DT|12|det road|NN|10|dobj ,|,|15|punct "
                "troops|NNS|15|nsubj withdrew|VBD|15|ROOT .|.|15|punct"
            ),
            "Kuki National Army",
        ),
    ],
)
def test_an_introduced_name_starts_at_its_first_capitalised_word(doc, name):
    from articles.extraction.introduced import introduced_groups

    found = introduced_groups(doc, frozenset(), str.casefold)
    assert list(found) == [name]
