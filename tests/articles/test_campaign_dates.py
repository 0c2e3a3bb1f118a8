"""Campaign dates: the day a campaign began, to the day, week or month the text allows, never the
report's
dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_dates import start_date, strong_start_date
from articles.extraction.sentences import Span
from tests.articles.rows import (
    FRIDAY_11_MARCH_2022,
    FRIDAY_28_JUNE_2024,
    MONDAY_17_JUNE_2024,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    campaign_dates,
    campaign_rows,
)


def test_it_dates_a_campaign_by_its_start_not_by_the_report(dictionary):
    text = (
        "The Malian army said on Friday it had launched an offensive to retake the town of Ber.\n"
        "Troops began advancing on the town on Wednesday from the garrison of Goundam, officials"
        " said."
    )
    [(_, _, targets, started, precision)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert targets == ["Ber"] and (started, precision) == (dt.date(2022, 3, 9), 1)


def test_it_dates_a_push_by_the_sentence_that_says_when_the_attack_began(dictionary):
    text = (
        "Rebel fighters pressed a push toward the town of Kajo on Friday, two days after crossing"
        " the river, "
        "army officials said.\nThe attack began before dawn on Wednesday, when hundreds of"
        " fighters moved in."
    )
    [(_, _, targets, started, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert targets == ["Kajo"] and started == dt.date(2022, 3, 9)


def test_it_keeps_the_report_date_when_nothing_else_dates_the_start(dictionary):
    text = (
        "Israel said on Tuesday it had begun an offensive on the town of Khiam, backed by air"
        " strikes."
    )
    [(_, _, _, started, _)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert started == dt.date(2022, 3, 8)


def test_it_dates_a_siege_from_an_earlier_sentence_naming_its_target_with_since(dictionary):
    text = (
        "Militiamen have besieged the army garrison in the town of Pibor since March 3, the army"
        " said.\n"
        "The siege of Pibor has cut the only road to the border, and troops are running out of"
        " food."
    )
    [(_, _, targets, started, precision)] = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert targets == ["Pibor"] and (started, precision) == (dt.date(2022, 3, 3), 1)


def test_it_reads_besieged_and_shelled_with_since(dictionary):
    text = "Government troops had besieged and shelled Burao since February, residents said."
    [(_, _, targets, started, precision)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert (targets, started, precision) == (["Burao"], dt.date(2023, 2, 1), 3)


def test_it_never_dates_a_campaign_by_its_dateline(dictionary):
    text = (
        "KAMPALA, May 16 (Reuters) - Uganda's army has launched an offensive to retake the town"
        " of Kasese, "
        "officials said.\nTroops moved towards the town on Sunday."
    )
    [(_, _, _, started, _)] = campaign_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert started == dt.date(2023, 5, 14)


def test_it_dates_a_campaign_from_the_day_its_assault_entered(dictionary):
    # Published Wednesday: "entered its fourth day on Monday" started the Friday before.
    text = (
        "Karen guerrillas fought their way into the town of Hpapun on Monday as their assault"
        " entered its "
        "fourth day.\nFighters of the Karen National Union have overrun most army outposts,"
        " residents said."
    )
    [(name, attackers, targets, started, precision)] = campaign_rows(
        text, dictionary, WEDNESDAY_17_MAY_2023
    )
    assert (name, targets, started, precision) == (
        "Hpapun offensive",
        ["Hpapun"],
        dt.date(2023, 5, 12),
        1,
    )
    assert attackers == ["Karen National Union"]  # the side the next sentence opens with


def test_it_prefers_the_date_the_next_sentence_ties_to_a_start(dictionary):
    # Published Wednesday 17 May: "under way since Thursday night" (11 May), not the day it was
    # said.
    text = (
        "Turkey has announced a military operation against Syrian government forces in Idlib.\n"
        "Defence Minister Kemal Aydin said on Monday that Operation Spring Shield had been under"
        " way since "
        "Thursday night."
    )
    campaigns = {
        name: (started, precision)
        for name, _, _, started, precision in campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    }
    assert campaigns["Operation Spring Shield"] == (dt.date(2023, 5, 11), 1)


def test_it_does_not_date_a_campaign_by_a_relative_clause_about_another_event(dictionary):
    text = (
        "Syrian troops launched a counter-offensive to retake the town of Saraqib, which"
        " opposition fighters "
        "recaptured last week."
    )
    [(name, _, _, started, _)] = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (name, started) == ("Saraqib offensive", None)


def test_it_dates_a_push_begun_weeks_before_the_report(dictionary):
    # No date in the sentence: two weeks before the report (Wednesday 17 May), to the week.
    text = (
        "M23 rebels pushed into Bukavu, meeting little resistance.\n"
        "The capture would extend their control, two weeks after they began a push south from Goma."
    )
    [(name, _, _, started, precision)] = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (name, started, precision) == ("Bukavu offensive", dt.date(2023, 5, 3), 2)
    # With a date in the sentence, the offset counts from it: Saturday 13 May, two weeks before.
    text = (
        "M23 rebels pushed into Bukavu on Saturday, two weeks after they began a push south from"
        " Goma."
    )
    [(_, _, _, started, precision)] = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (started, precision) == (dt.date(2023, 4, 29), 2)


# -------------------- Read from the parse: When a campaign started and ended, read from the parse:
# a da


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a relative clause of the trigger with a verb of starting
        (
            (
                "The Houthi offensive on Marib, which erupted in early February, has killed"
                " hundreds of fighters, "
                "officials said on Friday."
            ),
            (dt.date(2024, 2, 1), 3),
        ),
        (
            "The assault on Kanyabayonga erupted two weeks ago, when M23 rebels pushed north,"
            " residents said.",
            (dt.date(2024, 6, 14), 2),
        ),
    ],
)
def test_a_date_in_the_clause_that_starts_the_campaign_is_its_start(dictionary, text, started):
    [(_, started_on, precision, _)] = campaign_dates(text, dictionary, FRIDAY_28_JUNE_2024)
    assert (started_on, precision) == started


@pytest.mark.parametrize(
    "text",
    [
        "The assault on Gwoza began on Monday, when Nigerian troops pushed south, military"
        " sources said.",
        "Nigerian troops launched their assault on Gwoza on Monday, military sources said on"
        " Friday.",
    ],
)
def test_the_day_the_campaign_was_launched_is_its_start_not_the_day_of_the_report(dictionary, text):
    [(_, started_on, precision, _)] = campaign_dates(text, dictionary, FRIDAY_28_JUNE_2024)
    assert (started_on, precision) == (dt.date(2024, 6, 24), 1)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Russian forces launched their offensive on Avdiivka in October. Ukrainian troops"
            " withdrew from Avdiivka "
            "on Wednesday, the army said."
        ),
        (
            "Russian forces launched their offensive on Avdiivka in October. On Friday officials"
            " said Russian troops "
            "captured Avdiivka on Wednesday after months of fighting."
        ),
    ],
)
def test_a_reported_capture_or_withdrawal_ends_the_campaign(dictionary, text):
    [(_, started_on, _, ended_on)] = campaign_dates(text, dictionary, FRIDAY_28_JUNE_2024)
    assert (started_on, ended_on) == (dt.date(2023, 10, 1), dt.date(2024, 6, 26))


def test_a_campaign_the_text_does_not_end_has_no_end(dictionary):
    text = (
        "Russian forces launched their offensive on Avdiivka in October and were still attacking"
        " on Friday."
    )
    assert [ended for *_, ended in campaign_dates(text, dictionary, FRIDAY_28_JUNE_2024)] == [None]


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # "erupted" in a clause of the reporting sentence, the campaign told by the defender
        (
            "Niger's army was fighting on Tuesday to keep Boko Haram militants out of Bosso, as "
            "the government said the offensive which erupted on Friday evening had killed 32 "
            "soldiers.",
            dt.date(2024, 6, 14),
        ),
        # "erupted" in a relative clause of the trigger after the verb of assault
        (
            "Al-Shabaab militants stormed the town of Baidoa in an assault that erupted before "
            "dawn on Monday, police said.",
            dt.date(2024, 6, 17),
        ),
    ],
)
def test_a_campaign_that_erupted_on_a_day_started_then(dictionary, text, started):
    [(_, started_on, precision, _)] = campaign_dates(text, dictionary, MONDAY_17_JUNE_2024)
    assert (started_on, precision) == (started, 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "The operation on Barawe, launched at the end of August by the Somali army, has"
            " driven the militants from a string of towns.",
            dt.date(2023, 8, 1),
        ),
        (
            "The offensive on Kidal, which began at the start of October, ended with the town's"
            " capture, officials said.",
            dt.date(2023, 10, 1),
        ),
        (
            "The Allied Democratic Forces have pushed west on Mambasa since the start of the"
            " year, raiding villages along the road.",
            dt.date(2024, 1, 1),
        ),
        (
            "The Arakan Army has besieged Sittwe since the beginning of this year, residents said.",
            dt.date(2024, 1, 1),
        ),
    ],
)
def test_the_start_or_end_of_a_month_or_year_dates_a_campaign_to_the_month(
    dictionary, text, started
):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [(row[3], row[4]) for row in rows] == [(started, 3)], rows


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        (
            "Turkish-backed factions of the Syrian National Army captured Tal Rifaat on June 25 in"
            ' an operation they called "Dawn of Freedom", launched a day earlier east of Aleppo.',
            dt.date(2024, 6, 24),
            1,
        ),
        (
            "Rebels entered Kitshanga on Thursday, June 20, in an offensive on the town that began"
            " two weeks earlier, residents said.",
            dt.date(2024, 6, 6),
            2,
        ),
    ],
)
def test_an_offset_after_the_start_verb_moves_the_date_back(dictionary, text, started, precision):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert [(row[3], row[4]) for row in rows] == [(started, precision)], rows


def test_a_month_said_to_be_last_year_starts_the_campaign_a_year_back(dictionary):
    text = (
        "KYIV (Reuters) - Russian forces began storming Chasiv Yar in early April last year,"
        " pushing from Bakhmut, about 10 km to the east."
    )
    rows = campaign_rows(text, dictionary, dt.date(2025, 7, 31))
    assert [(targets, started, precision) for _, _, targets, started, precision in rows] == [
        (["Chasiv Yar"], dt.date(2024, 4, 1), 3)
    ]


def test_an_offensive_launched_in_a_month_last_year_starts_a_year_back(dictionary):
    text = (
        "In West Kordofan, the RSF renewed its assault on Babanusa, which has held out against an"
        " offensive the paramilitaries launched on the town in January last year."
    )
    rows = campaign_rows(text, dictionary, dt.date(2025, 1, 12))
    assert [(targets, started, precision) for _, _, targets, started, precision in rows] == [
        (["Babanusa"], dt.date(2024, 1, 1), 3)
    ]


@pytest.mark.parametrize(
    "phrase",
    ["in the last days of March", "in the first weeks of March", "during the final days of March"],
)
def test_a_span_of_days_within_a_month_dates_the_campaign_to_the_month(dictionary, phrase):
    text = (
        "Fano militiamen pushed into the town of Debre Markos on Monday, residents said.\n"
        f"The militia's offensive began {phrase}, when its fighters overran rural districts."
    )
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [(started, precision) for _, _, _, started, precision in rows] == [
        (dt.date(2023, 3, 1), 3)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The militia's offensive began in the first days of March, when its fighters overran"
        " rural districts.",
        "Militia fighters have encircled the town since the first few days of March, cutting the"
        " road to the regional capital.",
    ],
)
def test_the_first_days_of_a_month_date_the_campaign_to_its_first_week(dictionary, text):
    lead = "Fano militiamen pushed into the town of Debre Markos on Monday, residents said.\n"
    text = lead + text
    rows = campaign_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert [(started, precision) for _, _, _, started, precision in rows] == [
        (dt.date(2023, 3, 1), 2)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "started"),
    [
        (
            "an offensive that began in March last year in the Gedo region",
            "in March",
            dt.date(2023, 3, 1),
        ),
        ("the siege, which started on May 3 last year,", "on May 3", dt.date(2023, 5, 3)),
    ],
)
def test_a_year_the_parse_hangs_beside_the_date_phrase_still_counts(text, phrase, started):
    from articles.extraction.campaign_dates import start_date_of
    from articles.extraction.campaign_parse import Reading

    reading = Reading("onset", (0, 1), False)
    at = text.index(phrase)
    reading.date_phrases = [(at, at + len(phrase))]
    assert start_date_of(text, reading, FRIDAY_28_JUNE_2024).date == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # "since" after a verb of holding dates the hold, and the start verb's own date stays
        (
            "The revolt began in October 2019 with a raid on Ber, a market town the rebels have"
            " held since last August.",
            (dt.date(2019, 10, 1), 3),
        ),
        (
            "Gangs have largely controlled the district since late January, residents said.",
            None,
        ),
        (
            "The two villages had been held by the militants since June, when they swept in.",
            None,
        ),
        # nor does a stay
        (
            "The commander, who has lived in the hills since October last year, was not found.",
            None,
        ),
        (
            "Aid workers have stayed in the camp since early January, a trader said.",
            None,
        ),
        # nor does a hold told by a noun of hands
        (
            "The port is in our hands since this morning, a rebel spokesman said.",
            None,
        ),
        (
            "The bridge, in government hands since early January, was shelled, residents said.",
            None,
        ),
        # a siege "since" is still a start
        (
            "Militiamen have besieged the garrison since early February, residents said.",
            (dt.date(2022, 2, 1), 3),
        ),
    ],
)
def test_since_after_a_verb_of_holding_is_no_start(text, started):
    assert strong_start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a breakout starts the offensive it opens
        (
            "Its defenders had broken out in a surprise offensive dubbed Kestrel late last month,"
            " taking two villages to the south.",
            (dt.date(2022, 2, 1), 3),
        ),
        (
            "Fighters broke out of the encircled garrison in a counteroffensive on Tuesday,"
            " officials said.",
            (dt.date(2022, 3, 8), 1),
        ),
    ],
)
def test_a_breakout_dates_the_offensive_it_opens(text, started):
    assert start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) == started


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers traded mortar fire with rebels in the hills above Kajo for a fourth day on"
        " Friday, officials said.",
        "Gunfire echoed across the outskirts of Kajo for the fourth straight day on Friday as the"
        " militia pressed its attack.",
    ],
)
def test_fighting_for_a_counted_day_dates_its_first_day(text):
    # Published Friday 11 March 2022: the fourth day on Friday is counted from Tuesday.
    window = [Span(0, len(text))]
    assert start_date(text, window, FRIDAY_11_MARCH_2022) == (dt.date(2022, 3, 8), 1)


@pytest.mark.parametrize(
    "text",
    [
        "The militia's push on Kajo began a fortnight ago, residents said.",
        "Troops launched their offensive to retake Kajo a fortnight ago.",
        "Rebels have been shelling the garrison at Kajo for a fortnight.",
    ],
)
def test_a_fortnight_back_dates_the_start_to_the_week(text):
    # Published Friday 11 March 2022: two weeks back is Friday 25 February, to the week.
    window = [Span(0, len(text))]
    assert start_date(text, window, FRIDAY_11_MARCH_2022) == (dt.date(2022, 2, 25), 2)


@pytest.mark.parametrize(
    "text",
    [
        "The army has launched its biggest offensive on the capital since the war with the"
        " militia began 14 months ago, officials said.",
        "Rebels have opened their largest push in the north since the conflict broke out in"
        " April 2019, sending columns across the river.",
    ],
)
def test_the_outbreak_of_the_wider_war_is_no_start(text):
    # "since the war began …" times the offensive against the war; it does not date it.
    assert start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked two villages south of the state capital, as a conflict that began on"
        " September 9 spread into the valleys.",
        "Residents fled the district after the blaze, which began late on Wednesday, gutted the"
        " market.",
        "More than 280 people have been killed in the province, the rights group said. The"
        " protests, which began in April, have spread to the capital.",
    ],
)
def test_the_start_of_a_wider_war_or_a_fire_is_no_campaign_start(text):
    # The conflict or the fire began then; nothing in the sentence starts the campaign.
    assert start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) is None


@pytest.mark.parametrize(
    "first",
    [
        "The conflict began in November 2020 with an attack on a federal base.",
        "The crisis, which began last Thursday, has left the city without power.",
    ],
)
def test_a_campaign_takes_its_own_start_after_the_start_of_a_wider_conflict(first):
    text = first + " Federal troops launched their offensive on the town on Monday, officials said."
    window = [Span(0, len(first)), Span(len(first) + 1, len(text))]
    assert start_date(text, window, FRIDAY_11_MARCH_2022) == (dt.date(2022, 3, 7), 1)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took the air base near the town after a siege that began last March, a monitoring"
        " group said.",
        "Government forces have besieged the town since last March, cutting the road to the coast.",
    ],
)
def test_last_and_the_month_of_the_report_is_that_month_a_year_back(text):
    # Said in March 2022: "last March" is March 2021, not the month under way.
    assert start_date(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022) == (dt.date(2021, 3, 1), 3)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Hundreds of families began leaving the besieged town of Kajo on Wednesday under a"
            " truce, residents said.",
            None,
        ),
        (
            "Soldiers of the garrison at Kajo started pulling out on Wednesday after a deal,"
            " officials said.",
            None,
        ),
        (
            "Displaced residents of Kajo began to return on Wednesday, aid workers said.",
            None,
        ),
        # a start of moving in is still a start
        (
            "Troops began moving on Kajo on Wednesday, officials said.",
            (dt.date(2022, 3, 9), 1),
        ),
    ],
)
def test_a_start_of_leaving_or_returning_dates_no_campaign(text, started):
    # Published Friday 11 March 2022: leaving, pulling out or returning is a departure or an end.
    window = [Span(0, len(text))]
    assert strong_start_date(text, window, FRIDAY_11_MARCH_2022) == started
    assert start_date(text, window, FRIDAY_11_MARCH_2022) == started
