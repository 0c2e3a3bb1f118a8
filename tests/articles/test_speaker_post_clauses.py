"""A speaker the text introduces only by the post he holds, in a relative clause ("said X, who
commands the town's self-defence units"), has that clause as his role, as the gold writes it."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, first_statement_row


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"We have been encircled for four months and they still have not come in," said '
            "Temur Ardzinba, who commands the town's self-defence units, standing by a trench.",
            "who commands the town's self-defence units",
        ),
        (
            '"We had nothing to stop tanks with," said Armen Davtyan, who commanded a volunteer '
            "unit in the village of Buzluk.",
            "who commanded a volunteer unit in the village of Buzluk",
        ),
        (
            '"People are walking along the railway line with nothing," said Anne Lefort, who '
            "co-ordinates emergency programmes for the charity in the region.",
            "who co-ordinates emergency programmes for the charity in the region",
        ),
    ],
)
def test_a_clause_naming_his_post_is_the_role(dictionary, text, role):
    assert first_statement_row(text, dictionary, MONDAY_8_JANUARY_2024)[1] == role


def test_a_role_noun_beside_the_clause_stays_the_role(dictionary):
    text = (
        '"The town is ours," said Temur Ardzinba, a rebel spokesman, who commands the town\'s '
        "self-defence units."
    )
    assert first_statement_row(text, dictionary, MONDAY_8_JANUARY_2024)[1] == "rebel spokesman"


def test_a_clause_telling_what_he_did_is_no_post(dictionary):
    text = '"They shelled us all night," said Temur Ardzinba, who fled the town on foot.'
    assert first_statement_row(text, dictionary, MONDAY_8_JANUARY_2024)[1] == ""
