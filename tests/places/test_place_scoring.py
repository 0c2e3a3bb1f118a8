"""Place accuracy on annotated articles: right country and within 161 km, confident errors
counted.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from places.evaluation import PlaceScore, reliability_rows, score_places

GOMA = {"name": "Goma", "lat": -1.679, "lon": 29.228, "country": "CD", "type": "populated"}
CONGO = {
    "name": "Democratic Republic of Congo",
    "lat": -2.88,
    "lon": 23.65,
    "country": "CD",
    "type": "country",
}


def reading(text, name, lat, lon, country, kind="settlement", confidence=0.95):
    return SimpleNamespace(
        text=text, name=name, lat=lat, lon=lon, country=country, kind=kind, confidence=confidence
    )


def test_a_place_in_its_country_and_near_its_point_is_right():
    score = PlaceScore()
    score_places("a.txt", [GOMA], [reading("Goma", "Goma", -1.68, 29.22, "CD")], score)
    assert (score.gold, score.found, score.right, score.confident_wrong) == (1, 1, 1, 0)
    assert score.accuracy == 1.0


def test_a_confident_reading_in_the_neighbouring_country_is_a_confident_error():
    """'Democratic Republic of Congo' read as the Republic of the Congo, 950 km off."""
    score = PlaceScore()
    score_places(
        "a.txt",
        [CONGO],
        [
            reading(
                "Democratic Republic of Congo",
                "Republic of the Congo",
                -0.66,
                14.93,
                "CG",
                kind="country",
                confidence=0.93,
            )
        ],
        score,
    )
    assert (score.found, score.right, score.confident_wrong) == (1, 0, 1)
    assert any("place wrong" in e for e in score.errors)


def test_a_missed_place_and_a_false_place_are_both_counted():
    """'Al-Shabab' read as a village in Iran is not a gold place at all."""
    score = PlaceScore()
    score_places(
        "a.txt",
        [GOMA],
        [
            reading("Al-Shabab", "Shabab", 31.0, 61.5, "IR", confidence=0.89),
            reading("Shabab", "Shabab", 31.0, 61.5, "IR", confidence=0.91),
        ],
        score,
    )
    assert (score.gold, score.found, score.right) == (1, 0, 0)
    assert score.predicted == 1 and score.confident_spurious == 1  # one name, its surest reading
    assert score.precision == 0.0


def test_another_spelling_of_a_gold_place_is_neither_extra_nor_wrong():
    score = PlaceScore()
    toponyms = [
        reading("Goma", "Goma", -1.68, 29.22, "CD"),
        reading("GOMA", "Goma", -1.68, 29.22, "CD"),
        reading("Gomma", "Goma", -1.68, 29.22, "CD", confidence=0.6),
    ]
    score_places("a.txt", [GOMA], toponyms, score)
    assert (score.right, score.predicted) == (1, 1)


def test_the_reliability_table_buckets_readings_by_confidence():
    score = PlaceScore()
    score_places(
        "a.txt",
        [GOMA, CONGO],
        [
            reading("Goma", "Goma", -1.68, 29.22, "CD", confidence=0.97),
            reading(
                "Democratic Republic of Congo",
                "Congo",
                -0.66,
                14.93,
                "CG",
                kind="country",
                confidence=0.55,
            ),
        ],
        score,
    )
    rows = {label: (n, share) for label, n, share in reliability_rows(score)}
    assert rows["0.95-1.00"] == (1, 1.0)
    assert rows["0.50-0.70"] == (1, 0.0)


def test_rivers_and_cross_border_regions_are_listed_but_not_scored_by_a_point():
    nile = {"name": "Nile", "lat": 15.6, "lon": 32.5, "country": "SD", "type": "physical"}
    sahel = {"name": "Sahel", "lat": 14.0, "lon": 0.0, "country": "", "type": "region"}
    score = PlaceScore()
    score_places(
        "a.txt",
        [GOMA, nile, sahel],
        [
            reading("Nile", "Nile", 26.0, 31.0, "", kind="water"),
            reading("Sahel", "Sahel", 12.0, -1.5, "BF", kind="region"),
        ],
        score,
    )
    assert (score.gold, score.predicted) == (1, 0)  # neither extra nor wrong; Goma missed


@pytest.mark.parametrize(
    "gold_name, text",
    [
        ("Sumy", "Sumy region"),
        ("Donetsk region", "Donetsk"),
        ("Idlib province", "Idlib Province"),
        ("Nowshera district", "Nowshera"),
        ("Nimba County", "Nimba"),
    ],
)
def test_the_word_for_a_kind_of_region_is_no_part_of_the_scored_name(gold_name, text):
    """Annotators write "Sumy" for "the Sumy region" in one article and "Donetsk region" in
    another: the same place either way."""
    gold = {"name": gold_name, "lat": 48.0, "lon": 37.8, "country": "UA", "type": "admin"}
    score = PlaceScore()
    score_places("a.txt", [gold], [reading(text, "Oblast", 48.1, 37.7, "UA", "admin")], score)
    assert (score.found, score.right) == (1, 1)


def test_a_region_named_after_a_town_is_no_reading_of_the_town():
    """'DIFFA, Niger' and 'the Diffa region' in one story: the town is judged by its own
    mentions, not by the more confident reading of the region."""
    gold = {"name": "Diffa", "lat": 13.316, "lon": 12.611, "country": "NE", "type": "populated"}
    toponyms = [
        reading("Diffa", "Diffa", 13.32, 12.61, "NE", confidence=0.89),
        reading("Diffa region", "Diffa", 16.0, 13.0, "NE", "admin", confidence=0.95),
    ]
    score = PlaceScore()
    score_places("a.txt", [gold], toponyms, score)
    assert (score.found, score.right, score.confident_wrong) == (1, 1, 0)


@pytest.mark.parametrize(
    "gold_name, qualifier, text, lat, lon",
    [
        ("southern Lebanon", "southern", "Lebanon", 33.85, 35.86),
        ("northern Shan State", "northern", "Shan State", 21.9, 97.7),
    ],
)
def test_a_direction_word_kept_as_the_qualifier_reads_the_gold_name(
    gold_name, qualifier, text, lat, lon
):
    """The geoparser reads "Lebanon" in "southern Lebanon" and keeps "southern" as the
    qualifier: that reading is judged as the gold area, by its point."""
    gold = {"name": gold_name, "lat": lat - 0.6, "lon": lon, "country": "XX", "type": "region"}
    found = reading(text, text, lat, lon, "XX", "admin")
    found.qualifier = qualifier
    score = PlaceScore()
    score_places("a.txt", [gold], [found], score)
    assert (score.found, score.right) == (1, 1)


@pytest.mark.parametrize("country", ["", None])
def test_an_area_across_borders_is_not_scored_and_never_stops_the_scorer(country):
    """A gold area with no country ("Sahara", written "" or null) is named, not scored by a
    point; a reading of another name is still judged against every gold place."""
    sahara = {"name": "Sahara", "lat": 23.0, "lon": 12.0, "country": country, "type": "region"}
    score = PlaceScore()
    readings = [
        reading("Sahara", "Sahara", 23.4, 12.3, "LY", "region"),
        reading("Goma", "Goma", -1.68, 29.22, "CD"),
        reading("Kisangani", "Kisangani", 0.52, 25.2, "CD"),  # an extra, judged against both
    ]
    score_places("a.txt", [sahara, GOMA], readings, score)
    assert (score.gold, score.right) == (1, 1)
