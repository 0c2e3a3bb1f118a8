"""A spokesman "for the AU force" or "for the UN mission" speaks for the force the text named in
apposition before ("the African Union force, ATMIS,"), not for the body that runs it
(speaker_missions.py); a UN mission's, in the end, for the United Nations (speaker_un.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Al-Shabaab fighters attacked positions of the African Union force, ATMIS, north of "
            'Mogadishu on Sunday.\n"The attackers were pushed back within the hour," said Paul '
            "Okello, a spokesman for the AU force.",
            "African Union Transition Mission in Somalia",
        ),
        (
            "Gunmen fired on a convoy of the West African force, ECOMOG, outside Monrovia on "
            'Monday.\n"Our men returned fire and secured the road," said Musa Bello, a '
            "spokesman for the force in Monrovia.",
            "ECOMOG",
        ),
        (
            "Rockets struck near Gao airport, where the United Nations mission, MINUSMA, has a "
            'base.\n"Two peacekeepers were lightly wounded," said Anne Dubois, a spokeswoman '
            "for the UN mission.",
            "United Nations",  # a UN mission's spokesman: the UN (speaker_un.py)
        ),
    ],
)
def test_a_force_spokesman_speaks_for_the_force_named_before(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor
