"""A state or coalition whose air power backs a campaign's attacker attacks too
(articles/extraction/campaign_air_backers.py): two phrasings per pattern, and the air power that
makes no attacker."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_air_backers import air_backers
from articles.extraction.campaign_allied_lists import GOVERNMENT
from articles.extraction.sentences import Span
from tests.articles.rows import FRIDAY_3_OCTOBER_2014, campaign_rows


def _pairs(text: str, dictionary) -> list[tuple[str, str | None]]:
    inside = find_actors(text, dictionary)
    return air_backers(text, Span(0, len(text)), inside)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the side named before "backed by", the air power listed after a ground backer
        (
            "Iraqi troops backed by Shiite militiamen and American warplanes pushed into the "
            "centre of Tikrit on Tuesday.",
            ("United States", "Iraqi Security Forces"),
        ),
        (
            "Kurdish fighters of the Peshmerga, supported by US air strikes, retook the dam "
            "north of the city on Sunday.",
            ("United States", "Peshmerga"),
        ),
        # a state's unnamed forces before the cue
        (
            "Government forces, backed by Russian air power and by allied militias, captured "
            "the hilltop town of Kansafra on Thursday.",
            ("Russia", GOVERNMENT),
        ),
        (
            "The army, backed by Russian jets, pressed on towards Maarat al-Numan overnight.",
            ("Russia", GOVERNMENT),
        ),
    ],
)
def test_air_power_backing_a_side_fights_beside_it(dictionary, text, pair):
    assert pair in _pairs(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        # air power not told backing anyone, or a state backing with arms only
        "Russian warplanes pounded rebel positions around Kafr Zita as the army advanced.",
        "The rebels, backed by Turkey, fought their way into Saraqeb on Wednesday.",
        # past the clause that lists the backers
        "Syrian troops backed by Hezbollah fighters took the town, while Russian jets struck "
        "roads to the north.",
    ],
)
def test_no_backer_from_air_power_outside_a_backed_by_list(dictionary, text):
    assert [ally for ally, _ in _pairs(text, dictionary) if ally in ("Russia", "Turkey")] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Syrian troops backed by Hezbollah fighters and Russian warplanes launched an "
            "offensive on Al-Qaryatayn on Thursday, the army said.",
            "Qaryatayn",
        ),
        (
            "Iraqi forces backed by American air strikes began an offensive to retake Hit on "
            "Monday, officials said.",
            "Hit",
        ),
    ],
)
def test_the_air_power_backing_the_attacker_joins_its_campaign(dictionary, text, target):
    rows = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    row = next(row for row in rows if any(target in t for t in row[2]))
    assert {"Russia", "United States"} & set(row[1]), rows


@pytest.mark.parametrize(
    "text",
    [
        "Government forces, backed by American air strikes, had tried to hold on to the "
        "provincial capital for a fortnight.",
        "The army, supported by Nigerian Air Force jets, repelled the attack on the town and "
        "killed scores of fighters.",
    ],
)
def test_no_backer_from_air_power_backing_a_defence(dictionary, text):
    assert _pairs(text, dictionary) == []
