(function () {
  "use strict";
  var body = document.body;
  var pageSize = Number(body.getAttribute("data-page-size")) || 20;
  var articles = Array.prototype.slice.call(document.querySelectorAll("details.article"));
  var pagers = Array.prototype.slice.call(document.querySelectorAll(".pager"));
  var ruleBoxes = Array.prototype.slice.call(document.querySelectorAll("input.rule-filter"));
  var sevBoxes = Array.prototype.slice.call(document.querySelectorAll("input.sev-filter"));
  var page = 0;
  var shown = articles;

  function hiddenSet(boxes, key) {
    var hidden = {};
    boxes.forEach(function (box) {
      if (!box.checked) { hidden[key(box.value)] = true; }
    });
    return hidden;
  }

  function filter() {
    ruleBoxes.forEach(function (box) { body.classList.toggle("hr" + box.value, !box.checked); });
    sevBoxes.forEach(function (box) { body.classList.toggle("hs-" + box.value, !box.checked); });
    var rules = hiddenSet(ruleBoxes, function (v) { return v; });
    var sevs = hiddenSet(sevBoxes, function (v) { return v.charAt(0); });
    shown = articles.filter(function (a) {
      return a.getAttribute("data-keys").split(" ").some(function (k) {
        return !rules[k.slice(0, -1)] && !sevs[k.slice(-1)];
      });
    });
    showPage(0);
  }

  function showPage(n) {
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    page = Math.min(Math.max(n, 0), pages - 1);
    var from = page * pageSize;
    var visible = {};
    shown.slice(from, from + pageSize).forEach(function (a) { visible[a.id] = true; });
    articles.forEach(function (a) { a.hidden = !visible[a.id]; });
    pagers.forEach(function (nav) {
      nav.hidden = shown.length <= pageSize && shown.length === articles.length;
      nav.querySelector(".where").textContent = shown.length
        ? "articles " + (from + 1) + "\u2013" + Math.min(from + pageSize, shown.length) + " of " + shown.length +
          " (page " + (page + 1) + " of " + pages + ")"
        : "no article has findings of the selected rules and severities";
      nav.querySelector(".prev").disabled = page === 0;
      nav.querySelector(".next").disabled = page >= pages - 1;
    });
  }

  function flash(el) {
    if (!el) { return; }
    var owner = el.closest("details.article");
    if (owner && owner.hidden) { showPage(Math.floor(shown.indexOf(owner) / pageSize)); }
    if (owner) { owner.open = true; }
    el.scrollIntoView({ block: "center" });
    el.classList.add("flash");
    window.setTimeout(function () { el.classList.remove("flash"); }, 1500);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches("input.rule-filter, input.sev-filter")) { filter(); }
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.matches("#all-rules, #no-rules")) {
      ruleBoxes.forEach(function (box) { box.checked = target.id === "all-rules"; });
      filter();
    } else if (target.matches(".pager .prev, .pager .next")) {
      showPage(page + (target.classList.contains("next") ? 1 : -1));
      document.getElementById("articles").scrollIntoView();
    } else if (target.matches("a.why")) {
      event.preventDefault();
      var open = target.nextElementSibling;
      if (open && open.classList.contains("why-text")) {
        open.remove();
      } else {
        var doc = document.querySelector("#rule-" + target.getAttribute("data-rule") + " .doc");
        var text = document.createElement("div");
        text.className = "why-text";
        text.textContent = doc ? doc.textContent : "";
        target.insertAdjacentElement("afterend", text);
      }
    } else if (target.closest("mark.f")) {
      flash(document.getElementById("n" + target.closest("mark.f").getAttribute("data-f")));
    } else if (target.matches("li.note a.sev")) {
      event.preventDefault();
      flash(document.getElementById(target.getAttribute("href").slice(1)));
    }
  });

  filter();
}());
