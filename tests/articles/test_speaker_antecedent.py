"""A speaker whose role is a bare member noun ("said the officer, X", "one fighter said") speaks
for the side his role's earlier mention named ("An officer of the M23 …", "Houthi fighters …")."""

from __future__ import annotations

import pytest

from articles.extraction.speaker_antecedent import bare_member
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

_LEAD = (
    "GOMA, Congo, Jan 8 (Reuters) - Fighting between the Congolese army and M23 rebels spread "
    "to the hills north of Goma on Monday, residents said.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "An officer of the M23, reached by telephone near Kibumba, insisted the rebels still held "
        'the ridge. "We have not given up a single position," said the officer, Jean-Paul '
        "Mugisha.",
        "A spokesman for M23 told reporters the group had pulled back only to spare the town. "
        '"We left Kibumba so that it would not be destroyed," the spokesman said by telephone.',
    ],
)
def test_a_bare_role_speaks_for_the_group_its_earlier_mention_named(dictionary, paragraph):
    rows = statement_rows(_LEAD + paragraph, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "M23"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Houthi fighters were digging trenches along the coast road on Monday. "
        '"We had rifles against their tanks, now it is a different war," said one fighter, '
        "Ali Saleh.",
        "Several Houthi commanders said the port would be held at any cost. "
        '"They will not pass the bridge," a commander told Reuters.',
    ],
)
def test_one_of_a_named_groups_members_speaks_for_it(dictionary, paragraph):
    text = (
        "Yemeni government forces backed by Saudi-led coalition air strikes advanced on the "
        "Red Sea port of Mokha on Monday.\n" + paragraph
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Houthis"


def test_a_role_that_names_more_than_its_noun_is_not_bare():
    assert bare_member("the spokesman") == ("spokesman", "spokesmen")
    assert bare_member("one fighter") == ("fighter", "fighters")
    assert bare_member("rebel spokesman") is None
    assert bare_member("the man") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We held the bridge for two days until the shells ran out," said Moussa Traore, a '
        "soldier guarding the airstrip at Sevare.",
        '"There was nobody left alive at the gate when the column arrived," said Ibrahim Keita, '
        "a private who was in the relief force, speaking at the military hospital in Mopti.",
    ],
)
def test_a_bare_soldier_serves_the_articles_forces(dictionary, paragraph):
    text = (
        "BAMAKO, Mali, Jan 8 (Reuters) - Malian troops retook the town of Konna on Monday after "
        "three days of fighting with Islamist militants, residents said.\n" + paragraph
    )
    actor = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2]
    assert actor in ("Malian Armed Forces", "Mali")
