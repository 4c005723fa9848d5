// Inside an embed card: tells the page around the frame how tall the card is. Nothing listens
// unless that page loads embed-host.js; when it does, it answers "full": the card drops its
// line clamps (class ld-embed-full, see embed.css) and reports its new height, which the host
// gives the frame. Needs `allow-scripts` when the frame is sandboxed; without it the card is
// complete at the snippet's fixed height.
(function () {
  "use strict";

  if (window.parent === window) return;
  var card = document.querySelector(".ld-embed");
  if (!card) return;
  var root = document.documentElement;
  var reported = 0;

  function report(always) {
    var height = Math.ceil(card.getBoundingClientRect().bottom + window.scrollY);
    if (height === reported && always !== true) return;
    reported = height;
    // Only a number goes out, to whichever page holds the frame; "*" because a sandboxed
    // frame cannot know that page's origin.
    window.parent.postMessage(
      { leidraad: "embed-height", height: height, full: root.classList.contains("ld-embed-full") },
      "*"
    );
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data || event.data.leidraad !== "embed-full") return;
    root.classList.add("ld-embed-full");
    report(true); // The host may have missed the first report: it asks after loading too.
  });
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(function () { report(); }).observe(card);
  } else {
    window.addEventListener("resize", function () { report(); });
  }
  report();
})();
