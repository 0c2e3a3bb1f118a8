/* Territorial control on the map (issue 15): who holds what on the slider's date, or in
 * compare mode what changed between "From" and the slider's date. Loaded before map.js, which
 * calls CMControl.draw / CMControl.drawChanges with its helpers (ctx). Every string from the
 * data goes through textContent; colours through ctx.safeColour. */
(function () {
  "use strict";

  var KINDS = ["claimed", "reported", "assessed"];
  var VERB = { claimed: "claimed by", reported: "reported held by", assessed: "assessed held by" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function shortDay(iso) {
    var p = (iso || "").split("-");
    return p.length === 3 ? parseInt(p[2], 10) + " " + MONTHS[parseInt(p[1], 10) - 1] + " " + p[0] : iso;
  }

  // A fill repeating one SVG `mark` ({tag, attrs}) every `size` px: a <pattern> made once per
  // id in the <defs> of `svg`; `fallback` while the renderer has no svg yet. The map's country
  // shading draws its dots with it too.
  function patternFill(svg, id, size, mark, fallback, transform) {
    if (document.getElementById(id)) return "url(#" + id + ")";
    if (!svg) return fallback;
    var ns = "http://www.w3.org/2000/svg";
    var defs = svg.querySelector("defs") || svg.insertBefore(document.createElementNS(ns, "defs"), svg.firstChild);
    var pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", id);
    pattern.setAttribute("width", String(size));
    pattern.setAttribute("height", String(size));
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    if (transform) pattern.setAttribute("patternTransform", transform);
    var shape = document.createElementNS(ns, mark.tag);
    Object.keys(mark.attrs).forEach(function (name) { shape.setAttribute(name, mark.attrs[name]); });
    pattern.appendChild(shape);
    defs.appendChild(pattern);
    return "url(#" + id + ")";
  }

  // One SVG hatch pattern per colour, in the overlay renderer's <defs>.
  function hatchFill(map, colour) {
    var svg = map.getPane("overlayPane").querySelector("svg");
    var stripe = { tag: "rect", attrs: { width: "3", height: "8", fill: colour } };
    return patternFill(svg, "cm-hatch-" + colour.replace("#", ""), 8, stripe, colour, "rotate(45)");
  }

  // "claimed by A on 12 May 2024" with a link to the sentence, or the imported layer and feature.
  function observationItem(ctx, kind, o) {
    var text = VERB[kind] + " " + (o.side ? o.side.name : "?") + " on " + shortDay(o.observed_on);
    var item = ctx.el("li", { className: "cm-obs cm-obs-" + kind }, [text, " — "]);
    if (o.source.url) item.appendChild(ctx.link(o.source.article ? o.source.article.title : "source", o.source.url));
    else item.appendChild(ctx.el("span", { text: [o.source.name || "imported layer", o.source.file, o.source.feature ? "#" + o.source.feature : ""].filter(Boolean).join(", ") }));
    return item;
  }
  function observationsList(ctx, observations) {
    var list = ctx.el("ul", { className: "sources cm-observations" });
    KINDS.forEach(function (kind) { if (observations[kind]) list.appendChild(observationItem(ctx, kind, observations[kind])); });
    return list;
  }
  function standingPopup(ctx, title, p) {
    var status = p.contested ? "contested" : "held by " + (p.side ? p.side.name : "?");
    var box = ctx.popupBox(title, [["Status", status + (p.disputed ? " (sources disagree)" : "")], ["As of", shortDay(p.as_of)]], []);
    if (p.observations) box.appendChild(observationsList(ctx, p.observations));
    return box;
  }
  // The layer carries what the map draws (fields=marker); a popup fetches its settlement's or
  // area's observations and sources for the layer's day once, then keeps them.
  function lazyPopup(ctx, layer, title, p, query) {
    var full = null;
    return function () {
      if (full) return standingPopup(ctx, title, full);
      fetch(ctx.api + "?" + new URLSearchParams(query).toString())
        .then(function (r) { return r.ok ? r.json() : { features: [] }; })
        .then(function (data) {
          var f = data.features && data.features[0];
          if (!f) return;
          full = f.properties;
          layer.setPopupContent(standingPopup(ctx, title, full));
        }).catch(function () {});
      return standingPopup(ctx, title, p);
    };
  }

  // Hundreds of settlements draw on one canvas (1,300 SVG circles took ~0.2 s of main thread
  // at zoom 8); a few stay SVG elements.
  var SETTLEMENTS_ON_CANVAS = 300, settlementsCanvas = null;
  function draw(data, ctx) {
    ctx.group.clearLayers();
    var items = [], sides = data.sides || {};
    if (!settlementsCanvas) settlementsCanvas = L.canvas({ pane: "lines", padding: 0.1 });
    var renderer = data.features.length > SETTLEMENTS_ON_CANVAS ? settlementsCanvas : undefined;
    data.features.forEach(function (f) {
      var p = f.properties;
      p.side = sides[String(p.side_id)] || null;
      var colour = ctx.safeColour(p.side && p.side.colour);
      var hatched = p.contested || p.disputed;
      var id, layer;
      if (p.type === "area") {
        id = "control-area-" + f.id.split("-").pop();
        layer = L.geoJSON(f, { pane: "shapes", style: { color: colour, weight: 1.5, fillColor: colour, fillOpacity: hatched ? 0.6 : 0.25,
          className: "cm-control-area cm-" + id + (hatched ? " cm-hatched" : "") } });
        if (hatched) layer.on("add", function () { layer.eachLayer(function (l) { if (l._path) l._path.setAttribute("fill", hatchFill(ctx.map, colour)); }); });
        layer.bindPopup(lazyPopup(ctx, layer, p.name, p, { date: data.date, area: p.name }));
        items.push({ id: id, label: "Area: " + p.name + " · " + (p.side ? p.side.name : "") });
      } else {
        id = "control-place-" + p.place.id;
        layer = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          pane: "lines", renderer: renderer, radius: 7, color: hatched ? "#111" : "#fff", weight: 2, dashArray: hatched ? "3 2" : null,
          fillColor: p.contested ? "#999999" : colour, fillOpacity: 0.95,
          className: "cm-control cm-" + id + (p.disputed ? " cm-disputed" : "") + (p.contested ? " cm-contested" : "")
        });
        ctx.bindOnUse(layer, id, p.place.name + " · " + (p.contested ? "contested" : (p.side ? p.side.name : "")),
          lazyPopup(ctx, layer, p.place.name, p, { date: data.date, place: String(p.place.id) }), { maxWidth: 360 });
        items.push({ id: id, label: "Control: " + p.place.name + " · " + (p.side ? p.side.name : "") });
        ctx.group.addLayer(layer);
        return;
      }
      ctx.register(id, layer);
      ctx.group.addLayer(layer);
    });
    return items;
  }

  function sourcesList(ctx, observations) {
    var list = ctx.el("ul", { className: "sources cm-observations" });
    (observations || []).forEach(function (o) { list.appendChild(observationItem(ctx, o.kind, o)); });
    return list;
  }

  // Compare mode: ground gained (solid) and lost (hatched) in the side's colour, and arrows of
  // colour on the settlements that changed hands.
  function drawChanges(data, ctx) {
    ctx.group.clearLayers();
    var items = [];
    data.features.forEach(function (f, index) {
      var p = f.properties;
      var id = f.id, layer;
      if (p.type === "area") {
        var colour = ctx.safeColour(p.side && p.side.colour);
        var lost = p.change === "loss";
        layer = L.geoJSON(f, { pane: "shapes", style: { color: colour, weight: 2, dashArray: lost ? "5 4" : null, fillColor: colour,
          fillOpacity: lost ? 0.5 : 0.35, className: "cm-change cm-change-" + p.change + " cm-" + id } });
        if (lost) layer.on("add", function () { layer.eachLayer(function (l) { if (l._path) l._path.setAttribute("fill", hatchFill(ctx.map, colour)); }); });
        var title = (p.side ? p.side.name : "?") + (lost ? " lost " : " gained ") + p.area_km2.toFixed(1) + " km²";
        layer.bindPopup(function () { var box = ctx.popupBox(title, [], []); box.appendChild(sourcesList(ctx, p.observations)); return box; });
        items.push({ id: id, label: title });
      } else {
        var to = ctx.safeColour(p.to_side && p.to_side.colour), from = ctx.safeColour(p.from_side && p.from_side.colour);
        layer = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          pane: "lines", radius: 9, color: from, weight: 4, fillColor: to, fillOpacity: 1, className: "cm-change cm-change-settlement cm-" + id
        });
        var label = p.place.name + ": " + (p.from_side ? p.from_side.name : "?") + " → " + (p.to_side ? p.to_side.name : "?");
        layer.bindTooltip(ctx.el("span", { text: label }), { direction: "top" });
        layer.bindPopup(function () { var box = ctx.popupBox(label, [], []); box.appendChild(sourcesList(ctx, p.observations)); return box; }, { maxWidth: 360 });
        items.push({ id: id, label: "Changed hands: " + label });
      }
      ctx.register(id, layer);
      ctx.group.addLayer(layer);
    });
    return items;
  }

  window.CMControl = { draw: draw, drawChanges: drawChanges, patternFill: patternFill };
})();
