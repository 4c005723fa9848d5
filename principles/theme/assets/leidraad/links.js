// At the top of every role tab of a principle page: "Alle principes voor de jurist", a link to
// the role's page (its address comes from "Belangrijk voor", data-ld-role-page), and "Kopieer
// link naar dit tabblad", a button that copies the tab's stable address (<page>#<role>).
// Material copies [data-clipboard-text] and confirms.
// And each role's embed snippet ("Kaart voor de jurist insluiten", rendered in "Delen en
// insluiten") moves into that role's tab; without script, or without a tab, it stays there.
(function () {
  "use strict";

  // Its texts (script.links.* of principles/content/texts) from its element: texts.js.
  var t = window.leidraadTexts(document.currentScript);

  function addTabLinks() {
    var header = document.querySelector("[data-ld-role-tabs]");
    var canonical = document.querySelector('link[rel="canonical"]');
    if (!header || !canonical) return;
    var roles = header.dataset.ldRoleTabs.split(" ");
    document.querySelectorAll(".tabbed-set").forEach(function (set) {
      var inputs = set.querySelectorAll(":scope > input");
      var blocks = set.querySelectorAll(":scope > .tabbed-content > .tabbed-block");
      inputs.forEach(function (input, position) {
        var block = blocks[position];
        if (!block || roles.indexOf(input.id) === -1 || block.querySelector(".ld-tab-tools")) return;
        var label = set.querySelector('label[for="' + input.id + '"]');
        var tools = document.createElement("div");
        tools.className = "ld-tab-tools";
        var chip = header.querySelector('[data-ld-role="' + input.id + '"]');
        if (chip) {
          var link = document.createElement("a");
          link.className = "ld-tab-tools__role";
          link.href = chip.dataset.ldRolePage;
          link.textContent = t("role_page", { role: chip.dataset.ldRoleLabel.toLowerCase() });
          tools.appendChild(link);
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = "ld-copy ld-copy--tab";
        button.dataset.clipboardText = canonical.href.split("#")[0] + "#" + input.id;
        button.textContent = t("copy_tab");
        if (label) button.setAttribute("aria-label", t("copy_tab_named", { tab: label.innerText.trim() }));
        tools.appendChild(button);
        block.insertBefore(tools, block.firstChild);
        var embed = document.querySelector('.ld-share [data-ld-role-embed="' + input.id + '"]');
        if (embed) block.appendChild(embed);
      });
    });
    // Every role's card moved to its tab: the list in "Delen en insluiten" is empty.
    var rest = document.querySelector(".ld-share__roles");
    if (rest && !rest.querySelector("[data-ld-role-embed]")) rest.hidden = true;
  }

  // Stands at the end of a principle page; instant navigation runs it again on each one.
  addTabLinks();
})();
