"""A self-contained HTML copy of the map, written with folium, that opens with no network.

folium's default template loads Leaflet, jQuery and Bootstrap from CDNs; we replace them
with the local Leaflet only and inline it, so the file works from a USB stick. Popups are
built by `static/conflictmap/js/export.js` with textContent, never from HTML strings.

Stored text never becomes template source. branca turns the output of every MacroElement
macro into a new Jinja `Template` (and evaluates it, unsandboxed) when the page is rendered,
so an article holding `{{ ... }}` would run as Python. The layer data therefore goes into
`<script type="application/json">` blocks written out verbatim by `RawHTML` (never compiled),
and the macro only names the block; export.js reads it with JSON.parse.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from conflictmap import campaigns as campaign_layer
from conflictmap import geojson
from conflictmap.event_layer import events_collection
from conflictmap.params import Filters

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
LEAFLET_JS = STATIC / "vendor" / "leaflet" / "leaflet.js"
LEAFLET_CSS = STATIC / "vendor" / "leaflet" / "leaflet.css"
EXPORT_JS = STATIC / "conflictmap" / "js" / "export.js"
EXPORT_EXTRAS_JS = STATIC / "conflictmap" / "js" / "export_extras.js"
GEOMETRYUTIL_JS = STATIC / "vendor" / "arrowheads" / "leaflet.geometryutil.js"
ARROWHEADS_JS = STATIC / "vendor" / "arrowheads" / "leaflet-arrowheads.js"
BASEMAP = STATIC / "basemap"
ATTRIBUTION = (
    "Places: GeoNames (CC BY 4.0), UCDP GED (CC BY 4.0) · Basemap: Natural Earth (public domain)"
    " · Leaflet"
)
LAYER_TITLES = {
    "places": "Places",
    "campaigns": "Campaigns",
    "frontlines": "Front lines",
    "statements": "Statements",
    "events": "Events (ACLED, UCDP)",
}
BASEMAP_STYLES = {
    "countries": {"color": "#8a8a7a", "weight": 1, "fillColor": "#f2efe6", "fillOpacity": 1},
    "lakes": {"color": "#7fa9c9", "weight": 0.5, "fillColor": "#b9d3e6", "fillOpacity": 1},
    "rivers": {"color": "#6d9cc4", "weight": 1.2},
}


def script_json(data) -> str:
    """JSON safe to place inside a <script> element (no '</script>' or '<!--' can appear).

    It holds no Jinja delimiter either ('{{', '{%', '{#'), as a second wall should it ever
    reach a template again. '%', '#' and '{{' occur only inside JSON strings (an object
    opens with '{"' or '{}'), so escaping them there leaves the same value.
    """
    return (
        json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("%", "\\u0025")
        .replace("#", "\\u0023")
        .replace("{{", "{\\u007b")
    )


class RawHTML(Element):
    """Markup written out as it is. A plain branca Element would compile its text as Jinja."""

    def __init__(self, html: str):
        super().__init__()
        self._name = "RawHTML"
        self.html = html

    def render(self, **kwargs) -> str:
        return self.html


class SafeLayer(MacroElement):
    """Draws one layer's GeoJSON into its parent FeatureGroup with export.js.

    The data sits in its own JSON block; the macro (which branca compiles again as a
    template) holds only identifiers the export made up.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        conflictmapDraw({{ this.map_name }}, {{ this._parent.get_name() }}, {{ this.kind_json }},
                        JSON.parse(document.getElementById("{{ this.data_id }}").textContent));
        {% endmacro %}
    """)

    def __init__(self, kind: str, data: dict, map_name: str):
        super().__init__()
        self._name = "SafeLayer"
        self.kind_json = script_json(kind)
        self.data_id = f"cm-data-{self._id}"
        self.data_json = script_json(data)
        self.map_name = map_name

    def render(self, **kwargs):
        # Added to the body, which the page places before the scripts that read it.
        block = f'<script type="application/json" id="{self.data_id}">{self.data_json}</script>'
        self.get_root().html.add_child(RawHTML(block), name=self.data_id)
        super().render(**kwargs)


class Attribution(MacroElement):
    """Credits GeoNames and Natural Earth (rendered after the map object exists)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl
            .setPrefix(false).addAttribution({{ this.text }});
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "Attribution"
        self.text = script_json(ATTRIBUTION)


def build_map(filters: Filters, frontline_date=None) -> tuple[folium.Map, dict[str, int]]:
    fmap = folium.Map(
        location=(35.8, 40.5), zoom_start=6, tiles=None, control_scale=True, prefer_canvas=False
    )
    # Only Leaflet itself: no jQuery, Bootstrap or icon fonts from CDNs.
    fmap.default_js = [
        ("leaflet", "conflictmap-inline:leaflet.js"),
        ("geometryutil", "conflictmap-inline:geometryutil.js"),
        ("arrowheads", "conflictmap-inline:arrowheads.js"),
    ]
    fmap.default_css = [("leaflet_css", "conflictmap-inline:leaflet.css")]
    root = fmap.get_root()
    root.header.add_child(
        Element('<meta name="viewport" content="width=device-width, initial-scale=1">'),
        name="viewport",
    )
    root.header.add_child(
        Element(
            "<style>.folium-map{background:#cfe0ee}.popup h3{margin:0 0 4px;font-size:15px}.popup "
            "dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}.popup "
            "dd{margin:0}.popup blockquote{margin:0 0 6px;padding-left:8px;border-left:3px solid "
            "#b3261e;font-style:italic}</style>"
        ),
        name="popup-style",
    )
    root.header.add_child(
        Element('<script src="conflictmap-inline:export.js"></script>'), name="export-js"
    )

    base = folium.FeatureGroup(name="Basemap (Natural Earth)", control=False).add_to(fmap)
    for name, style in BASEMAP_STYLES.items():
        data = json.loads((BASEMAP / f"{name}.geojson").read_text())
        SafeLayer("basemap", {"geojson": data, "style": style}, fmap.get_name()).add_to(base)

    counts: dict[str, int] = {}
    frontline_filters = Filters(
        **{**filters.__dict__, "date": frontline_date or filters.date or filters.end}
    )
    builders = {
        "places": lambda: geojson.places_collection(filters),
        "campaigns": lambda: campaign_layer.campaigns_collection(filters),
        "frontlines": lambda: geojson.frontlines_collection(frontline_filters),
        "statements": lambda: geojson.statements_collection(filters),
        "events": lambda: events_collection(filters),
    }
    layers: dict[str, dict] = {}
    for kind, build in builders.items():
        data = layers[kind] = build()
        counts[kind] = len(data["features"])
        group = folium.FeatureGroup(name=f"{LAYER_TITLES[kind]} ({counts[kind]})").add_to(fmap)
        SafeLayer(kind, data, fmap.get_name()).add_to(group)
    folium.LayerControl(collapsed=False).add_to(fmap)
    Attribution().add_to(fmap)
    from conflictmap.export_extras import add_extras  # it builds on this module's helpers

    add_extras(fmap, filters, layers, frontline_filters.date)
    return fmap, counts


def inline_assets(html: str) -> str:
    """Replace the local asset links with the files' contents; refuse any remote asset."""
    assets = {
        "leaflet.js": LEAFLET_JS,
        "geometryutil.js": GEOMETRYUTIL_JS,
        "arrowheads.js": ARROWHEADS_JS,
        "export.js": EXPORT_JS,
        "export_extras.js": EXPORT_EXTRAS_JS,
    }
    for name, path in assets.items():
        code = path.read_text(encoding="utf-8").replace("</script", "<\\/script")
        html = html.replace(
            f'<script src="conflictmap-inline:{name}"></script>', f"<script>{code}</script>"
        )
    css = LEAFLET_CSS.read_text(encoding="utf-8")
    html = html.replace(
        '<link rel="stylesheet" href="conflictmap-inline:leaflet.css"/>', f"<style>{css}</style>"
    )
    # Only real tags count: stored text sits in JSON with "<" escaped, so it can name a
    # placeholder or a URL without matching here.
    remote = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?:|//)[^"]*"', html)
    if remote or re.search(r'<(?:script|link)[^>]+(?:src|href)="conflictmap-inline:', html):
        raise RuntimeError("the exported map still references an external or missing asset")
    return html


def export_map(out: Path, filters: Filters, frontline_date=None) -> dict[str, int]:
    fmap, counts = build_map(filters, frontline_date)
    html = inline_assets(fmap.get_root().render())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return counts
