/* The conflict map page. Config comes from json_script; every string from the data is
 * put on the page with textContent (never innerHTML), so markup in articles stays text. */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("map-config").textContent);
  var LAYERS = ["places", "campaigns", "frontlines", "statements", "events", "control"];
  var DAY = 86400000;

  // ---- small DOM helpers -----------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function safeColour(value) { return /^#[0-9a-fA-F]{3,8}$/.test(value || "") ? value : "#666666"; }
  function safeHref(value) {
    // Only same-site paths or http(s) links become hrefs.
    if (typeof value !== "string") return null;
    if (/^\/(?!\/)/.test(value) || /^https?:\/\//i.test(value)) return value;
    return null;
  }
  function link(text, href) {
    var safe = safeHref(href);
    return safe ? el("a", { href: safe, text: text }) : el("span", { text: text });
  }

  // ---- dates -----------------------------------------------------------------------------
  function parseDay(s) { return s ? Date.parse(s + "T00:00:00Z") : NaN; }
  function fmtDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function validDay(s) { return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(parseDay(s)); }

  // ---- view state (lives in the URL) ------------------------------------------------------
  var params = new URLSearchParams(window.location.search);
  function num(name, fallback) {
    var v = parseFloat(params.get(name));
    return isFinite(v) ? v : fallback;
  }
  var dmin = config.dates.min, dmax = config.dates.max;
  var state = {
    lat: num("lat", config.center[0]),
    lng: num("lng", config.center[1]),
    zoom: num("z", config.zoom),
    layers: params.has("layers") ? params.get("layers").split(",").filter(function (l) { return LAYERS.indexOf(l) >= 0; }) : LAYERS.slice(),
    from: validDay(params.get("from")) ? params.get("from") : dmin,
    to: validDay(params.get("to")) ? params.get("to") : dmax,
    date: validDay(params.get("date")) ? params.get("date") : null,
    actor: params.get("actor") || "",
    kind: params.get("kind") || "",
    conf: Math.min(1, Math.max(0, num("conf", 0))),
    sel: params.get("sel") || "",
    compare: params.get("compare") === "1"  // control layer: changes from "From" to the date
  };
  if (parseDay(state.from) > parseDay(state.to)) state.to = state.from;
  if (!state.date || parseDay(state.date) < parseDay(state.from) || parseDay(state.date) > parseDay(state.to)) state.date = state.to;

  function stateQuery() {
    var c = map.getCenter();
    var q = new URLSearchParams();
    q.set("lat", c.lat.toFixed(4));
    q.set("lng", c.lng.toFixed(4));
    q.set("z", String(map.getZoom()));
    q.set("layers", state.layers.join(","));
    q.set("from", state.from);
    q.set("to", state.to);
    q.set("date", state.date);
    if (state.actor) q.set("actor", state.actor);
    if (state.kind) q.set("kind", state.kind);
    if (state.conf > 0) q.set("conf", String(state.conf));
    if (state.sel) q.set("sel", state.sel);
    if (state.compare) q.set("compare", "1");
    return q.toString();
  }
  function saveState() {
    window.history.replaceState(null, "", window.location.pathname + "?" + stateQuery());
  }

  // ---- map and basemap ------------------------------------------------------------------
  var map = L.map("map", {
    center: [state.lat, state.lng], zoom: state.zoom,
    minZoom: config.minZoom, maxZoom: config.maxZoom, zoomControl: true
  });
  // No position in the link: fit the data of the chosen period (or the latest week) instead of
  // a fixed region, so freshly ingested articles elsewhere in the world are in view.
  var fit = config.fit;
  if (!params.has("lat") && !params.has("lng") && fit && fit.length === 4) {
    var pad = 0.5;  // degrees: a single place still gets some surroundings
    map.fitBounds([[fit[1] - pad, fit[0] - pad], [fit[3] + pad, fit[2] + pad]], { maxZoom: 9, padding: [30, 30], animate: false });
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Leaflet");
  map.attributionControl.addAttribution(config.attribution);
  map.createPane("basemap").style.zIndex = 200;
  map.createPane("shapes").style.zIndex = 350;  // rivers and regions, under the place markers
  map.createPane("lines").style.zIndex = 410;

  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, pane: "basemap" }).addTo(map);
  }
  var basemapStyle = {
    countries: { color: "#8a8a7a", weight: 1, fillColor: "#f2efe6", fillOpacity: config.tileUrl ? 0 : 1 },
    lakes: { color: "#7fa9c9", weight: 0.5, fillColor: "#b9d3e6", fillOpacity: 1 },
    rivers: { color: "#6d9cc4", weight: 1.2 }
  };
  // One canvas for the whole basemap: thousands of border vertices draw far faster than SVG.
  var basemapRenderer = L.canvas({ pane: "basemap", padding: 0.2 });
  var basemapLayers = {};
  ["countries", "lakes", "rivers"].forEach(function (name) {
    fetch(config.basemap[name]).then(function (r) { return r.json(); }).then(function (data) {
      var t0 = performance.now();
      basemapLayers[name] = L.geoJSON(data, { pane: "basemap", renderer: basemapRenderer, interactive: false, style: basemapStyle[name] });
      // Keep the drawing order countries < lakes < rivers whatever order the files arrive in.
      ["countries", "lakes", "rivers"].forEach(function (n) { if (basemapLayers[n]) basemapLayers[n].remove().addTo(map); });
      document.body.dataset["basemap" + name] = String(Math.round(performance.now() - t0));
    }).catch(function () { /* the basemap is decoration; the data layers still work */ });
  });

  // Place, region and water names (static/conflictmap/js/labels.js).
  if (window.ConflictMapLabels) {
    window.ConflictMapLabels.attach(map, { url: config.api.labels, admin1Url: config.admin1Outlines, renderer: basemapRenderer });
  }

  // ---- layers ----------------------------------------------------------------------------
  var groups = {
    places: L.layerGroup(),
    campaigns: L.layerGroup(),
    frontlines: L.layerGroup(),
    statements: L.layerGroup(),
    events: L.layerGroup(),
    control: L.layerGroup()
  };
  var UNCLUSTERED_ZOOM = 9;  // from this zoom on every place marker is drawn on its own
  var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true, disableClusteringAtZoom: UNCLUSTERED_ZOOM,
    chunkProgress: function (done, total) { if (done >= total) clustersSettled(); } });
  var featureLayers = {};  // feature id -> Leaflet layer, for ?sel= and search
  var redrawing = false;  // true while a layer's features are being replaced
  var listing = { places: [], campaigns: [], frontlines: [], statements: [], events: [], control: [] };  // for the keyboard list

  function popupBox(title, rows, links) {
    var box = el("div", { className: "popup" }, [el("h3", { text: title })]);
    var dl = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      dl.appendChild(el("dt", { text: row[0] }));
      dl.appendChild(el("dd", {}, [typeof row[1] === "string" ? row[1] : row[1]]));
    });
    box.appendChild(dl);
    (links || []).forEach(function (l) { if (l) box.appendChild(el("p", {}, [l])); });
    return box;
  }
  function actorNode(actor) {
    if (!actor) return "";
    return el("span", { className: "actor" }, [
      el("span", { className: "dot", style: "background:" + safeColour(actor.colour), "aria-hidden": "true" }),
      actor.name
    ]);
  }
  function actorsNode(list) {
    var span = el("span");
    (list || []).forEach(function (a, i) { if (i) span.appendChild(document.createTextNode(", ")); span.appendChild(actorNode(a)); });
    return span;
  }
  function select(id, layer) {
    return function () {
      state.sel = id;
      saveState();
    };
  }
  function register(id, layer) {
    featureLayers[id] = layer;
    layer.on("popupopen", select(id, layer));
    // A popup closed by a reload replacing its layer keeps the selection: the new layer reopens it.
    layer.on("popupclose", function () { if (!redrawing && state.sel === id) { state.sel = ""; saveState(); } });
  }

  var placesClustered = false;
  var CLUSTER_BELOW_ZOOM = 8;
  function lazyBind(layer, id, name, popup) {
    var bound = false;
    return function () {
      if (bound) return;
      bound = true;
      layer.bindTooltip(el("span", { text: name }), { direction: "top" });
      layer.bindPopup(popup);
      register(id, layer);
    };
  }
  clusters.on("mouseover", function (e) { if (e.layer.cmBind) { e.layer.cmBind(); e.layer.openTooltip(); } });
  clusters.on("click", function (e) { if (e.layer.cmBind) { e.layer.cmBind(); e.layer.openPopup(); } });

  function drawPlaces(data) {
    listing.places = data.features.filter(function (f) { return !f.properties.cluster; }).slice(0, 40).map(function (f) {
      return { id: "place-" + f.properties.id, label: f.properties.name + " · " + (f.properties.mentions || 0) + " mentions" };
    });
    clusters.clearLayers();
    groups.places.clearLayers();
    var shapes = L.featureGroup();
    var markers = [];
    placesClustered = Boolean(data.clustered);
    data.features.forEach(function (f) {
      var p = f.properties;
      if (p.cluster) {
        // A server-side cluster (low zoom, many places): a count that zooms in when clicked.
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var size = Math.round(Math.min(48, 22 + 4 * Math.log(p.places + 1)));
        var icon = L.divIcon({ className: "cm-place-cluster", iconSize: [size, size] });
        var m = L.marker(ll, { icon: icon, title: p.places + " places, " + p.mentions + " mentions", keyboard: true });
        m.on("add", function () { var node = m.getElement(); if (node) { node.textContent = String(p.places); } });
        m.on("click", function () { map.flyTo(ll, Math.min(map.getZoom() + 2, config.maxZoom)); });
        shapes.addLayer(m);
        return;
      }
      var id = "place-" + p.id;
      var popup = function () { return placePopup(p); };
      var layer;
      if (f.geometry.type === "Point") {
        var radius = 5 + 3 * Math.sqrt(p.mentions || 0);
        layer = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          radius: Math.min(radius, 30), color: "#7a1f1f", weight: 1.5, fillColor: "#d9534f", fillOpacity: 0.75,
          className: "cm-place cm-" + id
        });
        // Tooltip and popup are bound on first use: thousands of markers draw much faster.
        layer.cmBind = lazyBind(layer, id, p.name, popup);
        featureLayers[id] = layer;
        markers.push(layer);
        return;
      } else {
        var isArea = /Polygon/.test(f.geometry.type);
        layer = L.geoJSON(f, {
          pane: "shapes",
          style: { color: p.kind === "river" ? "#1f6fb2" : "#9c6b30", weight: p.kind === "river" ? 4 : 2,
                   fillOpacity: isArea ? 0.12 : 0, dashArray: isArea ? "4 4" : null, className: "cm-place cm-" + id }
        });
        layer.bindTooltip(el("span", { text: p.name }), { sticky: true });
        shapes.addLayer(layer);
      }
      layer.bindPopup(popup);
      register(id, layer);
    });
    // markercluster adds the markers in timed chunks after this returns: note when it is done.
    if (map.hasLayer(groups.places)) clustersBusy();
    clusters.addLayers(markers);
    groups.places.addLayer(shapes);
    groups.places.addLayer(clusters);
  }

  // A place's popup cites: up to five sentences that name it (outlet, date, a link to the
  // sentence highlighted in its article, "n more"), then how the point was geocoded.
  function placePopup(p) {
    var box = popupBox(p.name, [["Kind", kindLabels[p.kind] || p.kind], ["Mentions", String(p.mentions)], ["Curated", p.curated ? "yes" : ""]], []);
    var list = el("ul", { className: "sources" });
    var why = el("div", { className: "geocoding" });
    box.appendChild(list);
    box.appendChild(why);
    var q = new URLSearchParams({ place: String(p.id) });
    if (state.from !== dmin) q.set("start", state.from);
    if (state.date !== dmax) q.set("end", state.date);
    if (state.actor) q.set("actor", state.actor);
    if (state.conf > 0) q.set("min_confidence", String(state.conf));
    fetch(config.api.place_sources + "?" + q.toString()).then(function (r) { return r.json(); }).then(function (data) {
      (data.sources || []).forEach(function (s) {
        list.appendChild(el("li", {}, [link("“" + s.sentence + "”", s.url),
          el("span", { className: "source-meta", text: " — " + [s.outlet || s.title, s.date].filter(Boolean).join(", ") })]));
      });
      if (data.more) list.appendChild(el("li", { className: "more", text: data.more + " more" }));
      if (!(data.sources || []).length) list.appendChild(el("li", { text: p.curated ? "Placed by a curator; no article in this view names it." : "No sentence in this view." }));
      geocodingNote(why, data.geocoding);
    }).catch(function () {});
    return box;
  }
  function geocodingNote(node, g) {
    if (!g || !g.mentions) return;
    node.appendChild(el("h4", { text: "Why is this point here?" }));
    var methods = (g.methods || []).map(function (m) { return m.method + " (" + m.mentions + ")"; }).join(", ");
    node.appendChild(el("p", { text: "Geocoded by " + methods + "; confidence " + g.best_confidence + " at best, " + g.mean_confidence + " on average." }));
    if (!g.candidates_considered) return;
    var items = el("ol", { className: "candidates" });
    g.candidates.forEach(function (c) {
      items.appendChild(el("li", { text: c.name + (c.country ? " (" + c.country + ")" : "") + (c.score !== null && c.score !== undefined ? " · score " + c.score : "") + (c.chosen ? " · chosen" : "") }));
    });
    node.appendChild(el("p", { text: g.candidates_considered + " candidate" + (g.candidates_considered === 1 ? "" : "s") + " considered:" }));
    node.appendChild(items);
  }

  function drawCampaigns(data) {
    listing.campaigns = data.features.map(function (f) {
      return { id: "campaign-" + f.properties.id, label: "Campaign: " + f.properties.name + (f.properties.target ? " → " + f.properties.target.name : "") };
    });
    groups.campaigns.clearLayers();
    data.features.forEach(function (f) {
      var p = f.properties;
      var id = "campaign-" + p.id;
      var colour = safeColour(p.colour);
      var layer, look = window.CMCampaigns.look(p);
      if (f.geometry.type === "LineString" || f.geometry.type === "MultiLineString") {
        var flip = function (c) { return [c[1], c[0]]; };
        var latlngs = f.geometry.type === "LineString" ? f.geometry.coordinates.map(flip)
          : f.geometry.coordinates.map(function (part) { return part.map(flip); });
        layer = L.polyline(latlngs, { color: colour, weight: 5, opacity: look.opacity, dashArray: look.dashArray, className: "cm-campaign cm-" + id + look.className });
        if (layer.arrowheads) layer.arrowheads({ size: "18px", frequency: "endonly", fill: true, yawn: 50 });
      } else {
        var c = f.geometry.type === "Point" ? f.geometry.coordinates : [state.lng, state.lat];
        layer = L.circleMarker([c[1], c[0]], { radius: 12, color: colour, weight: 4, opacity: look.opacity, fill: false, className: "cm-campaign cm-" + id + look.className });
      }
      var label = window.CMCampaigns.label(p);
      layer.bindTooltip(el("span", { className: "campaign-label", text: label }), { permanent: true, direction: "right", className: "campaign-tooltip" });
      layer.bindPopup(function () {
        var sources = el("ul", { className: "sources" });
        (p.sources || []).forEach(function (s) {
          sources.appendChild(el("li", {}, [el("q", { text: s.sentence || s.title }), " ", link("Read in article", s.url)]));
        });
        return popupBox(p.name, [
          ["Attackers", actorsNode(p.attackers)], ["Opponents", actorsNode(p.opponents)],
          ["Target", p.target ? p.target.name : ""], ["Came from", window.CMCampaigns.cameFrom(p)], ["Started", p.started_on], ["Ended", p.ended_on],
          ["Status", p.status], ["Sources", sources]
        ], []);
      });
      register(id, layer);
      groups.campaigns.addLayer(layer);
    });
    window.CMCampaigns.listNotLocated(data.not_located);
  }

  // Campaign names are permanent labels: hide any that would overlap one shown before it (in
  // the server's order) or run off the map, and look again after every move.
  function declutterCampaignLabels() {
    var frame = map.getContainer().getBoundingClientRect();
    var kept = [];
    groups.campaigns.eachLayer(function (layer) {
      var tip = layer.getTooltip && layer.getTooltip();
      var node = tip && tip.getElement();
      if (!node) return;
      node.classList.remove("cm-label-hidden");
      var r = node.getBoundingClientRect();
      var inside = r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      var clash = kept.some(function (k) { return r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom; });
      if (inside && !clash) kept.push(r); else node.classList.add("cm-label-hidden");
    });
  }
  map.on("moveend", function () { window.setTimeout(declutterCampaignLabels, 0); });

  function drawFrontlines(data) {
    listing.frontlines = data.features.map(function (f) { return { id: "frontline-" + f.properties.id, label: "Front line: " + f.properties.name }; });
    groups.frontlines.clearLayers();
    data.features.forEach(function (f) {
      var p = f.properties;
      var id = "frontline-" + p.id;
      var a = safeColour(p.side_a && p.side_a.colour), b = safeColour(p.side_b && p.side_b.colour);
      // Side A's colour as a wide band, side B's as a dashed line on top.
      var base = L.geoJSON(f, { pane: "lines", style: { color: a, weight: 7, opacity: 0.85, className: "cm-frontline cm-" + id } });
      var top = L.geoJSON(f, { pane: "lines", style: { color: b, weight: 3, dashArray: "8 8", opacity: 1, className: "cm-frontline-b" } });
      var layer = L.featureGroup([base, top]);
      layer.bindTooltip(el("span", { text: p.name }), { sticky: true });
      layer.bindPopup(function () {
        return popupBox(p.name, [
          ["Between", actorsNode([p.side_a, p.side_b])], ["Valid from", p.valid_from], ["Valid to", p.valid_to || "open"],
          ["Confidence", String(p.confidence)], ["Approximate", p.approximate ? "yes" : "no"], ["Source", p.source_note]
        ], [p.url ? link("Source sentence in " + (p.article ? p.article.title : "article"), p.url) : null]);
      });
      register(id, layer);
      groups.frontlines.addLayer(layer);
    });
  }

  // Several quotes at one place fan out sideways (in pixels, so at every zoom) to stay clickable.
  function quoteIcon(n) {
    return L.divIcon({ className: "cm-statement-icon", html: "<span aria-hidden=\"true\">&ldquo;</span>",
      iconSize: [28, 28], iconAnchor: [-8 - 32 * n, 38], popupAnchor: [22 + 32 * n, -36] });
  }
  function drawStatements(data) {
    listing.statements = data.features.map(function (f) {
      return { id: "statement-" + f.properties.id, label: "Statement: " + (f.properties.speaker || f.properties.role || "unknown speaker") + (f.properties.place ? " on " + f.properties.place.name : "") };
    });
    groups.statements.clearLayers();
    var seen = {};
    data.features.forEach(function (f) {
      var p = f.properties;
      var id = "statement-" + p.id;
      var c = f.geometry.coordinates;
      var key = c.join(",");
      seen[key] = (seen[key] || 0) + 1;
      var marker = L.marker([c[1], c[0]], { icon: quoteIcon(seen[key] - 1), title: "Statement by " + (p.speaker || "unknown speaker"), alt: "Statement", keyboard: true });
      marker.on("add", function () { var node = marker.getElement(); if (node) node.classList.add("cm-statement", "cm-" + id); });
      marker.bindPopup(function () {
        var box = el("div", { className: "popup statement" }, [
          el("blockquote", { text: p.quote }),
          el("p", { className: "speaker" }, [el("strong", { text: p.speaker || "Unknown speaker" }), p.role ? ", " + p.role : ""])
        ]);
        var dl = el("dl");
        [["Actor", actorNode(p.actor)], ["Date", p.date], ["About", p.place ? p.place.name : ""],
         ["Source", p.article ? (p.article.outlet ? p.article.outlet + ": " : "") + p.article.title : ""]].forEach(function (row) {
          if (!row[1]) return;
          dl.appendChild(el("dt", { text: row[0] }));
          dl.appendChild(el("dd", {}, [row[1]]));
        });
        box.appendChild(dl);
        box.appendChild(el("p", {}, [link("Read the quote in its article", p.url)]));
        return box;
      }, { maxWidth: 340 });
      register(id, marker);
      groups.statements.addLayer(marker);
    });
  }

  // ACLED and UCDP events at the dataset's point, inside a dashed circle as wide as the
  // dataset's location is uncertain (a town: 2 km; a province: 150 km).
  var PRECISION = { 1: "exact day", 2: "within a week", 3: "within a month" };
  function eventLabel(p) {
    return p.event_type + (p.location ? " at " + p.location : "") + ", " + p.start;
  }
  function drawEvents(data) {
    listing.events = data.features.map(function (f) { return { id: "event-" + f.properties.id, label: "Event: " + eventLabel(f.properties) }; });
    groups.events.clearLayers();
    data.features.forEach(function (f) {
      var p = f.properties;
      var id = "event-" + p.id;
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      var colour = safeColour(p.actor1 && p.actor1.colour);
      groups.events.addLayer(L.circle(ll, { radius: p.uncertainty_m, interactive: false, color: colour, weight: 1,
        dashArray: "3 4", fillOpacity: 0.05, className: "cm-event-uncertainty cm-uncertainty-" + id }));
      var marker = L.circleMarker(ll, { radius: 6, color: "#222", weight: 1.5, fillColor: colour, fillOpacity: 0.9,
        className: "cm-event cm-" + id });
      marker.bindTooltip(el("span", { text: eventLabel(p) }), { direction: "top" });
      marker.bindPopup(function () {
        var when = p.start === p.end ? p.start : p.start + " – " + p.end;
        return popupBox(p.event_type + (p.sub_event_type ? ": " + p.sub_event_type : ""), [
          ["Dataset", p.dataset_label + " " + p.event_id],
          ["Date", when + " (" + (PRECISION[p.date_precision] || "") + ")"],
          ["Actors", actorsNode([p.actor1, p.actor2].filter(Boolean))],
          ["Fatalities", p.fatalities === null ? "" : String(p.fatalities)],
          ["Location", [p.location, p.admin1, p.country].filter(Boolean).join(", ")],
          ["Precision", "within about " + Math.round(p.uncertainty_m / 1000) + " km"],
          ["Notes", p.notes], ["Sources", p.sources]
        ], []);
      }, { maxWidth: 360 });
      register(id, marker);
      groups.events.addLayer(marker);
    });
  }

  var kindLabels = {};
  config.kinds.forEach(function (k) { kindLabels[k.value] = k.label; });
  // Territorial control is drawn by control.js (its own file, loaded first).
  var controlContext = { group: groups.control, map: map, el: el, link: link, popupBox: popupBox, safeColour: safeColour, register: register };
  function drawControl(data) {
    listing.control = (state.compare ? window.CMControl.drawChanges : window.CMControl.draw)(data, controlContext);
  }
  var drawers = { places: drawPlaces, campaigns: drawCampaigns, frontlines: drawFrontlines, statements: drawStatements, events: drawEvents, control: drawControl };

  // ---- fetching --------------------------------------------------------------------------
  var controllers = {};
  var painted = false;
  function layerQuery(name) {
    var q = new URLSearchParams();
    if (name === "control") {
      if (state.compare) { q.set("from", state.from); q.set("to", state.date); } else q.set("date", state.date);
      // Control is asked for the view (padded), not the world: reloaded on moveend below.
      var b = map.getBounds().pad(0.25);
      var clamp = function (v, lim) { return Math.max(-lim, Math.min(lim, v)).toFixed(3); };
      q.set("bbox", [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(","));
      return q.toString();
    }
    if (name === "frontlines") {
      q.set("date", state.date);
    } else if (name === "campaigns") {
      // Always the slider's day: campaigns that ended before it fade, then leave the map.
      if (state.from !== dmin) q.set("start", state.from);
      q.set("end", state.date);
    } else {
      // A window covering every date is no filter: the server then takes its faster path.
      if (state.from !== dmin) q.set("start", state.from);
      if (state.date !== dmax) q.set("end", state.date);
    }
    if (state.actor) q.set("actor", state.actor);
    if (name === "places") q.set("zoom", String(map.getZoom()));
    if (name === "places" && state.kind) q.set("kind", state.kind);
    if (name === "places" && state.conf > 0) q.set("min_confidence", String(state.conf));
    q.set("limit", "5000");
    return q.toString();
  }
  function setCount(name, n) {
    var node = document.querySelector('[data-count-for="' + name + '"]');
    if (node) node.textContent = n === null ? "" : "(" + n + ")";
  }
  function load(name) {
    if (controllers[name]) controllers[name].abort();
    if (state.layers.indexOf(name) < 0) { groups[name].clearLayers(); setCount(name, null); return Promise.resolve(); }
    var ctrl = new AbortController();
    controllers[name] = ctrl;
    var url = name === "control" && state.compare ? config.api.changes : config.api[name];
    var loading = fetch(url + "?" + layerQuery(name), { signal: ctrl.signal })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (e) { throw new Error(e.error || r.statusText); });
        return r.json();
      })
      // Never clear the clusters while markercluster still has chunks of the last draw queued.
      .then(function (data) { return name === "places" ? clustersIdle.then(function () { return data; }) : data; })
      .then(function (data) {
        var t0 = performance.now();
        redrawing = true;
        try { drawers[name](data); } finally { redrawing = false; }
        if (name === "campaigns") declutterCampaignLabels();
        // Timing for benchmarks/api_bench.py: when the data arrived and how long drawing took.
        document.body.dataset["timing" + name] = Math.round(t0) + "+" + Math.round(performance.now() - t0);
        setCount(name, data.features.length);
        document.body.dataset["loaded" + name] = String(data.features.length);
        document.dispatchEvent(new CustomEvent("map:layer", { detail: name }));
      })
      .catch(function (err) {
        if (err.name !== "AbortError") setStatus("Could not load " + name + ": " + err.message);
      });
    layerLoads[name] = loading;
    return loading;
  }
  function reloadAll() {
    var pending = LAYERS.map(load);
    return Promise.all(pending).then(function () { return whenLayerReady("places"); }).then(function () {
      if (!painted) {
        painted = true;
        // Benchmarks read this: ms from navigation start to the data layers drawn.
        document.documentElement.dataset.mapPainted = String(Math.round(performance.now()));
        document.dispatchEvent(new CustomEvent("map:painted"));
      }
      openSelected();
      renderFeatureList();
      document.body.dataset.ready = "true";
      document.dispatchEvent(new CustomEvent("map:reloaded"));
    });
  }
  var reloadTimer = null;
  function scheduleReload() {
    window.clearTimeout(reloadTimer);
    reloadTimer = window.setTimeout(reloadAll, 120);
  }
  function renderFeatureList() {
    var list = byId("feature-list");
    list.textContent = "";
    LAYERS.forEach(function (name) {
      if (state.layers.indexOf(name) < 0) return;
      var seen = {};
      listing[name].forEach(function (item) {
        if (seen[item.id]) return;
        seen[item.id] = true;
        var b = el("button", { type: "button", text: item.label });
        b.addEventListener("click", function () { openFeature(item.id); });
        list.appendChild(el("li", {}, [b]));
      });
    });
  }
  // ---- waiting for layers before opening a feature ----------------------------------------
  // Search, the feature list and ?sel= open a feature only once its layer's load in flight is
  // drawn, and for places once markercluster has added its last chunk of markers (it goes on
  // in timeouts after drawPlaces returns). Opening earlier found no layer, or one a reload was
  // about to replace; clearing the clusters mid-chunk made markercluster throw "Cannot use
  // 'in' operator to search for '_leaflet_id' in undefined".
  var layerLoads = {};  // layer name -> promise of its latest load
  var clustersIdle = Promise.resolve(), clustersSettle = null;
  function clustersBusy() {
    if (clustersSettle) return;
    clustersIdle = new Promise(function (resolve) { clustersSettle = resolve; });
  }
  function clustersSettled() {
    if (clustersSettle) { var settle = clustersSettle; clustersSettle = null; settle(); }
  }
  function whenLayerReady(name) {
    var current = layerLoads[name];
    return Promise.resolve(current)
      .then(function () { return name === "places" ? clustersIdle : null; })
      .then(function () { return layerLoads[name] !== current ? whenLayerReady(name) : null; });
  }
  var LAYER_OF = { place: "places", campaign: "campaigns", frontline: "frontlines", statement: "statements", event: "events" };
  function layerOfId(id) { return LAYER_OF[String(id).split("-")[0]]; }
  function openSelectedWhenReady() {
    var name = layerOfId(state.sel);
    return name ? whenLayerReady(name).then(openSelected) : Promise.resolve(false);
  }
  // Turn the feature's layer on if it is off, wait for it, then fly to the feature and open it;
  // a feature the current filters do not draw (or a place inside a server-side cluster) is
  // flown to from the search result's own point or box, and opened if a reload brings it.
  function openFeature(id, where) {
    var name = layerOfId(id);
    if (!name) return Promise.resolve();
    var box = document.querySelector('input[name="layer"][value="' + name + '"]');
    if (box && !box.checked) { box.checked = true; box.dispatchEvent(new Event("change")); }
    state.sel = id;
    saveState();
    return whenLayerReady(name).then(function () {
      if (featureLayers[id] && !where) { showFeature(id); return; }
      // A search result: fly to it (close enough that no cluster hides a place), then open it.
      map.once("moveend", openSelectedWhenReady);
      if (where && where.lat !== undefined) map.flyTo([where.lat, where.lon], Math.max(map.getZoom(), UNCLUSTERED_ZOOM));
      else if (where && where.bbox) map.flyToBounds([[where.bbox[1], where.bbox[0]], [where.bbox[3], where.bbox[2]]], { maxZoom: 9, padding: [40, 40] });
    });
  }
  // An actor chosen in search filters every layer to it, like the Actor menu, and shows its extent.
  function chooseActor(r) {
    actorSelect.value = String(r.id);
    state.actor = actorSelect.value === String(r.id) ? String(r.id) : "";
    saveState();
    reloadAll();
    if (r.bbox) map.flyToBounds([[r.bbox[1], r.bbox[0]], [r.bbox[3], r.bbox[2]]], { maxZoom: 9, padding: [40, 40] });
    setStatus(r.name + (state.actor ? " — map filtered to this actor" : "") + (r.bbox ? "" : " — nothing on the map yet"));
  }

  var revealing = null;  // the id revealSelected is bringing into view
  function showFeature(id) {
    var layer = featureLayers[id];
    if (!layer) return;
    state.sel = id;
    revealing = null;
    saveState();
    if (clusters.hasLayer(layer)) { revealSelected(); return; }
    // Listen before flying: a flight to the view the map already shows ends at once.
    map.once("moveend", openSelectedWhenReady);
    if (layer.getLatLng) map.flyTo(layer.getLatLng(), Math.max(map.getZoom(), 8));
    else map.flyToBounds(layer.getBounds(), { maxZoom: 9, padding: [40, 40] });
  }

  // Open the selected feature's popup if its layer is on the map now. The layer is looked up
  // by id every time (a reload may have replaced it since the click), and every listener that
  // waits for it looks again when it fires. markercluster's zoomToShowLayer did not: its
  // moveend listener threw "Cannot use 'in' operator to search for '_leaflet_id' in undefined"
  // on every later move once a reload had emptied the clusters.
  function openSelected() {
    var layer = state.sel && featureLayers[state.sel];
    if (!layer) return false;
    if (layer.cmBind) layer.cmBind();
    if (!layer._map) {  // in a cluster, off screen, switched off or replaced
      // markercluster adds a revealed marker after its zoom animation or a reload: open it then.
      if (revealing === state.sel && clusters.hasLayer(layer)) layer.once("add", openSelected);
      return false;
    }
    revealing = null;
    layer.openPopup();
    return true;
  }
  // The same for a feature the user asked for: a place hidden in a cluster or off screen is
  // flown to first, zoomed in past clustering (a reload on the way reopens it too).
  function revealSelected() {
    if (openSelected()) return;
    var layer = state.sel && featureLayers[state.sel];
    if (!layer || !clusters.hasLayer(layer)) return;
    revealing = state.sel;
    map.once("moveend", openSelectedWhenReady);
    map.flyTo(layer.getLatLng(), Math.max(map.getZoom(), UNCLUSTERED_ZOOM));
  }

  // ---- controls --------------------------------------------------------------------------
  function setStatus(text) { byId("search-status").textContent = text; }

  LAYERS.forEach(function (name) {
    var box = document.querySelector('input[name="layer"][value="' + name + '"]');
    box.checked = state.layers.indexOf(name) >= 0;
    if (box.checked) groups[name].addTo(map);
    box.addEventListener("change", function () {
      state.layers = LAYERS.filter(function (l) { return document.querySelector('input[name="layer"][value="' + l + '"]').checked; });
      if (box.checked) { groups[name].addTo(map); load(name).then(renderFeatureList); } else { map.removeLayer(groups[name]); setCount(name, null); renderFeatureList(); }
      saveState();
    });
  });

  var actorSelect = byId("actor-filter"), legend = byId("actor-legend");
  config.actors.forEach(function (a) {
    actorSelect.appendChild(el("option", { value: String(a.id), text: a.name }));
    legend.appendChild(el("li", {}, [actorNode(a)]));
  });
  actorSelect.value = state.actor;
  if (actorSelect.value !== state.actor) state.actor = "";
  actorSelect.addEventListener("change", function () { state.actor = actorSelect.value; saveState(); scheduleReload(); });

  var kindSelect = byId("kind-filter");
  config.kinds.forEach(function (k) { kindSelect.appendChild(el("option", { value: k.value, text: k.label })); });
  kindSelect.value = state.kind;
  if (kindSelect.value !== state.kind) state.kind = "";
  kindSelect.addEventListener("change", function () { state.kind = kindSelect.value; saveState(); scheduleReload(); });

  var conf = byId("confidence-filter"), confLabel = byId("confidence-label");
  conf.value = String(state.conf);
  confLabel.textContent = state.conf.toFixed(2);
  conf.addEventListener("input", function () { state.conf = parseFloat(conf.value) || 0; confLabel.textContent = state.conf.toFixed(2); saveState(); scheduleReload(); });

  var from = byId("date-from"), to = byId("date-to"), slider = byId("time-slider"), timeLabel = byId("time-label");
  function syncSlider() {
    var days = Math.max(0, Math.round((parseDay(state.to) - parseDay(state.from)) / DAY));
    slider.max = String(days);
    slider.value = String(Math.round((parseDay(state.date) - parseDay(state.from)) / DAY));
    slider.setAttribute("aria-valuetext", state.date);
    timeLabel.textContent = state.date;
    from.value = state.from; to.value = state.to;
  }
  function setRange() {
    if (!validDay(from.value) || !validDay(to.value)) return;
    state.from = from.value; state.to = to.value;
    if (parseDay(state.from) > parseDay(state.to)) { state.to = state.from; }
    if (parseDay(state.date) < parseDay(state.from) || parseDay(state.date) > parseDay(state.to)) state.date = state.to;
    syncSlider(); saveState(); scheduleReload();
  }
  from.addEventListener("change", setRange);
  to.addEventListener("change", setRange);
  slider.addEventListener("input", function () {
    state.date = fmtDay(parseDay(state.from) + parseInt(slider.value, 10) * DAY);
    syncSlider(); saveState(); scheduleReload();
  });
  syncSlider();

  var compare = byId("compare");
  compare.checked = state.compare;
  compare.addEventListener("change", function () { state.compare = compare.checked; saveState(); load("control").then(renderFeatureList); });

  // Playback steps through the days on which something changed (control observations, front
  // line versions, campaign starts and ends: /api/timeline.json), draws each day's data before
  // moving on, and shows the day being drawn. Without such days it steps evenly as before.
  var play = byId("play"), playTimer = null, playing = false, PLAY_PAUSE_MS = 800;
  function stop() {
    playing = false; window.clearTimeout(playTimer); window.clearInterval(playTimer); playTimer = null;
    play.textContent = "Play"; play.setAttribute("aria-pressed", "false");
  }
  function changeDates() {
    var q = new URLSearchParams({ start: state.from, end: state.to });
    return fetch(config.api.timeline + "?" + q.toString()).then(function (r) { return r.ok ? r.json() : { dates: [] }; })
      .then(function (data) { return data.dates || []; }, function () { return []; });
  }
  function drawDay(day) {
    state.date = day;
    syncSlider(); saveState();
    timeLabel.textContent = day + " (drawing…)";
    window.clearTimeout(reloadTimer);
    return reloadAll().then(function () {
      timeLabel.textContent = day;
      var played = document.body.dataset.played;
      document.body.dataset.played = played ? played + "," + day : day;
    });
  }
  function playChanges(days) {
    var next = days.filter(function (d) { return d > state.date; })[0];
    if (!playing || !next) { stop(); return; }
    drawDay(next).then(function () { if (playing) playTimer = window.setTimeout(function () { playChanges(days); }, PLAY_PAUSE_MS); });
  }
  function playEvenly() {
    var step = Math.max(1, Math.round(parseInt(slider.max, 10) / 40));
    playTimer = window.setInterval(function () {
      var next = Math.min(parseInt(slider.max, 10), parseInt(slider.value, 10) + step);
      slider.value = String(next);
      slider.dispatchEvent(new Event("input"));
      if (next >= parseInt(slider.max, 10)) stop();
    }, PLAY_PAUSE_MS);
  }
  play.addEventListener("click", function () {
    if (playing) { stop(); return; }
    playing = true;
    play.textContent = "Pause"; play.setAttribute("aria-pressed", "true");
    document.body.dataset.played = "";
    changeDates().then(function (days) {
      if (!playing) return;
      days = days.filter(function (d) { return d >= state.from && d <= state.to; });
      if (!days.length) { if (slider.value === slider.max) slider.value = "0"; playEvenly(); return; }
      // From the start of the range when nothing is left to play after the current day.
      if (!days.some(function (d) { return d > state.date; })) {
        drawDay(state.from).then(function () { if (playing) playTimer = window.setTimeout(function () { playChanges(days); }, PLAY_PAUSE_MS); });
        return;
      }
      playChanges(days);
    });
  });

  // Search: the server folds spellings (Ar-Raqqah = Raqqa) and aliases (Daesh = Islamic State).
  var results = byId("search-results");
  function flyToResult(r) {
    if (r.type === "actor") { chooseActor(r); return; }
    setStatus(r.name + (r.matched && r.matched !== r.name ? " (matched “" + r.matched + "”)" : ""));
    openFeature(r.type + "-" + r.id, r);
  }
  byId("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = byId("search-input").value.trim();
    results.textContent = "";
    if (!q) return;
    fetch(config.api.search + "?" + new URLSearchParams({ q: q }).toString())
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (data.error || !data.results.length) { setStatus("No place or actor called “" + q + "”"); return; }
        flyToResult(data.results[0]);
        data.results.slice(0, 6).forEach(function (r) {
          var b = el("button", { type: "button", text: r.name + " · " + (r.type === "actor" ? "actor" : r.kind) });
          b.addEventListener("click", function () { flyToResult(r); });
          results.appendChild(el("li", {}, [b]));
        });
      })
      .catch(function () { setStatus("Search failed"); });
  });

  byId("copy-link").addEventListener("click", function () {
    saveState();
    var url = window.location.href;
    var done = function () { byId("copy-status").textContent = "Link copied"; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, function () { byId("copy-status").textContent = url; });
    else byId("copy-status").textContent = url;
  });

  var toggle = byId("panel-toggle"), panel = byId("panel");
  function setPanel(open) { panel.classList.toggle("closed", !open); toggle.setAttribute("aria-expanded", String(open)); }
  if (window.matchMedia("(max-width: 700px)").matches) setPanel(false);
  toggle.addEventListener("click", function () { setPanel(panel.classList.contains("closed")); });

  map.on("moveend", saveState);
  var controlTimer = null;
  map.on("moveend", function () {
    window.clearTimeout(controlTimer);
    controlTimer = window.setTimeout(function () { load("control").then(renderFeatureList); }, 150);
  });
  // Server-side clusters depend on the zoom: fetch again when they may change.
  var lastZoom = map.getZoom();
  map.on("zoomend", function () {
    var z = map.getZoom();
    var crossed = (z < CLUSTER_BELOW_ZOOM) !== (lastZoom < CLUSTER_BELOW_ZOOM);
    lastZoom = z;
    if (placesClustered || crossed) load("places").then(openSelectedWhenReady).then(renderFeatureList);
  });
  // For the panels in their own files (feed.js): the map, its state and opening by id.
  window.conflictMap = { map: map, config: config, state: state, openSelected: openSelected };
  saveState();
  reloadAll();
})();
