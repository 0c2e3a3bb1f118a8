"""An unnamed military source whose role holds only a generic force word speaks for the group
whose denial or claim opens his paragraph, not for the article's army."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Huthi movement, which calls itself Ansarallah, denied losing the port. Saba, the "
        'news agency run by the rebels, quoted a military source as saying "the invaders were '
        'driven back from the gates of the city with heavy losses".',
        "The Huthis denied that the base had fallen. The rebels' television channel quoted a "
        'military source as saying "our forces remain in their positions west of the city".',
    ],
)
def test_a_military_source_speaks_for_the_group_whose_denial_opens_his_paragraph(
    dictionary, paragraph
):
    text = (
        "Yemeni government forces backed by Saudi-led coalition air strikes advanced on the "
        "Red Sea port of Mokha on Monday after days of fighting with Huthi rebels.\n" + paragraph
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Houthis"


def test_a_military_source_in_a_paragraph_the_army_opens_is_the_armys(dictionary):
    text = (
        "Yemeni government forces backed by Saudi-led coalition air strikes advanced on the "
        "Red Sea port of Mokha on Monday after days of fighting with Huthi rebels.\n"
        "Government forces said they had entered the port. A military source said: "
        '"We have taken the harbour and the rebels are fleeing north."'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] != "Houthis"
