/* The event feed: what happened in the map's view and time range, newest first.
 * Reads /api/feed.json with the map's own filters (window.conflictMap, set by map.js), pages
 * with the server's keyset cursor, and follows pans, zooms, filters and the time slider.
 * Every string from the data goes in with textContent, and links only to safe hrefs. */
(function () {
  "use strict";

  var cm = window.conflictMap;
  var list = document.getElementById("feed-list");
  if (!cm || !list) return;
  var more = document.getElementById("feed-more");
  var status = document.getElementById("feed-status");
  var KIND_LABELS = {
    statement: "Statement", campaign_start: "Campaign began", campaign_end: "Campaign ended",
    event: "Event", mentions: "Reported", control: "Control change"
  };
  var OPEN_TIMEOUT_MS = 15000;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === "") return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function safeHref(value) {
    if (typeof value !== "string") return null;
    if (/^\/(?!\/)/.test(value) || /^https?:\/\//i.test(value)) return value;
    return null;
  }

  // The query: the map's view (clamped to WGS84), its date window up to the slider, its filters.
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function feedQuery(cursor) {
    var s = cm.state, b = cm.map.getBounds();
    var q = new URLSearchParams();
    var west = clamp(b.getWest(), -180, 180), east = clamp(b.getEast(), -180, 180);
    if (b.getEast() - b.getWest() >= 360) { west = -180; east = 180; }
    q.set("bbox", [west, clamp(b.getSouth(), -90, 90), east, clamp(b.getNorth(), -90, 90)]
      .map(function (v) { return v.toFixed(4); }).join(","));
    if (s.from && s.from !== cm.config.dates.min) q.set("start", s.from);
    if (s.date) q.set("end", s.date);
    if (s.actor) q.set("actor", s.actor);
    if (s.about) q.set("about", s.about);
    if (s.kind) q.set("kind", s.kind);
    if (s.conf > 0) q.set("min_confidence", String(s.conf));
    q.set("limit", "30");
    if (cursor) q.set("cursor", cursor);
    return q.toString();
  }

  // Open an item's popup: fly there, then open it as soon as its layer has drawn it (the
  // layer may be reloading, switched off or clustered: wait for its next draw).
  function openItem(item) {
    var s = cm.state;
    if (s.layers.indexOf(item.layer) < 0) {
      var box = document.querySelector('input[name="layer"][value="' + item.layer + '"]');
      if (box) { box.checked = true; box.dispatchEvent(new Event("change")); }
    }
    s.sel = item.feature;
    var deadline = Date.now() + OPEN_TIMEOUT_MS;
    function attempt() {
      if (s.sel !== item.feature || Date.now() > deadline) { stopWaiting(); return; }
      if (cm.openSelected()) stopWaiting();
    }
    function stopWaiting() { document.removeEventListener("map:layer", attempt); }
    document.addEventListener("map:layer", attempt);
    cm.map.once("moveend", attempt);
    if (item.point) cm.map.flyTo([item.point[1], item.point[0]], Math.max(cm.map.getZoom(), 9));
    else cm.map.fire("moveend");
  }

  function itemNode(item) {
    var corroboration = item.corroborating
      ? item.corroborating + " corroborating article" + (item.corroborating === 1 ? "" : "s")
      : "no other article";
    var head = el("span", { className: "feed-meta" }, [
      el("time", { datetime: item.date, text: item.date }), " · ",
      el("span", { className: "feed-kind", text: KIND_LABELS[item.kind] || item.kind }),
      item.outlet ? " · " : "", item.outlet ? el("span", { className: "feed-outlet", text: item.outlet }) : null
    ]);
    var button = el("button", { type: "button", className: "feed-open" }, [
      head, el("strong", { className: "feed-title", text: item.title }),
      el("span", { className: "feed-snippet", text: item.snippet }),
      el("span", { className: "feed-corroboration", text: corroboration })
    ]);
    button.addEventListener("click", function () { openItem(item); });
    var href = safeHref(item.url);
    var source = href ? el("a", { className: "feed-source", href: href, text: "Source sentence" }) : null;
    return el("li", { className: "feed-item feed-" + item.kind, "data-feed-id": item.id }, [button, source]);
  }

  var controller = null, nextCursor = null, generation = 0;
  function load(append) {
    if (controller) controller.abort();
    controller = new AbortController();
    var mine = ++generation;
    document.body.dataset.feedReady = "false";
    fetch(cm.config.api.feed + "?" + feedQuery(append ? nextCursor : null), { signal: controller.signal })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (e) { throw new Error(e.error || r.statusText); });
        return r.json();
      })
      .then(function (data) {
        if (mine !== generation) return;
        if (!append) list.textContent = "";
        data.items.forEach(function (item) { list.appendChild(itemNode(item)); });
        nextCursor = data.next_cursor;
        more.disabled = !nextCursor;  // stays in place: nothing below it moves
        status.textContent = list.children.length ? "" : "Nothing in this view and period.";
        document.body.dataset.feedReady = "true";
        document.dispatchEvent(new CustomEvent("feed:loaded"));
      })
      .catch(function (err) {
        if (err.name !== "AbortError") status.textContent = "Could not load the feed: " + err.message;
      });
  }
  // At once after a single pan or zoom, after the last of a run of them.
  var reload = cm.debounce(function () { load(false); }, 100);

  more.addEventListener("click", function () { load(true); });
  cm.map.on("moveend", reload);
  // Filters, date range and slider (and the first load): map.js fires map:reloading when it
  // starts fetching its layers (already debounced), so the feed loads alongside them.
  document.addEventListener("map:reloading", function () { reload.cancel(); load(false); });
  // The map's first reload started before this file ran: the feed's first page waits until
  // its layers are drawn, so the two server workers answer the layers first (first paint).
  if (document.documentElement.dataset.mapPainted) load(false);
  else document.addEventListener("map:painted", function () { if (!generation) load(false); }, { once: true });
})();
