// Relation maps (partials/leidraad/relation-map.html):
// 1. Hover or focus on a principle lights up its relations: its lines and the principles at
//    their other ends; the rest of the drawing fades.
// 2. On a narrow screen the drawing is folded behind "Toon de kaart", so that the same
//    relations as text come first; unfolded, it keeps readable labels and scrolls sideways in
//    its frame, under a hint that says so (hidden when the drawing fits its frame). On a wide
//    screen the button is not shown (leidraad.css) and the map is open.
// Without JavaScript the map is drawn open, and scrolls sideways in its frame on a phone.
(function () {
  "use strict";

  // Its texts (script.map.* of principles/content/texts) from its element: texts.js.
  var t = window.leidraadTexts(document.currentScript);

  function light(svg, key) {
    svg.classList.toggle("ld-map__svg--lit", Boolean(key));
    var near = {};
    svg.querySelectorAll(".ld-map__edge").forEach(function (edge) {
      var ends = edge.dataset.ends.split(" ");
      var lit = Boolean(key) && ends.indexOf(key) !== -1;
      edge.classList.toggle("ld-map__edge--lit", lit);
      if (lit) ends.forEach(function (end) { near[end] = true; });
    });
    svg.querySelectorAll(".ld-map__node").forEach(function (node) {
      node.classList.toggle("ld-map__node--lit", Boolean(near[node.dataset.key]) || node.dataset.key === key);
    });
  }

  function setUp(figure) {
    figure.dataset.ldReady = "";
    var svg = figure.querySelector(".ld-map__svg");
    svg.querySelectorAll(".ld-map__node").forEach(function (node) {
      function on() { light(svg, node.dataset.key); }
      function off() { light(svg, null); }
      node.addEventListener("mouseenter", on);
      node.addEventListener("mouseleave", off);
      node.addEventListener("focus", on);
      node.addEventListener("blur", off);
    });

    var toggle = figure.querySelector(".ld-map__toggle");
    var frame = figure.querySelector(".ld-map__frame");
    var hint = figure.querySelector(".ld-map__hint");
    if (!toggle || !frame) return;
    frame.id = frame.id || "ld-map-frame-" + document.querySelectorAll(".ld-map__frame[id]").length;
    toggle.setAttribute("aria-controls", frame.id);
    function show(open) {
      figure.classList.toggle("ld-map--folded", !open);
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? t("hide") : t("show");
      if (!open) return;
      // Wider than the screen: start in its middle, where the lines meet, and let the
      // keyboard scroll it too (a named, focusable region).
      var scrolls = frame.scrollWidth > frame.clientWidth;
      frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
      if (hint) hint.hidden = !scrolls;
      if (scrolls) {
        frame.tabIndex = 0;
        frame.setAttribute("role", "region");
        frame.setAttribute("aria-label", svg.getAttribute("aria-label") + ", schuift zijwaarts");
      }
    }
    toggle.addEventListener("click", function () {
      show(toggle.getAttribute("aria-expanded") !== "true");
    });
    show(false);
    toggle.hidden = false;
  }

  // This script follows each map; Material's instant navigation runs it again on every page.
  document.querySelectorAll("figure.ld-map:not([data-ld-ready])").forEach(setUp);
})();
