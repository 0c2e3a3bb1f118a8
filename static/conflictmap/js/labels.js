/* Names on the offline basemap: countries, admin-1 regions, towns, rivers and lakes from
 * /api/labels.json (most important first), written where they do not overlap a name already
 * placed, plus admin-1 outlines from static/basemap/admin1.geojson from zoom 5.
 * Names are set with textContent. Used by map.js: ConflictMapLabels.attach(map, options). */
(function () {
  "use strict";

  var MAX_LABELS = 160;
  var ADMIN1_FROM_ZOOM = 5;
  function overlaps(a, b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }
  // The view as a bbox parameter, widened by a third on each side and kept on the globe.
  function bboxParam(map) {
    var b = map.getBounds().pad(0.3);
    var clamp = function (v, lo, hi) { return Math.max(lo, Math.min(hi, v)); };
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map(function (v) { return v.toFixed(3); }).join(",");
  }

  // Greedy de-cluttering: each name in server order, kept only if its box (as the browser
  // laid it out, plus a margin) overlaps no name kept before it and lies inside the map.
  // Every candidate is laid out at once, so the page reflows once, not once per name.
  function placeLabels(map, labels, container) {
    var size = map.getSize();
    var candidates = [];
    labels.forEach(function (label) {
      var pt = map.latLngToContainerPoint([label.lat, label.lon]);
      if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) return;
      var node = L.DomUtil.create("div", "cm-label cm-label-" + label.kind, container);
      node.textContent = label.name;
      // left/top, not setPosition's transform: the stylesheet's transform centres the name.
      var at = map.latLngToLayerPoint([label.lat, label.lon]);
      node.style.left = at.x + "px";
      node.style.top = at.y + "px";
      candidates.push({ node: node, pt: pt });
    });
    candidates.forEach(function (c) { c.w = c.node.offsetWidth + 6; c.h = c.node.offsetHeight + 2; });
    var kept = [];
    candidates.forEach(function (c) {
      var box = { x0: c.pt.x - c.w / 2, x1: c.pt.x + c.w / 2, y0: c.pt.y - c.h / 2, y1: c.pt.y + c.h / 2 };
      var fits = kept.length < MAX_LABELS && box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.x && box.y1 <= size.y &&
        !kept.some(function (k) { return overlaps(box, k); });
      if (fits) kept.push(box); else L.DomUtil.remove(c.node);
    });
    return kept.length;
  }

  var LabelLayer = L.Layer.extend({
    initialize: function (options) { this._labels = []; L.setOptions(this, options); },
    onAdd: function (map) {
      this._container = L.DomUtil.create("div", "cm-labels leaflet-zoom-hide");
      map.getPane(this.options.pane).appendChild(this._container);
      this.redraw();
    },
    onRemove: function () { L.DomUtil.remove(this._container); },
    getEvents: function () { return { zoomend: this.redraw, viewreset: this.redraw }; },
    setLabels: function (labels) {
      this._labels = labels;
      this._loaded = true;
      this.redraw();
    },
    redraw: function () {
      if (!this._map || !this._container) return;
      var map = this._map, container = this._container;
      container.textContent = "";
      var count = placeLabels(map, this._labels, container);
      // For tests and benchmarks: how many names are written, once the first answer came.
      if (this._loaded) document.body.dataset.labels = String(count);
    }
  });

  function attach(map, options) {
    map.createPane("labels").style.zIndex = 390;  // over the basemap and shapes, under markers
    map.getPane("labels").style.pointerEvents = "none";
    var layer = new LabelLayer({ pane: "labels" }).addTo(map);
    var controller = null, timer = null, admin1 = null, admin1Loading = false;

    function showAdmin1() {
      var wanted = map.getZoom() >= ADMIN1_FROM_ZOOM;
      if (admin1) { if (wanted && !map.hasLayer(admin1)) admin1.addTo(map); if (!wanted && map.hasLayer(admin1)) admin1.remove(); return; }
      if (!wanted || admin1Loading || !options.admin1Url) return;
      admin1Loading = true;
      fetch(options.admin1Url).then(function (r) { return r.json(); }).then(function (data) {
        admin1 = L.geoJSON(data, { pane: "basemap", renderer: options.renderer, interactive: false,
          style: { color: "#a39d8c", weight: 0.8, dashArray: "4 3", fill: false } });
        showAdmin1();
      }).catch(function () { admin1Loading = false; });
    }
    function refresh() {
      if (controller) controller.abort();
      controller = new AbortController();
      var zoom = map.getZoom();
      var q = new URLSearchParams({ bbox: bboxParam(map), zoom: String(Math.round(zoom)) });
      fetch(options.url + "?" + q.toString(), { signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : { labels: [] }; })
        .then(function (data) { if (map.getZoom() === zoom) layer.setLabels(data.labels || []); })
        .catch(function () { /* names are decoration: the data layers still work */ });
      showAdmin1();
    }
    map.on("moveend", function () { window.clearTimeout(timer); timer = window.setTimeout(refresh, 100); });
    refresh();
    return layer;
  }

  window.ConflictMapLabels = { attach: attach, placeLabels: placeLabels };
})();
