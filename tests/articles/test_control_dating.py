"""When a change of hands happened, and where, beyond a date beside its trigger: a facility in a
place, "overnight" and "the next day", a clause tied to another clause's time ("when", "a day
after", "hours after", "weeks after"), and a following sentence that dates the change without
naming the place or the side. Each rule is read in at least two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)
MONDAY, TUESDAY, SUNDAY = dt.date(2024, 6, 10), dt.date(2024, 6, 11), dt.date(2024, 6, 9)
THURSDAY, FRIDAY, SATURDAY = dt.date(2024, 6, 6), dt.date(2024, 6, 7), dt.date(2024, 6, 8)


def rows(text: str, dictionary, published: dt.date = WEDNESDAY) -> list[tuple]:
    """(place, side, event, kind, date, precision) per observation."""
    result = extract(text, published=published, dictionary=dictionary)
    return [
        (c.place, c.side, c.event, c.kind, c.observed_on, c.date_precision) for c in result.control
    ]


def dates_of(text: str, dictionary, place: str) -> set[tuple]:
    return {(d, precision) for p, _, _, _, d, precision in rows(text, dictionary) if p == place}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "The Arakan Army said on Monday it had overrun the army's regional headquarters in "
            "Kyauktaw after a month-long siege.",
            "Kyauktaw",
            "Arakan Army",
        ),
        (
            "Rapid Support Forces fighters seized the main infantry base at Babanusa on Sunday, "
            "residents said.",
            "Babanusa",
            "Rapid Support Forces",
        ),
        (
            "Al-Shabaab fighters captured a government checkpoint in the town of Bulo Burde, "
            "witnesses said.",
            "Bulo Burde",
            "Al-Shabaab",
        ),
    ],
)
def test_a_facility_taken_in_a_place_is_the_place_taken(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels captured the base of the 34th Military Region on Friday, residents said.",
        "The Taliban stormed the headquarters of the 209th Army Corps, officials said.",
    ],
)
def test_a_units_name_after_a_facility_is_no_place(dictionary, text):
    assert not [p for p, *_ in rows(text, dictionary) if "Region" in p or "Corps" in p]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Taliban fighters overran Ghoriyan overnight, a resident said.", "Ghoriyan"),
        (
            "Residents said Al-Shabaab fighters had abandoned Bulo Burde overnight as Somali "
            "troops advanced.",
            "Bulo Burde",
        ),
    ],
)
def test_overnight_is_the_day_of_the_report(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The offensive began on Saturday with air strikes, and M23 rebels took the village "
            "of Kibumba the next day.",
            "Kibumba",
            (SUNDAY, 1),
        ),
        (
            "Houthi fighters reached the outskirts on Monday and seized the district of Sirwah "
            "the following morning.",
            "Sirwah",
            (TUESDAY, 1),
        ),
    ],
)
def test_the_next_day_is_the_day_after_the_date_before(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The push on the city began in early May, when Rapid Support Forces units advanced "
            "from the west and overran the village of Um Kadada.",
            "Um Kadada",
            (dt.date(2024, 5, 1), 3),
        ),
        (
            "The campaign opened on Saturday when M23 fighters crossed the river from Rutshuru "
            "and captured the town of Kiwanja within hours.",
            "Kiwanja",
            (SATURDAY, 1),
        ),
    ],
)
def test_a_when_clause_takes_the_date_of_the_clause_it_depends_on(
    dictionary, text, place, expected
):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Mali's army counter-attacked on Friday, a day after Tuareg rebels and their allies "
            "from the National Movement for the Liberation of Azawad captured Anefis.",
            "Anefis",
            (THURSDAY, 1),
        ),
        (
            "The losses come a month after Taliban fighters, in an assault launched in late "
            "April from the hills, seized the district of Ghoriyan.",
            "Ghoriyan",
            (dt.date(2024, 5, 1), 3),
        ),
        (
            "Ukraine's military said on Sunday it had pulled back its units, hours after Russia's "
            "defence ministry said its troops had taken full control of Krasnohorivka.",
            "Krasnohorivka",
            (SUNDAY, 1),
        ),
    ],
)
def test_a_clause_some_time_after_another_is_dated_from_it(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Arakan Army began its assault on the port in May, weeks after seizing the "
            "neighbouring town of Ponnagyun.",
            "Ponnagyun",
        ),
        (
            "Houthi fighters pushed on towards the coast in March, months after they captured "
            "the district of Hays.",
            "Hays",
        ),
    ],
)
def test_a_vague_distance_dates_nothing(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(None, None)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Nigeria's army said on Wednesday it had retaken Damasak. Troops launched the "
            "operation from Monguno on Sunday and entered the town on Tuesday afternoon, an army "
            "spokesman said.",
            "Damasak",
            (TUESDAY, 1),
        ),
        (
            "The Arakan Army said on Wednesday it had captured Kyauktaw. The group said its "
            "fighters overran the last army position in the town, the base of the 9th Battalion, "
            "on Monday.",
            "Kyauktaw",
            (MONDAY, 1),
        ),
        (
            "Houthi rebels have captured Khabb, tribal leaders said Wednesday. The rebels "
            "stormed the city on Sunday after weeks of clashes, the tribal leaders said.",
            "Khabb",
            (SUNDAY, 1),
        ),
        (
            "Viv Ansanm gangs seized control of the town of Mirebalais, residents said on "
            "Wednesday. Hundreds of armed men stormed Mirebalais before dawn on Monday, "
            "residents said.",
            "Mirebalais",
            (MONDAY, 1),
        ),
    ],
)
def test_the_next_sentence_dates_the_change_it_tells_again(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's army said on Wednesday it had retaken Damasak. Troops entered the town on "
        "Monday after the militants pulled out, residents said.",
        "The Arakan Army said on Wednesday it had captured Kyauktaw. Its fighters overran the "
        "last army base in the town on Monday, according to residents.",
    ],
)
def test_a_claim_is_not_dated_by_what_others_report(dictionary, text):
    place = "Damasak" if "Damasak" in text else "Kyauktaw"
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "M23 rebels seized Rubaya a week ago, residents said. The rebels took Rubaya on "
            "June 5 after a day of fighting, a local official said.",
            "Rubaya",
            (dt.date(2024, 6, 5), 1),
        ),
        (
            "Hayat Tahrir al-Sham entered Hama on Tuesday, a week after its fighters seized "
            "Saraqib. The group took Saraqib on June 2, the Syrian Observatory said.",
            "Saraqib",
            (dt.date(2024, 6, 2), 1),
        ),
    ],
)
def test_the_day_another_sentence_gives_sharpens_a_week(dictionary, text, place, expected):
    assert expected in dates_of(text, dictionary, place)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "The Arakan Army has taken most of northern Rakhine state since November, including "
            "Ponnagyun in March and Rathedaung in May.",
            "Ponnagyun",
            (dt.date(2024, 3, 1), 3),
        ),
        (
            "Somali National Army troops have retaken dozens of villages, including Mahas in "
            "April, the ministry said.",
            "Mahas",
            (dt.date(2024, 4, 1), 3),
        ),
    ],
)
def test_the_date_right_after_a_listed_place_is_its_own(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Thousands of civilians fled on Monday after the Arakan Army said it had captured "
            "Buthidaung.",
            "Buthidaung",
        ),
        (
            "Shops stayed shut on Tuesday as the Taliban said they had overrun Ghoriyan.",
            "Ghoriyan",
        ),
    ],
)
def test_a_day_of_another_clause_is_not_the_day_of_the_claim(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Malian troops have retaken Konna, whose capture by Islamist fighters last month "
            "prompted France to intervene, the army said.",
            "Konna",
        ),
        (
            "Somali forces recaptured Harardhere, whose fall to Al-Shabaab in 2010 cut the coast "
            "road, officials said.",
            "Harardhere",
        ),
    ],
)
def test_a_date_in_a_whose_clause_is_not_the_changes(dictionary, text, place):
    assert (dt.date(2024, 5, 1), 3) not in dates_of(text, dictionary, place)
    assert not any(d and d.year == 2010 for d, _ in dates_of(text, dictionary, place))


@pytest.mark.parametrize(
    "text",
    [
        "If confirmed, the fall of Ann would be the first loss of a regional command.",
        "If true, the capture of Kawlin would open the road north.",
    ],
)
def test_a_hedged_report_is_not_an_observation(dictionary, text):
    assert rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels captured the town of Rubaya on Tuesday after government troops and "
            "allied militias pulled out, residents said.",
            [("Rubaya", "M23", "withdraw", "reported", TUESDAY, 1)],
        ),
        (
            "Tigray People's Liberation Front fighters entered Mekele on Monday as Ethiopian "
            "soldiers and officials fled.",
            [("Mekele", "Tigray People's Liberation Front", "withdraw", "reported", MONDAY, 1)],
        ),
        (
            "Islamic State seized the town of Hit last week after the army withdrew.",
            [("Hit", "Islamic State", "withdraw", "reported", dt.date(2024, 6, 3), 2)],
        ),
    ],
)
def test_a_withdrawal_tied_to_a_taking_hands_its_place_to_the_taker(dictionary, text, expected):
    found = [r for r in rows(text, dictionary) if r[2] == "withdraw"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police have taken back Pont-Sondé, and the bandits have fled towards Savien.",
        "The army retook Bor on Friday; the rebels retreated south towards Pibor.",
    ],
)
def test_a_flight_told_as_another_clause_is_no_withdrawal_from_the_place(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[2] == "withdraw"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The M23 captured Goma, the largest city in eastern Congo, in January and Bukavu, "
            "the capital of South Kivu, in February.",
            [
                ("Goma", dt.date(2024, 1, 1), 3),
                ("Bukavu", dt.date(2024, 2, 1), 3),
            ],
        ),
        (
            "A rebel spokesman said Machar's forces still controlled Malakal, the capital of "
            "Upper Nile state, and Bentiu, capital of Unity state.",
            [("Malakal", WEDNESDAY, 1), ("Bentiu", WEDNESDAY, 1)],
        ),
        (
            "Russian forces took Avdiivka, Lastochkyne and Sieverne in February, Russia's defence "
            "ministry said.",
            [
                ("Avdiivka", dt.date(2024, 2, 1), 3),
                ("Lastochkyne", dt.date(2024, 2, 1), 3),
                ("Sieverne", dt.date(2024, 2, 1), 3),
            ],
        ),
    ],
)
def test_places_listed_together_each_change_hands(dictionary, text, expected):
    assert [(p, d, precision) for p, _, _, _, d, precision in rows(text, dictionary)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hayat Tahrir al-Sham fighters took Aleppo, Syria's second city, on November 30.",
        "M23 rebels seized Bunagana, Uganda's main border crossing with Congo, on Monday.",
    ],
)
def test_a_possessive_after_a_place_is_no_second_place(dictionary, text):
    assert len(rows(text, dictionary)) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russia's defence ministry said on Wednesday its forces had captured Selydove. "
            "Military bloggers said Russian troops had entered Selydove last week.",
            "Selydove",
        ),
        (
            "South Sudan's army said on Wednesday it had captured Pagak. Residents said government "
            "troops entered Pagak on Sunday afternoon.",
            "Pagak",
        ),
    ],
)
def test_a_claim_keeps_the_day_it_was_made_beside_others_reports(dictionary, text, place):
    claims = [r for r in rows(text, dictionary) if r[0] == place and r[3] == "claimed"]
    assert [(d, precision) for *_, d, precision in claims] == [(WEDNESDAY, 1)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Libyan National Army forces seized the oil terminals of Ras Lanuf on Sunday.",
            "Ras Lanuf",
        ),
        ("Houthi fighters captured the refinery of Marib on Sunday, residents said.", "Marib"),
    ],
)
def test_a_terminal_or_refinery_of_a_place_is_the_place(dictionary, text, place):
    assert dates_of(text, dictionary, place) == {(SUNDAY, 1)}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Houthi fighters seized the hills of Kassara on Sunday, tribal sources said.",
            "Kassara",
            "Houthis",
        ),
        (
            "Hezbollah fighters captured the peak of Halimat Qara after a day of fighting, "
            "residents said.",
            "Halimat Qara",
            "Hezbollah",
        ),
        (
            "M23 rebels took the streets of Sake on Tuesday, witnesses said.",
            "Sake",
            "M23",
        ),
    ],
)
def test_hills_peaks_and_streets_of_a_place_are_the_place(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "A French officer said Diabaly was now in the hands of the Malian Armed Forces.",
            "Diabaly",
            "Malian Armed Forces",
        ),
        (
            "Residents said Kidal remained in the hands of the Azawad Liberation Front.",
            "Kidal",
            "Azawad Liberation Front",
        ),
    ],
)
def test_in_the_hands_of_tells_who_holds(dictionary, text, place, side):
    assert (place, side, "hold") in [(p, s, e) for p, s, e, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Nigerian troops cleared Geidam of the insurgents on Sunday, residents said.",
            "Geidam",
            "Nigerian Armed Forces",
        ),
        (
            "Iraqi Security Forces cleared the districts of Sukar and Muthanna on Friday.",
            "Sukar",
            "Iraqi Security Forces",
        ),
    ],
)
def test_clearing_a_place_takes_it(dictionary, text, place, side):
    assert (place, side) in [(p, s) for p, s, *_ in rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iraq's Joint Operations Command said troops had retaken the campus on Saturday, and "
            "that Iraqi Security Forces had also cleared the district of Sukar on Friday.",
            "Sukar",
        ),
        (
            "The Shiite movement's war media unit said Hezbollah fighters had seized the peak of "
            "Halimat Qara.",
            "Halimat Qara",
        ),
    ],
)
def test_what_a_party_goes_on_saying_is_its_claim(dictionary, text, place):
    assert {k for p, _, _, k, *_ in rows(text, dictionary) if p == place} == {"claimed"}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "M23 rebels entered Sake on Sunday afternoon after government troops and allied "
            "Wazalendo militias loyal to Kinshasa pulled out, residents said.",
            "Sake",
            (SUNDAY, 1),
        ),
        (
            "Syrian Democratic Forces fighters left Tabqa on Tuesday, four days after taking the "
            "town when Syrian government troops and their allies withdrew, residents said.",
            "Tabqa",
            (dt.date(2024, 6, 7), 1),
        ),
    ],
)
def test_a_withdrawal_tied_to_a_taking_has_the_takings_date(dictionary, text, place, expected):
    found = [r for r in rows(text, dictionary) if r[0] == place and r[2] == "withdraw"]
    assert found and {(d, precision) for *_, d, precision in found} >= {expected}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Earlier this month, the Russian Defense Ministry also claimed the capture of "
            "Petropavlivka, a village east of the city.",
            "Petropavlivka",
            (dt.date(2024, 6, 1), 3),
        ),
        (
            "Last week, the Arakan Army said it had captured Ponnagyun.",
            "Ponnagyun",
            (dt.date(2024, 6, 3), 2),
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_the_claim(dictionary, text, place, expected):
    assert dates_of(text, dictionary, place) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kherson was retaken by Ukrainian forces on Friday, residents said.",
            ("Kherson", "Ukraine", "retake", "reported", FRIDAY, 1),
        ),
        (
            "Witnesses said Palmyra had been recaptured by Islamic State fighters on Sunday.",
            ("Palmyra", "Islamic State", "retake", "reported", SUNDAY, 1),
        ),
    ],
)
def test_a_place_retaken_by_a_side_is_that_sides(dictionary, text, expected):
    assert expected in rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Israeli forces handed the town of Khiam to the Lebanese Armed Forces on Monday.",
            "Khiam",
            "Lebanese Armed Forces",
        ),
        (
            "The Taliban handed over control of Spin Boldak to Afghan National Defence and "
            "Security Forces on Monday, residents said.",
            "Spin Boldak",
            "Afghan National Defence and Security Forces",
        ),
    ],
)
def test_a_place_handed_to_a_side_is_held_by_it(dictionary, text, place, side):
    assert (place, side, "withdraw", MONDAY) in [
        (p, s, e, d) for p, s, e, _, d, _ in rows(text, dictionary)
    ]


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Iraqi Security Forces retook al-Dour on Tuesday, and al-Alam fell to Iraqi Security "
            "Forces on the same day, residents said.",
            "al-Alam",
            (TUESDAY, 1),
        ),
        (
            "The Taliban launched their assault in October. Nawa district fell to the Taliban "
            "that month, residents said.",
            "Nawa",
            (dt.date(2023, 10, 1), 3),
        ),
        (
            "Turkish-backed factions entered Tal Rifaat on Sunday. Syrian National Army fighters "
            "had seized the village of Ahras a day earlier, witnesses said.",
            "Ahras",
            (SATURDAY, 1),
        ),
    ],
)
def test_a_day_told_from_the_date_before(dictionary, text, place, expected):
    assert expected in dates_of(text, dictionary, place)
