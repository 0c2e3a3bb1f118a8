/* Drawing helper for maps written by `manage.py export_map`: the same layers and popups as
 * the live map, built with textContent so data strings never become HTML. Inlined into the
 * exported file together with Leaflet, so it opens with no network. */
window.conflictmapDraw = function (map, group, kind, data) {
  "use strict";
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function colour(v) { return /^#[0-9a-fA-F]{3,8}$/.test(v || "") ? v : "#666666"; }
  function box(title, rows, quote) {
    var div = el("div", null, "popup");
    div.appendChild(el("h3", title));
    if (quote) div.appendChild(el("blockquote", quote));
    var dl = el("dl");
    rows.forEach(function (r) {
      if (!r[1]) return;
      dl.appendChild(el("dt", r[0]));
      dl.appendChild(el("dd", r[1]));
    });
    div.appendChild(dl);
    return div;
  }
  function names(list) { return (list || []).map(function (a) { return a.name; }).join(", "); }
  function flip(c) { return [c[1], c[0]]; }

  if (kind === "basemap") {
    L.geoJSON(data.geojson, { interactive: false, style: data.style }).addTo(group);
    return;
  }
  var extras = window.conflictmapExtras;  // export_extras.js: quote markers, cited sources
  // Rivers and regions lie under every marker, as on the live map: a region drawn over its
  // towns took every click meant for them.
  if (!map.getPane("cmShapes")) map.createPane("cmShapes").style.zIndex = 350;
  data.features.forEach(function (f) {
    var p = f.properties, g = f.geometry, layer;
    if (extras && extras.draw(kind, f, group)) return;
    if (kind === "places") {
      if (g.type === "Point") {
        layer = L.circleMarker(flip(g.coordinates), { radius: Math.min(30, 5 + 3 * Math.sqrt(p.mentions || 0)), color: "#7a1f1f", weight: 1.5, fillColor: "#d9534f", fillOpacity: 0.75, className: "cm-place cm-place-" + p.id });
      } else {
        layer = L.geoJSON(f, { pane: "cmShapes", style: { color: p.kind === "river" ? "#1f6fb2" : "#9c6b30", weight: p.kind === "river" ? 4 : 2, fillOpacity: /Polygon/.test(g.type) ? 0.12 : 0, className: "cm-place cm-place-" + p.id } });
      }
      layer.bindTooltip(el("span", p.name));
      layer.bindPopup(box(p.name, [["Kind", p.kind], ["Mentions", String(p.mentions)]]));
    } else if (kind === "campaigns") {
      var c = colour(p.colour);
      if (g.type === "Point") layer = L.circleMarker(flip(g.coordinates), { radius: 12, color: c, weight: 4, fill: false, className: "cm-campaign" });
      else {
        var latlngs = g.type === "LineString" ? g.coordinates.map(flip) : g.coordinates.map(function (part) { return part.map(flip); });
        layer = L.polyline(latlngs, { color: c, weight: 5, className: "cm-campaign" });
        if (layer.arrowheads) layer.arrowheads({ size: "18px", frequency: "endonly", fill: true, yawn: 50 });
      }
      layer.bindTooltip(el("span", p.name + (p.started_on ? " · from " + p.started_on : "")), { permanent: true, direction: "right" });
      layer.bindPopup(box(p.name, [["Attackers", names(p.attackers)], ["Opponents", names(p.opponents)], ["Started", p.started_on],
        ["Status", p.status], ["Source", (p.sources || []).map(function (s) { return s.sentence; }).join(" … ")]]));
    } else if (kind === "frontlines") {
      layer = L.featureGroup([
        L.geoJSON(f, { style: { color: colour(p.side_a && p.side_a.colour), weight: 7, opacity: 0.85, className: "cm-frontline" } }),
        L.geoJSON(f, { style: { color: colour(p.side_b && p.side_b.colour), weight: 3, dashArray: "8 8" } })
      ]);
      layer.bindPopup(box(p.name, [["Between", names([p.side_a, p.side_b])], ["Valid from", p.valid_from], ["Valid to", p.valid_to || "open"], ["Source", p.source_note]]));
    } else if (kind === "statements") {
      layer = L.circleMarker(flip(g.coordinates), { radius: 9, color: "#222", weight: 2, fillColor: "#fff", fillOpacity: 1, className: "cm-statement" });
      layer.bindPopup(box(p.speaker || "Unknown speaker", [["Role", p.role], ["Actor", p.actor ? p.actor.name : ""], ["Date", p.date],
        ["About", p.place ? p.place.name : ""], ["Source", p.article ? p.article.outlet + ": " + p.article.title : ""]], p.quote), { maxWidth: 340 });
    } else if (kind === "events") {
      // The dataset's point, and a dashed circle as wide as its stated location precision.
      var where = flip(g.coordinates);
      layer = L.featureGroup([
        L.circle(where, { radius: p.uncertainty_m || 0, color: "#5b3a8c", weight: 1, dashArray: "4 4", fillOpacity: 0.05, interactive: false }),
        L.circleMarker(where, { radius: 6, color: "#3d2466", weight: 1.5, fillColor: "#8e6cc0", fillOpacity: 0.85, className: "cm-event" })
      ]);
      var span = p.end && p.end !== p.start ? p.start + " – " + p.end : p.start;
      layer.bindPopup(box(p.event_type + (p.location ? " · " + p.location : ""), [
        ["Dataset", p.dataset_label + " event " + p.event_id], ["Date", span],
        ["Actors", [p.actor1_name, p.actor2_name].filter(Boolean).join(" vs ")],
        ["Fatalities", p.fatalities === null || p.fatalities === undefined ? "" : String(p.fatalities)],
        ["Where", [p.location, p.admin1, p.country].filter(Boolean).join(", ")],
        ["Within", p.uncertainty_m ? Math.round(p.uncertainty_m / 1000) + " km" : ""],
        ["Notes", p.notes], ["Source", p.sources]]), { maxWidth: 360 });
    }
    if (layer && extras) extras.decorate(kind, p, layer);
    if (layer) layer.addTo(group);
  });
};
