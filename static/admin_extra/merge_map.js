// The places of a merge on one map, with the distance between the farthest two, so a curator
// sees at a glance whether they really are one place (admin/places/place/merge.html).
(function () {
  "use strict";
  const box = document.getElementById("merge-map");
  const data = document.getElementById("merge-map-data");
  if (!box || !data || typeof L === "undefined") return;
  const config = JSON.parse(data.textContent);
  const map = L.map(box, { attributionControl: false });
  box.style.background = "#cfe0ee";
  fetch(config.basemap).then((r) => (r.ok ? r.json() : null)).then((geojson) => {
    if (!geojson) return;
    L.geoJSON(geojson, { interactive: false, style: { color: "#888", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } })
      .addTo(map).bringToBack();
  }).catch(() => {});
  const points = config.places.map((p) => {
    const latlng = L.latLng(p.lat, p.lon);
    L.circleMarker(latlng, { radius: 7, color: "#7a1f1f", fillColor: "#d9534f", fillOpacity: 0.9, className: "cm-merge-place" })
      .bindTooltip(document.createTextNode(p.name), { permanent: true, direction: "right" })
      .addTo(map);
    return latlng;
  });
  if (config.farthest) {
    const [a, b] = config.farthest;
    L.polyline([points[a], points[b]], { color: "#b3261e", dashArray: "6 6", weight: 2 })
      .bindTooltip(document.createTextNode(config.distance_label), { permanent: true, direction: "center" })
      .addTo(map);
  }
  if (points.length) map.fitBounds(L.latLngBounds(points), { maxZoom: 11, padding: [40, 40] });
  box.dataset.ready = "true";
})();
