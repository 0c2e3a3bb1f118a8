/* Campaigns that end and move (issue 15): how map.js draws a campaign on the slider's day,
 * and the campaigns it cannot place, listed in the panel as "not located". Loaded before
 * map.js. Strings from the data go through textContent only. */
(function () {
  "use strict";

  var ORIGIN = { text: "as the text says", "held place": "the attacker's nearest held place", "front line": "behind the attacker's front line" };

  // An ended campaign (within CAMPAIGN_FADE_DAYS of its end) is drawn faded and dashed.
  function look(p) {
    var ended = p.phase === "ended";
    return {
      opacity: ended ? 0.35 : 0.9,
      dashArray: ended ? "8 6" : null,
      className: ended ? " cm-campaign-ended" : ""
    };
  }

  function label(p) {
    if (p.phase === "ended") return p.name + (p.ended_on ? " · ended " + p.ended_on : " · ended");
    return p.name + (p.started_on ? " · from " + p.started_on : "");
  }

  // The popup's "Came from" row: the origin's name and how it was found.
  function cameFrom(p) {
    if (!p.origin) return "";
    return (p.origin.name ? p.origin.name + ", " : "") + (ORIGIN[p.origin.from] || p.origin.from);
  }

  function section() {
    var node = document.getElementById("campaigns-not-located");
    if (node) return node;
    node = document.createElement("section");
    node.id = "campaigns-not-located";
    node.setAttribute("aria-label", "Campaigns not located");
    node.hidden = true;
    var head = document.createElement("h2");
    head.textContent = "Campaigns not located";
    var hint = document.createElement("p");
    hint.className = "hint";
    hint.textContent = "On this date, with no target or axis the map can place:";
    node.appendChild(head);
    node.appendChild(hint);
    node.appendChild(document.createElement("ul"));
    var after = document.getElementById("layers");
    if (after && after.parentNode) after.parentNode.insertBefore(node, after.nextSibling);
    else document.body.appendChild(node);
    return node;
  }

  function listNotLocated(items) {
    var node = section();
    var list = node.querySelector("ul");
    list.textContent = "";
    (items || []).forEach(function (c) {
      var who = (c.attackers || []).map(function (a) { return a.name; }).join(", ");
      var when = c.phase === "ended" ? "ended " + (c.ended_on || "") : (c.started_on ? "from " + c.started_on : "");
      var li = document.createElement("li");
      li.className = "cm-not-located";
      li.dataset.campaign = String(c.id);
      li.textContent = c.name + (who ? " (" + who + ")" : "") + (when ? " · " + when : "");
      list.appendChild(li);
    });
    node.hidden = !list.children.length;
  }

  // With the campaigns layer off, the list goes too (map.js then draws and lists nothing).
  document.addEventListener("change", function (ev) {
    var box = ev.target;
    if (box && box.name === "layer" && box.value === "campaigns" && !box.checked) listNotLocated([]);
  });

  window.CMCampaigns = { look: look, label: label, cameFrom: cameFrom, listNotLocated: listNotLocated };
})();
