"""An operation's name is no place "the city" can point back to: the nearest earlier place named
after a locative is (articles/extraction/campaign_antecedents.resolve_anaphor). Two phrasings."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_antecedents import Antecedents, resolve_anaphor


@pytest.mark.parametrize(
    ("text", "noun", "place"),
    [
        (
            "Thousands of American and Iraqi troops pressed into western Baqubah on Wednesday. "
            "About 10,000 soldiers were taking part in Operation Arrowhead Ripper, which began "
            "before dawn Tuesday with an air assault into the city's western neighborhoods.",
            "city",
            "Baqubah",
        ),
        (
            "Kenyan troops pushed into southern Afmadow on Sunday. Some 2,000 soldiers are taking "
            "part in Operation Linda Nchi, which began on Friday with a push into the town's "
            "outskirts.",
            "town",
            "Afmadow",
        ),
    ],
)
def test_the_city_points_back_past_an_operations_name(text, noun, place):
    found = resolve_anaphor(
        text, text.index("the " + noun), noun, Antecedents(text, []), None, [], 0
    )
    assert found is not None and found[0] == place
