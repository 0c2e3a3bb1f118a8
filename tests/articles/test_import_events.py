"""`manage.py import_events`: ACLED and UCDP GED exports become events on our actors and places.

The fixtures in tests/articles/fixtures/ are small exports written for these tests, with the
columns of the real ones: good rows, a row whose named place is far from its coordinates, and
rows with bad coordinates or dates.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Actor, ActorAlias, DatePrecision, Event
from tests.map.factory import make_place

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = FIXTURES / "acled_events.csv"
UCDP = FIXTURES / "ucdp_events.csv"


@pytest.fixture
def known(db):
    """Our places and actors the fixtures refer to."""
    places = {
        "Raqqa": make_place("Raqqa", 39.0167, 35.9500),
        "Tabqa": make_place("Tabqa", 38.5481, 35.8356),
        "Manbij": make_place("Manbij", 37.9500, 36.5281),
    }
    places["Raqqa"].add_name("Ar-Raqqah")
    actors = {}
    for name, aliases in (
        ("Syrian Democratic Forces", ["SDF"]),
        ("Islamic State", ["IS", "ISIS"]),
        ("Turkey", ["Turkish army"]),
    ):
        actors[name] = Actor.objects.create(name=name)
        for alias in aliases:
            ActorAlias.objects.create(
                actor=actors[name], alias=alias, case_sensitive=alias.isupper()
            )
    return places, actors


def run(path: Path, fmt: str) -> tuple[str, str, int]:
    """The command's output, errors and exit status (0, or 1 when rows were skipped)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_events", str(path), format=fmt, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue() + str(exc), exc.returncode
    return out.getvalue(), err.getvalue(), 0


def test_acled_imported_twice_without_duplicates(known):
    places, actors = known
    out, err, status = run(ACLED, "acled")
    assert status == 1  # two bad rows were skipped
    assert "4 created, 0 updated, 0 unchanged, 2 bad row(s) skipped" in out
    assert "row 5: bad coordinates 'north of Raqqa', '39.0'" in err
    assert "row 6: event_date '2016-13-45' is not a date" in err
    assert set(Event.objects.values_list("source_event_id", flat=True)) == {
        "SYR1001",
        "SYR1002",
        "SYR1003",
        "SYR1006",
    }

    out, _, _ = run(ACLED, "acled")
    assert "0 created, 0 updated, 4 unchanged" in out
    assert Event.objects.count() == 4
    assert Actor.objects.filter(name="Civilians (Syria)").count() == 1

    clash = Event.objects.get(source_event_id="SYR1001")
    assert (clash.actor1, clash.actor2) == (
        actors["Syrian Democratic Forces"],
        actors["Islamic State"],
    )
    assert clash.place == places["Raqqa"] and clash.place_match == Event.PlaceMatch.NAME
    assert clash.started_on == clash.ended_on == dt.date(2016, 11, 6)
    assert clash.fatalities == 12 and clash.event_type == "Battles"
    assert clash.source_text == "SOHR; Reuters"
    assert '"Euphrates Anger"' in clash.notes
    assert not clash.needs_review


def test_changed_row_is_updated(known, tmp_path):
    run(ACLED, "acled")
    edited = tmp_path / "acled.csv"
    edited.write_text(
        ACLED.read_text(encoding="utf-8").replace("Anadolu Agency,National,", "AA; SANA,National,")
    )
    out, _, _ = run(edited, "acled")
    assert "0 created, 1 updated, 3 unchanged" in out
    assert Event.objects.get(source_event_id="SYR1002").source_text == "AA; SANA"
    assert Event.objects.count() == 4


def test_acled_precision_and_new_actors(known):
    _, actors = known
    run(ACLED, "acled")
    strike = Event.objects.get(source_event_id="SYR1002")
    # ACLED's own scales are ours: geo_precision 2 ("near Manbij"), time_precision 2 (a week).
    assert (strike.geo_precision, strike.source_geo_precision) == (2, 2)
    assert strike.date_precision == DatePrecision.WEEK
    assert strike.uncertainty_m == 15_000
    assert strike.started_on == dt.date(2016, 11, 8)  # "08 November 2016", older exports
    assert strike.actor1 == actors["Turkey"]  # "Military Forces of Turkey (2016-)"
    assert strike.actor2.name == "Civilians (Syria)"
    assert strike.actor2.kind == Actor.Kind.ORGANISATION
    clash = Event.objects.get(source_event_id="SYR1001")
    assert (clash.geo_precision, clash.uncertainty_m, clash.date_precision) == (1, 2_000, 1)
    gunmen = Event.objects.get(source_event_id="SYR1006")
    assert gunmen.actor1.name == "Unidentified Armed Group (Syria)"
    assert gunmen.place is None and gunmen.place_match == Event.PlaceMatch.NONE


def test_named_place_far_from_the_coordinates_is_flagged(known):
    places, _ = known
    run(ACLED, "acled")
    far = Event.objects.get(source_event_id="SYR1003")
    assert far.needs_review
    assert far.place == places["Tabqa"]
    assert 190 < far.place_distance_km < 230  # Hasakah's coordinates, Tabqa's name
    assert "'Tabqa'" in far.review_reason and "over 25 km" in far.review_reason
    # The map still shows it where the dataset put it.
    assert (round(far.point.x, 4), round(far.point.y, 4)) == (40.7477, 36.5024)
    assert list(Event.objects.flagged()) == [far]


def test_ucdp_imported_twice_with_precision_mapped(known):
    places, actors = known
    out, err, status = run(UCDP, "ucdp")
    assert status == 1
    assert "3 created, 0 updated, 0 unchanged, 2 bad row(s) skipped" in out
    assert "row 5: bad coordinates '95.5', '39.0167'" in err
    assert "row 6: date_end 2016-11-02 is before date_start 2016-11-09" in err
    out, _, _ = run(UCDP, "ucdp")
    assert "0 created, 0 updated, 3 unchanged" in out
    assert Event.objects.count() == 3

    exact = Event.objects.get(source_event_id="201901")
    assert exact.event_type == "State-based conflict" and exact.fatalities == 4
    assert exact.place == places["Raqqa"]  # "Raqqa town"
    assert (exact.geo_precision, exact.uncertainty_m, exact.date_precision) == (1, 2_000, 1)
    assert exact.actor1.name == "Government of Syria" and exact.actor1.kind == Actor.Kind.STATE
    assert exact.actor2 == actors["Islamic State"]  # "IS", a case-sensitive alias
    assert exact.source_text.startswith('"Reuters,2016-11-07')

    province = Event.objects.get(source_event_id="201902")
    # where_prec 4 (a province) and date_prec 4 (within a month) fold onto our 3 and MONTH.
    assert (province.geo_precision, province.source_geo_precision) == (3, 4)
    assert province.uncertainty_m == 150_000
    assert province.date_precision == DatePrecision.MONTH
    assert (province.started_on, province.ended_on) == (dt.date(2016, 11, 1), dt.date(2016, 11, 25))
    assert province.place == places["Raqqa"]  # "Ar Raqqah province", 13 km from Raqqa
    assert not province.needs_review
    assert province.actor1 == actors["Syrian Democratic Forces"]

    country = Event.objects.get(source_event_id="201903")
    assert (country.geo_precision, country.uncertainty_m) == (3, 500_000)  # where_prec 6
    assert country.date_precision == DatePrecision.MONTH  # date_prec 5: our coarsest


@pytest.mark.parametrize(
    ("drop", "fmt"),
    [(("geo_precision", "fatalities"), "acled"), (("where_prec",), "ucdp")],
)
def test_missing_columns_are_named_and_nothing_is_stored(known, tmp_path, drop, fmt):
    source = ACLED if fmt == "acled" else UCDP
    lines = source.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    for column in drop:
        header[header.index(column)] = f"{column}_renamed"
    broken = tmp_path / "broken.csv"
    broken.write_text("\n".join([",".join(header), *lines[1:]]), encoding="utf-8")
    actors_before = Actor.objects.count()
    _, err, status = run(broken, fmt)
    assert status == 1
    assert f"missing column(s) for {fmt.upper()}: {', '.join(drop)}" in err
    assert "Nothing was imported" in err
    assert Event.objects.count() == 0 and Actor.objects.count() == actors_before


def test_a_file_of_the_other_format_is_refused_with_a_hint(known):
    _, err, _ = run(ACLED, "ucdp")
    assert "missing column(s) for UCDP: id, date_start" in err
    assert "It looks like a ACLED file: use --format acled" in err
    assert Event.objects.count() == 0


def test_progress_is_one_line_per_batch_off_a_terminal(known, monkeypatch):
    monkeypatch.setattr("articles.event_import.BATCH", 2)
    out, _, _ = run(ACLED, "acled")
    lines = [line for line in out.splitlines() if line.startswith("events: ")]
    # After rows 2-3, then rows 4-7 (two of them bad).
    assert [line.split(" rows")[0] for line in lines] == ["events: 2 of ~6", "events: 6 of ~6"]
    assert "(2 created, 0 updated, 0 unchanged, 0 bad)" in lines[0]
    assert "(4 created, 0 updated, 0 unchanged, 2 bad)" in lines[-1]


def test_admin_lists_flagged_events_for_staff_only(known, client, alice, charlie):
    run(ACLED, "acled")
    url = "/admin/articles/event/"
    client.force_login(charlie)
    assert client.get(url).status_code == 302  # not staff: to the login page
    client.force_login(alice)
    everything = client.get(url)
    assert everything.status_code == 200
    assert b"SYR1001" in everything.content and b"SYR1003" in everything.content
    flagged = client.get(url, {"needs_review__exact": "1"})
    assert b"SYR1003" in flagged.content and b"SYR1001" not in flagged.content
    far = Event.objects.get(source_event_id="SYR1003")
    page = client.get(f"{url}{far.pk}/change/")
    assert page.status_code == 200 and b"over 25 km" in page.content
    call_command("check", "articles")  # the admin's fieldsets are valid


def test_a_repeated_event_id_is_reported_not_imported_twice(known, tmp_path):
    lines = ACLED.read_text(encoding="utf-8").splitlines()
    repeated = tmp_path / "repeated.csv"
    repeated.write_text("\n".join([*lines[:3], lines[1]]) + "\n", encoding="utf-8")
    out, err, status = run(repeated, "acled")
    assert status == 1
    assert "row 4: duplicate event id SYR1001 (row 2)" in err
    assert "2 created" in out
    assert Event.objects.filter(source_event_id="SYR1001").count() == 1
