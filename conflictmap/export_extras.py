"""What makes an exported map readable on its own: a title with the filters and date range, a
legend, and the sources behind every popup (outlet, date, sentence, link to the original).

Kept apart from export.py (which draws the layers) so each can change without the other. As
there, stored text never reaches a template: everything goes into one JSON block that
`static/conflictmap/js/export_extras.js` reads and puts on the page with textContent.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict

from branca.element import MacroElement
from jinja2 import Template

from articles.models import Actor, CampaignSource
from conflictmap.export import RawHTML, script_json
from conflictmap.feed import one_line, sentence_expr
from conflictmap.geojson import located_mentions
from conflictmap.links import http_url_or_none
from conflictmap.params import Filters

TITLE = "Conflict Map"
# Sources listed in a popup, newest first; the popup says how many more there are.
SOURCES_PER_FEATURE = 5
DATA_ID = "cm-export-extras"
STYLE = (
    ".cm-panel{background:rgba(255,255,255,.95);padding:8px 10px;border-radius:6px;"
    "box-shadow:0 1px 4px rgba(0,0,0,.3);font:13px/1.4 system-ui,sans-serif;max-width:320px}"
    ".cm-panel h1{font-size:17px;margin:0 0 4px}.cm-panel p{margin:2px 0;color:#444}"
    ".cm-panel ul{list-style:none;margin:4px 0 0;padding:0}.cm-panel li{margin:2px 0}"
    ".cm-sym{display:inline-block;width:18px;height:12px;margin-right:6px;vertical-align:middle}"
    ".cm-sym-place{width:12px;border-radius:50%;background:#d9534f;border:1.5px solid #7a1f1f}"
    ".cm-sym-campaign{height:4px;background:#444}"
    ".cm-sym-frontline{height:5px;background:repeating-linear-gradient(90deg,#c0392b 0 6px,"
    "#f1c40f 6px 12px)}.cm-sym-statement{width:14px;height:14px;border:2px solid #222;"
    "border-radius:50% 50% 50% 0;background:#fff}.cm-dot{display:inline-block;width:10px;"
    "height:10px;border-radius:50%;margin-right:6px;border:1px solid rgba(0,0,0,.3)}"
    ".cm-statement-icon{background:#fff;border:2px solid #222;border-radius:50% 50% 50% 0;"
    "font:700 22px/28px Georgia,serif;text-align:center;color:#222;"
    "box-shadow:0 1px 3px rgba(0,0,0,.4)}"
    ".popup .cm-sources{padding-left:16px;margin:6px 0 0;max-height:180px;overflow-y:auto}"
    ".popup .cm-sources li{margin:3px 0}.popup .cm-source-meta{color:#555;font-size:12px}"
)


def filter_lines(filters: Filters, frontline_date: dt.date | None = None) -> list[str]:
    """The export's filters in words, for the title panel."""
    start = filters.start.isoformat() if filters.start else "the first article"
    end = filters.end.isoformat() if filters.end else "the latest"
    lines = [f"From {start} to {end}"]
    if frontline_date:
        lines.append(f"Front lines valid on {frontline_date.isoformat()}")
    if filters.actor_ids:
        names = Actor.objects.filter(pk__in=filters.actor_ids).order_by("name")
        lines.append("Actors: " + ", ".join(names.values_list("name", flat=True)))
    if filters.kinds:
        lines.append("Place kinds: " + ", ".join(filters.kinds))
    if filters.min_confidence is not None:
        lines.append(f"Geocoding confidence at least {filters.min_confidence:g}")
    if filters.bbox:
        lines.append("Area: " + ", ".join(f"{v:g}" for v in filters.bbox) + " (lon/lat)")
    return lines


def legend(layers: dict[str, dict]) -> dict:
    """The symbols, and the colour of every actor the exported features use."""
    actors: dict[str, str] = {}
    for kind in ("campaigns", "frontlines", "statements"):
        for feature in layers.get(kind, {}).get("features", []):
            p = feature["properties"]
            for actor in [
                *p.get("attackers", []),
                p.get("side_a"),
                p.get("side_b"),
                p.get("actor"),
            ]:
                if actor:
                    actors.setdefault(actor["name"], actor["colour"])
    return {
        "symbols": [
            {"symbol": "place", "label": "Place mentioned (size: number of mentions)"},
            {"symbol": "campaign", "label": "Campaign (arrow in the attacker's colour)"},
            {"symbol": "frontline", "label": "Front line (band: side A, dashes: side B)"},
            {"symbol": "statement", "label": "Statement (quote)"},
        ],
        "actors": [{"name": name, "colour": colour} for name, colour in sorted(actors.items())],
    }


def _source(outlet, day, sentence, url) -> dict:
    return {
        "outlet": outlet or "",
        "date": day.isoformat() if day else "",
        "sentence": one_line(sentence),
        "link": http_url_or_none(url),
    }


def place_sources(filters: Filters, place_ids: list[int]) -> dict[int, dict]:
    """Up to SOURCES_PER_FEATURE mentions per place (newest first) and how many there are."""
    rows = (
        located_mentions(filters)
        .filter(place_id__in=place_ids)
        .annotate(sentence=sentence_expr())
        .order_by("place_id", "-published_on", "pk")
        .values_list("place_id", "article__outlet", "published_on", "sentence", "article__url")
    )
    found: dict[int, dict] = defaultdict(lambda: {"sources": [], "total": 0})
    for place_id, outlet, day, sentence, url in rows.iterator(chunk_size=5000):
        entry = found[place_id]
        entry["total"] += 1
        if len(entry["sources"]) < SOURCES_PER_FEATURE:
            entry["sources"].append(_source(outlet, day, sentence, url))
    return dict(found)


def campaign_sources(campaign_ids: list[int]) -> dict[int, dict]:
    rows = (
        CampaignSource.objects.filter(campaign_id__in=campaign_ids)
        .annotate(sentence=sentence_expr())
        .order_by("campaign_id", "-article__published_at", "pk")
        .values_list(
            "campaign_id", "article__outlet", "article__published_at", "sentence", "article__url"
        )
    )
    found: dict[int, dict] = defaultdict(lambda: {"sources": [], "total": 0})
    for campaign_id, outlet, published, sentence, url in rows:
        entry = found[campaign_id]
        entry["total"] += 1
        if len(entry["sources"]) < SOURCES_PER_FEATURE:
            entry["sources"].append(_source(outlet, published.date(), sentence, url))
    return dict(found)


def statement_sources(statements: dict) -> dict[int, dict]:
    """A statement's source is its own article: the quote, where and when it was published."""
    found = {}
    for feature in statements.get("features", []):
        p = feature["properties"]
        article = p.get("article") or {}
        found[p["id"]] = {
            "sources": [
                {
                    "outlet": article.get("outlet", ""),
                    "date": p.get("date") or "",
                    "sentence": one_line(p.get("quote")),
                    "link": http_url_or_none(article.get("source_url")),
                }
            ],
            "total": 1,
        }
    return found


def extras_data(
    filters: Filters, layers: dict[str, dict], frontline_date: dt.date | None = None
) -> dict:
    def ids(kind: str) -> list[int]:
        features = layers.get(kind, {}).get("features", [])
        return sorted({f["properties"]["id"] for f in features if "id" in f["properties"]})

    return {
        "title": TITLE,
        "filters": filter_lines(filters, frontline_date),
        "exported": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "legend": legend(layers),
        "sources": {
            "places": place_sources(filters, ids("places")),
            "campaigns": campaign_sources(ids("campaigns")),
            "statements": statement_sources(layers.get("statements", {})),
        },
    }


class Extras(MacroElement):
    """Hands the extras' JSON block to export_extras.js once the map object exists."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        conflictmapExtras.show({{ this._parent.get_name() }},
            JSON.parse(document.getElementById("{{ this.data_id }}").textContent));
        {% endmacro %}
    """)

    def __init__(self, data: dict):
        super().__init__()
        self._name = "Extras"
        self.data_id = DATA_ID
        self.data_json = script_json(data)

    def render(self, **kwargs):
        block = f'<script type="application/json" id="{self.data_id}">{self.data_json}</script>'
        self.get_root().html.add_child(RawHTML(block), name=self.data_id)
        super().render(**kwargs)


def add_extras(fmap, filters: Filters, layers: dict[str, dict], frontline_date=None) -> None:
    """Title, filters, legend and popup sources, plus the page's <title>."""
    data = extras_data(filters, layers, frontline_date)
    title = f"{TITLE}: {data['filters'][0]}"
    fmap.get_root().header.add_child(
        RawHTML(f"<title>{html.escape(title)}</title>"), name="page-title"
    )
    fmap.get_root().header.add_child(RawHTML(f"<style>{STYLE}</style>"), name="extras-style")
    fmap.get_root().header.add_child(
        RawHTML('<script src="conflictmap-inline:export_extras.js"></script>'),
        name="export-extras-js",
    )
    Extras(data).add_to(fmap)
