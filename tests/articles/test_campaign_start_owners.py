"""Which campaign a start statement dates and the fallbacks for a campaign nothing names
(articles/extraction/campaign_start_owners.py), with the statements campaign_starts.py reads for
them: "ago", a series of attacks, an attacking verb begun, the outbreak of fighting, a siege
"since" on a word for the town, a campaign's first dated action. Each rule has two differently
worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import date_undated, dated_by_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, dated_alone, town_places

# Friday 11 March 2022 is the publication day below.


@pytest.mark.parametrize(
    ("text", "target", "started", "precision"),
    [
        # "ago" over a count of weeks or days is a date modifier of the verb of starting
        (
            "Gangs burned houses in Mueda on Thursday.\n"
            "Their offensive on the east of the district was launched three weeks ago.",
            "Mueda",
            dt.date(2022, 2, 18),
            2,
        ),
        (
            "Fighters held the market of Goundam on Friday.\n"
            "The push toward the river towns began ten days ago, residents said.",
            "Goundam",
            dt.date(2022, 3, 1),
            1,
        ),
        # a noun of a single attack as what a verb of starting starts
        (
            "Fighting went on in Nangade on Friday.\n"
            "The insurgents launched a surprise attack on the town on Feb. 20, backed by"
            " fighters from the coast.",
            "Nangade",
            dt.date(2022, 2, 20),
            1,
        ),
        (
            "Tessit was still contested on Friday.\n"
            "The militants mounted their first raids on the garrison on Monday, officials said.",
            "Tessit",
            dt.date(2022, 3, 7),
            1,
        ),
        # a verb of attacking the verb of starting begins
        (
            "Soldiers said on Friday they held most of Ber.\n"
            "Troops sealed off the village the next day and began storming it on March 2.",
            "Ber",
            dt.date(2022, 3, 2),
            1,
        ),
        (
            "Kajo was burning on Friday.\n"
            "Rebel gunners started shelling the town on Sunday from the hills to the east.",
            "Kajo",
            dt.date(2022, 3, 6),
            1,
        ),
    ],
)
def test_ago_attacks_and_begun_attacking_date_the_campaign(text, target, started, precision):
    assert dated_alone(text, target) == (started, precision)


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # the outbreak of fighting, when nothing names a start
        (
            "Militiamen overran most of Pibor on Thursday.\n"
            "At least 40 people have been killed since the fighting erupted late Sunday, when"
            " gunmen tried to disarm the guards.",
            dt.date(2022, 3, 6),
            1,
        ),
        (
            "Militiamen overran most of Pibor on Thursday.\n"
            "Clashes broke out on Feb. 28 after a dispute at a checkpoint, residents said.",
            dt.date(2022, 2, 28),
            1,
        ),
        # a siege "since" on a word for the town rather than its name
        (
            "The army said on Friday that Pibor would not fall.\n"
            "Militiamen have besieged the garrison since late January with long-range guns.",
            dt.date(2022, 1, 1),
            3,
        ),
        (
            "Villagers in Pibor said on Friday that food was running out.\n"
            "Since Feb. 12, gunmen have blocked every track leading in and out of the village.",
            dt.date(2022, 2, 12),
            1,
        ),
    ],
)
def test_a_fight_or_a_siege_dates_the_only_campaign_nothing_else_dates(text, started, precision):
    assert dated_alone(text, "Pibor") == (started, precision)


@pytest.mark.parametrize(
    ("text", "first", "second", "started"),
    [
        (
            "Rebels press their offensive on Goundam\n"
            "The rebels said on Friday they had taken the army camp at Ber.\n"
            "Their fighters overran the camp after four days of fighting that began on March 6,"
            " residents said.",
            "Goundam",
            "Ber",
            dt.date(2022, 3, 6),
        ),
        (
            "Militia fighters close in on Pibor\n"
            "The militia said on Thursday it had seized the garrison in Akobo.\n"
            "Its men entered the barracks on Thursday, ending clashes that erupted on Monday, a"
            " local official said.",
            "Pibor",
            "Akobo",
            dt.date(2022, 3, 7),
        ),
    ],
)
def test_the_outbreak_of_fighting_dates_a_campaign_its_paragraph_names(
    text, first, second, started
):
    # not only the campaign the article names first: the one the paragraph before names
    records = []
    for target in (first, second):
        record = CampaignRecord(name=f"{target} offensive", named=False, targets=[target])
        at = text.index(target)
        record.target_spans = [(at, at + len(target))]
        records.append(record)
    dated_by_statements(text, parse(text), records, FRIDAY_11_MARCH_2022, town_places(text))
    assert [(r.started_on, r.date_precision) for r in records] == [(None, 1), (started, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The fighting around Pibor broke out in early February.\n"
        "Officials said the offensive launched on Tuesday on the western front had ended.",
        "Clashes erupted near Pibor on Feb. 2, residents said.\n"
        "The army's assault began on Tuesday with air strikes.",
    ],
)
def test_a_start_statement_outranks_the_outbreak_of_fighting(text):
    assert dated_alone(text, "Pibor") == (dt.date(2022, 3, 8), 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Akobo was quiet on Friday.\n"
            "Rebels launched a surprise attack on the town on March 3, residents said.",
            dt.date(2022, 3, 3),
        ),
        (
            "Gunmen held parts of Akobo on Friday.\n"
            "Hundreds have fled since the fighting broke out on Monday, aid workers said.",
            dt.date(2022, 3, 7),
        ),
    ],
)
def test_a_campaign_added_after_the_rules_takes_an_unnamed_statement_when_alone(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # the first dated action on the campaign's place, not the first told
        (
            "Insurgents captured Akobo on Friday after government forces abandoned it.\n"
            "The insurgents attacked Akobo on Wednesday, pushing from the hills to the east.",
            dt.date(2022, 3, 9),
            1,
        ),
        (
            "Fighters stormed the barracks of Akobo in late February, residents said on Friday,"
            " and overran the market of Akobo on Monday.",
            dt.date(2022, 2, 1),
            3,
        ),
    ],
)
def test_an_undated_campaign_starts_with_its_first_dated_action(text, started, precision):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (started, precision)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a raid or a retaking is an action too
        (
            "Fighters raided Akobo on Tuesday and were driven off, officials said on Friday.",
            dt.date(2022, 3, 8),
        ),
        (
            "Government troops retook Akobo on Wednesday, residents said on Friday.",
            dt.date(2022, 3, 9),
        ),
        # "the town" points back to the place the sentence named before
        (
            "Militiamen still held the market of Akobo on Friday, two days after gunmen attacked"
            " the town on Wednesday.",
            dt.date(2022, 3, 9),
        ),
        (
            "Residents of Akobo said on Friday that fighters had shelled the town on Monday.",
            dt.date(2022, 3, 7),
        ),
    ],
)
def test_a_raid_a_retaking_or_an_action_on_the_town_dates_it(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started


def test_an_action_on_another_place_does_not_date_the_campaign():
    text = "Akobo was calm on Friday.\nInsurgents attacked Pibor on Wednesday."
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on is None


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a single attack is a fight inside the campaign: the detection stages' start stays
        (
            "Troops retook Pibor on Thursday.\n"
            "Rebels launched an attack on a convoy on Tuesday, officials said.",
            dt.date(2022, 2, 1),
        ),
        (
            "Troops retook Pibor on Thursday.\nGunners began shelling the hills on Monday.",
            dt.date(2022, 2, 1),
        ),
        # a series of attacks resumed is the campaign's start
        (
            "Troops retook Pibor on Thursday.\n"
            "The army resumed attacks on Monday after talks broke down.",
            dt.date(2022, 3, 7),
        ),
    ],
)
def test_a_single_attack_does_not_override_the_start_a_series_does(text, started):
    at = text.index("Pibor")
    record = CampaignRecord(
        "Pibor offensive", False, targets=["Pibor"], target_spans=[(at, at + 5)]
    )
    record.started_on, record.date_precision = dt.date(2022, 2, 1), 3
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started


@pytest.mark.parametrize(
    ("text", "date_words", "started"),
    [
        (
            "Villagers in Pibor said on Friday that food was running out.\n"
            "Since Feb. 12, gunmen have blocked every track into the village.",
            "Feb. 12",
            dt.date(2022, 2, 12),
        ),
        (
            "Militiamen overran most of Pibor on Thursday.\n"
            "Clashes broke out on March 6 after a dispute at a checkpoint.",
            "March 6",
            dt.date(2022, 3, 6),
        ),
    ],
)
def test_a_date_the_gazetteer_reads_as_a_town_names_no_other_town(text, date_words, started):
    at = text.index("Pibor")
    record = CampaignRecord(
        "Pibor offensive", False, targets=["Pibor"], target_spans=[(at, at + 5)]
    )
    on = text.index(date_words)
    places = [
        *town_places(text),
        PlaceRecord(on, on + len(date_words), date_words, date_words, kind="settlement"),
    ]
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, places)
    assert record.started_on == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a span counted into the campaign itself: its own start, not another event's background
        (
            "Troops hoisted the flag over the camp at Goundam on Thursday, two days after the"
            " offensive began before dawn on March 8.",
            dt.date(2022, 3, 8),
        ),
        (
            "Goundam fell to the militants three weeks after they launched their assault on"
            " February 14, residents said.",
            dt.date(2022, 2, 14),
        ),
    ],
)
def test_a_span_counted_after_the_start_leaves_the_start_to_the_campaign(text, started):
    assert dated_alone(text, "Goundam")[0] == started


def test_a_start_told_as_another_events_background_still_does_not_date_it():
    text = (
        "Goundam was the first town to fall since the rebels launched an offensive in January,"
        " residents said on Friday."
    )
    assert dated_alone(text, "Goundam")[0] != dt.date(2022, 1, 1)


@pytest.mark.parametrize(
    ("text", "feature", "started"),
    [
        # a name the gazetteer holds as a town, told as a river: it holds the campaign's town
        (
            "Rebels were driven out of Akobo on Friday.\n"
            "They had attacked an army company along the Tembo river on Tuesday.",
            "Tembo",
            dt.date(2022, 3, 8),
        ),
        (
            "Troops held Akobo on Friday, the army said.\n"
            "The clashes began on Wednesday near the Lusi dam, residents said.",
            "Lusi",
            dt.date(2022, 3, 9),
        ),
    ],
)
def test_a_river_or_a_dam_the_gazetteer_reads_as_a_town_names_no_other_town(text, feature, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    on = text.index(feature)
    places = [
        *town_places(text),
        PlaceRecord(on, on + len(feature), feature, feature, kind="settlement"),
    ]
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, places)
    assert record.started_on == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a byline stands between the headline's campaign and the lead's day count
        (
            "Army vows to crush rebels firing on Kajo\n"
            "By our correspondent in Kajo\n"
            "Soldiers traded mortar fire with rebels in the hills above Kajo for a fourth day on"
            " Friday, officials said.",
            dt.date(2022, 3, 8),
        ),
        # the lead's "since" a start
        (
            "Guerrillas hold Kajo as the army's assaults fail\n"
            "From our correspondent near Kajo\n"
            "Fighters beat off two more assaults on Thursday. The shelling is the heaviest since"
            " the army opened its offensive on March 2.",
            dt.date(2022, 3, 2),
        ),
    ],
)
def test_the_headlines_campaign_takes_the_start_its_lead_tells(text, started):
    at = text.index("Kajo")
    record = CampaignRecord("Kajo offensive", False, targets=["Kajo"], target_spans=[(at, at + 4)])
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started


def test_a_campaign_first_named_past_the_lead_takes_no_lead_start():
    text = (
        "Army vows to crush rebels in the hills\n"
        "By our correspondent\n"
        "Soldiers traded mortar fire with rebels for a fourth day on Friday, officials said.\n"
        "Residents of Kajo said the road was closed."
    )
    at = text.index("Kajo")
    record = CampaignRecord("Kajo offensive", False, targets=["Kajo"], target_spans=[(at, at + 4)])
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on is None


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Army tanks held most of Akobo on Friday.\n"
            "Troops and armoured vehicles rolled into Akobo before sunrise on Wednesday.",
            dt.date(2022, 3, 9),
        ),
        (
            "Akobo was quiet on Friday, residents said.\n"
            "Hundreds of fighters poured into Akobo on Tuesday from the hills to the east.",
            dt.date(2022, 3, 8),
        ),
    ],
)
def test_rolling_or_pouring_into_the_town_dates_the_campaign(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started
