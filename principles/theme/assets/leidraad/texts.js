// The texts of one of Leidraad's scripts, in the site's language. The template puts them on the
// script's own element (data-texts: the keys script.<name>.* of principles/content/texts);
// `window.leidraadTexts(document.currentScript)` gives `t(key, values)`: the text of `key`,
// each {name} in it filled from `values`. Loaded in <head> of every page (main.html), so that it
// has run before them, also after Material's instant navigation.
window.leidraadTexts = function (script) {
  "use strict";
  var texts = JSON.parse((script && script.dataset.texts) || "{}");
  return function (key, values) {
    return (texts[key] || "").replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  };
};
