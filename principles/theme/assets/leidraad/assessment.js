// "Pas toe of leg uit": keeps a team's named assessments in this browser (localStorage, per
// collection), puts first what matters to the chosen roles, shows progress, flags "Wijk af"
// without an explanation, asks before anything is wiped and offers undo afterwards, exports
// Markdown, CSV and JSON, imports that JSON to resume, and keeps a printable report up to date
// (so the browser's own Print shows the answers too). Nothing is sent anywhere.
(function () {
  "use strict";

  var FORMAT = "leidraad-toetsing";
  var VERSION = 1;
  var STORE_FORMAT = "leidraad-toetsingen";
  var CHOICES = { "pas-toe": "Pas toe", "wijk-af": "Wijk af", nvt: "Niet van toepassing" };
  // The default minimum relevance is the first choice (the most relevant: principles.model).
  function defaultMinimum(form) {
    return form.elements.relevantie.options[0].value;
  }

  // --- The page -------------------------------------------------------------------------------

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

  function roleLabels(form, ids) {
    return ids.map(function (id) {
      var box = form.querySelector('input[name="rol"][value="' + id + '"]');
      return box ? box.dataset.label : id;
    });
  }

  function inLevels(fieldset, levels) {
    var own = fieldset.dataset.levels.split(" ");
    return !levels.length || levels.some(function (l) { return own.indexOf(l) !== -1; });
  }

  function minimumRank(form) {
    var select = form.elements.relevantie;
    return Number(select.options[select.selectedIndex].dataset.rank);
  }

  // The principle's best relevance for any chosen role: 0 (high) … the number of relevance
  // values (the role is not named; each role's item carries its rank, data-rank).
  function rankFor(fieldset, roles) {
    var notNamed = fieldset.form.elements.relevantie.options.length;
    return roles.reduce(function (best, role) {
      var item = fieldset.querySelector('.ld-assessment__relevance [data-role="' + role + '"]');
      return Math.min(best, item ? Number(item.dataset.rank) : notNamed);
    }, notNamed);
  }

  // The chosen roles as words in a sentence: "de jurist en de inkoper".
  function roleNouns(form, ids) {
    return joinNames(roleLabels(form, ids).map(function (label) {
      return "de " + label.toLowerCase();
    }));
  }

  function joinNames(names) {
    if (names.length < 2) return names.join("");
    return names.slice(0, -1).join(", ") + " en " + names[names.length - 1];
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  // --- One assessment as data -----------------------------------------------------------------

  function isAnswered(item) {
    return !!(item.answer || item.explanation || (item.evidence && item.evidence.length));
  }

  function isEmpty(data) {
    return !(data.principles || []).some(isAnswered);
  }

  function itemOf(fieldset) {
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
  }

  function byNumber(a, b) {
    return Number(a.dataset.number) - Number(b.dataset.number) ||
      (a.dataset.slug < b.dataset.slug ? -1 : 1);
  }

  // Every principle of the page, whatever is shown: what is stored and restored.
  function answers(form) {
    return {
      format: FORMAT,
      version: VERSION,
      collection: form.dataset.collection,
      collection_title: form.dataset.collectionTitle,
      source: form.dataset.pageUrl,
      date: new Date().toISOString().slice(0, 10),
      project: form.elements.project.value.trim(),
      roles: checkedValues(form, "rol"),
      levels: checkedValues(form, "niveau"),
      minimum_relevance: form.elements.relevantie.value,
      principles: principles(form).sort(byNumber).map(itemOf)
    };
  }

  function restore(form, data) {
    form.elements.project.value = data.project || "";
    form.querySelectorAll('input[name="rol"], input[name="niveau"]').forEach(function (box) {
      var list = box.name === "rol" ? data.roles : data.levels;
      box.checked = (list || []).indexOf(box.value) !== -1;
    });
    var select = form.elements.relevantie;
    select.value = data.minimum_relevance || defaultMinimum(form);
    if (select.selectedIndex < 0) select.value = defaultMinimum(form);
    var kept = {};
    (data.principles || []).forEach(function (item) { kept[item.slug] = item; });
    principles(form).forEach(function (fieldset) {
      var item = kept[fieldset.dataset.slug] || {};
      fieldset.querySelectorAll("input[type=radio]").forEach(function (radio) {
        radio.checked = radio.value === item.answer;
      });
      field(fieldset, "toelichting").value = item.explanation || "";
      field(fieldset, "onderbouwing").value = (item.evidence || []).join("\n");
    });
  }

  function withoutAnswers(data) {
    var copy = JSON.parse(JSON.stringify(data));
    copy.principles = [];
    return copy;
  }

  // --- Every assessment of this collection in this browser ------------------------------------
  // One entry in localStorage per collection: {format, version, current, next, assessments:
  // [{id, data}]}. The name of an assessment is its project name (data.project).

  function storeKey(form) {
    return "leidraad.toetsingen." + form.dataset.collection;
  }

  // Before named assessments there was one assessment per collection under this key.
  function oldKey(form) {
    return "leidraad.toetsing." + form.dataset.collection;
  }

  function parse(text) {
    try {
      return JSON.parse(text || "null");
    } catch (error) {
      return null;
    }
  }

  function read(key) {
    try {
      return localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function emptyStore() {
    return { format: STORE_FORMAT, version: 1, current: null, next: 1, assessments: [] };
  }

  function isStore(store) {
    return !!store && store.format === STORE_FORMAT && Array.isArray(store.assessments);
  }

  function newEntry(store, data) {
    var entry = { id: "t" + store.next, data: data };
    store.next += 1;
    store.assessments.push(entry);
    return entry;
  }

  function nameOf(entry) {
    return (entry.data.project || "").trim() || "Zonder naam";
  }

  function uniqueName(store, wanted, exceptId) {
    var taken = store.assessments.filter(function (entry) { return entry.id !== exceptId; })
      .map(function (entry) { return nameOf(entry).toLowerCase(); });
    var name = wanted;
    for (var n = 2; taken.indexOf(name.toLowerCase()) !== -1; n += 1) name = wanted + " (" + n + ")";
    return name;
  }

  function blank(form, store, name) {
    var data = withoutAnswers(answers(form));
    data.project = uniqueName(store, name || "Toetsing " + (store.assessments.length + 1));
    data.roles = [];
    data.levels = [];
    data.minimum_relevance = defaultMinimum(form);
    return data;
  }

  // The store as it is in localStorage now (another tab may have changed it). The first time,
  // the assessment kept before named assessments existed becomes the first named one.
  function loadStore(form) {
    var store = parse(read(storeKey(form)));
    if (isStore(store)) {
      store.assessments = store.assessments.filter(function (entry) {
        return entry && entry.id && entry.data && typeof entry.data === "object";
      });
      store.next = Math.max(Number(store.next) || 1, store.assessments.length + 1);
      return store;
    }
    store = emptyStore();
    var old = parse(read(oldKey(form)));
    if (old && typeof old === "object" && Array.isArray(old.principles)) {
      if (!(old.project || "").trim()) old.project = "Toetsing 1";
      store.current = newEntry(store, old).id;
      if (writeStore(form, store)) {
        try {
          localStorage.removeItem(oldKey(form));
        } catch (error) {
          // The old copy stays; it is read again only if the new store goes missing.
        }
      }
    }
    return store;
  }

  function writeStore(form, store) {
    try {
      localStorage.setItem(storeKey(form), JSON.stringify(store));
      return true;
    } catch (error) {
      message("ld-assessment-message", "Opslaan in deze browser lukt niet; exporteer je antwoorden.");
      return false;
    }
  }

  function find(store, id) {
    return store.assessments.find(function (entry) { return entry.id === id; });
  }

  // --- What the reader sees -------------------------------------------------------------------

  var current = null; // the id of the assessment in the form

  // A status line; with `undo`, a button "Ongedaan maken" that runs it once.
  function message(id, text, undo) {
    var box = document.getElementById(id);
    if (!box) return;
    box.replaceChildren();
    if (!text) return;
    var line = document.createElement("span");
    line.textContent = text;
    box.appendChild(line);
    if (undo) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button ld-notice__undo";
      button.textContent = "Ongedaan maken";
      button.addEventListener("click", function () {
        box.replaceChildren();
        undo();
      });
      box.appendChild(document.createTextNode(" "));
      box.appendChild(button);
    }
  }

  function clearMessages() {
    ["ld-assessments-message", "ld-clear-message", "ld-assessment-message"].forEach(function (id) {
      message(id, "");
    });
  }

  function showSwitcher(form, store) {
    var select = document.getElementById("ld-assessment-current");
    select.replaceChildren();
    store.assessments.forEach(function (entry) {
      var option = document.createElement("option");
      option.value = entry.id;
      option.textContent = entry.id === current ? currentName(form) : nameOf(entry);
      select.appendChild(option);
    });
    select.value = current;
    showName(form);
  }

  function currentName(form) {
    return form.elements.project.value.trim() || "Zonder naam";
  }

  function showName(form) {
    var name = currentName(form);
    var select = document.getElementById("ld-assessment-current");
    var option = select.querySelector('option[value="' + current + '"]');
    if (option) option.textContent = name;
    var shown = document.getElementById("ld-assessment-name");
    shown.textContent = name;
    shown.parentElement.hidden = false;
  }

  // Put first what matters to the chosen roles (most relevant first), fold the rest; without a
  // role every principle in number order. Only the chosen levels are shown at all.
  function arrange(form) {
    var roles = checkedValues(form, "rol");
    var levels = checkedValues(form, "niveau");
    var minimum = minimumRank(form);
    var first = form.querySelector(".ld-assessment__first");
    var rest = form.querySelector(".ld-assessment__rest-list");
    var ranked = principles(form).map(function (fieldset) {
      return { fieldset: fieldset, rank: roles.length ? rankFor(fieldset, roles) : 0 };
    }).sort(function (a, b) {
      return a.rank - b.rank || byNumber(a.fieldset, b.fieldset);
    });
    ranked.forEach(function (entry) {
      var fieldset = entry.fieldset;
      fieldset.hidden = !inLevels(fieldset, levels);
      var box = fieldset.querySelector(".ld-assessment__relevance");
      box.hidden = !roles.length;
      box.querySelectorAll("[data-role]").forEach(function (item) {
        item.hidden = roles.indexOf(item.dataset.role) === -1;
      });
      var target = !roles.length || entry.rank <= minimum ? first : rest;
      if (fieldset.parentElement !== target || target.lastElementChild !== fieldset) {
        target.appendChild(fieldset);
      }
    });
    refresh(form);
  }

  // The progress counts every principle, shown or not: the level filter only narrows the view,
  // and says how many principles it hides. The role groups count what they show.
  function refresh(form) {
    var roles = checkedValues(form, "rol");
    var levels = checkedValues(form, "niveau");
    var count = { first: [0, 0, 0], rest: [0, 0, 0], hidden: [0, 0, 0] }; // principles, answered, flagged
    principles(form).forEach(function (fieldset) {
      var chosen = fieldset.querySelector("input[type=radio]:checked");
      var explanation = field(fieldset, "toelichting");
      var flagged = !!chosen && chosen.value === "wijk-af" && !explanation.value.trim();
      explanation.setAttribute("aria-invalid", flagged ? "true" : "false");
      fieldset.querySelector(".ld-assessment__error").hidden = !flagged;
      fieldset.classList.toggle("ld-assessment__principle--flagged", flagged);
      var group = !inLevels(fieldset, levels) ? count.hidden
        : fieldset.closest(".ld-assessment__rest") ? count.rest : count.first;
      group[0] += 1;
      if (chosen) group[1] += 1;
      if (flagged) group[2] += 1;
    });
    var total = count.first[0] + count.rest[0] + count.hidden[0];
    var answered = count.first[1] + count.rest[1] + count.hidden[1];
    var missing = count.first[2] + count.rest[2] + count.hidden[2];
    var progress = document.getElementById("ld-progress");
    progress.max = total;
    progress.value = answered;
    var text = answered + " van " + total + " principes beantwoord";
    if (missing) text += "; " + plural(missing, "afwijking", "afwijkingen") + " zonder uitleg";
    document.getElementById("ld-progress-text").textContent = text;
    var hidden = document.getElementById("ld-hidden-text");
    hidden.hidden = !count.hidden[0];
    hidden.textContent = !count.hidden[0] ? "" :
      plural(count.hidden[0], "principe", "principes") + " verborgen door het filter, waarvan " +
      count.hidden[1] + " beantwoord. " + (count.hidden[0] === 1 ? "Het telt" : "Ze tellen") +
      " mee in de voortgang en in de exports.";

    var who = roleNouns(form, roles);
    var heading = document.getElementById("ld-first-heading");
    heading.hidden = !roles.length;
    heading.textContent = "Het meest relevant voor " + who + ": " +
      plural(count.first[0], "principe", "principes") + ", " + count.first[1] + " beantwoord";
    document.getElementById("ld-first-empty").hidden = !roles.length || count.first[0] > 0;
    var rest = document.getElementById("ld-rest");
    rest.hidden = !roles.length || !count.rest[0];
    var summary = "Minder relevant voor " + who + ": " +
      plural(count.rest[0], "principe", "principes") + ", " + count.rest[1] + " beantwoord";
    if (count.rest[2]) summary += ", " + plural(count.rest[2], "afwijking", "afwijkingen") + " zonder uitleg";
    document.getElementById("ld-rest-summary").textContent = summary;
    report(form);
  }

  // --- Exports --------------------------------------------------------------------------------

  function tally(data) {
    var counts = { "pas-toe": 0, "wijk-af": 0, nvt: 0, open: 0, unexplained: [] };
    data.principles.forEach(function (item) {
      counts[item.answer || "open"] += 1;
      if (item.answer === "wijk-af" && !item.explanation) counts.unexplained.push(item);
    });
    return counts;
  }

  function summaryLine(counts) {
    return "Pas toe: " + counts["pas-toe"] + " · Wijk af: " + counts["wijk-af"] +
      " · Niet van toepassing: " + counts.nvt + " · Open: " + counts.open;
  }

  // "2026-11-25" → "25 november 2026": the date as the site writes it (principles.dates), for
  // the exports people read (the Markdown and the printed report). CSV, JSON and file names
  // keep the ISO date: programs read it, Excel shows it in the reader's own format, it sorts.
  var WRITTEN_DATE = new Intl.DateTimeFormat("nl-NL",
    { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  function writtenDate(iso) {
    var date = new Date(iso + "T00:00:00Z");
    return isNaN(date.getTime()) ? iso : WRITTEN_DATE.format(date);
  }

  function markdown(form, data) {
    var counts = tally(data);
    var lines = [
      "# Toetsing: " + data.collection_title, "",
      "- Project: " + (data.project || "(geen naam)"),
      "- Datum: " + writtenDate(data.date),
      "- Collectie: " + data.collection_title + " (" + data.collection + ")",
      "- Rollen: " + (roleLabels(form, data.roles).join(", ") || "alle")
    ];
    lines.push("- Bron: " + data.source, "", "**Samenvatting:** " + summaryLine(counts), "");
    if (counts.unexplained.length) {
      lines.push("**Let op:** " + plural(counts.unexplained.length, "afwijking", "afwijkingen") +
        " zonder uitleg.", "");
    }
    data.principles.forEach(function (item) {
      lines.push("## " + item.number + ". " + item.title + " (versie van " + writtenDate(item.version) + ")", "");
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

  // "Regionaal dossier 2026" → "regionaal-dossier-2026", for file names.
  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  }

  function saveAs(form, data, text, type, extension) {
    var name = ["toetsing", form.dataset.collection, slugify(data.project) || "zonder-naam",
      data.date].join("-");
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name + "." + extension;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function exportAs(form, format) {
    var data = answers(form); // every principle: the level filter only narrows the view
    if (format === "md") saveAs(form, data, markdown(form, data), "text/markdown;charset=utf-8", "md");
    if (format === "csv") saveAs(form, data, csv(data), "text/csv;charset=utf-8", "csv");
    if (format === "json") {
      saveAs(form, data, JSON.stringify(data, null, 2) + "\n", "application/json", "json");
    }
  }

  // --- Saving, switching, creating, deleting, clearing ----------------------------------------

  function save(form) {
    var store = loadStore(form);
    var entry = find(store, current);
    if (!entry) {
      entry = { id: current, data: null };
      store.assessments.push(entry);
    }
    entry.data = answers(form);
    store.current = current;
    writeStore(form, store);
    showName(form);
  }

  function show(form, store, id) {
    var entry = find(store, id);
    current = entry.id;
    store.current = current;
    restore(form, entry.data);
    showSwitcher(form, store);
    arrange(form);
  }

  function switchTo(form, id) {
    var store = loadStore(form);
    if (!find(store, id)) return;
    show(form, store, id);
    writeStore(form, store);
    clearMessages();
    message("ld-assessments-message", "Je werkt nu aan de toetsing ‘" + currentName(form) + "’.");
  }

  function create(form) {
    var store = loadStore(form);
    var entry = newEntry(store, blank(form, store));
    show(form, store, entry.id);
    writeStore(form, store);
    clearMessages();
    message("ld-assessments-message", "Nieuwe toetsing ‘" + currentName(form) +
      "’ gemaakt. Geef haar hieronder de naam van het project.");
    form.elements.project.focus();
    form.elements.project.select();
  }

  function remove(form) {
    var store = loadStore(form);
    var position = store.assessments.findIndex(function (entry) { return entry.id === current; });
    if (position < 0) return;
    var gone = store.assessments.splice(position, 1)[0];
    // There is always an assessment to work in: after the last one, a new empty one.
    var stand = store.assessments.length ? null : newEntry(store, blank(form, store, "Toetsing 1"));
    var next = store.assessments[Math.min(position, store.assessments.length - 1)];
    show(form, store, next.id);
    writeStore(form, store);
    clearMessages();
    message("ld-assessments-message", "De toetsing ‘" + nameOf(gone) + "’ is verwijderd.",
      function () {
        var again = loadStore(form);
        if (stand) {
          again.assessments = again.assessments.filter(function (entry) {
            return entry.id !== stand.id || !isEmpty(entry.data);
          });
        }
        if (!find(again, gone.id)) {
          again.assessments.splice(Math.min(position, again.assessments.length), 0, gone);
        }
        show(form, again, gone.id);
        writeStore(form, again);
        message("ld-assessments-message", "De toetsing ‘" + nameOf(gone) + "’ is terug.");
      });
  }

  function clearAnswers(form) {
    var id = current;
    var before = answers(form);
    restore(form, withoutAnswers(before));
    save(form);
    arrange(form);
    clearMessages();
    message("ld-clear-message", "Alle antwoorden van ‘" + currentName(form) + "’ zijn gewist.",
      function () {
        var store = loadStore(form);
        var entry = find(store, id);
        if (entry) entry.data = before;
        else store.assessments.push({ id: id, data: before });
        show(form, store, id);
        writeStore(form, store);
        message("ld-clear-message", "De antwoorden van ‘" + currentName(form) + "’ zijn terug.");
      });
  }

  // A team's own work is never overwritten: an import goes into the current assessment only
  // while that is still empty, and otherwise into a new one.
  function importFile(form, file) {
    file.text().then(function (text) {
      var data = JSON.parse(text);
      if (!data || data.format !== FORMAT || data.collection !== form.dataset.collection) {
        message("ld-assessment-message", "Dit bestand is geen toetsing van " +
          form.dataset.collectionTitle + ".");
        return;
      }
      var store = loadStore(form);
      var entry = find(store, current);
      var into = entry && isEmpty(answers(form)) ? entry : null;
      data.project = uniqueName(store, (data.project || "").trim() || "Geïmporteerde toetsing",
        into ? into.id : null);
      if (into) into.data = data;
      else into = newEntry(store, data);
      show(form, store, into.id);
      writeStore(form, store);
      clearMessages();
      message("ld-assessment-message", "Antwoorden geïmporteerd uit " + file.name +
        " in de toetsing ‘" + currentName(form) + "’.");
    }).catch(function () {
      message("ld-assessment-message", "Dit bestand kan niet worden gelezen als JSON.");
    });
  }

  // A native modal dialog: keyboard use and focus come with it. "Annuleren" has the focus;
  // Escape cancels; afterwards the focus returns to the button that opened it.
  function confirmFirst(options, onConfirm) {
    var dialog = document.getElementById("ld-confirm");
    var opener = document.activeElement;
    document.getElementById("ld-confirm-title").textContent = options.title;
    document.getElementById("ld-confirm-text").textContent = options.text;
    var yes = dialog.querySelector("[data-confirm]");
    yes.textContent = options.confirm;
    var confirmed = false;
    function close() {
      dialog.removeEventListener("close", close);
      if (opener && opener.isConnected) opener.focus();
      if (confirmed) onConfirm();
    }
    yes.onclick = function () { confirmed = true; dialog.close(); };
    dialog.querySelector("[data-cancel]").onclick = function () { dialog.close(); };
    dialog.addEventListener("close", close);
    dialog.showModal();
  }

  // --- The printed report ---------------------------------------------------------------------

  function report(form) {
    var data = answers(form); // every principle: the level filter only narrows the view
    var counts = tally(data);
    var section = document.getElementById("ld-report");
    section.replaceChildren();
    function add(parent, tag, text, className) {
      var element = document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      if (className) element.className = className;
      parent.appendChild(element);
      return element;
    }
    add(section, "h1", "Toetsing: " + data.collection_title);
    var meta = [
      "Project: " + (data.project || "(geen naam)"),
      "Datum: " + writtenDate(data.date),
      "Rollen: " + (roleLabels(form, data.roles).join(", ") || "alle")
    ];
    add(section, "p", meta.join(" · "));

    add(section, "h2", "Samenvatting");
    var table = add(section, "table", undefined, "ld-report__summary");
    [["Pas toe", counts["pas-toe"]], ["Wijk af", counts["wijk-af"]],
      ["Niet van toepassing", counts.nvt], ["Open", counts.open]].forEach(function (row) {
      var tr = add(table, "tr");
      add(tr, "th", row[0]).scope = "row";
      add(tr, "td", String(row[1]));
    });
    if (counts.unexplained.length) {
      add(section, "p", "Let op: " + plural(counts.unexplained.length, "afwijking", "afwijkingen") +
        " zonder uitleg:", "ld-report__flag");
      var flagged = add(section, "ul");
      counts.unexplained.forEach(function (item) {
        add(flagged, "li", item.number + ". " + item.title);
      });
    }

    add(section, "h2", "Per principe");
    data.principles.forEach(function (item) {
      add(section, "h3", item.number + ". " + item.title);
      add(section, "p", "Oordeel: " + (item.answer ? CHOICES[item.answer] : "nog niet beantwoord") +
        " (principe, versie van " + writtenDate(item.version) + ")");
      if (item.answer === "wijk-af" && !item.explanation) {
        add(section, "p", "Let op: afwijking zonder uitleg.", "ld-report__flag");
      }
      if (data.roles.length) {
        var fieldset = document.getElementById("p-" + item.slug);
        var shown = Array.from(fieldset.querySelectorAll(".ld-assessment__relevance [data-role]"))
          .filter(function (li) { return data.roles.indexOf(li.dataset.role) !== -1; })
          .map(function (li) { return li.textContent.trim(); });
        add(section, "p", "Relevantie: " + shown.join(", "));
      }
      if (item.explanation) add(section, "p", "Toelichting: " + item.explanation);
      if (item.evidence.length) {
        add(section, "p", "Onderbouwing:");
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
    var store = loadStore(form);
    if (!store.assessments.length) newEntry(store, blank(form, store, "Toetsing 1"));
    var id = find(store, store.current) ? store.current : store.assessments[0].id;
    show(form, store, id);
    document.getElementById("ld-assessments").hidden = false;
    form.querySelector(".ld-assessment__actions").hidden = false;

    form.addEventListener("input", function (event) {
      save(form);
      if (event.target.name === "project") showName(form);
      refresh(form);
    });
    form.addEventListener("change", function (event) {
      save(form);
      if (["rol", "niveau", "relevantie"].indexOf(event.target.name) !== -1) arrange(form);
      else refresh(form);
    });
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
      confirmFirst({
        title: "Alle antwoorden wissen?",
        text: "Je wist de oordelen, toelichtingen en onderbouwingen van de toetsing ‘" +
          currentName(form) + "’ in deze browser. Direct daarna kun je dit nog ongedaan maken.",
        confirm: "Antwoorden wissen"
      }, function () { clearAnswers(form); });
    });

    var switcher = document.getElementById("ld-assessments");
    switcher.querySelector("#ld-assessment-current").addEventListener("change", function (event) {
      switchTo(form, event.target.value);
    });
    switcher.querySelector("[data-new]").addEventListener("click", function () { create(form); });
    switcher.querySelector("[data-delete]").addEventListener("click", function () {
      confirmFirst({
        title: "Toetsing ‘" + currentName(form) + "’ verwijderen?",
        text: "De toetsing en al haar antwoorden verdwijnen uit deze browser. Wil je ze bewaren, " +
          "exporteer ze dan eerst als JSON. Direct daarna kun je dit nog ongedaan maken.",
        confirm: "Verwijderen"
      }, function () { remove(form); });
    });
  }

  // Also when printing from the browser's menu; the form of the page shown at that moment.
  if (!window.leidraadPrintReport) {
    window.leidraadPrintReport = true;
    window.addEventListener("beforeprint", function () {
      var form = document.getElementById("ld-assessment");
      if (form && form.dataset.ldReady !== undefined) report(form);
    });
  }

  // Stands after the form, only on assessment pages; instant navigation runs it again there.
  setUp();
})();
