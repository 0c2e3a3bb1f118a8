"""Forces told fighting beside a campaign's attacker attack too
(articles/extraction/campaign_allies.py): two phrasings per pattern, and the pairings that do not
make an ally."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors
from articles.extraction.campaign_allied_parse import allied_in_parse
from articles.extraction.campaign_allies import add_allies, join_companions
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import sentences
from places.nlp import parse
from tests.articles.rows import FRIDAY_28_JUNE_2024, attackers_of_campaign_on

ALLIES = [
    (
        # "… have fought alongside them": the side the sentence before names
        "Iraqi forces launched an offensive on Baiji on Monday, officials said.\n"
        "Fighters of the Badr Organisation, a militia raised in the south, have fought "
        "alongside them.",
        "Baiji",
        "Badr Organization",
    ),
    (
        "M23 rebels launched an offensive on Sake on Monday, residents said.\n"
        "Ugandan troops had fought alongside the rebels near the lake, a commander said.",
        "Sake",
        "Uganda People's Defence Force",
    ),
    (
        # "… led the way"
        "Somali troops launched an offensive on Harardhere in early June.\n"
        "Fighters of the Macawisley, clan militias from the area, led the way in pick-ups.",
        "Harardhere",
        "Macawisley",
    ),
    (
        "M23 rebels began an assault on Rubaya in early June, residents said.\n"
        "Ugandan troops spearheaded the assault from the north, a local official said.",
        "Rubaya",
        "Uganda People's Defence Force",
    ),
    (
        # "accompanied by fighters of the X": the group, not the state before it
        "Malian soldiers, accompanied by Russian fighters of the Wagner Group, stormed Ber "
        "on Monday after a week-long offensive.",
        "Ber",
        "Wagner Group",
    ),
    (
        "Malian troops, joined by members of the Wagner Group, launched an assault on Kidal "
        "on Monday.",
        "Kidal",
        "Wagner Group",
    ),
    (
        # "X and allied units of Y"
        "The Karen National Union and allied units of the People's Defence Force launched "
        "an offensive on Myawaddy on Monday.",
        "Myawaddy",
        "People's Defence Force",
    ),
    (
        "The Karen National Union (KNU) and its allied People's Defence Force fighters began "
        "an assault on Kawkareik on Monday.",
        "Kawkareik",
        "People's Defence Force",
    ),
    (
        # "X and its allies, including Y"
        "The Kachin Independence Army and its allies, including local units of the People's "
        "Defence Force, launched an assault on Bhamo on Monday.",
        "Bhamo",
        "People's Defence Force",
    ),
    (
        "Iraqi forces and their Shiite allies, such as the Badr Organisation, began an "
        "offensive on Baiji on Monday.",
        "Baiji",
        "Badr Organization",
    ),
    (
        # "X, with the support of Y"
        "Somali troops, with the support of Ugandan soldiers, launched an assault on Bariire "
        "on Monday.",
        "Bariire",
        "Uganda People's Defence Force",
    ),
    (
        "Malian troops launched an assault on Kidal on Monday with the backing of Wagner Group "
        "fighters, a military source said.",
        "Kidal",
        "Wagner Group",
    ),
    (
        # "backed by <a fighting force>"
        "The People's Protection Units, backed by Syrian rebels, launched an offensive on "
        "Tal Abyad on Monday.",
        "Tal Abyad",
        "Syrian rebels",
    ),
    (
        "Yemeni government forces backed by the Saudi-led coalition launched an offensive "
        "on Mokha on Monday.",
        "Mokha",
        "Saudi-led coalition",
    ),
    (
        # "backed by the <adjective> X": words between the cue and the backer
        "Somali troops, backed by the clan-based Macawisley militia, launched an offensive on "
        "Harardhere on Monday.",
        "Harardhere",
        "Macawisley",
    ),
    (
        "The Karen National Union, backed by the newly raised People's Defence Force, launched "
        "an assault on Myawaddy on Monday.",
        "Myawaddy",
        "People's Defence Force",
    ),
    (
        # "backed by X and units of Y": the list of backers goes on
        "Iraqi troops backed by Shiite militiamen and fighters of the Badr Organisation "
        "launched an offensive on Baiji on Monday.",
        "Baiji",
        "Badr Organization",
    ),
    (
        "Malian soldiers backed by the local Ganda Izo militia and units of the Wagner Group "
        "launched an assault on Tessalit on Monday.",
        "Tessalit",
        "Wagner Group",
    ),
    (
        # "Backed by X, the army …": the backers told first
        "Backed by the Badr Organisation and other volunteer units, Iraqi troops launched an "
        "offensive on Baiji on Monday.",
        "Baiji",
        "Badr Organization",
    ),
    (
        "Backed by fighters of the People's Defence Force, the Karen National Union began an "
        "assault on Kawkareik on Monday.",
        "Kawkareik",
        "People's Defence Force",
    ),
    (
        # "A and fighters of the B <verb>": a force conjoined to the attacker fights with it
        # (a lead under its headline: alone, a body sentence's taking is the learned gate's call)
        "Iraqi forces retake Baiji\n"
        "Iraqi troops and fighters of the Badr Organisation drove militants out of Baiji on "
        "Monday after a week-long offensive.",
        "Baiji",
        "Badr Organization",
    ),
    (
        "Malian soldiers and units of the Wagner Group launched an assault on Tessalit on "
        "Monday, the army said.",
        "Tessalit",
        "Wagner Group",
    ),
    (
        # a party the dictionary files as an organisation, told fighting
        "Iranian troops, backed by fighters of the Patriotic Union of Kurdistan, launched an "
        "offensive on Penjwen on Monday.",
        "Penjwen",
        "Patriotic Union of Kurdistan",
    ),
    (
        "Yemeni troops backed by volunteers of the Islah party launched an assault on Aden on "
        "Monday, officials said.",
        "Aden",
        "Al-Islah",
    ),
    (
        # "carried out by A, B and C": every side listed
        "The offensive on Hawija, launched on Thursday, was carried out by Iraqi forces, "
        "the police and the Popular Mobilisation Forces, backed by air strikes.",
        "Hawija",
        "Popular Mobilization Forces",
    ),
    (
        "The operation to retake Jurf al-Sakhar was mounted on Monday by army units, police "
        "commandos and fighters of the Badr Organisation and Asaib Ahl al-Haq.",
        "Jurf al-Sakhar",
        "Asa'ib Ahl al-Haq",
    ),
    (
        # "X and (their) <adjective> allies of the Y"
        "Malian soldiers and their Russian allies of the Wagner Group launched an assault on"
        " Tessalit on Monday, the army said.",
        "Tessalit",
        "Wagner Group",
    ),
    (
        "Syrian troops and allies of the Hezbollah militia launched an offensive on Qusayr on"
        " Monday, officials said.",
        "Qusayr",
        "Hezbollah",
    ),
    (
        # "French and Malian troops": two states' forces sharing one force noun
        "French troops launched an offensive on Gao on Monday, officials said.\n"
        "By Tuesday French and Malian troops held the airport, a spokesman said.",
        "Gao",
        "Malian Armed Forces",
    ),
    (
        "Kenyan troops began an assault on Kismayo on Friday, the army said.\n"
        "Kenyan and Somali soldiers entered the port on Sunday after the militants fled.",
        "Kismayo",
        "Somali National Army",
    ),
    (
        # "are fighting alongside", "have been fighting alongside": a push still going on
        "M23 rebels launched an offensive on Sake on Monday, residents said.\n"
        "Ugandan troops are fighting alongside the rebels near the lake, a commander said.",
        "Sake",
        "Uganda People's Defence Force",
    ),
    (
        "Iraqi forces launched an offensive on Baiji on Monday, officials said.\n"
        "Fighters of the Badr Organisation have been fighting alongside them since then.",
        "Baiji",
        "Badr Organization",
    ),
    (
        # "together with units of the X": the side before it
        "Russian troops, together with units of the Wagner Group, launched an assault on "
        "Soledar on Monday, the ministry said.",
        "Soledar",
        "Wagner Group",
    ),
    (
        "Somali troops launched an offensive on Harardhere in early June.\n"
        "The army said its soldiers, together with fighters of the Macawisley, had reached the "
        "outskirts of Harardhere.",
        "Harardhere",
        "Macawisley",
    ),
    (
        # "backed by fighters of the X and mercenaries of the Y": Y too
        "Russian troops backed by fighters of the Donetsk People's Republic and mercenaries of "
        "the Wagner Group launched an assault on Bakhmut on Monday.",
        "Bakhmut",
        "Wagner Group",
    ),
    (
        "Malian troops backed by militiamen of the Dan Na Ambassagou and mercenaries of the "
        "Wagner Group began an offensive on Kidal on Tuesday, the army said.",
        "Kidal",
        "Wagner Group",
    ),
]


@pytest.mark.parametrize(("text", "target", "ally"), ALLIES)
def test_a_force_fighting_beside_the_attacker_attacks(dictionary, text, target, ally):
    assert ally in attackers_of_campaign_on(text, dictionary, target)


# Sides told near the attacker that do not fight beside it.
NOT_ALLIES = [
    (
        # a charge rebutted after the sides are named
        "Ethiopian troops launched an offensive on Adwa on Monday, the government said.\n"
        '"Eritrean soldiers are fighting alongside the federal army," a rebel spokesman said, '
        "a charge both governments denied.",
        "Adwa",
        "Eritrea",
    ),
    (
        "M23 rebels launched an offensive on Sake on Monday, residents said.\n"
        "Congolese officials said Rwandan troops were fighting alongside the rebels, an "
        "accusation Kigali has repeatedly rejected.",
        "Sake",
        "Rwanda",
    ),
    (
        # an allegation is not a report of who fights
        "M23 rebels launched an offensive on Sake on Monday, residents said.\n"
        "Kinshasa accuses Rwanda of sending troops who fought alongside the rebels.",
        "Sake",
        "Rwanda",
    ),
    (
        "M23 rebels launched an offensive on Goma on Monday, residents said.\n"
        "Kigali denies that Rwandan troops have fought alongside the rebels.",
        "Goma",
        "Rwanda",
    ),
    (
        # two states' forces facing each other, not together
        "M23 rebels launched an offensive on Goma on Monday, residents said.\n"
        "Clashes between Rwandan and Congolese troops were reported near the town.",
        "Goma",
        "Rwanda Defence Force",
    ),
    (
        # a speaker's charge, not the reporter's account of who fights
        "Rwandan troops launched an offensive on Goma on Monday, residents said.\n"
        '"This is an invasion by Rwandan and Ugandan troops," the minister said.',
        "Goma",
        "Uganda People's Defence Force",
    ),
    (
        "Rwandan troops launched an offensive on Goma on Monday, residents said.\n"
        'The minister spoke on radio. "We will fight. It is an invasion by Rwandan and'
        ' Ugandan troops," he said.',
        "Goma",
        "Uganda People's Defence Force",
    ),
    (
        # a side fighting beside another side, not the attacker
        "The RSF launched an assault on El Fasher on Monday, residents said.\n"
        "The Joint Forces, a coalition of former rebel groups fighting alongside the army, "
        "said they had pulled back from the town.",
        "El Fasher",
        "Sudanese Armed Forces",
    ),
    (
        # a state backing a side may only send arms: not a ground ally
        "M23 rebels, backed by neighbouring Rwanda, launched an offensive on Sake on Monday.",
        "Sake",
        "Rwanda",
    ),
    (
        # two sides facing each other, not together
        "Clashes between Iraqi troops and fighters of the Badr Organisation broke out in "
        "Baiji as the army launched an offensive on the town on Monday.",
        "Baiji",
        "Badr Organization",
    ),
    (
        # a party named without fighters is not an armed side
        "Yemeni troops backed by the Islah party launched an assault on Aden on Monday, "
        "officials said.",
        "Aden",
        "Al-Islah",
    ),
    (
        # an intergovernmental body's troops serve in its mission, the side of its own
        "Somali troops backed by African Union soldiers launched an offensive on Bariire "
        "on Monday.",
        "Bariire",
        "African Union",
    ),
    (
        "Somali troops, with the support of African Union forces, launched an assault on "
        "Awdheegle on Monday.",
        "Awdheegle",
        "African Union",
    ),
    (
        # air power backing: the existing air-backer rule's business, never a ground ally
        "Iraqi forces backed by the U.S.-led coalition's air strikes launched an offensive "
        "on Hawija on Monday.",
        "Hawija",
        "Popular Mobilization Forces",
    ),
]


@pytest.mark.parametrize(("text", "target", "not_ally"), NOT_ALLIES)
def test_no_ally_from_an_allegation_or_another_sides_partner(dictionary, text, target, not_ally):
    assert not_ally not in attackers_of_campaign_on(text, dictionary, target)


def test_no_ally_rule_from_an_exchange_of_fire(dictionary):
    # "X and Y exchanged fire" may set them against each other, so the ally rule does not join
    # Y to X's campaign. Whether they fought together is the learned ranker's call from the
    # rest of the article (here it is ambiguous: with the weights of heldout10-64 the ranker
    # adds the Wagner Group at Tessalit, as the story's history would), so the rules alone.
    text = (
        "Malian soldiers and fighters of the Wagner Group exchanged fire near Tessalit "
        "before the army launched an assault on the town on Monday."
    )
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    campaign = next(c for c in result.campaigns if any("Tessalit" in t for t in c.targets))
    assert "Wagner Group" not in campaign.attackers


def test_and_after_a_backer_starts_another_side(dictionary):
    # The ally rule does not read "and the Congolese army" as a second backer. The learned role
    # ranker may still add that side from its other evidence (it fought over the town; 0.53
    # against `add` 0.5 with the weights of heldout10-39): its thresholds are chosen by
    # leave-one-folder-out on the annotated articles, not by one sentence.
    text = (
        "M23 rebels backed by the Twirwaneho militia and the Congolese army fought over "
        "Minembwe, where the rebels launched an offensive on Monday."
    )
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    campaign = next(c for c in result.campaigns if "Minembwe" in c.targets)
    assert "Armed Forces of the Democratic Republic of the Congo" not in campaign.attackers


def _companions(text: str, dictionary, target: str) -> CampaignRecord:
    """A campaign on `target` the rules gave no attacker, told in the article's first sentence,
    after `add_allies` read the article."""
    spans = sentences(text)
    actors = find_actors(text, dictionary.with_states())
    start = text.index(target)
    record = CampaignRecord(
        name=f"{target} offensive",
        named=False,
        targets=[target],
        target_spans=[(start, start + len(target))],
        sentence_start=spans[0].start,
        sentence_end=spans[0].end,
    )
    add_allies(text, spans, actors, [record])
    return record


COMPANIONS = [
    (
        # "A and allied B" in the sentence after the campaign's: B joins once A is its attacker
        "The offensive on Tikrit was launched on Monday, officials said.\n"
        "Iraqi soldiers and allied Badr Organisation fighters pushed into the southern "
        "districts of Tikrit on Tuesday.",
        "Tikrit",
        "Badr Organization",
    ),
    (
        # "A, accompanied by fighters of B": the same, in other words
        "The assault on Bhamo began before dawn, residents said.\n"
        "Kachin Independence Army units, accompanied by fighters of the People's Defence "
        "Force, overran the outposts around Bhamo by nightfall.",
        "Bhamo",
        "People's Defence Force",
    ),
]


@pytest.mark.parametrize(("text", "target", "ally"), COMPANIONS)
def test_a_side_beside_the_ranked_attacker_joins_it(dictionary, text, target, ally):
    record = _companions(text, dictionary, target)
    assert record.attackers == []  # nothing joins before the ranker chose the attacker
    beside = dict(record.companions)[ally]
    join_companions(record)
    assert ally not in record.attackers  # the ranker did not pick the side it fights beside
    record.attackers = [beside]
    join_companions(record)
    assert record.attackers == [beside, ally]
    assert ally in record.allies


def test_a_companion_the_campaign_is_against_never_joins(dictionary):
    text, target, ally = COMPANIONS[0]
    record = _companions(text, dictionary, target)
    beside = dict(record.companions)[ally]
    record.attackers, record.opponents = [beside], [ally]
    join_companions(record)
    assert record.attackers == [beside]


@pytest.mark.parametrize(
    ("text", "target", "picked", "partner"),
    [
        (
            # the ranker picked the ally: the side it fights beside over the target joins too
            "The assault on Beni began on Monday, officials said.\n"
            "Ugandan troops fighting alongside the Congolese army retook Beni on Friday.",
            "Beni",
            "Uganda People's Defence Force",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
        (
            "The offensive on Lashio was launched in June.\n"
            "Fighters of the People's Defence Force, accompanied by units of the Kachin "
            "Independence Army, entered Lashio at dawn.",
            "Lashio",
            "People's Defence Force",
            "Kachin Independence Army",
        ),
    ],
)
def test_the_partner_of_a_ranked_attacker_joins_over_the_target(
    dictionary, text, target, picked, partner
):
    record = _companions(text, dictionary, target)
    record.attackers = [picked]
    join_companions(record)
    assert partner in record.attackers


@pytest.mark.parametrize(
    ("text", "picked", "partner"),
    [
        (
            # an alliance of the past ("years ago", "during the last war"), next to the target
            "The offensive on Nasir was launched on Monday, residents said.\n"
            "Sudanese soldiers had fought alongside the Rapid Support Forces in Darfur years ago.",
            "Sudanese Armed Forces",
            "Rapid Support Forces",
        ),
        (
            "The assault on Malakal began on Monday, residents said.\n"
            "Ugandan troops had fought alongside the Congolese army during the last war.",
            "Uganda People's Defence Force",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
    ],
)
def test_no_partner_joins_from_a_background_alliance(dictionary, text, picked, partner):
    record = _companions(text, dictionary, text.split()[3])
    record.attackers = [picked]
    join_companions(record)
    assert partner not in record.attackers


@pytest.mark.parametrize(
    ("text", "target", "attackers", "ally"),
    [
        (
            # "X and allied <force noun> of the <adjective> Y": the parse reads what the text
            # cues do not
            "Fighters of the Kachin Independence Army and allied soldiers of the newly formed "
            "People's Defence Force stormed Bhamo on Friday.",
            "Bhamo",
            ["Kachin Independence Army"],
            "People's Defence Force",
        ),
        (
            # "X and allied <adjective> <force noun> of the Y": the group, not the state
            "Malian troops and allied Russian mercenaries of the Wagner Group retook Kidal on "
            "Tuesday after a week-long offensive.",
            "Kidal",
            ["Malian Armed Forces"],
            "Wagner Group",
        ),
    ],
)
def test_a_side_the_parse_reads_as_allied_joins_the_attacker(
    dictionary, text, target, attackers, ally
):
    spans = sentences(text)
    actors = find_actors(text, dictionary.with_states())
    start = text.index(target)

    def record() -> CampaignRecord:
        return CampaignRecord(
            name=f"{target} offensive",
            named=False,
            attackers=list(attackers),
            targets=[target],
            target_spans=[(start, start + len(target))],
            sentence_start=spans[0].start,
            sentence_end=spans[0].end,
        )

    unparsed, parsed = record(), record()
    add_allies(text, spans, actors, [unparsed])
    add_allies(text, spans, actors, [parsed], parse(text))
    assert unparsed.attackers == attackers
    assert parsed.attackers == [*attackers, ally]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            # the first phrase names no side: it may be the campaign's opponents
            "Opposition fighters and allied Wagner Group mercenaries retook Kidal on Tuesday, a "
            "rebel spokesman claimed.",
            ["Wagner Group"],
        ),
        (
            # the allied phrase ends at its verb: the side after it is not in it
            "Fighters of the Kachin Independence Army and allied local volunteers entered Bhamo "
            "on Friday, meeting scattered fire from soldiers of the Wagner Group.",
            ["Kachin Independence Army", "Wagner Group"],
        ),
    ],
)
def test_no_side_outside_a_named_allied_phrase_joins(dictionary, text, named):
    actors = find_actors(text, dictionary.with_states())
    assert [m.actor for m in actors] == named
    assert allied_in_parse(text, parse(text), sentences(text)[0], actors) == []
