"""Disambiguation cases of the second accuracy pass, on strings, against a tiny hand-made gazetteer
(real GeoNames ids and coordinates; populations rounded)."""

from __future__ import annotations

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    # Countries and a town that GeoNames also calls "Iraq" (an alternate name of Arāk, Iran).
    PlaceInfo(1, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 38_000_000, ""),
    PlaceInfo(2, "Iran", 32.0, 53.0, 130758, "PCLI", "IR", "country", 81_000_000, ""),
    PlaceInfo(3, "Arāk", 34.09, 49.69, 143083, "PPLA", "IR", "settlement", 503_000, "35"),
    PlaceInfo(4, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    # Lebanon the country and Lebanon, Pennsylvania with its neighbours.
    PlaceInfo(10, "Lebanon", 33.83, 35.83, 272103, "PCLI", "LB", "country", 6_800_000, ""),
    PlaceInfo(11, "Beirut", 33.89, 35.49, 276781, "PPLC", "LB", "settlement", 1_900_000, "04"),
    PlaceInfo(12, "Lebanon", 40.34, -76.41, 5197517, "PPLA2", "US", "settlement", 25_500, "PA"),
    PlaceInfo(13, "Annville", 40.33, -76.52, 5178127, "PPL", "US", "settlement", 4_800, "PA"),
    PlaceInfo(14, "Hershey", 40.29, -76.65, 5193011, "PPL", "US", "settlement", 14_300, "PA"),
    PlaceInfo(15, "United States", 39.76, -98.5, 6252001, "PCLI", "US", "country", 327_000_000, ""),
    PlaceInfo(16, "Pennsylvania", 40.75, -77.75, 6254927, "ADM1", "US", "admin", 0, "PA"),
    PlaceInfo(
        17, "Philadelphia", 39.95, -75.16, 4560349, "PPLA2", "US", "settlement", 1_570_000, "PA"
    ),
    # A Jamaican parish and a big American city of the same name; a small town in the parish.
    PlaceInfo(20, "Portland", 18.12, -76.52, 3488997, "ADM1", "JM", "admin", 0, "07"),
    PlaceInfo(21, "Port Antonio", 18.18, -76.45, 3488988, "PPLA", "JM", "settlement", 14_000, "07"),
    PlaceInfo(22, "Portland", 45.52, -122.68, 5746545, "PPLA2", "US", "settlement", 652_000, "OR"),
    PlaceInfo(23, "Oregon", 44.0, -120.5, 5744337, "ADM1", "US", "admin", 0, "OR"),
    # A populous state and a small town that bears its name.
    PlaceInfo(30, "California", 37.25, -119.75, 5332921, "ADM1", "US", "admin", 0, "CA"),
    PlaceInfo(
        31, "Los Angeles", 34.05, -118.24, 5368361, "PPLA2", "US", "settlement", 3_970_000, "CA"
    ),
    PlaceInfo(32, "California", 38.63, -92.57, 4379545, "PPLA2", "US", "settlement", 4_400, "MO"),
    PlaceInfo(33, "Colorado", 39.0, -105.5, 5417618, "ADM1", "US", "admin", 0, "CO"),
    PlaceInfo(34, "Denver", 39.74, -104.98, 5419384, "PPLA", "US", "settlement", 716_000, "CO"),
    PlaceInfo(35, "Arizona", 34.5, -111.5, 5551752, "ADM1", "US", "admin", 0, "AZ"),
    PlaceInfo(36, "Phoenix", 33.45, -112.07, 5308655, "PPLA", "US", "settlement", 1_600_000, "AZ"),
    PlaceInfo(37, "Missouri", 38.25, -92.5, 4398678, "ADM1", "US", "admin", 0, "MO"),
    PlaceInfo(38, "Texas", 31.25, -99.25, 4736286, "ADM1", "US", "admin", 0, "TX"),
    PlaceInfo(39, "Paris", 33.66, -95.56, 4717560, "PPLA2", "US", "settlement", 24_800, "TX"),
    PlaceInfo(40, "Paris", 48.85, 2.35, 2988507, "PPLC", "FR", "settlement", 2_140_000, "11"),
    # The French département of the same name, and Paris, Illinois, seat of Edgar County.
    PlaceInfo(41, "Paris", 48.86, 2.34, 2968815, "ADM1", "FR", "admin", 0, "11"),
    PlaceInfo(42, "France", 46.0, 2.0, 3017382, "PCLI", "FR", "country", 67_000_000, ""),
    PlaceInfo(43, "Paris", 39.61, -87.7, 4246659, "PPLA2", "US", "settlement", 8_800, "IL"),
    PlaceInfo(44, "Edgar County", 39.61, -87.7, 4237690, "ADM2", "US", "admin", 0, "IL"),
    # Georgia the country and the American state.
    PlaceInfo(50, "Georgia", 42.0, 43.5, 614540, "PCLI", "GE", "country", 3_700_000, ""),
    PlaceInfo(51, "Tbilisi", 41.69, 44.83, 611717, "PPLC", "GE", "settlement", 1_050_000, "TB"),
    PlaceInfo(52, "Georgia", 32.75, -83.5, 4197000, "ADM1", "US", "admin", 0, "GA"),
    PlaceInfo(53, "Atlanta", 33.75, -84.39, 4180439, "PPLA", "US", "settlement", 500_000, "GA"),
    PlaceInfo(54, "Savannah", 32.08, -81.1, 4221552, "PPLA2", "US", "settlement", 145_000, "GA"),
    PlaceInfo(60, "Patrick", 54.21, -4.69, 3042226, "PPLA", "IM", "settlement", 1_200, "00"),
    PlaceInfo(70, "Laurel County", 37.11, -84.12, 4297983, "ADM2", "US", "admin", 0, "KY"),
]
NAMES = [*own_names(PLACES), (3, "Iraq", name_key("Iraq"), "name", False)]

parser = module_parser(PLACES, NAMES)


def resolved(parser, text: str, name: str) -> list[int | None]:
    return [t.geonameid for t in parser.parse(text) if t.text == name]


def test_it_reads_a_country_in_a_list_as_that_country_not_a_town_in_the_next_item(parser):
    text = "Travellers were warned about Syria, Iraq, Iran and other countries."
    assert resolved(parser, text, "Iraq") == [99237]
    assert resolved(parser, text, "Iran") == [130758]


def test_it_reads_a_list_of_states_as_states(parser):
    text = "Cases were reported in Arizona, California, Missouri and Texas."
    assert resolved(parser, text, "California") == [5332921]
    assert resolved(parser, text, "Arizona") == [5551752]


def test_it_still_reads_town_comma_region_in_a_list_of_pairs(parser):
    text = "Finalists were Denver, Paris, Texas, and Portland, Oregon."
    assert resolved(parser, text, "Paris") == [4717560]
    assert resolved(parser, text, "Portland") == [5746545]


def test_it_prefers_a_famous_country_without_local_context(parser):
    assert resolved(parser, "Troops returned to Lebanon on Monday.", "Lebanon") == [272103]
    text = "Talks in Beirut went on while Lebanon waited for a government."
    assert resolved(parser, text, "Lebanon") == [272103]


def test_it_picks_the_namesake_town_when_its_neighbours_are_named(parser):
    text = (
        "A Lebanon woman was arrested on Friday. She had lived in Annville and worked "
        "in Hershey for ten years."
    )
    assert resolved(parser, text, "Lebanon") == [5197517]


def test_it_picks_a_small_namesake_when_its_county_is_named(parser):
    text = "A Paris woman was charged on Monday. She appeared in Edgar County court."
    assert resolved(parser, text, "Paris") == [4246659]
    # Without the county it is the capital.
    assert resolved(parser, "A Paris woman was charged on Monday.", "Paris") == [2988507]


def test_it_weighs_a_region_by_the_people_living_in_it(parser):
    # A parish of 14,000 people does not outrank a city of 650,000 ...
    assert resolved(parser, "The rally in Portland drew thousands.", "Portland") == [5746545]
    # ... while a state of millions still outranks a small town under its name.
    text = "Growers in California and in Texas lost crops to the frost."
    assert resolved(parser, text, "California") == [5332921]


def test_it_keeps_a_region_named_as_such(parser):
    [parish] = [
        t for t in parser.parse("Floods hit Portland parish in Jamaica.") if t.text == "Portland"
    ]
    assert parish.kind == "admin" and parish.country == "JM"


def test_it_puts_a_country_at_its_conventional_reference_point(gazetteer, db):
    """Countries sit where GeoNames, Wikipedia and the Factbook put them (Iraq 33N 44E), not at a
    computed centroid; the one far-off Factbook rounding, the US's, is the contiguous centre."""
    from places.gazetteer_sources import COUNTRY_POINT_OVERRIDES, _country_point
    from places.models import Place

    iraq = Place.objects.get(geonameid=99237)
    assert (round(iraq.point.y, 1), round(iraq.point.x, 1)) == (33.0, 44.0)
    syria = Place.objects.get(geonameid=163843)
    assert (round(syria.point.y, 1), round(syria.point.x, 1)) == (35.0, 38.0)
    assert _country_point("US", (39.5, -99.1), [38, -97]) == COUNTRY_POINT_OVERRIDES["US"]
    assert _country_point("CA", (57.9, -102.4), [60, -95]) == (60.0, -95.0)
    assert _country_point("XK", (42.6, 20.9), None) == (42.6, 20.9)  # no reference point: centre


def test_it_reads_a_state_by_the_towns_named_in_it(parser):
    text = "Drought gripped Georgia this spring. Reservoirs near Atlanta and Savannah ran low."
    assert resolved(parser, text, "Georgia") == [4197000]
    text = "Elections in Georgia were close. Crowds gathered in Tbilisi overnight."
    assert resolved(parser, text, "Georgia") == [614540]


def test_it_reads_a_saint_as_no_place(parser):
    found = [t.text for t in parser.parse("Parades marked St. Patrick's Day in Savannah.")]
    assert found == ["Savannah"]
    assert [t.text for t in parser.parse("Patrick, a village on the Isle of Man.")] == ["Patrick"]


def test_it_keeps_a_county_before_the_names_of_its_offices(parser):
    text = (
        "Both were lodged in the Laurel County Detention Center. Laurel County Judge-Executive "
        "Lawrence Kuhl said the Laurel County Fiscal Court would meet."
    )
    found = [t for t in parser.parse(text) if t.text == "Laurel County"]
    assert len(found) == 3 and {t.geonameid for t in found} == {4297983}


def test_it_keeps_a_name_the_document_puts_things_in_even_if_it_once_looked_like_a_surname(parser):
    text = "Members of First Baptist Church Hershey met on Sunday. A storm hit homes in Hershey."
    assert [(t.text, t.start) for t in parser.parse(text)] == [("Hershey", text.rindex("Hershey"))]
    # Without such a mention the name stays a person's all through the document.
    text = "Coach Bill Hershey met reporters on Sunday. Hershey praised the defence."
    assert parser.parse(text) == []


def test_it_reads_datelines_after_a_date_and_before_a_colon(parser):
    text = "By Ann Lee, Reporter, March 15, 2009 BEIRUT -- Talks resumed. ATLANTA: Rain fell."
    assert [(t.text, t.geonameid) for t in parser.parse(text)] == [
        ("BEIRUT", 276781),
        ("ATLANTA", 4180439),
    ]
