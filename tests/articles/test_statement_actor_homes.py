"""Statement actors of a state: a defence minister speaks for the state, not its forces; a bare
"the army" is the army of the country the article's places are in."""

from __future__ import annotations

import pytest

from articles.extraction import PlaceRecord, extract
from tests.articles.rows import TUESDAY_16_MAY_2023, first_statement_row


def test_a_defence_minister_speaks_for_the_state_not_its_forces(dictionary):
    first = (
        "Kenyan troops killed 12 al-Shabaab fighters in a raid on their base on Monday.\n"
        '"We will not withdraw," Kenya\'s defence minister Aden Duale told reporters.'
    )
    second = (
        "Ethiopian forces shelled the town overnight.\n"
        '"No civilian was targeted," Ethiopia\'s defense ministry spokesman Getachew Reda said.'
    )
    assert first_statement_row(first, dictionary, TUESDAY_16_MAY_2023)[2] == "Kenya"
    assert first_statement_row(second, dictionary, TUESDAY_16_MAY_2023)[2] == "Ethiopia"


def _placed(text: str, name: str, country: str) -> list[PlaceRecord]:
    at = text.index(name)
    return [PlaceRecord(at, at + len(name), name, name, country=country, kind="settlement")]


@pytest.mark.parametrize(
    ("text", "place", "country", "forces"),
    [
        (
            "Government troops retook the town hall of Sagada from the militants on Tuesday, the "
            "military said. The militants had flown the flag their leaders brought from Syria.\n"
            '"The hall is cleared," said Colonel Juan Reyes, commander of the Army\'s 5th '
            "Infantry Brigade.",
            "Sagada",
            "PH",
            "Armed Forces of the Philippines",
        ),
        (
            "Insurgents raided Gwoza on Friday, weeks after their leaders met envoys in Chad.\n"
            '"We repelled them," army spokesman Onyema Nwachukwu said.',
            "Gwoza",
            "NG",
            "Nigerian Armed Forces",
        ),
    ],
)
def test_the_army_is_the_one_of_the_country_the_places_are_in(
    dictionary, text, place, country, forces
):
    result = extract(
        text,
        published=TUESDAY_16_MAY_2023,
        dictionary=dictionary,
        places=_placed(text, place, country),
    )
    assert result.statements[0].actor == forces


@pytest.mark.parametrize(
    ("text", "place", "country", "state"),
    [
        (
            "Militants trained in Pakistan stormed the market of Shindand on Monday, killing "
            "nine soldiers.\n"
            '"The attackers will be hunted down," presidential spokesman Karim Ahmadi said.',
            "Shindand",
            "AF",
            "Afghanistan",
        ),
        (
            "Rebels backed by Rwanda shelled the airport of Kindu overnight and killed four "
            "soldiers.\n"
            '"Our forces still hold the runway," Information Minister Lambert Mende told '
            "reporters.",
            "Kindu",
            "CD",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_an_official_speaks_for_the_state_the_places_are_in(
    dictionary, text, place, country, state
):
    result = extract(
        text,
        published=TUESDAY_16_MAY_2023,
        dictionary=dictionary,
        places=_placed(text, place, country),
    )
    assert result.statements[0].actor == state
