// Admin map widgets (django-leaflet): open at a useful zoom around the object, over the offline
// basemap (admin_extra/basemap.js), and let a curator place a point by clicking the map.
(function () {
  "use strict";
  // A town and its surroundings: street-level zoom (django-leaflet's default of 18 for a lone
  // point) shows a 300 m square of empty basemap.
  const POINT_ZOOM = 10;
  const SHAPE_MAX_ZOOM = 11;

  function note(map, text) {
    const control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      const box = L.DomUtil.create("div", "cm-admin-map-note");
      box.style.cssText = "background:rgba(255,255,255,.9);padding:2px 6px;border-radius:3px;font-size:12px";
      box.textContent = text;
      return box;
    };
    control.addTo(map);
    return control.getContainer();
  }

  function frame(map, field) {
    const layers = field.drawnItems.getLayers();
    if (layers.length === 1 && layers[0].getLatLng) {
      map.setView(layers[0].getLatLng(), POINT_ZOOM);
    } else if (layers.length) {
      map.fitBounds(field.drawnItems.getBounds(), { maxZoom: SHAPE_MAX_ZOOM, padding: [20, 20] });
    }
  }

  function clickToPlace(map, field) {
    const readout = note(map, "Click the map to place the point.");
    map.on("click", (event) => {
      if (field._acceptDrawEvents) return;  // a draw or edit tool is in use: it owns clicks
      const latlng = event.latlng.wrap();
      field.onCreated({ layer: L.marker(latlng) });
      readout.textContent = "Placed at " + latlng.lat.toFixed(5) + ", " + latlng.lng.toFixed(5) +
        " (click again to move it)";
      map.getContainer().dataset.placed = latlng.lat.toFixed(5) + "," + latlng.lng.toFixed(5);
    });
  }

  window.addEventListener("map:init", (event) => {
    const map = event.detail && event.detail.map;
    if (!map || typeof L === "undefined") return;
    map.getContainer().style.background = "#cfe0ee";  // sea, under the basemap's land
    map.on("map:loadfield", (e) => {
      const field = e.field;
      if (!field || !field.drawnItems) return;
      frame(map, field);
      const container = map.getContainer();
      container.dataset.zoom = String(map.getZoom());
      map.on("zoomend", () => { container.dataset.zoom = String(map.getZoom()); });
      const type = String(field.options.geom_type || "").toLowerCase();
      if (type === "point" && field.options.modifiable) clickToPlace(map, field);
      map.getContainer().dataset.framed = "true";
    });
  });
})();
