// Material for MkDocs' page helpers (partials/javascripts/base.html, MIT licence), moved from an
// inline script into a file so that the site runs under script-src 'self'. Runs synchronously,
// before Material's bundle, exactly where the inline script stood.
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
})();
