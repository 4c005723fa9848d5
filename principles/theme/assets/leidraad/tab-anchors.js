// A link to something inside a tab that is not open (a heading in the jurist's tab, from the
// table of contents, a search result or a shared address) opens that tab, and every tab around
// it, then brings the target into view: a closed tab's content is not displayed, so the
// browser alone cannot scroll to it. Runs on every page after material-content.js (it waits
// for it when it arrives second), so an address's own anchor wins over the tab the reader chose
// before. Opening a tab this way is
// not remembered as the reader's role (Material's data-md-switching): the reader followed a
// link, they did not choose a role.
(function () {
  "use strict";

  // The tab inputs to check, outermost first, for `target` to be displayed.
  function closedTabsAround(target) {
    var inputs = [];
    var block = target.closest(".tabbed-block");
    while (block) {
      var content = block.parentElement;
      var set = content && content.parentElement;
      if (!set || !content.classList.contains("tabbed-content")) break;
      var blocks = Array.prototype.filter.call(content.children, function (child) {
        return child.classList.contains("tabbed-block");
      });
      var input = set.querySelectorAll(":scope > input")[blocks.indexOf(block)];
      if (input && !input.checked) inputs.unshift(input);
      block = set.closest(".tabbed-block");
    }
    return inputs;
  }

  function targetOf(hash) {
    var id;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch (error) {
      return null;
    }
    return id ? document.getElementById(id) : null;
  }

  // Open the tabs around the element the hash names; true when any was closed.
  function openTabsFor(hash) {
    var target = targetOf(hash);
    var inputs = target ? closedTabsAround(target) : [];
    inputs.forEach(function (input) {
      var label = document.querySelector('label[for="' + input.id + '"]');
      if (label) label.setAttribute("data-md-switching", "");
      input.checked = true;
      // Material moves the tab's underline, role-view.js sorts the action cards.
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    return inputs.length > 0 ? target : null;
  }

  function reveal() {
    var target = openTabsFor(location.hash);
    if (target) target.scrollIntoView({ block: "start" });
  }

  // A click on a link: remembered (`followed`, for after Material's instant navigation); to
  // this page's own anchor, the tab is opened before the browser (or Material's instant
  // navigation) scrolls to it: the address may not change, and then no hashchange follows.
  function onClick(event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var url = new URL(link.href, location.href);
    followed = url; // (A click on anything else, as Material's own on the search toggle, is none.)
    if (!url.hash || url.origin !== location.origin || url.pathname !== location.pathname) return;
    var target = openTabsFor(url.hash);
    if (target && url.hash === location.hash) target.scrollIntoView({ block: "start" });
  }

  // Material's instant navigation scrolls once every script of the new page has arrived: to
  // the anchor, or, when the history entry holds an offset, to that offset. The entry can hold
  // a stale one: Material records the offset 100 ms after the page last scrolled, and the
  // page scrolls when its content is replaced or the search closes (seen: a search result's
  // heading, shown by this script, left for the offset of the page before; on a phone, where
  // the search covers the page, the heading was mostly not reached, and on a busy machine it
  // still is not always). So after Material, bring
  // the target of the link the reader followed into view. Back and forward follow no link:
  // Material's offset is where the reader was.
  var followed = null; // The address of the last link the reader clicked.

  function afterInstantNavigation() {
    var url = followed;
    followed = null;
    // On a page load this runs before the page is complete; the browser scrolls then.
    if (!url || document.readyState !== "complete") return;
    if (url.pathname !== location.pathname || url.hash !== location.hash) return;
    var target = targetOf(location.hash);
    if (!target || closedTabsAround(target).length > 0) return;
    var box = target.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) target.scrollIntoView({ block: "start" });
  }

  if (!window.leidraadTabAnchors) {
    // Registered once: with instant navigation this script runs again on every page.
    window.leidraadTabAnchors = true;
    window.addEventListener("hashchange", reveal);
    document.addEventListener("click", onClick, true);
    // Material's own observable of each new page, offered to scripts like this one; its own
    // scrolling subscribed first, so it has scrolled when this runs. On a page load
    // Material's script comes after this one: it is there once the page is parsed.
    var watchNewPages = function () {
      if (window.document$) window.document$.subscribe(afterInstantNavigation);
    };
    if (window.document$) watchNewPages();
    else document.addEventListener("DOMContentLoaded", watchNewPages, { once: true });
  }

  // On this page's first run the browser scrolls to the anchor itself once the page has
  // loaded, now that its tab is open (scrolling here, while the page is still being parsed, is
  // undone by that); after instant navigation the page is complete and this script scrolls.
  function openForThisPage() {
    if (document.readyState === "complete") reveal();
    else openTabsFor(location.hash);
  }

  // Only once material-content.js has set this page's tabs (the reader's remembered tab):
  // otherwise that tab would win over the anchor's. On a page load it has run already; after
  // Material's instant navigation, which inserts a page's scripts all at once and runs each as
  // it arrives, it may come second: then wait for its "leidraad:tabs".
  var tabsSetter = document.querySelector("script[src*='material-content']");
  if (!tabsSetter || "ran" in tabsSetter.dataset) openForThisPage();
  else document.addEventListener("leidraad:tabs", openForThisPage, { once: true });
})();
