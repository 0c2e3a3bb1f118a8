"""Names on the offline basemap (issue 16): gazetteer towns, admin-1 regions, countries,
rivers and lakes, at low and high zoom, over the seed region and a region with no data."""

from __future__ import annotations

import pytest

from places.models import Place
from tests.map.factory import make_place
from tests.map.test_map_browser import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bolivia(transactional_db):
    """Gazetteer towns where no article has anything: they are named, never marked."""
    make_place("Cochabamba", -66.157, -17.389, population=1_000_000, feature_code="PPLA")
    make_place("Villa Tunari", -65.417, -16.972, population=2_500, feature_code="PPL")
    make_place("Eterazama", -65.372, -16.946, population=700, feature_code="PPL")


def shown_labels(page) -> list[dict]:
    wait_until(page, "document.body.dataset.labels !== undefined")
    return page.locator(".cm-label").evaluate_all(
        """els => els.map(e => { const r = e.getBoundingClientRect();
            return {text: e.textContent, kind: e.className, x0: r.left, x1: r.right,
                    y0: r.top, y1: r.bottom}; })"""
    )


def label_texts(page, query: str, open_map, kinds: dict | None = None) -> set[str]:
    """The names shown (none overlapping); `kinds`, if given, gets each kind's names."""
    page = open_map(query)
    labels = shown_labels(page)
    for label in labels if kinds is not None else []:
        kind = label["kind"].split("cm-label-")[1].split()[0]
        kinds.setdefault(kind, set()).add(label["text"])
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (
                a["x1"] <= b["x0"] or b["x1"] <= a["x0"] or a["y1"] <= b["y0"] or b["y1"] <= a["y0"]
            )
            assert apart, f"{a['text']} overlaps {b['text']}"
    assert page.script_errors == []
    return {label["text"] for label in labels}


def test_it_names_countries_regions_and_towns_over_the_seed_region(seeded, open_map, page):
    assert Place.objects.filter(name="Raqqa", kind="settlement").exists()
    at_4 = label_texts(page, "?lat=35&lng=40&z=4", open_map)
    assert {"Syria", "Iraq", "Turkey"} <= at_4
    kinds: dict[str, set[str]] = {}
    at_8 = label_texts(page, "?lat=36&lng=39&z=8", open_map, kinds)
    assert "Raqqa" in at_8 and "Mosul" not in at_8  # Mosul is 300 km east: off screen
    assert "Al Furat" in kinds["river"]  # the Euphrates as Natural Earth names it in Syria
    assert kinds.get("admin1"), kinds  # governorates (Natural Earth admin-1) are named too
    at_12 = label_texts(page, "?lat=35.95&lng=39.01&z=12", open_map)
    assert "Raqqa" in at_12


def test_it_names_a_region_with_no_data_at_every_zoom(bolivia, open_map, page):
    at_4 = label_texts(page, "?lat=-17&lng=-65&z=4", open_map)
    assert {"Bolivia", "Brazil"} <= at_4
    assert "Villa Tunari" not in at_4  # a village: not at country zoom
    kinds: dict[str, set[str]] = {}
    at_8 = label_texts(page, "?lat=-17.2&lng=-65.8&z=8", open_map, kinds)
    assert "Cochabamba" in at_8  # the gazetteer's city and Natural Earth's department
    assert kinds.get("admin1"), kinds
    assert "Eterazama" not in at_8
    at_12 = label_texts(page, "?lat=-16.96&lng=-65.4&z=12", open_map)
    assert {"Villa Tunari", "Eterazama"} <= at_12
