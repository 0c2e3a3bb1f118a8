// Review queue: a small map of each group's candidates, and place search for "Another place".
// All text goes in through textContent / DOM nodes, never as HTML.
(function () {
  "use strict";
  const config = document.getElementById("review-config");
  const dataNode = document.getElementById("review-data");
  if (!config || !dataNode) return;
  const groups = JSON.parse(dataNode.textContent);
  let basemap = null;

  function loadBasemap() {
    if (!basemap) {
      basemap = fetch(config.dataset.basemapUrl)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null);
    }
    return basemap;
  }

  function drawMap(el) {
    if (typeof L === "undefined") return;
    const candidates = groups[el.dataset.group] || [];
    const map = L.map(el, { attributionControl: false, zoomControl: true });
    loadBasemap().then((data) => {
      if (data) L.geoJSON(data, { interactive: false, style: { color: "#999", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map).bringToBack();
    });
    const markers = candidates.map((c, i) => {
      const label = document.createElement("span");
      label.textContent = c.name + (c.score === null ? "" : " · " + Number(c.score).toFixed(2));
      return L.circleMarker([c.lat, c.lon], {
        radius: i === 0 ? 8 : 6, color: i === 0 ? "#b30000" : "#1f78b4", weight: 2, fillOpacity: 0.7,
      }).bindTooltip(label, { permanent: candidates.length <= 3, direction: "right" });
    });
    if (markers.length) {
      const layer = L.featureGroup(markers).addTo(map);
      map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 7 });
    } else {
      map.setView([35, 40], 4);
    }
    el.dataset.ready = String(markers.length);
  }

  function wireSearch(input) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || q.endsWith("]")) return;
      timer = setTimeout(() => {
        fetch(config.dataset.searchUrl + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then((r) => (r.ok ? r.json() : { results: [] }))
          .then((data) => {
            list.replaceChildren(...data.results.map((p) => {
              const option = document.createElement("option");
              option.value = p.label;
              return option;
            }));
          });
      }, 200);
    });
  }

  function init() {
    document.querySelectorAll(".review-map").forEach(drawMap);
    document.querySelectorAll(".place-search").forEach(wireSearch);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
