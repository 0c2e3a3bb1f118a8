/* Popups of the conflict map (after map_base.js): the common box, actor names with their
 * colours, and a place's popup, which cites the sentences that name it and says how it was
 * geocoded. Strings from the data go in with textContent. */
(function () {
  "use strict";

  var cm = window.conflictMap;
  var el = cm.el, link = cm.link, safeColour = cm.safeColour, state = cm.state, config = cm.config;
  var kindLabels = {};
  config.kinds.forEach(function (k) { kindLabels[k.value] = k.label; });

  function popupBox(title, rows, links) {
    var box = el("div", { className: "popup" }, [el("h3", { text: title })]);
    var dl = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      dl.appendChild(el("dt", { text: row[0] }));
      dl.appendChild(el("dd", {}, [typeof row[1] === "string" ? row[1] : row[1]]));
    });
    box.appendChild(dl);
    (links || []).forEach(function (l) { if (l) box.appendChild(el("p", {}, [l])); });
    return box;
  }
  function actorNode(actor) {
    if (!actor) return "";
    return el("span", { className: "actor" }, [
      el("span", { className: "dot", style: "background:" + safeColour(actor.colour), "aria-hidden": "true" }),
      actor.name
    ]);
  }
  function actorsNode(list) {
    var span = el("span");
    (list || []).forEach(function (a, i) { if (i) span.appendChild(document.createTextNode(", ")); span.appendChild(actorNode(a)); });
    return span;
  }
  // A place's popup cites: up to five sentences that name it (outlet, date, a link to the
  // sentence highlighted in its article, "n more"), then how the point was geocoded.
  function placePopup(p) {
    var box = popupBox(p.name, [["Kind", kindLabels[p.kind] || p.kind], ["Mentions", String(p.mentions)], ["Curated", p.curated ? "yes" : ""]], []);
    var list = el("ul", { className: "sources" });
    var why = el("div", { className: "geocoding" });
    box.appendChild(list);
    box.appendChild(why);
    var q = new URLSearchParams({ place: String(p.id) });
    if (state.from !== cm.dmin) q.set("start", state.from);
    if (state.date !== cm.dmax) q.set("end", state.date);
    if (state.actor) q.set("actor", state.actor);
    if (state.about) q.set("about", state.about);
    if (state.conf > 0) q.set("min_confidence", String(state.conf));
    fetch(config.api.place_sources + "?" + q.toString()).then(function (r) { return r.json(); }).then(function (data) {
      citeSources(list, data.sources, data.more, p.curated ? "Placed by a curator; no article in this view names it." : "No sentence in this view.");
      geocodingNote(why, data.geocoding);
      keepInView(box);
    }).catch(function () {});
    return box;
  }
  // Leaflet panned the map to fit the popup as it opened, a few rows tall; once the sentences
  // arrive it is several times taller and grows upward past the map's top edge: fit it again.
  var shown = null;  // the open popup
  cm.map.on("popupopen", function (e) { shown = e.popup; });
  function keepInView(box) {
    if (!shown || !shown.isOpen() || !shown.getElement().contains(box)) return;
    // Leaflet's own fit (Popup._adjustPan in 1.9.4; no public method runs it again): it stops
    // the pan still under way for the popup's first size, then pans both ways as far as the
    // popup needs now. A pan of our own was undone by that first pan's animation.
    shown._adjustPan();
  }
  // Cited sentences (up to five from the server), each linked to its sentence highlighted in
  // the article, with outlet and date; then "n more" and, without any, what to say instead.
  function citeSources(list, sources, more, none) {
    (sources || []).forEach(function (s) {
      list.appendChild(el("li", {}, [link("“" + (s.sentence || s.title) + "”", s.url),
        el("span", { className: "source-meta", text: " — " + [s.outlet || s.title, s.date].filter(Boolean).join(", ") })]));
    });
    if (more) list.appendChild(el("li", { className: "more", text: more + " more" }));
    if (!(sources || []).length) list.appendChild(el("li", { text: none }));
  }
  function sourcesNode(sources, more, none) {
    var list = el("ul", { className: "sources" });
    citeSources(list, sources, more, none);
    return list;
  }
  function frontlinePopup(p) {
    return popupBox(p.name, [
      ["Between", actorsNode([p.side_a, p.side_b])], ["Valid from", p.valid_from], ["Valid to", p.valid_to || "open"],
      ["Confidence", String(p.confidence)], ["Approximate", p.approximate ? "yes" : "no"], ["Source", p.source_note],
      ["Cited", sourcesNode(p.sources, p.more, "No article cited; see the source note.")]
    ], []);
  }
  function geocodingNote(node, g) {
    if (!g || !g.mentions) return;
    node.appendChild(el("h4", { text: "Why is this point here?" }));
    var methods = (g.methods || []).map(function (m) { return m.method + " (" + m.mentions + ")"; }).join(", ");
    node.appendChild(el("p", { text: "Geocoded by " + methods + "; confidence " + g.best_confidence + " at best, " + g.mean_confidence + " on average." }));
    if (!g.candidates_considered) return;
    var items = el("ol", { className: "candidates" });
    g.candidates.forEach(function (c) {
      items.appendChild(el("li", { text: c.name + (c.country ? " (" + c.country + ")" : "") + (c.score !== null && c.score !== undefined ? " · score " + c.score : "") + (c.chosen ? " · chosen" : "") }));
    });
    node.appendChild(el("p", { text: g.candidates_considered + " candidate" + (g.candidates_considered === 1 ? "" : "s") + " considered:" }));
    node.appendChild(items);
  }

  cm.popupBox = popupBox;
  cm.actorNode = actorNode;
  cm.actorsNode = actorsNode;
  cm.placePopup = placePopup;
  cm.frontlinePopup = frontlinePopup;
  cm.sourcesNode = sourcesNode;
})();
