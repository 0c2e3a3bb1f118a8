/* Article view: a small map of the article's places and the marked source sentence in view. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("article-config").textContent);

  var source = document.getElementById("source");
  if (source) {
    source.scrollIntoView({ block: "center" });
    source.focus({ preventScroll: true });
  }

  var map = L.map("article-map", { zoomControl: true, scrollWheelZoom: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(config.attribution);
  if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution }).addTo(map);
  ["countries", "lakes", "rivers"].forEach(function (name) {
    fetch(config.basemap[name]).then(function (r) { return r.json(); }).then(function (data) {
      var style = name === "countries" ? { color: "#8a8a7a", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 }
        : name === "lakes" ? { color: "#7fa9c9", weight: 0.5, fillColor: "#b9d3e6", fillOpacity: 1 } : { color: "#6d9cc4", weight: 1.2 };
      L.geoJSON(data, { interactive: false, style: style }).addTo(map).bringToBack();
    }).catch(function () {});
  });

  var markers = config.places.map(function (p) {
    var label = document.createElement("span");
    label.textContent = p.name + " (" + p.mentions + ")";
    return L.circleMarker([p.lat, p.lon], { radius: 5 + 2 * Math.sqrt(p.mentions), color: "#7a1f1f", fillColor: "#d9534f", fillOpacity: 0.8, weight: 1.5, className: "cm-article-place" })
      .bindTooltip(label);
  });
  var group = L.featureGroup(markers).addTo(map);
  // Frame the places near the most mentioned one; a far-away place named in passing (the US)
  // would otherwise zoom the map out to the whole world.
  var top = config.places.reduce(function (best, p) { return !best || p.mentions > best.mentions ? p : best; }, null);
  var local = markers.filter(function (m, i) {
    var p = config.places[i];
    return p.kind !== "country" && Math.abs(p.lat - top.lat) < 12 && Math.abs(p.lon - top.lon) < 12;
  });
  var frame = local.length ? L.featureGroup(local) : group;
  if (markers.length) map.fitBounds(frame.getBounds(), { padding: [30, 30], maxZoom: 8 });
  else map.setView([35.5, 40], 5);
})();
