"""A withdrawal that names no place, in a sentence opening on the place it tells of ("In X, 35
miles southeast of the capital, the guerrillas pulled out on Monday", "Around X, further east,
the Taleban pulled back"): the side left holding X is the leaver's opponent
(control_places.fronted_place)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, rows


@pytest.mark.parametrize(
    "text",
    [
        "Afghan troops pressed their offensive against the Taliban in Helmand on Tuesday. In "
        "Nad Ali, 20 km west of the provincial capital, the Taliban pulled out on Monday after "
        "two days of fighting, residents said.",
        "Afghan troops pressed their offensive against the Taliban in Helmand on Tuesday. Around "
        "Nad Ali, further west, Taliban fighters withdrew on Monday under air attack, according "
        "to Afghan officials.",
    ],
)
def test_a_fronted_place_is_the_one_left(dictionary, text):
    left = [row for row in rows(text, dictionary) if row[0] == "Nad Ali" and row[2] == "withdraw"]
    assert left
    assert {row[4] for row in left} == {MONDAY}
    assert {row[1] for row in left} == {"Afghan National Defence and Security Forces"}


def test_a_withdrawal_still_to_come_is_none(dictionary):
    text = (
        "Afghan troops pressed their offensive against the Taliban in Helmand on Tuesday. In "
        "London, the Foreign Office said British forces would be withdrawn within a year."
    )
    assert not [row for row in rows(text, dictionary) if row[0] == "London"]


def test_a_place_where_words_were_said_is_not_read(dictionary):
    text = (
        "Afghan troops pressed their offensive against the Taliban in Helmand on Tuesday. In "
        "Nad Ali, Afghan officials said the Taliban had withdrawn on Monday."
    )
    assert not [row for row in rows(text, dictionary) if row[0] == "Nad Ali"]
