// versiontrack report: progressive enhancement only. Pages read fully without this script.
(function () {
  "use strict";

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) { return numeric ? 0 : ""; }
    var raw = cell.getAttribute("data-value") || cell.textContent || "";
    return numeric ? (parseFloat(raw) || 0) : raw.trim().toLowerCase();
  }

  // Show the rows holding the text typed in `input` and, for each ticked checkbox of `checks`
  // ([checkbox, class] pairs), the class; count them in `shown`.
  function filterRows(rows, input, checks, shown) {
    function apply() {
      var q = input.value.trim().toLowerCase();
      var count = 0;
      rows.forEach(function (row) {
        var ok = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
        checks.forEach(function (check) {
          ok = ok && (!check[0].checked || row.classList.contains(check[1]));
        });
        row.hidden = !ok;
        if (ok) { count += 1; }
      });
      shown.textContent = count + " of " + rows.length + " shown";
    }
    input.addEventListener("input", apply);
    checks.forEach(function (check) { check[0].addEventListener("change", apply); });
    apply();
  }

  function setupIndex() {
    var table = document.getElementById("stories");
    var controls = document.getElementById("controls");
    if (!table || !controls) { return; }
    controls.hidden = false;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    filterRows(rows, document.getElementById("filter"),
               [[document.getElementById("only-silent"), "has-silent"]],
               document.getElementById("shown"));

    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = kind === "num";
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          var c = x < y ? -1 : (x > y ? 1 : 0);
          return asc ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setupHeadlines() {
    var table = document.getElementById("headline-changes");
    var controls = document.getElementById("hl-controls");
    if (!table || !controls) { return; }
    controls.hidden = false;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    filterRows(rows, document.getElementById("hl-filter"),
               [[document.getElementById("hl-substantive"), "substantive"],
                [document.getElementById("hl-reverts"), "revert"]],
               document.getElementById("hl-shown"));
  }

  function setupDiff() {
    var inline = document.getElementById("inline");
    var side = document.getElementById("side");
    var views = document.getElementById("views");
    if (!inline || !side || !views) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "view-toggle";
    function show(which) {
      inline.hidden = which !== "inline";
      side.hidden = which !== "side";
      button.textContent = which === "inline" ? "Show side by side" : "Show inline";
      button.setAttribute("aria-controls", which === "inline" ? "side" : "inline");
    }
    button.addEventListener("click", function () { show(inline.hidden ? "inline" : "side"); });
    views.appendChild(button);
    // A link to an anchor inside a hidden view reveals that view first.
    function reveal() {
      var id = decodeURIComponent(location.hash.slice(1));
      var el = id && document.getElementById(id);
      if (!el) { return; }
      if (side.contains(el) && side.hidden) { show("side"); }
      if (inline.contains(el) && inline.hidden) { show("inline"); }
      var d = el.closest("details");
      if (d) { d.open = true; }
    }
    show(location.hash === "#side" || location.hash.indexOf("#sbs-") === 0 ? "side" : "inline");
    window.addEventListener("hashchange", reveal);
    reveal();
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupIndex();
    setupHeadlines();
    setupDiff();
  });
}());
