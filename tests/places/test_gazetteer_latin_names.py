"""A place GeoNames names only in another script is shown by a Latin-script name English copy
uses, and keeps its own as an alias (places/gazetteer_sources.py, latin_name)."""

from __future__ import annotations

from places.gazetteer_sources import latin_name, read_cities


def test_a_cyrillic_name_gives_way_to_its_first_latin_alternate():
    assert latin_name("Арачиново", ["Арачиново", "Arachinovo", "Aracinovo"]) == "Arachinovo"
    assert latin_name("Октябрьский", ["Oktyabr'skiy", "Oktjabrski"]) == "Oktyabr'skiy"


def test_a_latin_name_stays_and_a_name_with_no_latin_alternate_stays():
    assert latin_name("Aračinovo", ["Арачиново"]) == "Aračinovo"
    assert latin_name("城郊", ["城郊镇"]) == "城郊"


def test_the_loader_shows_a_latin_name_and_keeps_the_original_as_an_alias():
    towns = list(read_cities({"MK"}))
    aracinovo = next(r for r in towns if r.name == "Arachinovo")
    assert "Арачиново" in {name for name, _ in aracinovo.names}
