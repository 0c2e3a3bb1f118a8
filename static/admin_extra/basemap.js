// Offline basemap for the admin map widgets: country borders under the drawing layer.
// django-leaflet fires "map:init" for every widget map; there are no tiles offline.
(function () {
  "use strict";
  const script = document.currentScript;
  // After collectstatic this file is admin_extra/basemap.<hash>.js; the original names are
  // collected too, so the unhashed countries file is there in both set-ups.
  const url = script ? script.src.replace(/admin_extra\/basemap(?:\.[0-9a-f]{12})?\.js(?:[?#].*)?$/, "basemap/countries.geojson") : null;
  let data = null;
  window.addEventListener("map:init", (event) => {
    const map = event.detail && event.detail.map;
    if (!map || !url || typeof L === "undefined") return;
    if (!data) data = fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    data.then((geojson) => {
      if (!geojson) return;
      const layer = L.geoJSON(geojson, {
        interactive: false,
        style: { color: "#888", weight: 1, fillColor: "#f4f1ea", fillOpacity: 0.6 },
      });
      layer.addTo(map);
      layer.bringToBack();
    });
  });
})();
