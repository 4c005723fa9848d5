// Material for MkDocs' content helpers (partials/javascripts/content.html, MIT licence), moved
// from inline scripts into a file for script-src 'self'. Runs right after the article:
// 1. select the tab the reader chose last (content.tabs.link), 2. open the tab named in the URL
// (and, for Leidraad, remember it and say that the tabs are set: event "leidraad:tabs"; a
// role's alias or former name, #developer, or a label in capitals, #Jurist, names the role's
// tab too: the address is rewritten to the tab's anchor).
(function () {
  var script = document.currentScript;
  var aliases = JSON.parse(script.dataset.roleAliases || "{}");
  var named = location.hash.slice(1);
  if (named && !document.getElementById(named)) {
    var anchor = aliases[named.toLowerCase()] || named.toLowerCase();
    var tab = document.getElementById(anchor);
    if (tab && tab.name && tab.name.startsWith("__tabbed_")) {
      history.replaceState(history.state, "", "#" + anchor);
    }
  }
  var tabs = window.__md_get("__tabs");
  if (Array.isArray(tabs)) {
    document.querySelectorAll(".tabbed-set").forEach(function (set) {
      var labels = set.querySelector(".tabbed-labels");
      if (!labels) return;
      for (var t = 0; t < tabs.length; t++) {
        var match = Array.from(labels.getElementsByTagName("label")).find(function (label) {
          return label.innerText.trim() === tabs[t];
        });
        if (match) {
          document.getElementById(match.htmlFor).checked = true;
          return;
        }
      }
    });
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
  // Leidraad: a tab opened by a link (#jurist) is remembered for the next page; and whatever
  // follows the open tab (role-view.js) hears that the tabs are set.
  window.leidraadRememberTabInHash();
  script.dataset.ran = "";  // tab-anchors.js: the tabs of this page are set
  document.dispatchEvent(new CustomEvent("leidraad:tabs"));
})();
