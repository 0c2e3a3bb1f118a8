"""The map on a phone (issue 16): popups keep clear of the zoom buttons, and no campaign
label runs off the screen."""

from __future__ import annotations

import pytest

from places.models import Place
from tests.map.test_map_browser import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 667}

BOX = "(n => { const r = n.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_on_a_phone_popups_clear_the_zoom_buttons_and_labels_stay_on_screen(
    seeded, page, live_server
):
    raqqa = Place.objects.get(geonameid=172955)
    page.set_viewport_size(PHONE)
    # Raqqa in the top-left corner: its popup would open over the zoom buttons.
    lat, lng = raqqa.point.y - 0.12, raqqa.point.x + 0.2
    page.goto(f"{live_server.url}/?lat={lat}&lng={lng}&z=10&sel=place-{raqqa.pk}")
    page.wait_for_selector("body[data-ready=true]", timeout=15000)
    popup = page.locator(".leaflet-popup")
    popup.wait_for()
    page.locator(".leaflet-popup-content .sources li").first.wait_for()
    page.wait_for_timeout(400)  # the pan that brings the popup into view
    zoom = page.evaluate(f"{BOX}(document.querySelector('.leaflet-control-zoom'))")
    box = page.evaluate(f"{BOX}(document.querySelector('.leaflet-popup'))")
    assert not overlaps(box, zoom), (box, zoom)
    assert box[0] >= 0 and box[2] <= PHONE["width"]

    # Each campaign's label anchor 20 px from the right edge: its label is hidden, not cut off.
    page.evaluate("() => { window.conflictMap.map.closePopup(); }")
    anchors = page.evaluate(
        """() => { const cm = window.conflictMap, out = [];
          cm.layers.groups.campaigns.eachLayer(l => { const t = l.getTooltip();
            if (t) out.push([t.getLatLng().lat, t.getLatLng().lng]); });
          return out; }"""
    )
    assert anchors
    for lat, lng in anchors:
        page.evaluate(
            """([lat, lng]) => { const m = window.conflictMap.map, z = 8;
              const p = m.project([lat, lng], z).add([m.getSize().x / 2 - 20, 0]);
              document.body.dataset.moved = "";
              m.once("moveend", () => setTimeout(() => { document.body.dataset.moved = "1"; }, 50));
              m.setView(m.unproject(p, z), z, { animate: false }); }""",
            [lat, lng],
        )
        wait_until(page, "document.body.dataset.moved === '1'")
        labels = page.evaluate(
            f"""() => Array.from(document.querySelectorAll('.campaign-tooltip'))
              .filter(n => getComputedStyle(n).visibility !== 'hidden').map({BOX})"""
        )
        for left, top, right, bottom in labels:
            assert left >= 0 and right <= PHONE["width"] and top >= 0 and bottom <= PHONE["height"]
    assert page.script_errors == []
