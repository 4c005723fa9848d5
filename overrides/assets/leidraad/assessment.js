// "Pas toe of leg uit": keeps a team's answers in this browser (localStorage, per collection),
// shows progress, flags "Wijk af" without an explanation, exports Markdown, CSV and JSON,
// imports that JSON to resume, and fills a printable report. Nothing is sent anywhere.
(function () {
  "use strict";

  var FORMAT = "leidraad-toetsing";
  var VERSION = 1;
  var CHOICES = { "pas-toe": "Pas toe", "wijk-af": "Wijk af", nvt: "Niet van toepassing" };

  function storageKey(form) {
    return "leidraad.toetsing." + form.dataset.collection;
  }

  function principles(form) {
    return Array.from(form.querySelectorAll("fieldset.ld-assessment__principle"));
  }

  function field(fieldset, suffix) {
    return fieldset.querySelector('[name="' + fieldset.id + "-" + suffix + '"]');
  }

  function checkedValues(form, name) {
    return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map(
      function (box) { return box.value; }
    );
  }

  function inScope(fieldset, roles, levels) {
    var ownRoles = fieldset.dataset.roles.split(" ");
    var ownLevels = fieldset.dataset.levels.split(" ");
    var byRole = !roles.length || roles.some(function (r) { return ownRoles.indexOf(r) !== -1; });
    var byLevel = !levels.length || levels.some(function (l) { return ownLevels.indexOf(l) !== -1; });
    return byRole && byLevel;
  }

  // --- The answers as data --------------------------------------------------------------------

  function collect(form) {
    var roles = checkedValues(form, "rol");
    var levels = checkedValues(form, "niveau");
    return {
      format: FORMAT,
      version: VERSION,
      collection: form.dataset.collection,
      collection_title: form.dataset.collectionTitle,
      source: form.dataset.pageUrl,
      date: new Date().toISOString().slice(0, 10),
      project: form.elements.project.value.trim(),
      roles: roles,
      levels: levels,
      principles: principles(form).filter(function (fieldset) {
        return inScope(fieldset, roles, levels);
      }).map(function (fieldset) {
        var chosen = fieldset.querySelector("input[type=radio]:checked");
        return {
          slug: fieldset.dataset.slug,
          number: Number(fieldset.dataset.number),
          title: fieldset.dataset.title,
          version: fieldset.dataset.version,
          answer: chosen ? chosen.value : null,
          explanation: field(fieldset, "toelichting").value.trim(),
          evidence: field(fieldset, "onderbouwing").value.split("\n").map(function (line) {
            return line.trim();
          }).filter(Boolean)
        };
      })
    };
  }

  function restore(form, data) {
    form.elements.project.value = data.project || "";
    form.querySelectorAll('input[name="rol"], input[name="niveau"]').forEach(function (box) {
      var list = box.name === "rol" ? data.roles : data.levels;
      box.checked = (list || []).indexOf(box.value) !== -1;
    });
    var answers = {};
    (data.principles || []).forEach(function (item) { answers[item.slug] = item; });
    principles(form).forEach(function (fieldset) {
      var item = answers[fieldset.dataset.slug] || {};
      fieldset.querySelectorAll("input[type=radio]").forEach(function (radio) {
        radio.checked = radio.value === item.answer;
      });
      field(fieldset, "toelichting").value = item.explanation || "";
      field(fieldset, "onderbouwing").value = (item.evidence || []).join("\n");
    });
  }

  // Answers of principles outside the current scope are kept, so narrowing loses nothing.
  function save(form) {
    var data = collect(form);
    var kept = load(form);
    if (kept && kept.principles) {
      var shown = {};
      data.principles.forEach(function (item) { shown[item.slug] = true; });
      kept.principles.forEach(function (item) { if (!shown[item.slug]) data.principles.push(item); });
    }
    data.principles = principles(form).map(function (fieldset) {
      return data.principles.find(function (item) { return item.slug === fieldset.dataset.slug; });
    }).filter(Boolean);
    try {
      localStorage.setItem(storageKey(form), JSON.stringify(data));
    } catch (error) {
      message(form, "Opslaan in deze browser lukt niet; exporteer je antwoorden.");
    }
  }

  function load(form) {
    try {
      return JSON.parse(localStorage.getItem(storageKey(form)) || "null");
    } catch (error) {
      return null;
    }
  }

  // --- What the reader sees -------------------------------------------------------------------

  function message(form, text) {
    document.getElementById("ld-assessment-message").textContent = text;
  }

  function refresh(form) {
    var roles = checkedValues(form, "rol");
    var levels = checkedValues(form, "niveau");
    var total = 0;
    var answered = 0;
    var missing = 0;
    principles(form).forEach(function (fieldset) {
      var shown = inScope(fieldset, roles, levels);
      fieldset.hidden = !shown;
      var chosen = fieldset.querySelector("input[type=radio]:checked");
      var explanation = field(fieldset, "toelichting");
      var flagged = shown && !!chosen && chosen.value === "wijk-af" && !explanation.value.trim();
      explanation.setAttribute("aria-invalid", flagged ? "true" : "false");
      fieldset.querySelector(".ld-assessment__error").hidden = !flagged;
      fieldset.classList.toggle("ld-assessment__principle--flagged", flagged);
      if (!shown) return;
      total += 1;
      if (chosen) answered += 1;
      if (flagged) missing += 1;
    });
    var progress = document.getElementById("ld-progress");
    progress.max = total;
    progress.value = answered;
    var text = answered + " van " + total + " principes beantwoord";
    if (missing) text += "; " + missing + " afwijking" + (missing === 1 ? "" : "en") + " zonder uitleg";
    document.getElementById("ld-progress-text").textContent = text;
  }

  // --- Exports --------------------------------------------------------------------------------

  function markdown(data) {
    var lines = [
      "# Toetsing: " + data.collection_title, "",
      "- Project: " + (data.project || "(geen naam)"),
      "- Datum: " + data.date,
      "- Collectie: " + data.collection_title + " (" + data.collection + ")",
      "- Rollen: " + (data.roles.join(", ") || "alle"),
      "- Niveaus: " + (data.levels.join(", ") || "alle"),
      "- Bron: " + data.source, ""
    ];
    data.principles.forEach(function (item) {
      lines.push("## " + item.number + ". " + item.title + " (versie " + item.version + ")", "");
      lines.push("**Oordeel:** " + (item.answer ? CHOICES[item.answer] : "nog niet beantwoord"), "");
      if (item.explanation) lines.push("**Toelichting:** " + item.explanation, "");
      if (item.answer === "wijk-af" && !item.explanation) {
        lines.push("**Let op:** afwijking zonder uitleg.", "");
      }
      if (item.evidence.length) {
        lines.push("**Onderbouwing:**", "");
        item.evidence.forEach(function (link) { lines.push("- " + link); });
        lines.push("");
      }
    });
    return lines.join("\n");
  }

  function csvCell(value) {
    var text = String(value === null || value === undefined ? "" : value);
    return /[";\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  // As Excel opens it with Dutch settings: a byte order mark (UTF-8) and ';' between cells.
  function csv(data) {
    var header = ["collectie", "nummer", "slug", "titel", "versie", "oordeel", "toelichting",
      "onderbouwing", "project", "datum"];
    var rows = data.principles.map(function (item) {
      return [data.collection, item.number, item.slug, item.title, item.version,
        item.answer ? CHOICES[item.answer] : "", item.explanation, item.evidence.join(" "),
        data.project, data.date];
    });
    return "\ufeff" + [header].concat(rows).map(function (row) {
      return row.map(csvCell).join(";");
    }).join("\r\n") + "\r\n";
  }

  function saveAs(form, text, type, extension) {
    var name = "toetsing-" + form.dataset.collection + "-" + new Date().toISOString().slice(0, 10);
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name + "." + extension;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function exportAs(form, format) {
    var data = collect(form);
    if (format === "md") saveAs(form, markdown(data), "text/markdown;charset=utf-8", "md");
    if (format === "csv") saveAs(form, csv(data), "text/csv;charset=utf-8", "csv");
    if (format === "json") {
      saveAs(form, JSON.stringify(data, null, 2) + "\n", "application/json", "json");
    }
  }

  function importFile(form, file) {
    file.text().then(function (text) {
      var data = JSON.parse(text);
      if (data.format !== FORMAT || data.collection !== form.dataset.collection) {
        message(form, "Dit bestand is geen toetsing van " + form.dataset.collectionTitle + ".");
        return;
      }
      restore(form, data);
      save(form);
      refresh(form);
      message(form, "Antwoorden geïmporteerd uit " + file.name + ".");
    }).catch(function () {
      message(form, "Dit bestand kan niet worden gelezen als JSON.");
    });
  }

  // --- The printed report ---------------------------------------------------------------------

  function report(form) {
    var data = collect(form);
    var section = document.getElementById("ld-report");
    section.replaceChildren();
    function add(parent, tag, text) {
      var element = document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      parent.appendChild(element);
      return element;
    }
    add(section, "h1", "Toetsing: " + data.collection_title);
    var meta = add(section, "p");
    meta.textContent = "Project: " + (data.project || "(geen naam)") + " · Datum: " + data.date +
      " · Rollen: " + (data.roles.join(", ") || "alle") + " · Niveaus: " +
      (data.levels.join(", ") || "alle");
    data.principles.forEach(function (item) {
      add(section, "h2", item.number + ". " + item.title);
      add(section, "p", "Oordeel: " + (item.answer ? CHOICES[item.answer] : "nog niet beantwoord") +
        " (principe, versie " + item.version + ")");
      if (item.explanation) add(section, "p", "Toelichting: " + item.explanation);
      if (item.evidence.length) {
        var list = add(section, "ul");
        item.evidence.forEach(function (link) { add(list, "li", link); });
      }
    });
  }

  // --- Wiring ---------------------------------------------------------------------------------

  function setUp() {
    var form = document.getElementById("ld-assessment");
    if (!form || form.dataset.ldReady !== undefined) return;
    form.dataset.ldReady = "";
    var kept = load(form);
    if (kept) restore(form, kept);
    refresh(form);
    form.querySelector(".ld-assessment__actions").hidden = false;
    form.addEventListener("input", function () { save(form); refresh(form); });
    form.addEventListener("change", function () { save(form); refresh(form); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.querySelectorAll("[data-export]").forEach(function (button) {
      button.addEventListener("click", function () { exportAs(form, button.dataset.export); });
    });
    form.querySelector("[data-import]").addEventListener("change", function (event) {
      if (event.target.files.length) importFile(form, event.target.files[0]);
      event.target.value = "";
    });
    form.querySelector("[data-print]").addEventListener("click", function () {
      report(form);
      window.print();
    });
    form.querySelector("[data-clear]").addEventListener("click", function () {
      localStorage.removeItem(storageKey(form));
      restore(form, { principles: [] });
      refresh(form);
      message(form, "Alle antwoorden zijn gewist.");
    });
  }

  // Also when printing from the browser's menu; the form of the page shown at that moment.
  if (!window.leidraadPrintReport) {
    window.leidraadPrintReport = true;
    window.addEventListener("beforeprint", function () {
      var form = document.getElementById("ld-assessment");
      if (form) report(form);
    });
  }

  // Stands after the form, only on assessment pages; instant navigation runs it again there.
  setUp();
})();
