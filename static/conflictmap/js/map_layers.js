/* The data layers of the conflict map (after map_popups.js): places (markercluster above
 * zoom 8, server-side clusters below), campaigns, front lines, statements, events, and
 * territorial control through control.js. Each drawer replaces its layer group's features
 * and lists them for the keyboard list; map.js fetches and calls them. */
(function () {
  "use strict";

  var cm = window.conflictMap;
  var map = cm.map, state = cm.state, config = cm.config, el = cm.el, link = cm.link;
  var safeColour = cm.safeColour, saveState = cm.saveState;
  var popupBox = cm.popupBox, actorNode = cm.actorNode, actorsNode = cm.actorsNode, placePopup = cm.placePopup;

  var groups = {
    places: L.layerGroup(),
    campaigns: L.layerGroup(),
    frontlines: L.layerGroup(),
    statements: L.layerGroup(),
    events: L.layerGroup(),
    control: L.layerGroup(),
    countries: L.layerGroup()  // shown with the places layer (map.js)
  };
  groups.countries.addTo(map);
  var UNCLUSTERED_ZOOM = 9;  // from this zoom on every place marker is drawn on its own
  var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true, disableClusteringAtZoom: UNCLUSTERED_ZOOM,
    chunkProgress: function (done, total) { if (done >= total) clustersSettled(); } });
  var featureLayers = {};  // feature id -> Leaflet layer, for ?sel= and search
  var layers = { redrawing: false };  // true while a layer's features are being replaced
  var listing = { places: [], campaigns: [], frontlines: [], statements: [], events: [], control: [] };  // for the keyboard list

  // markercluster adds markers in timed chunks after drawPlaces returns: clustersIdle() is a
  // promise of the last chunk, so nothing clears or opens the clusters mid-chunk (that made
  // markercluster throw "Cannot use 'in' operator to search for '_leaflet_id' in undefined").
  var clustersIdlePromise = Promise.resolve(), clustersSettle = null;
  function clustersBusy() {
    if (clustersSettle) return;
    clustersIdlePromise = new Promise(function (resolve) { clustersSettle = resolve; });
  }
  function clustersSettled() {
    if (clustersSettle) { var settle = clustersSettle; clustersSettle = null; settle(); }
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
    layer.on("popupclose", function () { if (!layers.redrawing && state.sel === id) { state.sel = ""; saveState(); } });
  }

  function lazyBind(layer, id, name, popup, popupOptions) {
    var bound = false;
    return function () {
      if (bound) return;
      bound = true;
      layer.bindTooltip(el("span", { text: name }), { direction: "top" });
      layer.bindPopup(popup, popupOptions);
      register(id, layer);
    };
  }
  // A marker drawn by the thousand (events, control's towns): its tooltip and popup are bound
  // on first hover or click (or when opened by id: map.js calls cmBind), not at every redraw.
  function bindOnUse(layer, id, name, popup, popupOptions) {
    layer.cmBind = lazyBind(layer, id, name, popup, popupOptions);
    featureLayers[id] = layer;
    layer.once("mouseover", function () { layer.cmBind(); layer.openTooltip(); });
    layer.once("click", function () { layer.cmBind(); layer.openPopup(); });
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
      if (state.about === String(p.id)) layers.aboutName = p.name;  // for the filter's label
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
      layer.bindPopup(function () { return cm.frontlinePopup(p); });
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
  function eventDetails(p) {
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
  }
  // The layer carries what a marker needs (fields=marker); a popup fetches its event in full
  // once, then keeps it (Leaflet calls a content function again on every update).
  function eventPopup(marker, p) {
    return function () {
      fetch(config.api.events + "?" + new URLSearchParams({ id: String(p.id) }).toString())
        .then(function (r) { return r.json(); })
        .then(function (data) {
          var f = data.features && data.features[0];
          if (f) marker.setPopupContent(eventDetails(f.properties));
        }).catch(function () {});
      return popupBox(p.event_type, [["Date", p.start], ["Location", p.location]], []);
    };
  }
  // Hundreds of events draw on one canvas (thousands of SVG paths took a second); a few stay SVG.
  var EVENTS_ON_CANVAS = 300, eventsCanvas = L.canvas({ padding: 0.1 }), EVENT_RADIUS = 6;
  // Metres per pixel at the view's centre, to tell which uncertainty circles a marker hides.
  function metresPerPixel() {
    var c = map.getCenter();
    return 40075016.686 * Math.cos(c.lat * Math.PI / 180) / (256 * Math.pow(2, map.getZoom()));
  }
  function drawEvents(data) {
    listing.events = data.features.map(function (f) { return { id: "event-" + f.properties.id, label: "Event: " + eventLabel(f.properties) }; });
    groups.events.clearLayers();
    var renderer = data.features.length > EVENTS_ON_CANVAS ? eventsCanvas : undefined;
    // On the canvas, a circle smaller than its marker is hidden under it: not drawn at all (at
    // zoom 8 a town's 2 km is ~3 px; a thousand of them were half of the layer's drawing).
    var hidden = renderer ? EVENT_RADIUS * metresPerPixel() : 0;
    data.features.forEach(function (f) {
      var p = f.properties;
      var id = "event-" + p.id;
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      var colour = safeColour(p.colour);
      if (p.uncertainty_m > hidden) {
        groups.events.addLayer(L.circle(ll, { radius: p.uncertainty_m, interactive: false, color: colour, weight: 1, renderer: renderer,
          dashArray: "3 4", fillOpacity: 0.05, className: "cm-event-uncertainty cm-uncertainty-" + id }));
      }
      var marker = L.circleMarker(ll, { radius: EVENT_RADIUS, color: "#222", weight: 1.5, fillColor: colour, fillOpacity: 0.9, renderer: renderer,
        className: "cm-event cm-" + id });
      bindOnUse(marker, id, eventLabel(p), eventPopup(marker, p), { maxWidth: 360 });
      groups.events.addLayer(marker);
    });
  }

  // Territorial control is drawn by control.js (its own file, loaded first).
  var controlContext = { group: groups.control, map: map, el: el, link: link, popupBox: popupBox, safeColour: safeColour, register: register, bindOnUse: bindOnUse, api: config.api.control };
  function drawControl(data) {
    listing.control = (state.compare ? window.CMControl.drawChanges : window.CMControl.draw)(data, controlContext);
  }
  // A country named as a whole ("Russia said…") shades its outline, darker with more mentions,
  // instead of a point in its middle: the places layer leaves countries out. Dots in violet
  // inside a dotted border (legend: "Country named as a whole"): control is a side's colour,
  // solid or hatched, and the place markers are red, so a country shading is never read as
  // control.
  var COUNTRY_INK = "#5b3f9e";
  function countryDots(path) {
    var dot = { tag: "circle", attrs: { cx: "3", cy: "3", r: "1.4", fill: COUNTRY_INK } };
    return window.CMControl.patternFill(path.ownerSVGElement, "cm-country-dots", 6, dot, COUNTRY_INK);
  }
  var countriesDrawn = 0;
  function drawCountries(data) {
    var mine = ++countriesDrawn;
    var byCode = {}, most = 1;
    (data.countries || []).forEach(function (c) { byCode[c.code] = c; most = Math.max(most, c.mentions); });
    data.features = data.countries || [];  // for the count map.js keeps
    groups.countries.clearLayers();
    if (!data.features.length) return;
    cm.basemapData.countries.then(function (borders) {
      if (mine !== countriesDrawn) return;  // a newer answer is drawn instead
      borders.features.forEach(function (f) {
        var c = byCode[f.properties.iso_a2];
        if (!c) return;
        var layer = L.geoJSON(f, { pane: "basemap", style: { color: COUNTRY_INK, weight: 1.5, dashArray: "1 4", lineCap: "round",
          fillColor: COUNTRY_INK, fillOpacity: 0.2 + 0.5 * Math.sqrt(c.mentions / most), className: "cm-country cm-country-" + c.code } });
        layer.on("add", function () { layer.eachLayer(function (l) { if (l._path) l._path.setAttribute("fill", countryDots(l._path)); }); });
        layer.bindTooltip(el("span", { text: c.name + " · " + c.mentions + " mention" + (c.mentions === 1 ? "" : "s") + " of the country as a whole" }), { sticky: true });
        groups.countries.addLayer(layer);
      });
    }).catch(function () {});
  }

  var drawers = { places: drawPlaces, campaigns: drawCampaigns, frontlines: drawFrontlines, statements: drawStatements, events: drawEvents, control: drawControl, countries: drawCountries };

  layers.groups = groups;
  layers.clusters = clusters;
  layers.featureLayers = featureLayers;
  layers.listing = listing;
  layers.drawers = drawers;
  layers.register = register;
  layers.declutterCampaignLabels = declutterCampaignLabels;
  layers.clustersIdle = function () { return clustersIdlePromise; };
  layers.UNCLUSTERED_ZOOM = UNCLUSTERED_ZOOM;
  cm.layers = layers;
})();
