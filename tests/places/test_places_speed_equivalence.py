"""What the fast paths must not change: `geoparse` output loses nothing by skipping candidate
lists, and the raw-SQL loader writes the rows the ORM would have written. No timings here (see
benchmarks/geoparse_eval.py)."""

from __future__ import annotations


def test_it_returns_the_same_toponyms_without_candidate_lists(parser):
    text = (
        "Fighters advanced on Raqqa from northern Syria, while Iraqi forces pushed into Mosul. "
        "In Tripoli, Lebanon, officials met envoys from Turkey and Iraq."
    )
    full = parser.parse(text)
    lean = parser.parse(text, candidates=False)
    assert full, "the slice should resolve these names"
    assert all(t.candidates for t in full)
    assert all(t.candidates == [] for t in lean)
    strip = [dict(t.as_dict(), candidates=None) for t in full]
    assert strip == [dict(t.as_dict(), candidates=None) for t in lean]


def test_it_writes_plain_values_and_keys_when_loading(gazetteer, db):
    """The raw INSERTs store TextChoices by value, keys by name_key, one name per place once."""
    from places.models import Place, PlaceName
    from places.normalize import name_key

    kinds = set(PlaceName.objects.values_list("kind", flat=True).distinct())
    assert kinds <= {"name", "abbr", "demonym"} and "name" in kinds
    assert set(Place.objects.values_list("kind", flat=True).distinct()) <= set(Place.Kind.values)
    assert set(Place.objects.values_list("source", flat=True).distinct()) <= set(
        Place.Source.values
    )
    raqqa = Place.objects.get(geonameid=172955)
    assert (raqqa.kind, raqqa.feature_class, raqqa.country_code) == ("settlement", "P", "SY")
    assert raqqa.point.srid == 4326 and abs(raqqa.point.y - 35.95) < 0.1
    assert raqqa.created_at is not None and raqqa.updated_at is not None
    names = list(raqqa.names.values_list("name", "key", "preferred"))
    assert [n for n, _k, preferred in names if preferred] == [raqqa.name]
    assert all(key == name_key(name) for name, key, _p in names)
    assert len({n for n, _k, _p in names}) == len(names)
    # Shapes went through the same adapter: a region keeps its polygon.
    assert Place.objects.filter(kind="admin", country_code="SY", geometry__isnull=False).exists()
