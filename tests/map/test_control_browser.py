"""Territorial control on the map in Debian Chromium (issue 15): settlements coloured by their
holder with each kind's latest observation side by side, compare mode's gains and losses, and
playback that steps through every day on which something changed, drawing each day's data."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from articles.models import FrontLine
from conflictmap.params import MAX_CHANGE_RANGE_DAYS
from tests.api.control_fixture import build_war
from tests.map.factory import make_actor, make_article, make_frontline

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_until(page, expression: str, timeout: float = 15.0) -> None:
    """Poll a JS expression from Python (the page's CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def test_it_colours_settlements_and_shows_disagreeing_sources_side_by_side(open_map):
    war = build_war()
    page = open_map("?from=2024-05-01&to=2024-05-20&date=2024-05-13&lat=36&lng=37.5&z=7")
    gamma = page.locator(f"path.cm-control-place-{war['gamma'].pk}")
    assert gamma.count() == 1
    assert "cm-disputed" in gamma.get_attribute("class")
    assert gamma.get_attribute("fill") == "#cc0000"  # still Side A's: a claim alone never wins
    alpha = page.locator(f"path.cm-control-place-{war['alpha'].pk}")
    assert "cm-disputed" not in alpha.get_attribute("class")
    assert page.locator("path.cm-control-area").count() == 2
    gamma.click()
    popup = page.locator(".leaflet-popup-content")
    # The layer carries what the map draws; the popup fetches the sources when opened.
    popup.locator(".cm-observations").wait_for()
    text = popup.inner_text()
    assert "claimed by Side B on 12 May 2024" in text
    assert "assessed held by Side A on 1 May 2024" in text
    assert "sources disagree" in text
    href = popup.get_by_role("link", name="Alpha falls").get_attribute("href")
    assert href.startswith(f"/articles/{war['article'].pk}/?start=")


def test_compare_mode_draws_gains_and_losses_in_the_sides_colours(open_map):
    war = build_war()
    page = open_map("?from=2024-05-05&to=2024-05-20&date=2024-05-20&compare=1&lat=36&lng=37&z=7")
    gain, loss = page.locator("path.cm-change-gain"), page.locator("path.cm-change-loss")
    assert gain.count() == 1 and loss.count() == 1
    assert gain.get_attribute("stroke") == "#0033cc" and loss.get_attribute("stroke") == "#cc0000"
    assert page.locator("path.cm-change-settlement").count() == 2
    page.locator(f"path.cm-change-place-{war['alpha'].pk}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Alpha: Side A → Side B" in popup.inner_text()
    assert "reported held by Side B on 14 May 2024" in popup.inner_text()
    page.get_by_label("Compare: gains and losses").uncheck()
    wait_until(page, "document.querySelectorAll('path.cm-control').length === 3")
    assert page.locator("path.cm-change-gain").count() == 0
    assert "compare=1" not in page.url


def test_compare_over_more_than_five_years_compares_the_last_five(open_map):
    # "From" defaults to the first day of the data: an older start than the change endpoint
    # takes must not turn compare mode into an error; it compares the last five years and
    # says from when.
    build_war()
    page = open_map("?from=2015-01-01&to=2024-05-20&date=2024-05-20&compare=1&lat=36&lng=37&z=7")
    since = dt.date(2024, 5, 20) - dt.timedelta(days=MAX_CHANGE_RANGE_DAYS)
    count = page.locator('[data-count-for="control"]')
    wait_until(page, "document.body.dataset.loadedcontrol !== undefined")
    assert f"changes since {since.isoformat()}" in count.inner_text()
    assert "days apart" not in page.locator("#search-status").inner_text()


def test_playback_draws_each_front_line_version_and_skips_no_change_date(open_map):
    a, b = make_actor(name="North", colour="#aa0000"), make_actor(name="South", colour="#0000aa")
    make_article(text="A quiet day.", title="Quiet")
    starts = [dt.date(2024, 3, 1), dt.date(2024, 3, 9), dt.date(2024, 3, 10), dt.date(2024, 4, 2)]
    starts.append(dt.date(2024, 6, 30))
    versions = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - dt.timedelta(days=1) if index + 1 < len(starts) else None
        versions.append(
            make_frontline(
                a,
                b,
                name="River front",
                valid_from=start,
                valid_to=end,
                coords=((36 + index * 0.2, 35.0), (36 + index * 0.2, 36.0)),
            )
        )
    page = open_map("?from=2024-02-20&to=2024-07-31&date=2024-07-31&lat=35.5&lng=36.5&z=7")
    drawn: dict[str, list[int]] = {}
    page.get_by_role("button", name="Play").click()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = page.evaluate(
            "() => [document.body.dataset.played || '', document.getElementById('play')"
            ".getAttribute('aria-pressed'), document.getElementById('time-label').textContent,"
            " Array.from(document.querySelectorAll('path.cm-frontline')).map(p => p.getAttribute("
            "'class'))]"
        )
        played, pressed, label, classes = state
        if played:
            last = played.split(",")[-1]
            if label == last:  # this day's data is drawn and the label says which day it is
                drawn.setdefault(
                    last, [int(c.split("cm-frontline-")[1].split()[0]) for c in classes]
                )
        if pressed == "false" and played:
            break
        time.sleep(0.05)
    expected = ["2024-02-20"] + [d.isoformat() for d in starts]
    assert page.evaluate("() => document.body.dataset.played").split(",") == expected
    assert drawn["2024-02-20"] == []
    for version in versions:
        assert drawn[version.valid_from.isoformat()] == [version.pk], version.valid_from
    assert FrontLine.objects.count() == 5


def test_the_compare_box_sits_beside_its_label(open_map):
    """The label's one long line wrapped under the box as a whole: a box alone on a line."""
    page = open_map()
    box = page.locator("#compare").bounding_box()
    label = page.locator("label[for=compare]").bounding_box()
    assert label["x"] > box["x"] + box["width"]
    assert label["y"] < box["y"] + box["height"]
