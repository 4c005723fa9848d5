// Reading a principle page by role. The page is built open on its most relevant role's tab,
// with that role's action cards first; here, in the browser:
// 1. the action cards follow the open tab: that role's cards first ("Voor de jurist"), or for
//    a role without cards of its own the cards meant for every role ("Voor iedereen"), or
//    nothing; the others behind "Meer hulpmiddelen bij dit principe" (a <details>, closed once
//    JavaScript runs; without JavaScript it stays open and every card shows). The rules are
//    those of partials/leidraad/action-cards.html;
// 2. a "Belangrijk voor" link to a role's tab (#jurist) opens that tab, remembers the role,
//    brings the tab into view and moves the keyboard focus to it.
// Material restores the tab a reader chose before (content.tabs.link) and opens the tab named
// in the address after this script has run; it says so with the event "leidraad:tabs".
(function () {
  "use strict";

  // Its texts (script.role_view.* of principles/content/texts) from its element: texts.js.
  var t = window.leidraadTexts(document.currentScript);

  function roleTabs() {
    var header = document.querySelector("[data-ld-role-tabs]");
    if (!header) return [];
    var roles = header.dataset.ldRoleTabs.split(" ");
    return Array.prototype.filter.call(
      document.querySelectorAll(".tabbed-set > input"),
      function (input) { return roles.indexOf(input.id) !== -1; }
    );
  }

  // The role whose tab is open: the first tab set with role tabs decides.
  function openRole() {
    var inputs = roleTabs();
    if (!inputs.length) return null;
    var set = inputs[0].parentElement;
    var open = inputs.filter(function (input) {
      return input.parentElement === set && input.checked;
    })[0];
    return open ? open.id : null;
  }

  function sortCards() {
    var section = document.querySelector(".ld-actions[data-ld-cards-role]");
    var role = openRole();
    if (!section || !role) return;
    var first = section.querySelector("[data-ld-cards-first]");
    var rest = section.querySelector("[data-ld-cards-rest]");
    var more = section.querySelector("[data-ld-cards-more]");
    var heading = section.querySelector("[data-ld-cards-for]");
    var cards = Array.prototype.slice
      .call(section.querySelectorAll("li[data-ld-position]"))
      .sort(function (a, b) { return a.dataset.ldPosition - b.dataset.ldPosition; });
    var mine = cards.filter(function (card) {
      return card.dataset.ldRoles.split(" ").indexOf(role) !== -1;
    });
    var general = cards.filter(function (card) { return !card.dataset.ldRoles; });
    var lead = mine.length ? mine : general;
    cards.forEach(function (card) {
      (lead.indexOf(card) !== -1 ? first : rest).appendChild(card);
    });
    var label = document.querySelector('label[for="' + role + '"]');
    heading.textContent = mine.length && label ? t("for_role", { role: label.innerText.trim().toLowerCase() })
      : !mine.length && general.length ? t("for_everyone") : "";
    heading.hidden = !heading.textContent;
    section.querySelector("[data-ld-cards-more-label]").textContent = lead.length
      ? t("more") : t("other_roles");
    section.querySelector("[data-ld-cards-count]").textContent = String(cards.length - lead.length);
    more.hidden = lead.length === cards.length;
    section.dataset.ldCardsRole = role;
  }

  // A "Belangrijk voor" link to a tab on this page (#jurist): open the tab as a click on its
  // label does (Material remembers it for the next page), put the role in the address, bring
  // the tabs into view and the keyboard focus on the open tab. Handled here, before Material's
  // instant navigation or the browser's jump to the anchor would move the focus away.
  function showTab(event) {
    var link = event.target.closest && event.target.closest("a.ld-relevance__tab");
    if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    var label = input && document.querySelector('label[for="' + input.id + '"]');
    if (!label || input.name.indexOf("__tabbed_") !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    if (!input.checked) label.click();
    window.leidraadRememberTab(label.innerText.trim());
    history.replaceState(history.state, "", link.hash);
    input.closest(".tabbed-set").scrollIntoView({ block: "start" });
    input.focus({ preventScroll: true });
    sortCards();
  }

  if (!window.leidraadRoleView) {
    // Registered once: with instant navigation, this script runs again on every page, but
    // the document (and its listeners) stays.
    window.leidraadRoleView = true;
    document.addEventListener("change", function (event) {
      if (event.target.matches && event.target.matches(".tabbed-set > input")) sortCards();
    });
    document.addEventListener("leidraad:tabs", sortCards);
    window.addEventListener("hashchange", sortCards);
    document.addEventListener("click", showTab, true);
    // On paper every card shows.
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll(".ld-actions [data-ld-cards-more]").forEach(function (more) {
        more.open = true;
      });
    });
  }

  // Stands at the end of a principle page, before Material restores a remembered tab.
  var more = document.querySelector(".ld-actions [data-ld-cards-more]");
  if (more) more.open = false;
  sortCards();
})();
