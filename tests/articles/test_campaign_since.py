"""Start statements told by a verb going on "since" a date (articles/extraction/campaign_since.py),
the middle of a month, and the fallbacks that date a campaign nothing else dates
(campaign_start_owners.py). Each way of telling the start has two differently worded
phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import date_undated, dated_by_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, dated_alone, town_places

# Friday 11 March 2022 is the publication day below.


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # a start told in the middle of a month: the 15th, to the week
        (
            "Troops entered Pibor on Thursday.\nThe army's offensive on the town began in"
            " mid-January with air strikes on its outskirts.",
            dt.date(2022, 1, 15),
            2,
        ),
        (
            "The militia's assault on Pibor, launched in the middle of February, has driven"
            " thousands from their homes, aid workers said on Friday.",
            dt.date(2022, 2, 15),
            2,
        ),
        # a siege verb's "since mid-…" too: the 15th to the week, as the gold from heldout22 on
        (
            "Militiamen have besieged Pibor since mid-February, and aid workers said on Friday"
            " that food was running out.",
            dt.date(2022, 2, 15),
            2,
        ),
        (
            "Rebels have encircled Pibor since the middle of February, cutting the road to the"
            " border, officials said on Friday.",
            dt.date(2022, 2, 15),
            2,
        ),
    ],
)
def test_a_start_in_the_middle_of_a_month_is_the_fifteenth(text, started, precision):
    assert dated_alone(text, "Pibor") == (started, precision)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a later "since" on a campaign already dated tells a later phase
        (
            "Militiamen have besieged Pibor since early February, and aid workers said on Friday"
            " that food was running out.",
            dt.date(2021, 11, 1),
        ),
        (
            "Rebels have battled the army around Pibor since late January, residents said on"
            " Friday.",
            dt.date(2021, 11, 1),
        ),
    ],
)
def test_a_later_since_keeps_the_start_found_before(text, started):
    at = text.index("Pibor")
    record = CampaignRecord(
        name="Pibor offensive",
        named=False,
        targets=["Pibor"],
        target_spans=[(at, at + 5)],
        started_on=started,
        date_precision=3,
    )
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (started, 3)


def test_an_earlier_since_still_dates_the_campaign():
    text = (
        "Militiamen have besieged Pibor since early February, and aid workers said on Friday"
        " that food was running out."
    )
    at = text.index("Pibor")
    record = CampaignRecord(
        name="Pibor offensive",
        named=False,
        targets=["Pibor"],
        target_spans=[(at, at + 5)],
        started_on=dt.date(2022, 3, 10),
        date_precision=1,
    )
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (dt.date(2022, 2, 1), 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # an attempt on the place goes on since then
        (
            "Rebels have sought to capture Pibor since late January, residents said on Friday.",
            dt.date(2022, 1, 1),
        ),
        (
            "The militia, which has tried to take Pibor again and again since February, attacked"
            " the town at dawn on Friday.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_since_on_an_attempt_dates_the_campaign_on_its_place(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a siege told by "cut off" or "ringed" goes on since then
        (
            "Pibor has been cut off by road since late January, aid workers said on Friday, as"
            " militiamen shelled its outskirts.",
            dt.date(2022, 1, 1),
        ),
        (
            "Government troops have ringed Pibor since February, shelling the town from the hills,"
            " residents said on Friday.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_a_town_cut_off_or_ringed_since_a_month_is_besieged_since_then(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        # "since July, when … on July 14": the day the "when" clause gives in that month
        (
            "The militia has been attacking army posts around Pibor since January, when it overran"
            " a checkpoint on January 9, residents said on Friday.",
            dt.date(2022, 1, 9),
            1,
        ),
        (
            "Rebels have besieged Pibor since February, when they cut the road north on Feb. 3,"
            " and aid workers said on Friday that food was running out.",
            dt.date(2022, 2, 3),
            1,
        ),
        # a "when" clause dated in another month leaves the month
        (
            "Rebels have besieged Pibor since February, when talks broke down in December, and aid"
            " workers said on Friday that food was running out.",
            dt.date(2022, 2, 1),
            3,
        ),
    ],
)
def test_since_a_month_takes_the_day_its_when_clause_gives(text, started, precision):
    assert dated_alone(text, "Pibor") == (started, precision)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the only campaign, no start and no action naming its place: its first dated attack
        (
            "Rebels overran an army battalion near the hamlet of Akobo, officials said on Friday.\n"
            "The fighters attacked the battalion along the river on Monday, military sources"
            " said.",
            dt.date(2022, 3, 7),
        ),
        (
            "Troops are back in the centre of Akobo, the army said on Friday.\n"
            "Several thousand militiamen attacked the three towns at once before dawn on"
            " Tuesday.",
            dt.date(2022, 3, 8),
        ),
    ],
)
def test_the_only_campaign_takes_its_first_dated_attack(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        name="Akobo offensive", named=False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (started, 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a push "since" names its place along the road it takes, or through it
        (
            "Fighters from the north, who have pushed west along the coast road towards Pibor since"
            " June, entered the town centre on Friday, officials said.",
            dt.date(2021, 6, 1),
        ),
        (
            "Militiamen have pushed into Pibor since February, and aid workers said on Friday that"
            " food was running out.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_a_push_since_names_its_place_along_its_road(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a defence held out against the campaign since then
        (
            "Troops pulled out of Pibor on Thursday, ending a defence that had held out against"
            " militia assaults since January, officials said.",
            dt.date(2022, 1, 1),
        ),
        (
            "The garrison of Pibor has held out against rebel attacks since early February,"
            " officials said on Friday.",
            dt.date(2022, 2, 1),
        ),
    ],
)
def test_holding_out_against_assaults_since_dates_them(text, started):
    assert dated_alone(text, "Pibor") == (started, 3)
