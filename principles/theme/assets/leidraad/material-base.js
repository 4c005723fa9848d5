// Material for MkDocs' page helpers (partials/javascripts/base.html, MIT licence), moved from an
// inline script into a file so that the site runs under script-src 'self'. Runs synchronously,
// before Material's bundle, exactly where the inline script stood. Plus Leidraad's tab memory.
/* global __md_scope, __md_hash, __md_get, __md_set */
(function () {
  var scope = document.currentScript.dataset.scope;
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (value) {
    return Array.from(value).reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    return JSON.parse(storage.getItem(base.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try {
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      // Storage may be full or disabled; the site works without it.
    }
  };

  // Leidraad: remember a role's tab as if the reader had clicked it, so that Material's linked
  // tabs (content.tabs.link) open the same role on the next page.
  window.leidraadRememberTab = function (label) {
    if (!label) return;
    var tabs = window.__md_get("__tabs") || [];
    window.__md_set("__tabs", [label].concat(tabs.filter(function (t) { return t !== label; })));
  };
  window.leidraadRememberTabInHash = function () {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.name && target.name.indexOf("__tabbed_") === 0) {
      var label = document.querySelector('label[for="' + target.id + '"]');
      if (label) window.leidraadRememberTab(label.innerText.trim());
    }
  };
  window.addEventListener("hashchange", window.leidraadRememberTabInHash);
})();
