"""Control observations: who speaks when the sentence says only "he said", a side named by a
qualified common noun ("LNA troops", "Shi'ite militiamen"), and further wordings of a withdrawal,
a hold and a date. Each rule is read in at least two differently worded real-world phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Our units have secured the citadel," said a spokesman for Haftar\'s Libyan National '
            "Army. He said troops had also entered Ghadwa on Tuesday after brief clashes.",
            (
                "Ghadwa",
                "Libyan National Army",
                "capture",
                "claimed",
                "Libyan National Army",
                dt.date(2024, 6, 11),
                1,
            ),
        ),
        (
            '"The column has been destroyed," Chad\'s army spokesman said on state television. '
            "He said soldiers had recaptured the village of Nokou on Saturday.",
            (
                "Nokou",
                "Chadian National Army",
                "retake",
                "claimed",
                "Chadian National Army",
                dt.date(2024, 6, 8),
                1,
            ),
        ),
        (
            '"We will not let them pass," a spokeswoman for the Houthis said. She said fighters '
            "had taken the town of Hazm on Monday.",
            ("Hazm", "Houthis", "capture", "claimed", "Houthis", dt.date(2024, 6, 10), 1),
        ),
    ],
)
def test_he_said_is_the_party_quoted_just_before(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


def test_he_said_far_from_any_quoted_party_is_a_report(dictionary):
    text = (
        '"We will not let them pass," a spokeswoman for the Houthis said.\n'
        + "Fighting went on in the hills through the night. " * 12
        + "\nHe said Houthi fighters had taken the town of Hazm on Monday."
    )
    assert [r[3] for r in claim_rows(text, dictionary)] == ["reported"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Iraqi soldiers and Shi'ite militiamen drove Islamic State fighters out of Jurf "
            "al-Sakhar on Saturday, the army said.",
            "Iraqi Security Forces",
        ),
        (
            "The Government of National Accord condemned the advance. Haftar's Libyan National "
            "Army (LNA) moved south in January. LNA troops entered Ghadwa on Wednesday, residents "
            "said.",
            "Libyan National Army",
        ),
    ],
)
def test_a_common_noun_a_name_qualifies_is_not_the_articles_main_side(dictionary, text, side):
    assert [r[1] for r in claim_rows(text, dictionary)] == [side]


def test_an_unqualified_common_noun_is_the_articles_main_side(dictionary):
    text = (
        "Islamic State fighters attacked Baiji at dawn. Iraqi officials said the militants had "
        "seized the refinery town of Siniyah on Monday."
    )
    assert ("Siniyah", "Islamic State") in [r[:2] for r in claim_rows(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somali troops captured Bulo Burte from al-Shabaab on Wednesday, officials said. "
            '"We left Bulo Burte by our own choice," al-Shabaab\'s military spokesman said.',
            ("Bulo Burte", "Somali National Army", "withdraw", "claimed", "Al-Shabaab"),
        ),
        (
            "Nigeria's army said on Friday it had recaptured Damboa from Boko Haram. "
            '"Our fighters left Damboa to spare the people," a Boko Haram commander said.',
            ("Damboa", "Nigerian Armed Forces", "withdraw", "claimed", "Boko Haram"),
        ),
        (
            "South Sudan's army retook Bentiu on Tuesday from the Sudan People's Liberation "
            'Movement-in-Opposition. "Our forces made a tactical withdrawal from Bentiu to '
            'reorganise," a spokesman for the SPLM-IO said.',
            (
                "Bentiu",
                "South Sudan People's Defence Forces",
                "withdraw",
                "claimed",
                "Sudan People's Liberation Movement-in-Opposition",
            ),
        ),
        (
            "Ukraine's army said on Saturday its troops had recaptured Kupiansk. Russia's defence "
            "ministry said it had ordered the withdrawal of its units from Kupiansk.",
            ("Kupiansk", "Ukraine", "withdraw", "claimed", "Russia"),
        ),
    ],
)
def test_a_side_saying_it_left_hands_the_place_to_who_took_it(dictionary, text, expected):
    assert expected in [r[:5] for r in claim_rows(text, dictionary)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents left Kidal on Monday as government troops captured Tessalit.",
        "The soldiers left during the night towards Mweso, a shopkeeper said of the M23 attack.",
    ],
)
def test_people_leaving_or_a_leaving_without_a_place_is_no_withdrawal(dictionary, text):
    assert "withdraw" not in [r[2] for r in claim_rows(text, dictionary)]


def test_the_latest_taker_holds_what_a_side_left(dictionary):
    text = (
        "The Karen National Union and the People's Defence Force captured Myawaddy on April 11. "
        "Myanmar's army retook Myawaddy on April 23, residents said. "
        '"We withdrew temporarily from Myawaddy," a spokesman for the Karen National Union said.'
    )
    found = claim_rows(text, dictionary, dt.date(2024, 4, 24))
    assert [r[1] for r in found if r[2] == "withdraw"] == ["Tatmadaw"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces began storming Chasiv Yar in early April, pushing from Bakhmut.",
        "Hamas fighters tried storming Sderot on Saturday, police said.",
    ],
)
def test_beginning_or_trying_to_take_a_place_takes_nothing(dictionary, text):
    assert claim_rows(text, dictionary) == []


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops and Shi'ite militiamen broke through to Amerli on Sunday, ending a siege by "
        "Islamic State jihadists of more than two months, officials said.",
        "Syrian government forces lifted the Islamic State siege of Deir ez-Zor on Tuesday, "
        "state media said.",
    ],
)
def test_a_siege_that_ended_is_no_encirclement(dictionary, text):
    assert "encircle" not in [r[2] for r in claim_rows(text, dictionary)]


def test_a_siege_told_as_ongoing_is_an_encirclement(dictionary):
    text = (
        "Iraqi troops held out in the town as Islamic State jihadists besieged Amerli, "
        "officials said."
    )
    assert [r[1:3] for r in claim_rows(text, dictionary)] == [("Iraqi Security Forces", "encircle")]


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels have captured al-Hazm, tribal leaders and government officials said Monday.",
        "Kherson fell to Russian troops on Monday, according to Ukrainian military bloggers.",
        "M23 rebels briefly seized Fataki on Monday, according to local officials.",
    ],
)
def test_bloggers_local_officials_and_tribal_leaders_report(dictionary, text):
    assert [(r[3], r[5]) for r in claim_rows(text, dictionary)] == [
        ("reported", dt.date(2024, 6, 10))
    ]


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Debre Tabor fell to Fano fighters over the weekend, residents said.", (2024, 6, 8), 2),
        ("The Arakan Army captured Paletwa in January last year.", (2023, 1, 1), 3),
        (
            "The Karenni Army said its fighters had captured Shadaw earlier in the month.",
            (2024, 6, 1),
            3,
        ),
    ],
)
def test_a_weekend_a_month_last_year_and_earlier_in_the_month(dictionary, text, date, precision):
    assert [r[5:] for r in claim_rows(text, dictionary)] == [(dt.date(*date), precision)]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Nigeria's army said on Monday it had recaptured Geidam, a town in Yobe state that "
            "jihadists from the Islamic State West Africa Province overran on Friday.",
            "Geidam",
            "Islamic State West Africa Province",
        ),
        (
            "Sudan's army said on Tuesday it had retaken Wad Madani, which the Rapid Support "
            "Forces seized in December 2023.",
            "Wad Madani",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_relative_clause_on_the_claimed_place_is_told_by_the_story(dictionary, text, place, side):
    found = {(r[0], r[1]): r[3] for r in claim_rows(text, dictionary)}
    assert found[(place, side)] == "reported"
    assert "claimed" in found.values()  # the retaking is still the army's claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram fighters attacked the town at dawn. Nigeria's army said on Saturday it had "
            "repelled an attack by Boko Haram fighters on Monguno.",
            (
                "Monguno",
                "Nigerian Armed Forces",
                "hold",
                "claimed",
                "Nigerian Armed Forces",
                dt.date(2024, 6, 8),
                1,
            ),
        ),
        (
            "The Syrian Democratic Forces fought off an Islamic State assault on Hasakah on "
            "Thursday, a war monitor said.",
            (
                "Hasakah",
                "Syrian Democratic Forces",
                "hold",
                "reported",
                None,
                dt.date(2024, 6, 6),
                1,
            ),
        ),
    ],
)
def test_repelling_an_attack_on_a_place_holds_it(dictionary, text, expected):
    assert claim_rows(text, dictionary) == [expected]


def test_repelling_an_advance_towards_a_place_says_nothing_of_it(dictionary):
    text = "The Houthis repelled a government advance towards Marib, residents said."
    assert claim_rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The M23 has repeatedly promised to pull back from the areas it seized, including "
            "Kibumba and Rumangabo, but fighting has continued.",
            [("Kibumba", "M23", "capture"), ("Rumangabo", "M23", "capture")],
        ),
        (
            "Islamic State still holds most of Anbar, including Falluja and Ramadi.",
            [
                ("Anbar", "Islamic State", "hold"),
                ("Falluja", "Islamic State", "hold"),
                ("Ramadi", "Islamic State", "hold"),
            ],
        ),
    ],
)
def test_the_places_an_including_list_adds(dictionary, text, expected):
    assert [r[:3] for r in claim_rows(text, dictionary)] == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Syrian government forces backed by fighters from Lebanon's Hezbollah have captured "
            "the strategic town of Qusayr.",
            "Syrian government forces",
        ),
        (
            "The Libyan National Army, which is backed by Egypt and the United Arab Emirates, took "
            "the western district of Ganfouda earlier this year.",
            "Libyan National Army",
        ),
    ],
)
def test_a_backer_named_a_few_words_after_backed_by_is_not_the_one_acting(dictionary, text, side):
    assert [r[1] for r in claim_rows(text, dictionary)] == [side]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters from Jama'at Nusrat al-Islam wal-Muslimin stormed the base at Mansila on "
            "Tuesday morning, two security sources said.",
            ("Mansila", "Jama'at Nusrat al-Islam wal-Muslimin", dt.date(2024, 6, 11)),
        ),
        (
            "Al-Shabaab fighters overran the military camp at Dhobley on Monday, residents said.",
            ("Dhobley", "Al-Shabaab", dt.date(2024, 6, 10)),
        ),
        (
            "Islamic State fighters entered the camp of Yarmouk on Sunday, a monitor said.",
            ("Yarmouk", "Islamic State", dt.date(2024, 6, 9)),
        ),
    ],
)
def test_a_base_or_camp_at_a_place_names_the_place(dictionary, text, expected):
    assert [(r[0], r[1], r[5]) for r in claim_rows(text, dictionary)] == [expected]
