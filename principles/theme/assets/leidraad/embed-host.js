// For a page that embeds Leidraad's cards (an intranet, a project template): makes every
// <iframe data-leidraad-embed> exactly as tall as the card inside it, with its whole text.
// Load it once per page, after or before the frames:
//   <script src="https://<leidraad-site>/assets/leidraad/embed-host.js" defer></script>
// or copy this file to your own server (then no script of ours runs on your page). It runs
// no inline code and sets the height through the CSSOM, so a strict Content-Security-Policy
// allows it; the frame needs sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
// (no allow-same-origin). See "Linking from intranets" in Leidraad's README.
(function () {
  "use strict";

  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 4000;

  // The marked frame whose document sent the message. A sandboxed frame's origin is "null",
  // so the frame is recognised by its window; a message from anywhere else is ignored.
  function frameOf(source) {
    var frames = document.querySelectorAll("iframe[data-leidraad-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.leidraad !== "embed-height" || typeof data.height !== "number") return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + "px";
    if (!data.full) event.source.postMessage({ leidraad: "embed-full" }, "*");
  });

  // The card that reports its height is the folder's "automatisch.html"
  // (principles.content.routes.EMBED_AUTO_HEIGHT_FILE); the card at the folder's own address has no
  // script. A snippet copied before the two were split names the folder: point such a frame,
  // when it may run scripts, at the card that reports its height.
  function withAutoHeight(frame) {
    var sandbox = frame.getAttribute("sandbox");
    if (sandbox !== null && sandbox.split(/\s+/).indexOf("allow-scripts") === -1) return false;
    var address;
    try { address = new URL(frame.getAttribute("src") || "", document.baseURI); } catch (e) { return false; }
    if (!/\/embed\/.+\/$/.test(address.pathname)) return false;
    address.pathname += "automatisch.html";
    // A new frame in its place, rather than a new address for this one: a frame that is still
    // loading its first card (lazily, as the snippet asks) did not always follow a new
    // address in Chromium (seen: the old card stayed, or no card at all).
    var fresh = frame.cloneNode(false);
    fresh.setAttribute("src", address.href);
    frame.replaceWith(fresh);
    return true;
  }

  // A card that loaded before this script did has reported already: ask every frame again
  // (a frame still loading ignores it, and reports once it has loaded).
  var frames = document.querySelectorAll("iframe[data-leidraad-embed]");
  for (var i = 0; i < frames.length; i++) {
    if (withAutoHeight(frames[i])) continue;
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ leidraad: "embed-full" }, "*");
  }
})();
