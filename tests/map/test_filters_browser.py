"""The actor filter filters the places layer too (issue 16): only places mentioned in
articles naming that actor stay, curated places no such article mentions included."""

from __future__ import annotations

import pytest

from articles.models import Actor
from places.models import Place
from tests.map.test_map_browser import wait_reload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def drawn_places(page) -> set[int]:
    classes = page.locator("path.cm-place").evaluate_all("els => els.map(e => e.className.baseVal)")
    return {int(c.split("cm-place-")[1].split()[0]) for c in classes if "cm-place-" in c}


def test_the_actor_filter_hides_places_not_mentioned_with_that_actor(second_front, open_map):
    _brigade, manbij = second_front
    raqqa = Place.objects.get(geonameid=172955)
    dam = Place.objects.get(name="Tishrin Dam")  # curated, mentioned by no article
    page = open_map("?lat=36.2&lng=38.6&z=9")
    assert {raqqa.pk, manbij.pk, dam.pk} <= drawn_places(page)
    page.get_by_label("Actor", exact=True).select_option(label="Northern Sector Brigade")
    wait_reload(page)
    shown = drawn_places(page)
    assert manbij.pk in shown and raqqa.pk not in shown and dam.pk not in shown
    sdf = Actor.objects.get(name="Syrian Democratic Forces")
    page.get_by_label("Actor", exact=True).select_option(str(sdf.pk))
    wait_reload(page)
    shown = drawn_places(page)
    assert raqqa.pk in shown and manbij.pk not in shown and dam.pk not in shown
    assert page.script_errors == []
