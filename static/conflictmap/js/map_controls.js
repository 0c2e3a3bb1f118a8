
/* The controls of the conflict map (last of its modules): layer switches, filters, the
 * time range, slider and playback, search, the link to the view and the panel toggle; then
 * the first load of every layer. */
(function () {
  "use strict";

  var cm = window.conflictMap;
  var map = cm.map, state = cm.state, config = cm.config, el = cm.el, byId = cm.byId;
  var saveState = cm.saveState, setStatus = cm.setStatus, LAYERS = cm.LAYERS, DAY = cm.DAY;
  var parseDay = cm.parseDay, fmtDay = cm.fmtDay, validDay = cm.validDay;
  var groups = cm.layers.groups, load = cm.load, reloadAll = cm.reloadAll, scheduleReload = cm.scheduleReload;
  var renderFeatureList = cm.renderFeatureList, openFeature = cm.openFeature, setCount = cm.setCount;

  LAYERS.forEach(function (name) {
    var box = document.querySelector('input[name="layer"][value="' + name + '"]');
    box.checked = state.layers.indexOf(name) >= 0;
    if (box.checked) groups[name].addTo(map);
    box.addEventListener("change", function () {
      state.layers = LAYERS.filter(function (l) { return document.querySelector('input[name="layer"][value="' + l + '"]').checked; });
      if (box.checked) { groups[name].addTo(map); load(name).then(renderFeatureList); } else { map.removeLayer(groups[name]); setCount(name, null); if (name === "places") load("countries"); renderFeatureList(); }
      saveState();
    });
  });

  var actorSelect = byId("actor-filter"), legend = byId("actor-legend");
  config.actors.forEach(function (a) {
    actorSelect.appendChild(el("option", { value: String(a.id), text: a.name }));
    legend.appendChild(el("li", {}, [cm.actorNode(a)]));
  });
  actorSelect.value = state.actor;
  if (actorSelect.value !== state.actor) state.actor = "";
  actorSelect.addEventListener("change", function () { state.actor = actorSelect.value; showActorNote(); saveState(); scheduleReload(); });
  // A place chosen in search keeps the Actor menu's filter (down in Filters): say so beside
  // the search, with a way to drop it, or the place seems to have less than it has.
  var actorNote = byId("search-actor");
  function actorName() {
    var a = config.actors.filter(function (x) { return String(x.id) === state.actor; })[0];
    return a ? a.name : "";
  }
  function showActorNote() {
    actorNote.hidden = !(state.actor && state.about);
    byId("search-actor-name").textContent = actorName();
  }
  byId("search-actor-clear").addEventListener("click", function () {
    actorSelect.value = ""; state.actor = "";
    showActorNote(); saveState(); reloadAll();
    setStatus("Showing all actors");
  });

  var kindSelect = byId("kind-filter");
  config.kinds.forEach(function (k) { kindSelect.appendChild(el("option", { value: k.value, text: k.label })); });
  kindSelect.value = state.kind;
  if (kindSelect.value !== state.kind) state.kind = "";
  kindSelect.addEventListener("change", function () { state.kind = kindSelect.value; saveState(); scheduleReload(); });

  var conf = byId("confidence-filter"), confLabel = byId("confidence-label");
  conf.value = String(state.conf);
  confLabel.textContent = state.conf.toFixed(2);
  conf.addEventListener("input", function () { state.conf = parseFloat(conf.value) || 0; confLabel.textContent = state.conf.toFixed(2); saveState(); scheduleReload(); });

  var from = byId("date-from"), to = byId("date-to"), slider = byId("time-slider"), timeLabel = byId("time-label");
  function syncSlider() {
    var days = Math.max(0, Math.round((parseDay(state.to) - parseDay(state.from)) / DAY));
    slider.max = String(days);
    slider.value = String(Math.round((parseDay(state.date) - parseDay(state.from)) / DAY));
    slider.setAttribute("aria-valuetext", state.date);
    timeLabel.textContent = state.date;
    from.value = state.from; to.value = state.to;
  }
  function setRange() {
    if (!validDay(from.value) || !validDay(to.value)) return;
    state.from = from.value; state.to = to.value;
    if (parseDay(state.from) > parseDay(state.to)) { state.to = state.from; }
    if (parseDay(state.date) < parseDay(state.from) || parseDay(state.date) > parseDay(state.to)) state.date = state.to;
    syncSlider(); saveState(); scheduleReload();
  }
  from.addEventListener("change", setRange);
  to.addEventListener("change", setRange);
  slider.addEventListener("input", function () {
    state.date = fmtDay(parseDay(state.from) + parseInt(slider.value, 10) * DAY);
    syncSlider(); saveState(); scheduleReload();
  });
  syncSlider();

  var compare = byId("compare");
  compare.checked = state.compare;
  compare.addEventListener("change", function () { state.compare = compare.checked; saveState(); load("control").then(renderFeatureList); });

  // Playback steps through the days on which something changed (control observations, front
  // line versions, campaign starts and ends: /api/timeline.json), draws each day's data before
  // moving on, and shows the day being drawn. Without such days it steps evenly as before.
  var play = byId("play"), playTimer = null, playing = false, PLAY_PAUSE_MS = 800;
  function stop() {
    playing = false; window.clearTimeout(playTimer); window.clearInterval(playTimer); playTimer = null;
    play.textContent = "Play"; play.setAttribute("aria-pressed", "false");
  }
  function changeDates() {
    var q = new URLSearchParams({ start: state.from, end: state.to });
    return fetch(config.api.timeline + "?" + q.toString()).then(function (r) { return r.ok ? r.json() : { dates: [] }; })
      .then(function (data) { return data.dates || []; }, function () { return []; });
  }
  function drawDay(day) {
    state.date = day;
    syncSlider(); saveState();
    timeLabel.textContent = day + " (drawing…)";
    cm.cancelScheduledReload();
    return reloadAll().then(function () {
      timeLabel.textContent = day;
      var played = document.body.dataset.played;
      document.body.dataset.played = played ? played + "," + day : day;
    });
  }
  function playChanges(days) {
    var next = days.filter(function (d) { return d > state.date; })[0];
    if (!playing || !next) { stop(); return; }
    drawDay(next).then(function () { if (playing) playTimer = window.setTimeout(function () { playChanges(days); }, PLAY_PAUSE_MS); });
  }
  function playEvenly() {
    var step = Math.max(1, Math.round(parseInt(slider.max, 10) / 40));
    playTimer = window.setInterval(function () {
      var next = Math.min(parseInt(slider.max, 10), parseInt(slider.value, 10) + step);
      slider.value = String(next);
      slider.dispatchEvent(new Event("input"));
      if (next >= parseInt(slider.max, 10)) stop();
    }, PLAY_PAUSE_MS);
  }
  play.addEventListener("click", function () {
    if (playing) { stop(); return; }
    playing = true;
    play.textContent = "Pause"; play.setAttribute("aria-pressed", "true");
    document.body.dataset.played = "";
    changeDates().then(function (days) {
      if (!playing) return;
      days = days.filter(function (d) { return d >= state.from && d <= state.to; });
      if (!days.length) { if (slider.value === slider.max) slider.value = "0"; playEvenly(); return; }
      // From the start of the range when nothing is left to play after the current day.
      if (!days.some(function (d) { return d > state.date; })) {
        drawDay(state.from).then(function () { if (playing) playTimer = window.setTimeout(function () { playChanges(days); }, PLAY_PAUSE_MS); });
        return;
      }
      playChanges(days);
    });
  });

  // A place chosen in search filters every layer to what relates to it (the places mentioned
  // in the articles naming it, its statements, campaigns and events), like the Actor menu.
  var aboutBox = byId("about-filter"), aboutName = byId("about-name");
  function showAbout(name) {
    aboutBox.hidden = !state.about;
    if (state.about) aboutName.textContent = name || cm.layers.aboutName || "the chosen place";
  }
  function chooseAbout(id, name) {
    state.about = id ? String(id) : "";
    showAbout(name);
    showActorNote();
    saveState();
    reloadAll();
  }
  byId("about-clear").addEventListener("click", function () { chooseAbout("", ""); setStatus(""); });
  // Opened from a link: the place's name arrives with the places layer.
  document.addEventListener("map:layer", function (ev) { if (ev.detail === "places" && state.about) showAbout(""); });
  showAbout("");
  showActorNote();

  // An actor chosen in search filters every layer to it, like the Actor menu, and shows its extent.
  function chooseActor(r) {
    actorSelect.value = String(r.id);
    state.actor = actorSelect.value === String(r.id) ? String(r.id) : "";
    showActorNote();
    saveState();
    reloadAll();
    if (r.bbox) map.flyToBounds([[r.bbox[1], r.bbox[0]], [r.bbox[3], r.bbox[2]]], { maxZoom: 9, padding: [40, 40] });
    setStatus(r.name + (state.actor ? " — map filtered to this actor" : "") + (r.bbox ? "" : " — nothing on the map yet"));
  }


  // Search: the server folds spellings (Ar-Raqqah = Raqqa) and aliases (Daesh = Islamic State).
  var results = byId("search-results");
  // What a result is, after its name; a place says its kind (campaigns and front lines have none).
  var RESULT_TYPES = { actor: "actor", campaign: "campaign", frontline: "front line" };
  function flyToResult(r) {
    if (r.type === "actor") { chooseActor(r); return; }
    var matched = r.matched && r.matched !== r.name ? " (matched “" + r.matched + "”)" : "";
    if (r.type === "place") chooseAbout(r.id, r.name);
    var actor = r.type === "place" && state.actor ? " and to actor " + actorName() : "";
    setStatus(r.name + matched + (r.type === "place" ? " — map filtered to what relates to this place" + actor : ""));
    openFeature(r.type + "-" + r.id, r);
  }
  byId("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = byId("search-input").value.trim();
    results.textContent = "";
    if (!q) return;
    fetch(config.api.search + "?" + new URLSearchParams({ q: q }).toString())
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (data.error || !data.results.length) { setStatus("No place or actor called “" + q + "”"); return; }
        flyToResult(data.results[0]);
        data.results.slice(0, 6).forEach(function (r) {
          var b = el("button", { type: "button", text: r.name + " · " + (RESULT_TYPES[r.type] || r.kind || r.type) });
          b.addEventListener("click", function () { flyToResult(r); });
          results.appendChild(el("li", {}, [b]));
        });
      })
      .catch(function () { setStatus("Search failed"); });
  });

  byId("copy-link").addEventListener("click", function () {
    saveState();
    var url = window.location.href;
    var done = function () { byId("copy-status").textContent = "Link copied"; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, function () { byId("copy-status").textContent = url; });
    else byId("copy-status").textContent = url;
  });

  var toggle = byId("panel-toggle"), panel = byId("panel");
  function setPanel(open) { panel.classList.toggle("closed", !open); toggle.setAttribute("aria-expanded", String(open)); }
  if (window.matchMedia("(max-width: 700px)").matches) setPanel(false);
  toggle.addEventListener("click", function () { setPanel(panel.classList.contains("closed")); });

  saveState();
  reloadAll();
})();
