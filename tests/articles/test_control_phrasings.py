"""Control observations from wordings beyond the plain "captured X": a denial with its own clause,
a party's presence, a list of places after a plural object, the place a relative clause is about,
a state holding ground through its forces, and the state of a place around a change of hands.
Each rule is read in at least two differently worded real-world phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.control_rows import WEDNESDAY, claim_rows


def places_sides(text: str, dictionary) -> list[tuple]:
    return [(place, side) for place, side, *_ in claim_rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karenni fighters attacked Tatmadaw positions in Loikaw on Saturday. The junta denied "
            "that Loikaw had fallen.",
            ("Loikaw", "Tatmadaw", "hold", "claimed", "Tatmadaw", WEDNESDAY, 1),
        ),
        (
            "Insurgents attacked Palma, and Mozambique's army sent reinforcements. Defence "
            "Minister Cristóvão Chume denied that Palma had been captured by insurgents.",
            (
                "Palma",
                "Mozambique Defence Armed Forces",
                "hold",
                "claimed",
                "Mozambique Defence Armed Forces",
                WEDNESDAY,
                1,
            ),
        ),
        (
            "Syria's army command denied that troops had pulled out of Hama.",
            (
                "Hama",
                "Syrian government forces",
                "hold",
                "claimed",
                "Syrian government forces",
                WEDNESDAY,
                1,
            ),
        ),
    ],
)
def test_a_denial_in_a_that_clause_is_the_state_claiming_to_hold(dictionary, text, expected):
    assert expected in claim_rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Our forces are still in Bayhan and the enemy is retreating," a Houthi spokesman '
            "said.",
            [("Bayhan", "Houthis", "hold", "claimed", "Houthis", WEDNESDAY, 1)],
        ),
        (
            '"We are still in Kidal and in Anefis," said a spokesman for the Azawad Liberation '
            "Front.",
            [
                ("Kidal", "Azawad Liberation Front", "hold", "claimed", "Azawad Liberation Front"),
                ("Anefis", "Azawad Liberation Front", "hold", "claimed", "Azawad Liberation Front"),
            ],
        ),
    ],
)
def test_a_party_saying_it_is_still_there_claims_to_hold(dictionary, text, expected):
    got = claim_rows(text, dictionary)
    assert [row[: len(expected[0])] for row in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Marte is under our control," Nigeria\'s army said on Tuesday.',
            (
                "Marte",
                "Nigerian Armed Forces",
                "hold",
                "claimed",
                "Nigerian Armed Forces",
                dt.date(2024, 6, 11),
                1,
            ),
        ),
        (
            '"Bentiu is now completely under the control of our forces," a spokesman for the '
            "SPLM-IO said.",
            (
                "Bentiu",
                "Sudan People's Liberation Movement-in-Opposition",
                "hold",
                "claimed",
                "Sudan People's Liberation Movement-in-Opposition",
                WEDNESDAY,
                1,
            ),
        ),
        (
            '"Konna has not been lost," said a spokesman for the Malian army.',
            (
                "Konna",
                "Malian Armed Forces",
                "hold",
                "claimed",
                "Malian Armed Forces",
                WEDNESDAY,
                1,
            ),
        ),
    ],
)
def test_under_our_control_is_a_claim_to_hold(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arakan Army has since taken control of eight of the state's 17 townships, "
            "including Kyauktaw and the old royal capital of Mrauk-U, and is now pressing on the "
            "state capital, Sittwe.",
            [("Kyauktaw", "Arakan Army"), ("Mrauk-U", "Arakan Army")],
        ),
        (
            "The Taliban have seized scores of districts and several border crossings, "
            "including Islam Qala on the border with Iran and Shir Khan Bandar on the border "
            "with Tajikistan.",
            [("Islam Qala", "Taliban"), ("Shir Khan Bandar", "Taliban")],
        ),
        (
            "GNA forces seized a string of coastal towns west of Tripoli, including Sabratha and "
            "Surman.",
            [
                ("Sabratha", "Government of National Accord"),
                ("Surman", "Government of National Accord"),
            ],
        ),
    ],
)
def test_a_plural_object_gives_the_places_it_lists(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In El Geneina, the capital of West Darfur, which the RSF took over in June, rights "
            "groups have documented killings.",
            (
                "El Geneina",
                "Rapid Support Forces",
                "capture",
                "reported",
                None,
                dt.date(2024, 6, 1),
                3,
            ),
        ),
        (
            "Russian troops attacking from Bakhmut, which they captured in May 2023, began their "
            "assault on Chasiv Yar.",
            ("Bakhmut", "Russia", "capture", "reported", None, dt.date(2023, 5, 1), 3),
        ),
    ],
)
def test_a_relative_clause_is_about_the_place_before_it(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraqi forces took back the town of Hawija from Islamic State on Thursday.",
            ("Hawija", "Iraqi Security Forces", "retake", "reported", None, dt.date(2024, 6, 6), 1),
        ),
        (
            "M23 rebels took over the town of Rubaya in April, residents said.",
            ("Rubaya", "M23", "capture", "reported", None, dt.date(2024, 4, 1), 3),
        ),
    ],
)
def test_took_back_and_took_over(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Afghanistan's government said on Thursday its forces had retaken Qala-i-Naw.",
            "Afghan National Defence and Security Forces",
        ),
        (
            "Colombia's military regained control of El Plateado, the defence ministry said.",
            "Military Forces of Colombia",
        ),
    ],
)
def test_a_state_holds_ground_through_its_forces(dictionary, text, side):
    [(_, got, *_)] = claim_rows(text, dictionary)
    assert got == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somali troops on Sunday took control of Barawe, the last major port held by "
            "al-Shabaab, residents said.",
            [
                (
                    "Barawe",
                    "Somali National Army",
                    "capture",
                    "reported",
                    None,
                    dt.date(2024, 6, 9),
                    1,
                )
            ],
        ),
        (
            '"Our troops entered Konna on Thursday afternoon, and the town is under the total '
            'control of the Malian army," said a spokesman for the Malian army.',
            [
                (
                    "Konna",
                    "Malian Armed Forces",
                    "capture",
                    "claimed",
                    "Malian Armed Forces",
                    dt.date(2024, 6, 6),
                    1,
                )
            ],
        ),
    ],
)
def test_a_change_of_hands_is_kept_without_the_state_around_it(dictionary, text, expected):
    assert claim_rows(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan's army said on Saturday it had recaptured Singa, five months after the Rapid "
            "Support Forces overran the city.",
            ("Singa", "Rapid Support Forces", dt.date(2024, 1, 1), 3),
        ),
        (
            "Nigeria's army retook Marte on Monday, four days after Islamic State West Africa "
            "Province fighters overran the town.",
            ("Marte", "Islamic State West Africa Province", dt.date(2024, 6, 6), 1),
        ),
    ],
)
def test_a_change_told_as_some_time_before_another_is_dated_from_it(dictionary, text, expected):
    assert expected in [(p, s, d, pr) for p, s, _, _, _, d, pr in claim_rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces loyal to Libya's UN-recognised Government of National Accord said on Monday "
            "they had captured the town of Tarhuna.",
            (
                "Tarhuna",
                "Government of National Accord",
                "claimed",
                "Government of National Accord",
            ),
        ),
        (
            "General Rodrigo Arenas, commander of the army, revealed on Sunday that Colombian "
            "soldiers had retaken El Plateado.",
            (
                "El Plateado",
                "Military Forces of Colombia",
                "claimed",
                "Military Forces of Colombia",
            ),
        ),
        (
            "Russian troops pressed on the town for weeks. Ukrainian forces have withdrawn from "
            "Vuhledar to avoid being encircled, the Khortytsia group of forces said.",
            ("Vuhledar", "Russia", "claimed", "Ukraine"),
        ),
    ],
)
def test_a_party_speaking_beside_an_observer_or_unnamed_still_claims(dictionary, text, expected):
    assert [(p, s, k, c) for p, s, _, k, c, _, _ in claim_rows(text, dictionary)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State West Africa Province fighters attacked army bases around Lake Chad. "
            "The attack followed a string of assaults on Nigerian army bases since March, when "
            "the jihadists briefly overran Dikwa and Rann.",
            [
                ("Dikwa", "Islamic State West Africa Province"),
                ("Rann", "Islamic State West Africa Province"),
            ],
        ),
        (
            "Al-Shabaab fighters attacked the town in the morning. Somali troops said the "
            "militants had seized Moqokori by noon.",
            [("Moqokori", "Al-Shabaab")],
        ),
        (
            "Nigeria's army said it had recaptured Marte, days after fighters from the Islamic "
            "State West Africa Province overran Dikwa.",
            [("Marte", "Nigerian Armed Forces"), ("Dikwa", "Islamic State West Africa Province")],
        ),
    ],
)
def test_a_side_named_by_a_common_noun_is_the_articles_main_one(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - M23 rebels took control of "
            "Kitshanga, a town in eastern Congo's Masisi territory that shelters tens of thousands "
            "of displaced people, on Thursday after two days of fighting, residents said.",
            dt.date(2023, 1, 27),
            ("Kitshanga", dt.date(2023, 1, 26), 1),
        ),
        (
            "Ukrainian forces captured Sudzha, a town of about 5,000 people that sits on a "
            "pipeline once used to ship Russian gas to Europe, on Aug. 15, and officials said it "
            "could be a bargaining chip.",
            dt.date(2025, 3, 13),
            ("Sudzha", dt.date(2024, 8, 15), 1),
        ),
        (
            "BAMAKO, Aug 14 (Reuters) - Malian troops entered Ber on Sunday after the rebels "
            "pulled back, residents said.",
            dt.date(2023, 8, 14),
            ("Ber", dt.date(2023, 8, 13), 1),
        ),
    ],
)
def test_the_date_is_the_events_not_the_datelines(dictionary, text, published, expected):
    got = claim_rows(text, dictionary, published)
    assert [(p, d, pr) for p, _, _, _, _, d, pr in got][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "MAIDUGURI, Nigeria, March 28 (Reuters) - Nigeria's army said on Friday it had "
            "recaptured the town of Gwoza from Boko Haram.\n"
            '"Troops this morning captured Gwoza and destroyed the headquarters of the '
            'terrorists," defence spokesman Brigadier General Olusegun Akinola said in a '
            "statement.",
            dt.date(2015, 3, 28),
            ("Gwoza", "retake", dt.date(2015, 3, 27)),
        ),
        (
            "Russia's Defence Ministry said on Thursday its forces had recaptured Sudzha, the "
            "largest town Ukrainian troops had held in the region since they stormed across the "
            "border last August.",
            dt.date(2025, 3, 13),
            ("Sudzha", "retake", dt.date(2025, 3, 13)),
        ),
    ],
)
def test_a_claim_keeps_its_day_over_dates_that_are_not_the_events(
    dictionary, text, published, expected
):
    got = claim_rows(text, dictionary, published)
    assert expected in [(p, e, d) for p, _, e, _, _, d, _ in got]


@pytest.mark.parametrize(
    "text",
    [
        "About 50,000 people had fled Bosso and nearby camps since Friday as Boko Haram fighters "
        "attacked the town.",
        "Tens of thousands of residents have fled Loikaw as Karenni fighters battled Tatmadaw "
        "troops, aid groups said.",
        'Houthi fighters shelled the port. "Nobody has fished for a month," said a fisherman who '
        "fled Mokha with his family.",
        'Islamic State fighters dug trenches. "They blew up the bakery," said a resident who fled '
        "to the border town of Azaz in January.",
    ],
)
def test_civilians_fleeing_give_no_side_the_place(dictionary, text):
    assert claim_rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hayat Tahrir al-Sham fighters swept south from Idlib. They seized Aleppo on November "
            "30 and Hama on December 5, before entering Damascus on Sunday.",
            [("Aleppo", dt.date(2023, 11, 30)), ("Hama", dt.date(2023, 12, 5))],
        ),
        (
            "Taliban fighters took Kunduz on Saturday and Taloqan on Sunday, officials said.",
            [("Kunduz", dt.date(2024, 6, 8)), ("Taloqan", dt.date(2024, 6, 9))],
        ),
    ],
)
def test_each_place_of_a_list_keeps_its_own_date(dictionary, text, expected):
    assert [(p, d) for p, *_, d, _ in claim_rows(text, dictionary)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rapid Support Forces said they remained in control of Omdurman and of Jebel "
            "Aulia, south of the capital.",
            [("Omdurman", "Rapid Support Forces"), ("Jebel Aulia", "Rapid Support Forces")],
        ),
        (
            "Russian forces pressed the attack. Ukraine's army said it was withdrawing its troops "
            "from Avdiivka, and later pulled out of the eastern city entirely.",
            [("Avdiivka", "Russia"), ("Avdiivka", "Russia")],
        ),
        (
            "Nigeria's army said on Sunday it had retaken the town of Damasak, on the Yobe River, "
            "which Boko Haram fighters had encircled for weeks.",
            [("Damasak", "Nigerian Armed Forces"), ("Damasak", "Nigerian Armed Forces")],
        ),
    ],
)
def test_second_places_anaphors_and_antecedents(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Karenni Army said its fighters had also captured the small town of Shadaw, while "
            "the Karenni Nationalities Defence Force attacked Loikaw.",
            [("Shadaw", "Karenni Army")],
        ),
        (
            "Al-Shabaab fighters attacked the town at dawn. Somalia's army said its troops had "
            "retaken Moqokori by noon.",
            [("Moqokori", "Somali National Army")],
        ),
    ],
)
def test_its_fighters_are_the_speakers_not_the_articles_main_group(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JNIM said in a statement carried by its media arm, Az-Zallaqa, that its fighters had "
            "overrun a militia post at Namssiguia on Friday.",
            [("Namssiguia", "Jama'at Nusrat al-Islam wal-Muslimin")],
        ),
        (
            "Iraq's military said in a statement issued by its spokesman, Yahya Rasool, that its "
            "troops had retaken Rashad.",
            [("Rashad", "Iraqi Security Forces")],
        ),
    ],
)
def test_that_after_a_name_and_comma_starts_what_was_said(dictionary, text, expected):
    assert places_sides(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            'The Rwandan Patriotic Front announced on Monday that "Kigali is liberated and the '
            'killers have been driven out".',
            "Kigali",
            "Rwandan Patriotic Front",
        ),
        (
            "The Iraqi army said on Monday that Mosul had been completely liberated.",
            "Mosul",
            "Iraqi Security Forces",
        ),
    ],
)
def test_a_liberation_told_with_no_liberator_is_the_speakers_taking(dictionary, text, place, side):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {(c.place, c.side, c.kind) for c in result.control} == {(place, side, "claimed")}


def test_freed_by_someone_is_no_liberation_of_the_place(dictionary):
    text = "Hostages held in Gao were freed by French troops on Monday."
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert result.control == []
