/* The conflict map page, first of its modules (map_base, map_popups, map_layers, map,
 * map_controls; feed.js and control.js read the same window.conflictMap): the DOM helpers,
 * the view state kept in the URL, the Leaflet map and its offline basemap.
 * Config comes from json_script; every string from the data is put on the page with
 * textContent (never innerHTML), so markup in articles stays text. */
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
    // A place chosen in search (its id): every layer shows what relates to it.
    about: /^[0-9]{1,18}$/.test(params.get("about") || "") ? params.get("about") : "",
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
    if (state.about) q.set("about", state.about);
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
  // Popups open clear of the zoom buttons in the top-left corner (on a phone a popup is
  // nearly as wide as the screen, and Leaflet's 5 px padding left it over them).
  var zoomBox = map.zoomControl.getContainer().getBoundingClientRect(), mapBox = map.getContainer().getBoundingClientRect();
  L.Popup.mergeOptions({
    autoPanPaddingTopLeft: L.point(Math.max(56, zoomBox.right - mapBox.left + 8), Math.max(20, zoomBox.top - mapBox.top)),
    autoPanPaddingBottomRight: L.point(10, 10)
  });
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
  var basemapRenderer = L.canvas({ pane: "basemap", padding: 0.1 });
  var basemapLayers = {}, basemapData = {};
  // Lakes and rivers (0.6 MB, ~0.4 s of main thread to draw) wait until the data layers are
  // drawn: the countries come first, under everything.
  var painted = new Promise(function (resolve) { document.addEventListener("map:painted", resolve, { once: true }); });
  ["countries", "lakes", "rivers"].forEach(function (name) {
    var ready = name === "countries" ? Promise.resolve() : painted;
    basemapData[name] = ready.then(function () { return fetch(config.basemap[name]); }).then(function (r) { return r.json(); });
    basemapData[name].then(function (data) {
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

  function setStatus(text) { byId("search-status").textContent = text; }

  // fn at once if the last call was over `ms` ago (a click, a key press, one pan), else once,
  // `ms` after the last call of a burst (a slider dragged, a run of moves): a single change
  // waits for nothing, a drag loads only where it stops. `.cancel()` drops a pending call.
  function debounce(fn, ms) {
    var timer = null, last = -Infinity;
    function debounced() {
      var now = performance.now(), quiet = now - last > ms;
      last = now;
      window.clearTimeout(timer);
      timer = quiet ? null : window.setTimeout(function () { timer = null; fn(); }, ms);
      if (quiet) fn();
    }
    debounced.cancel = function () { window.clearTimeout(timer); timer = null; };
    return debounced;
  }

  // Shared with the other modules of the page (and feed.js, control.js).
  window.conflictMap = {
    config: config, map: map, state: state, params: params, LAYERS: LAYERS, DAY: DAY, dmin: dmin, dmax: dmax,
    basemapData: basemapData,  // name -> promise of its GeoJSON (country shading reuses the borders)
    el: el, byId: byId, safeColour: safeColour, safeHref: safeHref, link: link,
    parseDay: parseDay, fmtDay: fmtDay, validDay: validDay, saveState: saveState, setStatus: setStatus,
    debounce: debounce
  };
})();
