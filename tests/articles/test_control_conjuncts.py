"""A coordinated subject of a taking: the side named first leads (control_sides.first_conjunct),
unless the last one is the party that speaks, the first is machines, or the taking is a relative
clause on the last conjunct alone."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def sides(text: str, dictionary, place: str) -> set[str]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return {c.side for c in result.control if c.place_text == place}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Malian troops and Wagner fighters retook Kidal on Tuesday after a week-long advance.",
            "Kidal",
            "Malian Armed Forces",
        ),
        (
            "Iraqi troops and Popular Mobilisation Forces fighters recaptured Baiji on Tuesday, "
            "the defence ministry said.",
            "Baiji",
            "Iraqi Security Forces",
        ),
        (
            "Syrian government forces and Hezbollah units seized the town of Qusayr after a "
            "three-week siege.",
            "Qusayr",
            "Syrian government forces",
        ),
        (  # soldiers of no named side: the state's
            "Government soldiers and members of the Wagner Group took the town of Anefis, the "
            "Malian army said.",
            "Anefis",
            "Malian Armed Forces",
        ),
        (
            "Soldiers and fighters of the Wagner Group entered Tessalit on Sunday, the Malian "
            "army said in a statement.",
            "Tessalit",
            "Malian Armed Forces",
        ),
    ],
)
def test_the_first_conjunct_leads(dictionary, text, place, side):
    assert sides(text, dictionary, place) == {side}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (  # machines hold no ground
            "Turkish tanks and fighters of the Free Syrian Army captured the town of Jarablus "
            "within hours.",
            "Jarablus",
            "Free Syrian Army",
        ),
        (  # the taking is told of the last conjunct alone
            "Kenyan troops, who crossed the border in October, and Ethiopian forces, who took "
            "Baidoa in February, are also fighting the group.",
            "Baidoa",
            "Ethiopian National Defense Force",
        ),
        (  # the party that speaks names itself last
            "Hezbollah's al-Manar television said Syrian troops and Hezbollah fighters had seized "
            "the district of Jamaiyat late on Monday.",
            "Jamaiyat",
            "Hezbollah",
        ),
    ],
)
def test_the_last_conjunct_stays(dictionary, text, place, side):
    assert sides(text, dictionary, place) == {side}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Fighters of the Revolutionary United Front and soldiers of the Armed Forces "
            "Revolutionary Council overran Koidu on Saturday.",
            "Koidu",
            "Revolutionary United Front",
        ),
        (
            "Members of M23 and soldiers of the Rwanda Defence Force seized Goma on Monday.",
            "Goma",
            "M23",
        ),
        (
            "Fighters of al-Shabaab and militiamen of Hizbul Islam overran Beledweyne on Monday.",
            "Beledweyne",
            "Al-Shabaab",
        ),
    ],
)
def test_the_group_the_first_of_names_leads(dictionary, text, place, side):
    assert sides(text, dictionary, place) == {side}
