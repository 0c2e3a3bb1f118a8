"""Places told inside the trigger's object rather than right after it: a list opened by common
nouns ("still held the old terminal, the railway station and the village of X"), the side's own
men between "pulled" and its particle ("pulled their fighters out of X"), and a side leaving its
own trenches or positions ("abandoned their trenches at X", "left its positions in A and B").
Each rule is read in at least two differently worded wire-style phrasings (control_objects.py,
control_state_triggers.py, control_patterns.FACILITY_NOUNS)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import FRIDAY, MONDAY, TUESDAY, rows


@pytest.mark.parametrize(
    ("text", "place", "side", "event"),
    [
        (
            "Ukrainian troops still held the old terminal, the railway station and the village "
            "of Pisky on Tuesday, the army said, after Russian attacks.",
            "Pisky",
            "Ukraine",
            "hold",
        ),
        (
            "The Bosnian army said its units still held the old town and the village of Blagaj "
            "to the south despite Croat attacks.",
            "Blagaj",
            "Army of the Republic of Bosnia and Herzegovina",
            "hold",
        ),
        (
            "Houthi rebels still held the eastern districts of the city and the town of Amran, "
            "the group said, despite Saudi air strikes.",
            "Amran",
            "Houthis",
            "hold",
        ),
        (
            "Islamic State fighters seized the grain silos, the hospital and the town of Hit on "
            "Monday, residents said.",
            "Hit",
            "Islamic State",
            "capture",
        ),
    ],
)
def test_a_list_opened_by_common_nouns_names_its_places(dictionary, text, place, side, event):
    assert any((p, s, e) == (place, side, event) for p, s, e, *_ in rows(text, dictionary)), rows(
        text, dictionary
    )


def test_a_list_of_common_nouns_alone_names_no_place(dictionary):
    text = "Houthi rebels still held the old town and the hills above the city, the group said."
    assert rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "place", "side", "day"),
    [
        (
            "The Houthis said they had pulled their fighters out of Razih district late last "
            "month to spare it from Saudi air strikes.",
            "Razih",
            "Saudi Arabia",
            None,
        ),
        (
            "Ukrainian forces pulled their units back from the outskirts of Bakhmut on Monday "
            "as Russian troops advanced.",
            "Bakhmut",
            "Russia",
            MONDAY,
        ),
        (
            "The Ukrainian army pulled most of its troops out of Avdiivka on Tuesday as Russian "
            "forces closed in.",
            "Avdiivka",
            "Russia",
            TUESDAY,
        ),
    ],
)
def test_pulling_the_sides_own_men_out_is_a_withdrawal(dictionary, text, place, side, day):
    found = [r for r in rows(text, dictionary) if r[0] == place]
    assert [(p, s, e) for p, s, e, *_ in found] == [(place, side, "withdraw")]
    if day:
        assert found[0][4] == day


def test_pulling_things_out_is_no_withdrawal(dictionary):
    text = "Hamas rescuers pulled the bodies out of the rubble in Gaza after Israeli strikes."
    assert rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "Ethiopian army units abandoned their trenches at Afabet on Friday, the Eritrean "
            "People's Liberation Front said.",
            ["Afabet"],
            "Eritrean People's Liberation Front",
        ),
        (
            "Defence officials said the Malian army had also left its positions in Anefis and "
            "Aguelhok after MNLA attacks.",
            ["Anefis", "Aguelhok"],
            "National Movement for the Liberation of Azawad",
        ),
        (
            "Russian troops had left Kherson on Friday, Ukrainian officials said.",
            ["Kherson"],
            "Ukraine",
        ),
    ],
)
def test_leaving_its_own_positions_is_a_withdrawal(dictionary, text, places, side):
    found = rows(text, dictionary)
    assert [(p, s, e) for p, s, e, *_ in found] == [(p, side, "withdraw") for p in places]


def test_an_envoy_leaving_his_post_is_no_withdrawal(dictionary):
    text = "The Russian envoy left his post in Kyiv on Friday, Ukrainian officials said."
    assert rows(text, dictionary) == []


def test_a_leaving_is_dated_by_its_day(dictionary):
    text = "Russian troops abandoned their trenches at Kherson on Friday, Ukrainian officials said."
    assert [(p, d) for p, _, _, _, d, _ in rows(text, dictionary)] == [("Kherson", FRIDAY)]
