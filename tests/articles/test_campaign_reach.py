"""The places a campaign took or pushed into on its way, told in a sentence about it, join its
targets (articles/extraction/campaign_reach.py): two phrasings per pattern, and what does not."""

from __future__ import annotations

import pytest

from tests.articles.rows import targets_of_campaign_on

REACHED = [
    (
        # a "when" clause of the campaign's start: the places its side overran
        "The Taliban launched an offensive on Kabul in late May, when they overran Kandahar and "
        "Herat.",
        "Kabul",
        ["Kandahar", "Herat"],
    ),
    (
        # "in which" its side took "the towns of A and B"
        "The army began a campaign on Tikrit in March, in which government forces took the towns "
        "of Fallujah and Baiji.",
        "Tikrit",
        ["Fallujah", "Baiji"],
    ),
    (
        # the campaign itself sweeps through the places
        "The militia's offensive on Gondar, launched earlier this month, swept through Bahir Dar "
        "and Dessie.",
        "Gondar",
        ["Bahir Dar", "Dessie"],
    ),
    (
        # driven from a list of towns "including A and B"
        "The operation against Mogadishu, launched in early May, has driven the militants from a "
        "string of towns, including Baidoa and Marka.",
        "Mogadishu",
        ["Baidoa", "Marka"],
    ),
]


@pytest.mark.parametrize(("text", "target", "reached"), REACHED)
def test_places_the_campaign_took_on_its_way_are_targets(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # a village taken on the way is an event of the campaign, not a town it targets
            "The assault on Vuhledar began in late May, when Russian units seized the neighbouring "
            "village of Mykilske.",
            "Vuhledar",
            "Mykilske",
        ),
        (
            # another side's taking in the same sentence
            "The SNA launched its offensive on Manbij last week, as other rebel groups swept into "
            "Damascus.",
            "Manbij",
            "Damascus",
        ),
        (
            # a state is where a campaign is, not a place it took
            "Rebels launched an offensive on Homs in late May, when they pushed into Lebanon.",
            "Homs",
            "Lebanon",
        ),
    ],
)
def test_no_village_state_or_other_sides_taking_joins(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            "Government troops and allied militias retook Kismayo on Monday, officials said.\n"
            "The operation, launched at the end of May, has driven the militants from a string of"
            " towns, including Baidoa and Marka.",
            "Kismayo",
            ["Baidoa", "Marka"],
        ),
        (
            "Rebel fighters seized Lalibela on Sunday, residents said.\n"
            "The militia's offensive, which began early this month, swept through Woldia and"
            " Dessie.",
            "Lalibela",
            ["Woldia", "Dessie"],
        ),
    ],
)
def test_a_campaign_sentence_tells_the_articles_one_campaign(dictionary, text, target, reached):
    assert targets_of_campaign_on(text, dictionary, target)[1:] == reached


def test_a_sentence_opening_on_another_word_is_not_read_as_the_campaign(dictionary):
    text = (
        "Rebel fighters seized Lalibela on Sunday, residents said.\n"
        "Residents said an earlier offensive by other rebels swept through Woldia and Dessie."
    )
    assert targets_of_campaign_on(text, dictionary, "Lalibela") == ["Lalibela"]


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # "attacks on" governed by a verb of launching, through "with"
            "The army launched an offensive on Mosul in late May with attacks on Tikrit and Baiji.",
            "Mosul",
            ["Tikrit", "Baiji"],
        ),
        (
            # "attacks on" as the object of a verb of launching, in the article's one campaign
            "The army began an offensive on Tikrit in March.\n"
            "In the first week of the offensive its troops mounted simultaneous attacks on the "
            "towns of Samarra and Baiji.",
            "Tikrit",
            ["Samarra", "Baiji"],
        ),
        (
            # a verb of attacking in the campaign's own sentence
            "The Taliban launched an offensive on Kabul in late May, when they attacked Kandahar "
            "and Herat.",
            "Kabul",
            ["Kandahar", "Herat"],
        ),
        (
            "Militants began a campaign against Baiji in March, in which they struck Samarra and "
            "Tikrit.",
            "Baiji",
            ["Samarra", "Tikrit"],
        ),
    ],
)
def test_towns_the_campaign_attacked_are_targets(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # an attack the campaign answered, not one it launched
            "Haftar's forces launched an offensive on Jufra last month after an attack on the base "
            "at Sabha.",
            "Jufra",
            "Sabha",
        ),
        (
            # the attacker beat back an assault on a town: the other side's attack
            "The army began an offensive on Timbuktu in August.\n"
            "During the offensive the army beat back an assault on Gao.",
            "Timbuktu",
            "Gao",
        ),
        (
            # the side driven from a town is told, not the campaign's taking
            "AU troops launched an offensive on Bardhere on Sunday.\n"
            "Officials called the offensive the largest since the militants were driven from "
            "Kismayo in 2012.",
            "Bardhere",
            "Kismayo",
        ),
    ],
)
def test_attacks_not_launched_by_the_campaign_do_not_join(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive on Mosul in late May after militants attacked Tikrit.",
        "The army launched an offensive on Mosul in late May, days after the militants had "
        "struck Tikrit.",
    ],
)
def test_an_attack_that_caused_the_campaign_does_not_join(dictionary, text):
    assert "Tikrit" not in targets_of_campaign_on(text, dictionary, "Mosul")


@pytest.mark.parametrize(
    "text",
    [
        # a taking the campaign began after, told in its own sentence
        "The push towards Mosul began after government forces retook Tikrit on Oct. 1, and the "
        "road north has been under fire since.",
        "The army's offensive on Mosul was launched in late May, after troops had captured Tikrit "
        "and Baiji.",
    ],
)
def test_a_taking_the_campaign_began_after_does_not_join(dictionary, text):
    assert "Tikrit" not in targets_of_campaign_on(text, dictionary, "Mosul")


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # the one campaign's named side takes towns in a sentence without a campaign noun
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "On Wednesday the Taliban captured the cities of Herat and Kunduz, officials said.",
            "Kandahar",
            ["Herat", "Kunduz"],
        ),
        (
            "Haftar's forces began an assault on Sirte last week.\n"
            "On Sunday Haftar's forces seized Misrata and Zliten, a spokesman said.",
            "Sirte",
            ["Misrata", "Zliten"],
        ),
        (
            "Islamic State began an assault on Ramadi last week.\n"
            "Islamic State fighters also stormed Hit on Thursday, residents said.",
            "Ramadi",
            ["Hit"],
        ),
    ],
)
def test_towns_the_one_campaigns_side_took_are_targets(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # an earlier year: another event
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "The Taliban had captured Herat in 1995, residents recalled.",
            "Kandahar",
            "Herat",
        ),
        (
            # a town that only locates the place taken
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "On Tuesday the Taliban seized a base 20 km north of Herat, officials said.",
            "Kandahar",
            "Herat",
        ),
        (
            # a village taken on the way, told by an apposition
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "On Tuesday the Taliban captured Sangin, a village south of the city.",
            "Kandahar",
            "Sangin",
        ),
    ],
)
def test_no_earlier_locating_or_village_taking_joins(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # a state's campaign: "troops" stand for its forces
            "Russia launched an offensive on Kharkiv on Monday.\n"
            "Officials said troops had also taken Izium and Kupiansk by Thursday.",
            "Kharkiv",
            ["Izium", "Kupiansk"],
        ),
        (
            "Ethiopia began an assault on Mekelle last week.\n"
            "Federal soldiers entered Adigrat on Saturday, a spokesman said.",
            "Mekelle",
            ["Adigrat"],
        ),
        (
            # an armed group's campaign: "the rebels" stand for it
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "The rebels have since seized Herat and Kunduz, residents said.",
            "Kandahar",
            ["Herat", "Kunduz"],
        ),
    ],
)
def test_a_bare_word_for_the_attackers_fighters_takes_towns(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # a possessed word is the speaker's fighters, who may be the defender's
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "A police spokesman said their units had taken Herat on Tuesday.",
            "Kandahar",
            "Herat",
        ),
        (
            "Russia launched an offensive on Kharkiv on Monday.\n"
            "Kyiv said its troops had entered Izium on Tuesday.",
            "Kharkiv",
            "Izium",
        ),
    ],
)
def test_a_speakers_own_fighters_take_no_town(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # the campaign's own sentence lists "the villages of A and B" its side took
            "The army said its offensive on Tikrit, launched last week, had also seized the "
            "villages of Baiji and Samarra.",
            "Tikrit",
            ["Baiji", "Samarra"],
        ),
        (
            # a clause of the campaign's start tells the villages its side took
            "The operation against Mogadishu began in early May, when government troops captured "
            "the villages of Marka and Afgoye, officials said.",
            "Mogadishu",
            ["Marka", "Afgoye"],
        ),
    ],
)
def test_villages_the_campaigns_own_sentence_took_are_targets(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # the one campaign's side takes villages in a sentence that does not name it
            "The army launched an offensive on Tikrit on Monday.\n"
            "On Tuesday soldiers took the villages of Baiji and Samarra, officials said.",
            "Tikrit",
            "Baiji",
        ),
        (
            "Rebels began the assault on Kandahar last week.\n"
            "The rebels have since overrun the village of Herat, residents said.",
            "Kandahar",
            "Herat",
        ),
    ],
)
def test_villages_taken_outside_the_campaigns_sentence_do_not_join(
    dictionary, text, target, not_reached
):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)
