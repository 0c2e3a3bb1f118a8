"""Advances told with a direction or a verb of pressing ("pushing east toward X", "pressing on X")
are campaigns on X (`campaign_moves`), and past the lead such a push still under way is not an
event of the story's campaign (`campaign_side_events`); a named operation only framing troops
("soldiers in Chad under Operation X") is a deployment (`campaign_deployments`). Forces landing
on a place ("marines landed at X") attack it."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_deployments import without_deployments
from articles.extraction.campaign_moves import move_cues
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_side_events import ongoing_push
from tests.articles.rows import TUESDAY_16_MAY_2023, campaign_rows

_LEAD = (
    "Rebels seize Alderby after week of fighting\n"
    "Rebels of the Northern Front captured the town of Alderby on Saturday after a week of"
    " fighting, the group said.\n"
)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Its fighters were pushing east toward Brookton on Monday, a spokesman said.", "Brookton"),
        ("Rebel columns advancing north on Carrow shelled the road, residents said.", "Carrow"),
        ("In the south the rebels are pressing on Dunmore, the provincial capital.", "Dunmore"),
        ("Militiamen were bearing down on the town of Eastwick, aid workers said.", "Eastwick"),
    ],
)
def test_a_move_with_a_direction_or_pressing_is_a_cue(sentence, place):
    cues = move_cues(sentence, 0, len(sentence))
    assert [c.group("place") or c.group("apposed") for c in cues] == [place]
    assert cues[0].group("noun") is None and cues[0].group("verb") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Families were moving west toward Brookton to escape the fighting.",
        "The army pressed on with its campaign, officials said.",
    ],
)
def test_moving_and_pressing_on_with_are_no_cues(sentence):
    assert move_cues(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("later", "place"),
    [
        (
            "Fighters of the Northern Front were pushing east toward Brookton and had taken the"
            " village of Fenwick on Sunday, a spokesman said.",
            "Brookton",
        ),
        (
            "In the hills, Northern Front fighters are closing in on the town of Carrow, where"
            " the army has dug in, residents said.",
            "Carrow",
        ),
    ],
)
def test_a_push_under_way_past_the_lead_is_a_campaign_of_its_own(dictionary, later, place):
    rows = campaign_rows(_LEAD + later, dictionary, TUESDAY_16_MAY_2023)
    assert any(place in targets for _, _, targets, _, _ in rows)


def _record(text: str, place: str, named: bool = False, name: str = "") -> CampaignRecord:
    start = text.index(place)
    return CampaignRecord(
        name=name or f"{place} offensive",
        named=named,
        targets=[place],
        target_spans=[(start, start + len(place))],
    )


def test_an_ongoing_push_is_told_by_the_words_before_its_target():
    text = "Troops were pushing slowly toward the city of Brookton. Troops retook Carrow."
    assert ongoing_push(text, _record(text, "Brookton"))
    assert not ongoing_push(text, _record(text, "Carrow"))


@pytest.mark.parametrize(
    "text",
    [
        "France, which has about 1,400 soldiers in Chad under Operation Sparrowhawk, kept its"
        " troops south of the line.",
        "The strikes were carried out under Operation Sparrowhawk, its regional"
        " counter-terrorism mission, officials said.",
    ],
)
def test_an_operation_only_framing_troops_is_a_deployment(text):
    operation = CampaignRecord(name="Operation Sparrowhawk", named=True, targets=["Chad"])
    assert without_deployments(text, [operation]) == []


@pytest.mark.parametrize(
    "text",
    [
        "France launched Operation Sparrowhawk on January 11. Troops serve under Operation"
        " Sparrowhawk.",
        "About 1,200 soldiers entered the town of Carrow on Saturday under Operation Sparrowhawk.",
    ],
)
def test_an_operation_launched_or_on_a_place_stays(text):
    targets = ["Carrow"] if "Carrow" in text else []
    operation = CampaignRecord(name="Operation Sparrowhawk", named=True, targets=targets)
    assert without_deployments(text, [operation]) == [operation]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Shelling of Brookton intensified this week as the attackers closed in.", "Brookton"),
        (
            "The rebels broke into Alderby even as shelling of nearby Carrow intensified with"
            " government forces closing in from the plain.",
            "Carrow",
        ),
        ("Bombardment of Dunmore has escalated since the army reached the river.", "Dunmore"),
    ],
)
def test_shelling_that_intensifies_on_a_place_is_a_cue(sentence, place):
    assert [c.group("place") for c in move_cues(sentence, 0, len(sentence))] == [place]


def test_shelling_that_does_not_grow_is_no_cue():
    sentence = "The shelling of Brookton killed three people on Monday, medics said."
    assert move_cues(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops who entered Somalia in October under Operation Sparrowhawk are pushing"
        " slowly towards the town of Carrow.",
        "Soldiers fighting under Operation Sparrowhawk drove the rebels out of the hills.",
    ],
)
def test_an_operation_whose_clause_tells_fighting_stays(text):
    operation = CampaignRecord(name="Operation Sparrowhawk", named=True, targets=["Somalia"])
    assert without_deployments(text, [operation]) == [operation]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels break siege of Alderby\n"
            "Rebel fighters have broken a two-month siege of the town of Alderby, driving"
            " government troops from its centre, even as shelling of nearby Brookton intensified"
            " with government forces closing in from the plain.",
            "Brookton",
        ),
        (
            "Army ends blockade of Carrow\n"
            "Troops lifted the blockade of the town of Carrow on Sunday, while shelling of Dunmore"
            " intensified as the rebels moved their guns south, residents said.",
            "Dunmore",
        ),
    ],
)
def test_shelling_of_another_place_in_a_campaigns_sentence_is_its_own(dictionary, text, place):
    rows = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert any(place in targets for _, _, targets, _, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Northern Front, meanwhile, has surrounded Brookton, where hundreds of soldiers"
            " are trapped.",
            "Brookton",
        ),
        (
            "Further south the garrison of Carrow remains encircled by rebel units, officials"
            " said.",
            "Carrow",
        ),
    ],
)
def test_a_ring_still_held_round_a_place_is_under_way(text, place):
    assert ongoing_push(text, _record(text, place))


def test_a_place_surrounded_in_another_clause_is_no_ring_round_it():
    text = (
        "Troops retook Carrow on Monday after a week of fighting in the hills north of the"
        " river valley, and the rebels have surrounded the border post."
    )
    assert not ongoing_push(text, _record(text, "Carrow"))


@pytest.mark.parametrize(
    ("later", "place"),
    [
        (
            "The Northern Front, meanwhile, has surrounded Brookton, where several hundred"
            " soldiers and their families are trapped.",
            "Brookton",
        ),
        (
            "Northern Front forces have besieged the hill town of Carrow, residents said.",
            "Carrow",
        ),
    ],
)
def test_a_ring_held_past_the_lead_is_a_campaign_of_its_own(dictionary, later, place):
    rows = campaign_rows(_LEAD + later, dictionary, TUESDAY_16_MAY_2023)
    assert any(place in targets for _, _, targets, _, _ in rows)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The two groups have surrounded the town of Brookton, residents said.",
            "Brookton",
        ),
        (
            "The Northern Front has encircled Carrow, the last army garrison in the province.",
            "Carrow",
        ),
    ],
)
def test_a_ring_held_is_a_cue(sentence, place):
    cues = move_cues(sentence, 0, len(sentence))
    assert [c.group("place") or c.group("apposed") for c in cues] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels also claim to have surrounded Brookton, a claim the army rejects.",
        "The rebels say they have encircled the town after seizing a village on Monday.",
        '"We have surrounded the Green Hills from the south," the commander said.',
    ],
)
def test_a_claimed_ring_or_one_round_the_town_is_no_ring_cue(sentence):
    assert move_cues(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "In Brookton, the capital of the eastern province, government troops remain surrounded"
            " by the rebels, who have shelled the town for weeks.",
            "Brookton",
        ),
        (
            "Its fighters still held Carrow, which they said had been surrounded by army units"
            " since December.",
            "Carrow",
        ),
        (
            "The rebels cut the road towards Dunmore, where a second army garrison is also"
            " surrounded.",
            "Dunmore",
        ),
    ],
)
def test_a_ring_told_of_a_places_garrison_is_a_cue(sentence, place):
    cues = move_cues(sentence, 0, len(sentence))
    assert [c.group("place") for c in cues] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Brookton, the old town is surrounded by hills on three sides.",
        "Carrow, which has been besieged by reporters since the ceasefire, stayed calm.",
    ],
)
def test_a_place_surrounded_by_hills_or_reporters_is_no_ring_cue(sentence):
    assert move_cues(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("At dawn Northern paratroopers landed at Brookton and seized the harbour.", "Brookton"),
        ("The marines had come ashore near Carrow, the ministry said.", "Carrow"),
        ("Government commandos came ashore before dawn at Dunmore, officials said.", "Dunmore"),
        ("Two battalions were dropped by parachute near the town of Eastwick.", "Eastwick"),
    ],
)
def test_forces_landing_on_a_place_is_a_cue(sentence, place):
    cues = move_cues(sentence, 0, len(sentence))
    assert [c.group("place") or c.group("apposed") for c in cues] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of shells landed on Brookton overnight, residents said.",
        "Relief flights landed at Carrow on Saturday with food and medicine.",
        "The paratroopers, who landed at Dunmore air base, flew on to the capital.",
    ],
)
def test_shells_flights_and_a_staging_base_are_no_landing(sentence):
    assert move_cues(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("later", "place"),
    [
        (
            "On the coast, Northern Front marines landed at Brookton on Sunday night, residents"
            " said.",
            "Brookton",
        ),
        ("Northern Front paratroopers were dropped near Carrow on Monday.", "Carrow"),
    ],
)
def test_a_landing_past_the_lead_is_a_campaign_of_its_own(dictionary, later, place):
    rows = campaign_rows(_LEAD + later, dictionary, TUESDAY_16_MAY_2023)
    assert any(place in targets for _, _, targets, _, _ in rows)
