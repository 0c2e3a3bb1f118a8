
/* The conflict map page (after map_layers.js, before map_controls.js): fetches each layer
 * for the view state, redraws it, keeps the keyboard list, and opens features by id once
 * their layer is drawn (search, the feature list, the feed and ?sel=). */
(function () {
  "use strict";

  var cm = window.conflictMap;
  var map = cm.map, state = cm.state, config = cm.config, el = cm.el, byId = cm.byId;
  var saveState = cm.saveState, setStatus = cm.setStatus, LAYERS = cm.LAYERS, dmin = cm.dmin, dmax = cm.dmax;
  var layers = cm.layers, groups = layers.groups, clusters = layers.clusters, featureLayers = layers.featureLayers;
  var listing = layers.listing, drawers = layers.drawers, UNCLUSTERED_ZOOM = layers.UNCLUSTERED_ZOOM;

  var controllers = {};
  var painted = false;
  // The view as a bbox, padded by a quarter of the view on each side and snapped outward to
  // a grid a quarter of the view wide: a small pan asks for the same box, not fetched again.
  function viewBox() {
    var b = map.getBounds();
    function edges(lo, hi, lim) {
      var span = Math.max(hi - lo, 0.01), cell = Math.pow(2, Math.floor(Math.log(span / 4) / Math.LN2));
      var clamp = function (v) { return Math.max(-lim, Math.min(lim, v)).toFixed(3); };
      return [clamp(Math.floor((lo - span / 4) / cell) * cell), clamp(Math.ceil((hi + span / 4) / cell) * cell)];
    }
    var x = edges(b.getWest(), b.getEast(), 180), y = edges(b.getSouth(), b.getNorth(), 90);
    return [x[0], y[0], x[1], y[1]].join(",");
  }
  // Places and events are asked for the whole map while they are few (the keyboard list then
  // keeps every feature), for the view once an answer was large: 5,000 places or events took
  // a megabyte or more to send and up to a second to draw.
  // Events are always asked for the view, newest first and as markers only (the popup fetches
  // the rest): the newest EVENTS_LIMIT of the window in view.
  var BOX_FROM_FEATURES = 1000, boxed = { places: false, events: true }, EVENTS_LIMIT = 1000;
  function noteSize(name, data) {
    if (name in boxed && (data.clustered || data.features.length > BOX_FROM_FEATURES)) boxed[name] = true;
  }
  // The change endpoint compares at most config.maxChangeDays (about five years): an earlier
  // "From" (it defaults to the first day of the data) compares from that many days before the
  // map's date, and the layer's count says so, rather than the request failing.
  function compareFrom() {
    var earliest = cm.fmtDay(cm.parseDay(state.date) - config.maxChangeDays * cm.DAY);
    return state.from < earliest ? earliest : state.from;
  }
  function layerQuery(name) {
    var q = new URLSearchParams();
    if (name === "control") {
      if (state.compare) { q.set("from", compareFrom()); q.set("to", state.date); } else q.set("date", state.date);
      // Control is asked for the view (padded), not the world: reloaded on moveend below.
      q.set("bbox", viewBox());
      q.set("zoom", String(Math.round(map.getZoom())));
      // What the map draws; a popup fetches its settlement's or area's sources (control.js).
      if (!state.compare) q.set("fields", "marker");
      return q.toString();
    }
    if (boxed[name]) q.set("bbox", viewBox());
    if (name === "countries") {
      if (state.from !== dmin) q.set("start", state.from);
      if (state.date !== dmax) q.set("end", state.date);
      if (state.actor) q.set("actor", state.actor);
      if (state.about) q.set("about", state.about);
      if (state.conf > 0) q.set("min_confidence", String(state.conf));
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
    // Front lines hold no place: a place chosen in search leaves them as they are.
    if (state.about && name !== "frontlines") q.set("about", state.about);
    // A flight cut short can stop between zooms; the API takes whole zoom levels.
    if (name === "places") q.set("zoom", String(Math.round(map.getZoom())));
    if (name === "places" && state.kind) q.set("kind", state.kind);
    if (name === "places" && state.conf > 0) q.set("min_confidence", String(state.conf));
    if (name === "events") {
      q.set("order", "newest");
      q.set("fields", "marker");
      q.set("limit", String(EVENTS_LIMIT));
    } else q.set("limit", "5000");
    return q.toString();
  }
  function setCount(name, n, note) {
    var node = document.querySelector('[data-count-for="' + name + '"]');
    if (node) node.textContent = n === null ? "" : "(" + n + (note ? "; " + note : "") + ")";
  }
  // A layer whose query has not changed since its last draw (or load in flight) is not
  // fetched again: a kind filter reloads only places, a pan only what its box changed.
  var wanted = {};  // layer name -> URL drawn or being fetched
  function load(name) {
    // Country shading (map_layers.js drawCountries) follows the places layer and its filters.
    if (name === "places") load("countries");
    if (state.layers.indexOf(name === "countries" ? "places" : name) < 0) {
      if (controllers[name]) controllers[name].abort();
      wanted[name] = null;
      groups[name].clearLayers(); setCount(name, null); return Promise.resolve();
    }
    var base = name === "control" && state.compare ? config.api.changes : config.api[name];
    var url = base + "?" + layerQuery(name);
    if (wanted[name] === url && layerLoads[name]) return layerLoads[name];
    if (controllers[name]) controllers[name].abort();
    wanted[name] = url;
    var ctrl = new AbortController();
    controllers[name] = ctrl;
    var loading = fetch(url, { signal: ctrl.signal })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (e) { throw new Error(e.error || r.statusText); });
        return r.json();
      })
      // Never clear the clusters while markercluster still has chunks of the last draw queued.
      .then(function (data) { return name === "places" ? layers.clustersIdle().then(function () { return data; }) : data; })
      .then(function (data) {
        var t0 = performance.now();
        noteSize(name, data);
        layers.redrawing = true;
        try { drawers[name](data); } finally { layers.redrawing = false; }
        if (name === "campaigns") layers.declutterCampaignLabels();
        // Timing for benchmarks/api_bench.py: when the data arrived and how long drawing took.
        document.body.dataset["timing" + name] = Math.round(t0) + "+" + Math.round(performance.now() - t0);
        // Far out, control has areas only (the server leaves towns for closer zooms): say so.
        var note = data.settlements_from_zoom ? "towns from zoom " + data.settlements_from_zoom : "";
        if (name === "events" && data.features.length >= EVENTS_LIMIT) note = "the newest in view";
        if (name === "control" && state.compare && compareFrom() !== state.from) note = "changes since " + compareFrom();
        setCount(name, data.features.length, note);
        document.body.dataset["loaded" + name] = String(data.features.length);
        document.dispatchEvent(new CustomEvent("map:layer", { detail: name }));
      })
      .catch(function (err) {
        if (wanted[name] === url) wanted[name] = null;  // try again on the next reload
        if (err.name !== "AbortError") setStatus("Could not load " + name + ": " + err.message);
      });
    layerLoads[name] = loading;
    return loading;
  }
  // The slowest answers are asked for first: with two server workers, a request sent last
  // waited for every other one before its own work began.
  var LOAD_ORDER = ["control", "places", "events"].concat(LAYERS.filter(function (n) { return ["control", "places", "events"].indexOf(n) < 0; }));
  // Counted for the browser tests: every reload started so far is drawn once reloadsDone
  // reaches reloadsStarted (a change loads at once, so its reload has started when it returns).
  var reloadsStarted = 0, reloadsDone = 0;
  function reloadAll() {
    var mine = ++reloadsStarted;
    document.body.dataset.reloadsStarted = String(mine);
    document.dispatchEvent(new CustomEvent("map:reloading"));
    var pending = LOAD_ORDER.map(function (name) { return load(name); });
    return Promise.all(pending).then(function () { return whenLayerReady("places"); }).then(function () {
      var first = !painted;
      if (first) {
        painted = true;
        // Benchmarks read this: ms from navigation start to the data layers drawn.
        document.documentElement.dataset.mapPainted = String(Math.round(performance.now()));
        document.dispatchEvent(new CustomEvent("map:painted"));
      }
      // A link's ?sel= shows its feature: a place inside a cluster is zoomed to and opened.
      if (first) revealSelected(); else openSelected();
      renderFeatureList();
      document.body.dataset.ready = "true";
      reloadsDone = Math.max(reloadsDone, mine);
      document.body.dataset.reloadsDone = String(reloadsDone);
      document.dispatchEvent(new CustomEvent("map:reloaded"));
    });
  }
  // A filter change or slider step reloads at once; a slider drag once it pauses (80 ms).
  // Superseded requests are aborted (load above), so only the last step is drawn.
  var scheduleReload = cm.debounce(reloadAll, 80);
  // The keyboard list is built when its panel is open (or opened): at zoom 8 it holds ~2,000
  // control towns and events, whose buttons took a good part of every redraw.
  var featureIndex = byId("feature-index"), listStale = false;
  function buildIfStale() { if (listStale) { listStale = false; buildFeatureList(); } }
  featureIndex.querySelector("summary").addEventListener("click", buildIfStale);
  featureIndex.addEventListener("toggle", buildIfStale);
  function renderFeatureList() {
    if (!featureIndex.open) { listStale = true; return; }
    buildFeatureList();
  }
  function buildFeatureList() {
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
  // about to replace.
  var layerLoads = {};  // layer name -> promise of its latest load
  function whenLayerReady(name) {
    var current = layerLoads[name];
    return Promise.resolve(current)
      .then(function () { return name === "places" ? layers.clustersIdle() : null; })
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
    // Open already: opening again would re-render it and pan again, and every pan reloads.
    if (!(layer.isPopupOpen && layer.isPopupOpen())) layer.openPopup();
    return true;
  }
  // The same for a feature the user asked for: a place hidden in a cluster or off screen is
  // flown to first, zoomed in past clustering (a reload on the way reopens it too).
  function revealSelected() {
    if (openSelected()) return;
    var layer = state.sel && featureLayers[state.sel];
    if (!layer && layerOfId(state.sel) === "places") { flyToPlace(state.sel); return; }
    if (!layer || !clusters.hasLayer(layer)) return;
    revealing = state.sel;
    map.once("moveend", openSelectedWhenReady);
    map.flyTo(layer.getLatLng(), Math.max(map.getZoom(), UNCLUSTERED_ZOOM));
  }

  // A place no marker stands for yet (the server folded the view's places into grid cells):
  // its position comes from its sources' endpoint, and the flight past clustering loads its
  // marker, which then opens as above.
  function flyToPlace(id) {
    var q = new URLSearchParams({ place: String(id).split("-")[1] });
    return fetch(config.api.place_sources + "?" + q.toString())
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.place || data.place.lat === undefined || state.sel !== id) return;
        revealing = id;
        map.once("moveend", openSelectedWhenReady);
        map.flyTo([data.place.lat, data.place.lon], Math.max(map.getZoom(), UNCLUSTERED_ZOOM));
      })
      .catch(function () { /* no such place any more: the link shows the map as it is */ });
  }

  // Control and events are asked for the view: fetch them again (if their box changed) after
  // a move, then tell the benchmarks (map:moved).
  map.on("moveend", saveState);
  // Places, control and events are asked for the view: after a move each is fetched again if
  // its box (or zoom: server-side clusters) changed, then map:moved tells the benchmarks.
  // Places at once, so a search or the feed flying to a place waits for the right load.
  // Control and events at once after a single move, after the last of a run of moves.
  var placesMoved = Promise.resolve();
  var loadMoved = cm.debounce(function () {
    Promise.all([placesMoved, load("control"), load("events")]).then(function () {
      renderFeatureList();
      document.dispatchEvent(new CustomEvent("map:moved"));
    });
  }, 100);
  map.on("moveend", function () {
    placesMoved = load("places").then(openSelectedWhenReady);
    loadMoved();
  });

  cm.load = load;
  cm.reloadAll = reloadAll;
  cm.scheduleReload = scheduleReload;
  cm.renderFeatureList = renderFeatureList;
  cm.openFeature = openFeature;
  cm.openSelected = openSelected;
  cm.setCount = setCount;
  cm.cancelScheduledReload = scheduleReload.cancel;
})();
