"""Start statements (articles/extraction/campaign_starts.py): a sentence that says in so many words
when a campaign began dates it, over a capture, a siege "since" or a report's day found first. Each
way of tying the date to the campaign noun has two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import date_undated, dated_by_statements
from articles.extraction.campaign_starts import start_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, campaign_rows, dated_alone, town_places

# Friday 11 March 2022 is the publication day below.


@pytest.mark.parametrize(
    ("text", "target", "started", "precision"),
    [
        # the campaign noun is the subject of a verb of starting
        (
            "Government troops entered Ber on Thursday after days of fighting.\n"
            "The offensive began on Feb. 20 with air strikes on the hills north of the town.",
            "Ber",
            dt.date(2022, 2, 20),
            1,
        ),
        (
            "Rebels said on Friday they were fighting in the streets of Kajo.\n"
            "Their assault on the town was launched on Monday from camps across the river.",
            "Kajo",
            dt.date(2022, 3, 7),
            1,
        ),
        # the campaign noun is the object of a verb of starting
        (
            "Islamist fighters overran the army camp at Tessit on Wednesday.\n"
            "The group launched an offensive at the end of January, attacking convoys on the"
            " road.",
            "Tessit",
            dt.date(2022, 1, 1),
            3,
        ),
        (
            "Soldiers retook Goundam on Thursday, the army said.\n"
            "The army had begun its push in early February after a month of preparation.",
            "Goundam",
            dt.date(2022, 2, 1),
            3,
        ),
        # the campaign noun is the one a clause describes
        (
            "Troops drove insurgents out of Nangade on Thursday.\n"
            "The counteroffensive that the army launched on Feb. 14 pushed the fighters back"
            " village by village.",
            "Nangade",
            dt.date(2022, 2, 14),
            1,
        ),
        (
            "Fighting raged on Friday on the outskirts of Mueda.\n"
            "It is the latest phase of an offensive the insurgents resumed in early February after"
            " a lull.",
            "Mueda",
            dt.date(2022, 2, 1),
            3,
        ),
    ],
)
def test_a_start_statement_dates_the_campaign(text, target, started, precision):
    assert dated_alone(text, target) == (started, precision)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # "since" dates a campaign noun's verb, whatever the verb
        (
            "The offensive on Pibor has been waged since January 2021, aid workers said on Friday.",
            dt.date(2021, 1, 1),
        ),
        # a siege verb with "since" dates the campaign on the place it names
        (
            "Militiamen have besieged Pibor since early February, and aid workers said on Friday"
            " that food was running out.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_since_dates_the_campaign_on_its_place(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a clause with "since" describes the campaign noun, whatever its verb
        (
            "Troops seized a ridge above Pibor on Thursday, pressing an offensive they have waged"
            " with drones since December.",
            dt.date(2021, 12, 1),
        ),
        (
            "Food ran short on Friday in Pibor, where a blockade that the militia has kept up"
            " since early January has cut the roads.",
            dt.date(2022, 1, 1),
        ),
        # a verb of fighting or advancing with "since" dates the campaign on its place
        (
            "Rebels have battled the army around Pibor since February, residents said on Friday.",
            dt.date(2022, 2, 1),
        ),
        (
            "Government forces have been fighting their way towards Pibor since late January,"
            " officials said on Friday.",
            dt.date(2022, 1, 1),
        ),
    ],
)
def test_since_dates_a_described_campaign_or_a_fight_on_its_place(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # "before dawn" on a day: the day
        (
            "Troops entered Pibor on Thursday. The operation began before dawn on Monday with"
            " air strikes on the hills.",
            dt.date(2022, 3, 7),
        ),
        (
            "Rebels overran Pibor in an assault they launched before daybreak on Wednesday,"
            " residents said on Friday.",
            dt.date(2022, 3, 9),
        ),
        # a relaunched offensive starts when it was relaunched
        (
            "The rebels, who relaunched their offensive in late February, entered Pibor on"
            " Thursday.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_a_time_of_day_or_a_relaunch_dates_the_start(text, started):
    assert dated_alone(text, "Pibor")[0] == started


@pytest.mark.parametrize(
    "text",
    [
        # the statement puts its campaign on another town
        "Troops retook Pibor on Thursday.\n"
        "Elsewhere, the army has been fighting off an offensive the militia launched in October"
        " on the district capital, Akobo.",
        # "that assault" is an earlier campaign
        "Troops retook Pibor on Thursday.\n"
        "The push comes weeks after the militia was driven from the hills. That assault, which"
        " began on Jan. 21, ended with a truce.",
        # the statement is the background of another event
        "Troops retook Pibor on Thursday, the first town to fall since the militia launched an"
        " offensive in October.",
    ],
)
def test_a_statement_about_another_campaign_does_not_date_the_only_one(text):
    assert dated_alone(text, "Pibor") == (None, 1)


def test_the_date_hangs_on_the_verb_not_on_the_sentence():
    text = (
        "On Thursday the army said the offensive, which it began after the rains, had reached the"
        " river."
    )
    assert start_statements(text, parse(text), FRIDAY_11_MARCH_2022) == []


def test_a_year_said_apart_from_the_month_is_kept():
    text = "Rebels launched their offensive on Tessit in April last year, officials said."
    [statement] = start_statements(text, parse(text), FRIDAY_11_MARCH_2022)
    assert (statement.date.date, statement.date.precision) == (dt.date(2021, 4, 1), 3)


def test_extraction_prefers_the_start_statement_to_the_capture(dictionary):
    text = (
        "Ethiopian troops entered the northern town of Shire on Friday, officials said.\n"
        "The counteroffensive that the federal government launched in the north on Feb. 14"
        " drove Tigrayan forces back hill by hill."
    )
    rows = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert [(r[2], r[3], r[4]) for r in rows] == [(["Shire"], dt.date(2022, 2, 14), 1)]


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # a capture after a span of fighting, dated by the report's day
        (
            "Rebels said on Thursday they had captured Akobo after three days of heavy fighting"
            " with government troops.",
            dt.date(2022, 3, 7),
            1,
        ),
        # a fall after a siege of so many weeks, dated by the capture's own day
        (
            "Akobo fell to the militia on Wednesday after a two-week siege, residents said.",
            dt.date(2022, 2, 23),
            2,
        ),
        # a place given up after a span of fighting
        (
            "The army said on Friday its troops had pulled out of Akobo, a garrison town on the"
            " border, after a two-week assault by the militia.",
            dt.date(2022, 2, 25),
            2,
        ),
        (
            "Officials said on Friday government forces had withdrawn from Akobo after three days"
            " of fighting.",
            dt.date(2022, 3, 8),
            1,
        ),
        # "N days into the assault"
        (
            "Four days into the assault on Akobo, the militia's fighters reached the market on"
            " Thursday.",
            dt.date(2022, 3, 6),
            1,
        ),
    ],
)
def test_a_span_back_from_a_dated_event_dates_an_undated_campaign(text, started, precision):
    assert dated_alone(text, "Akobo") == (started, precision)


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # a count into an operation as a whole, counted from the event on the place before it
        (
            "Soldiers and allied militiamen drove the insurgents out of Akobo on Thursday, three"
            " days into a military operation in the eastern province.",
            dt.date(2022, 3, 7),
            1,
        ),
        (
            "Commandos seized the airstrip at Akobo on Wednesday, a week into a ground incursion"
            " that has drawn protests from the neighbouring state, the army said.",
            dt.date(2022, 3, 2),
            2,
        ),
    ],
)
def test_a_count_into_an_operation_dates_the_campaign_on_the_event_place(text, started, precision):
    assert dated_alone(text, "Akobo") == (started, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Troops regained control of Akobo on Thursday after three days of fighting.\n"
        "The rebels had stormed Akobo before dawn on Tuesday and seized most of the town.",
        "The army recaptured Akobo on Thursday after three days of fighting, officials said.\n"
        "Hundreds of militiamen attacked Akobo on Tuesday from the hills to the north.",
    ],
)
def test_an_action_within_a_day_of_a_span_tells_the_start(text):
    at = text.index("Akobo")
    record = CampaignRecord(
        name="Akobo offensive", named=False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    # Thursday the 10th less three days is Monday the 7th; the action on Tuesday the 8th tells
    # the start outright (the count may or may not include the last day)
    assert (record.started_on, record.date_precision) == (dt.date(2022, 3, 8), 1)


def test_a_span_does_not_override_the_start_the_text_gives():
    text = (
        "The militia launched its offensive on Akobo in early February.\n"
        "Its fighters captured the town of Akobo on Thursday after two days of fighting."
    )
    assert dated_alone(text, "Akobo") == (dt.date(2022, 2, 1), 3)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured Akobo on March 9, five days after launching an offensive on Akobo.",
        "Rebels captured Akobo on March 9, when they overran the barracks, five days after"
        " launching an offensive on the town of Akobo.",
    ],
)
def test_an_offset_from_a_dated_event_dates_the_start_verb(text):
    assert dated_alone(text, "Akobo") == (dt.date(2022, 3, 4), 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # "ordered" starts a campaign it takes as its object
        (
            "Federal troops took the town of Akobo on Thursday.\n"
            "The prime minister ordered the offensive on Feb. 25, saying the militia had attacked"
            " an army base.",
            dt.date(2022, 2, 25),
        ),
        (
            "Federal troops took the town of Akobo on Thursday.\n"
            "The president had ordered an operation against the militia on March 2.",
            dt.date(2022, 3, 2),
        ),
    ],
)
def test_an_ordered_campaign_is_dated_by_the_order(text, started):
    assert dated_alone(text, "Akobo") == (started, 1)


def test_an_order_to_halt_is_no_start():
    text = (
        "Federal troops took the town of Akobo on Thursday.\n"
        "The president ordered the operation halted on Wednesday."
    )
    assert dated_alone(text, "Akobo") == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops pressed their offensive on the hill town of Akobo, close to the"
        " frontier with Ethiopia, which they launched on March 3.",
        "The militia kept up its assault on the river port of Akobo, some 40 km from the"
        " border, which it began on March 3 with mortar fire.",
    ],
)
def test_a_relative_clause_reaches_back_to_its_campaign_noun(text):
    assert dated_alone(text, "Akobo") == (dt.date(2022, 3, 3), 1)


def _dated_main(text: str) -> dict[str, tuple[dt.date | None, int]]:
    records = []
    for target in ("Akobo", "Pibor"):
        at = text.index(target)
        records.append(
            CampaignRecord(
                name=f"{target} offensive",
                named=False,
                targets=[target],
                target_spans=[(at, at + len(target))],
            )
        )
    dated_by_statements(text, parse(text), records, FRIDAY_11_MARCH_2022, town_places(text))
    return {r.targets[0]: (r.started_on, r.date_precision) for r in records}


def test_an_unnamed_statement_dates_the_campaign_the_article_names_first():
    text = (
        "Rebels captured Akobo on Thursday and pushed on towards Pibor.\n"
        "The offensive began on Feb. 27 with raids on army posts."
    )
    assert _dated_main(text) == {"Akobo": (dt.date(2022, 2, 27), 1), "Pibor": (None, 1)}


def test_an_unnamed_statement_paragraphs_away_in_a_roundup_dates_nothing():
    text = (
        "Rebels captured Akobo on Thursday.\n"
        "Militiamen shelled Pibor on Friday.\n"
        "In another country, soldiers raided villages on Tuesday.\n"
        "The army launched an operation in February against bandits in the hills."
    )
    assert _dated_main(text) == {"Akobo": (None, 1), "Pibor": (None, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army says it broke the siege of Kadugli.\n"
        "The offensive on the city has been waged since June 2023, residents said.",
        "Mali's junta claims gains around Tessit.\n"
        "The assault on the town began on Feb. 2 with drone strikes, officials said.",
    ],
)
def test_a_campaign_on_a_country_is_not_the_main_one(text):
    country = text.split("'")[0]
    town = "Kadugli" if "Kadugli" in text else "Tessit"
    records, places = [], []
    for name, kind in ((country, "country"), (town, "settlement")):
        at = text.index(name)
        records.append(
            CampaignRecord(
                f"{name} offensive", False, targets=[name], target_spans=[(at, at + len(name))]
            )
        )
        places.append(PlaceRecord(at, at + len(name), name, name, kind=kind))
    dated_by_statements(text, parse(text), records, FRIDAY_11_MARCH_2022, places)
    assert records[0].started_on is None and records[1].started_on is not None


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # "battle" names a campaign
        (
            "Rebels said they had taken full control of Tessit after a battle that began in"
            " early February.",
            dt.date(2022, 2, 1),
            3,
        ),
        (
            "The battle for Tessit began on Feb. 21, when jihadists attacked the army camp from"
            " three sides.",
            dt.date(2022, 2, 21),
            1,
        ),
        # a purpose infinitive between the noun and its clause
        (
            "The army's counteroffensive to recapture Tessit, launched in late February after"
            " weeks of air strikes, has reached the town's edge.",
            dt.date(2022, 2, 1),
            3,
        ),
        (
            "A push by the militia to seize Tessit, begun on March 1 with mortar fire, stalled"
            " on Thursday.",
            dt.date(2022, 3, 1),
            1,
        ),
    ],
)
def test_battles_and_purpose_clauses(text, started, precision):
    assert dated_alone(text, "Tessit") == (started, precision)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the offensive began before the siege it led to
        (
            "Troops retook Akobo on Thursday.\n"
            "It was the climax of an offensive the army launched on Jan. 20 across the river."
            " Soldiers had encircled Akobo since early February.",
            dt.date(2022, 1, 20),
        ),
        # a later assault does not replace the siege's start
        (
            "Troops retook Akobo on Thursday.\n"
            "Soldiers had encircled Akobo since early February. The final assault began on"
            " March 7.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_an_earlier_offensive_beside_a_siege_dates_the_campaign(text, started):
    assert dated_alone(text, "Akobo")[0] == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Militia fighters held most of Akobo on Friday.\n"
            "Fighters of the Akobo militia launched the assault before dawn on Tuesday.",
            dt.date(2022, 3, 8),
        ),
        (
            "Akobo was quiet on Friday.\nThe militia's assault on Akobo began on March 2.",
            dt.date(2022, 3, 2),
        ),
    ],
)
def test_a_campaign_added_after_the_rules_is_dated_by_the_statement_naming_it(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        "Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Rebels said on Friday they had taken Tessit after three days of fighting that began "
            "on March 8.",
            dt.date(2022, 3, 8),
        ),
        (
            "The army pulled out of Goundam, where clashes, which erupted on Sunday evening, had "
            "cut the road to the river.",
            dt.date(2022, 3, 6),
        ),
    ],
)
def test_a_relative_clause_dates_the_fighting_it_describes(text, started):
    fights = [s for s in start_statements(text, parse(text), FRIDAY_11_MARCH_2022) if s.rank == 2]
    assert fights, "no statement of fighting"
    assert fights[0].noun.lower_ in ("fighting", "clashes")
    assert fights[0].date.date == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "The army said Operation Storm was going to plan.\n"
            "Fighters of the Akobo militia launched the assault before dawn on Tuesday.",
            dt.date(2022, 3, 8),
        ),
        (
            "Operation Storm has stalled, officials admit.\n"
            "The Akobo militia's assault began on March 2.",
            dt.date(2022, 3, 2),
        ),
    ],
)
def test_a_campaign_added_later_takes_back_the_statement_naming_it(text, started):
    doc = parse(text)
    named = CampaignRecord("Operation Storm", True)
    dated_by_statements(text, doc, [named], FRIDAY_11_MARCH_2022, town_places(text))
    assert named.started_on == started  # the only campaign takes the unnamed statement
    at = text.index("Akobo")
    added = CampaignRecord("Akobo offensive", False, targets=["Akobo"], target_spans=[(at, at + 5)])
    date_undated(text, doc, [named, added], FRIDAY_11_MARCH_2022, town_places(text))
    assert (added.started_on, named.started_on) == (started, None)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the "when" clause that tells how the campaign or the fighting began gives its date
        (
            "Rebels took Pibor after five days of fighting that broke out when the garrison"
            " mutinied on Sunday.",
            dt.date(2022, 3, 6),
        ),
        (
            "Troops entered Pibor on Friday. The offensive began when the army crossed the river"
            " on March 2.",
            dt.date(2022, 3, 2),
        ),
        # a noun of fighting with a "since" of its own
        (
            "Aid agencies left Pibor because of fighting around the town between the army and"
            " the militia since Tuesday.",
            dt.date(2022, 3, 8),
        ),
        (
            "Shops in Pibor stayed shut on Friday after clashes in the market since Wednesday.",
            dt.date(2022, 3, 9),
        ),
    ],
)
def test_a_when_clause_or_a_fight_since_dates_the_start(text, started):
    assert dated_alone(text, "Pibor")[0] == started


@pytest.mark.parametrize(
    "text",
    [
        "Columns of armoured vehicles moved into Akobo before dawn on Tuesday, officials said.",
        "Militia fighters crossed into Akobo from the hills on Tuesday, residents said.",
        "Several hundred rebels slipped into Akobo on Tuesday, a local official said.",
        # a landing from the sea or the air opens an invasion
        "Marines landed on Akobo before dawn on Tuesday and seized the airstrip, officials said.",
        "About 2,000 paratroopers landed on the beaches of Akobo on Tuesday, the ministry said.",
    ],
)
def test_a_move_into_or_across_the_place_dates_an_undated_campaign(text):
    at = text.index("Akobo")
    record = CampaignRecord(
        name="Akobo offensive", named=False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (dt.date(2022, 3, 8), 1)


@pytest.mark.parametrize(
    "text",
    [
        "It is the first major offensive on Pibor since the war began in September 2019.",
        "Residents called it the heaviest assault on Pibor since the ceasefire started in May.",
    ],
)
def test_a_since_clause_with_its_own_subject_does_not_date_the_noun_before_it(text):
    # the clause tells when another event began, not the offensive
    assert start_statements(text, parse(text), FRIDAY_11_MARCH_2022) == []


def test_a_relative_clause_still_dates_its_noun():
    text = "The offensive on Pibor, which the army began on Monday, is the largest since May."
    [statement] = start_statements(text, parse(text), FRIDAY_11_MARCH_2022)
    assert statement.date.date == dt.date(2022, 3, 7)
