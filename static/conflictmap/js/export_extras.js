/* Extras for maps written by `manage.py export_map` (conflictmap/export_extras.py): a title
 * panel with the filters and date range, a legend, quote markers for statements, and the
 * sources (outlet, date, sentence, link to the original article) in every popup. Inlined into
 * the exported file; every data string goes in with textContent. */
window.conflictmapExtras = (function () {
  "use strict";
  var sources = { places: {}, campaigns: {}, statements: {} };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function colour(v) { return /^#[0-9a-fA-F]{3,8}$/.test(v || "") ? v : "#666666"; }
  function httpLink(url, text) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    var a = el("a", text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // The cited sentences of one feature: outlet and date, the sentence, a link to the original.
  function sourcesNode(kind, id) {
    var entry = (sources[kind] || {})[id];
    if (!entry || !entry.sources.length) return null;
    var list = el("ul", null, "cm-sources");
    entry.sources.forEach(function (s) {
      var li = el("li");
      li.appendChild(el("div", [s.outlet, s.date].filter(Boolean).join(" · "), "cm-source-meta"));
      if (s.sentence) li.appendChild(el("q", s.sentence));
      var link = httpLink(s.link, "Original article");
      if (link) { li.appendChild(document.createTextNode(" ")); li.appendChild(link); }
      list.appendChild(li);
    });
    if (entry.total > entry.sources.length) list.appendChild(el("li", (entry.total - entry.sources.length) + " more", "cm-source-meta"));
    var box = el("div");
    box.appendChild(el("strong", "Sources"));
    box.appendChild(list);
    return box;
  }

  // Add the sources to a popup built by export.js, when it first opens (the sources arrive
  // after the layers are drawn).
  function decorate(kind, p, layer) {
    var popup = layer.getPopup && layer.getPopup();
    if (!popup || !sources.hasOwnProperty(kind)) return;
    var done = false;
    layer.on("popupopen", function () {
      var content = popup.getContent();
      if (done || !content || !content.appendChild) return;
      var node = sourcesNode(kind, p.id);
      if (node) { content.appendChild(node); popup.update(); }
      done = true;
    });
  }

  // Statements: a quote marker like the live map's, fanned out when several share a place.
  var perPoint = {};
  function draw(kind, f, group) {
    if (kind !== "statements" || !f.geometry || f.geometry.type !== "Point") return false;
    var p = f.properties, c = f.geometry.coordinates, key = c.join(",");
    var n = perPoint[key] = (perPoint[key] || 0) + 1;
    var icon = L.divIcon({ className: "cm-statement-icon cm-statement", html: "&ldquo;", iconSize: [26, 26],
      iconAnchor: [-6 - 30 * (n - 1), 34], popupAnchor: [20 + 30 * (n - 1), -32] });
    var marker = L.marker([c[1], c[0]], { icon: icon, title: "Statement by " + (p.speaker || "unknown speaker"), alt: "Statement" });
    marker.bindTooltip(el("span", (p.speaker || "Unknown speaker") + (p.place ? " on " + p.place.name : "")));
    marker.bindPopup(function () {
      var box = el("div", null, "popup");
      box.appendChild(el("blockquote", p.quote));
      var who = el("p");
      who.appendChild(el("strong", p.speaker || "Unknown speaker"));
      if (p.role) who.appendChild(document.createTextNode(", " + p.role));
      box.appendChild(who);
      var dl = el("dl");
      [["Actor", p.actor ? p.actor.name : ""], ["Date", p.date], ["About", p.place ? p.place.name : ""]].forEach(function (r) {
        if (!r[1]) return;
        dl.appendChild(el("dt", r[0]));
        dl.appendChild(el("dd", r[1]));
      });
      box.appendChild(dl);
      var cited = sourcesNode("statements", p.id);
      if (cited) box.appendChild(cited);
      return box;
    }, { maxWidth: 340 });
    marker.addTo(group);
    return true;
  }

  function panel(map, position, build) {
    var control = L.control({ position: position });
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "cm-panel");
      L.DomEvent.disableClickPropagation(div);
      build(div);
      return div;
    };
    control.addTo(map);
  }

  function show(map, data) {
    sources = data.sources || sources;
    panel(map, "topleft", function (div) {
      div.id = "cm-export-title";
      div.appendChild(el("h1", data.title));
      (data.filters || []).forEach(function (line) { div.appendChild(el("p", line)); });
      div.appendChild(el("p", "Exported " + data.exported, "cm-source-meta"));
    });
    panel(map, "bottomleft", function (div) {
      div.id = "cm-export-legend";
      div.appendChild(el("strong", "Legend"));
      var list = el("ul");
      (data.legend.symbols || []).forEach(function (s) {
        var li = el("li");
        li.appendChild(el("span", null, "cm-sym cm-sym-" + s.symbol));
        li.appendChild(document.createTextNode(s.label));
        list.appendChild(li);
      });
      (data.legend.actors || []).forEach(function (a) {
        var li = el("li"), dot = el("span", null, "cm-dot");
        dot.style.background = colour(a.colour);
        li.appendChild(dot);
        li.appendChild(document.createTextNode(a.name));
        list.appendChild(li);
      });
      div.appendChild(list);
    });
  }

  return { show: show, draw: draw, decorate: decorate };
})();
