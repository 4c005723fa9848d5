// "Pas toe of leg uit": keeps a team's named assessments in this browser (localStorage, per
// collection), puts first what matters to the chosen roles, shows progress, flags "Wijk af"
// without an explanation, asks before anything is wiped and offers undo afterwards, exports
// Markdown, CSV and JSON, imports that JSON to resume, and keeps a printable report up to date
// (so the browser's own Print shows the answers too). Nothing is sent anywhere.
/* global leidraadSpreadsheet */
(function () {
  "use strict";

  // Its texts (script.assessment.* of principles/content/texts) from its element: texts.js.
  var t = window.leidraadTexts(document.currentScript);

  var FORMAT = "leidraad-toetsing";
  var VERSION = 1;
  var STORE_FORMAT = "leidraad-toetsingen";
  var CHOICES = { "pas-toe": t("apply"), "wijk-af": t("deviate"), nvt: t("not_applicable") };
  // The default minimum relevance is the first choice (the most relevant: principles.content.model).
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
      return t("role_noun", { role: label.toLowerCase() });
    }));
  }

  function joinNames(names) {
    if (names.length < 2) return names.join("");
    return names.slice(0, -1).join(", ") + t("and") + names[names.length - 1];
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }



  var deviations = function (count) {
    return plural(count, t("deviation_one"), t("deviation_other"));
  };
  var principleCount = function (count) {
    return plural(count, t("principle_one"), t("principle_other"));
  };

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
    return (entry.data.project || "").trim() || t("unnamed");
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
    data.project = uniqueName(store, name || t("numbered", { number: store.assessments.length + 1 }));
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
      if (!(old.project || "").trim()) old.project = t("numbered", { number: 1 });
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
      message("ld-assessment-message", t("cannot_store"));
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
      button.textContent = t("undo");
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
    return form.elements.project.value.trim() || t("unnamed");
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
    var said = t("progress", { answered: answered, total: total });
    if (missing) said += t("unexplained_suffix", { deviations: deviations(missing) });
    document.getElementById("ld-progress-text").textContent = said;
    var hidden = document.getElementById("ld-hidden-text");
    hidden.hidden = !count.hidden[0];
    hidden.textContent = !count.hidden[0] ? "" :
      t(count.hidden[0] === 1 ? "hidden_one" : "hidden_other",
        { principles: principleCount(count.hidden[0]), answered: count.hidden[1] });

    var who = roleNouns(form, roles);
    var heading = document.getElementById("ld-first-heading");
    heading.hidden = !roles.length;
    heading.textContent = t("first_heading",
      { who: who, principles: principleCount(count.first[0]), answered: count.first[1] });
    document.getElementById("ld-first-empty").hidden = !roles.length || count.first[0] > 0;
    var rest = document.getElementById("ld-rest");
    rest.hidden = !roles.length || !count.rest[0];
    var summary = t("rest_summary",
      { who: who, principles: principleCount(count.rest[0]), answered: count.rest[1] });
    if (count.rest[2]) summary += t("rest_unexplained", { deviations: deviations(count.rest[2]) });
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
    return CHOICES["pas-toe"] + ": " + counts["pas-toe"] + " · " + CHOICES["wijk-af"] + ": " + counts["wijk-af"] +
      " · " + CHOICES.nvt + ": " + counts.nvt + " · " + t("open") + ": " + counts.open;
  }

  // "2026-11-25" → "25 november 2026": the date as the site writes it (principles.content.dates), for
  // the exports people read (the Markdown and the printed report). CSV, JSON and file names
  // keep the ISO date: programs read it, Excel shows it in the reader's own format, it sorts.
  var WRITTEN_DATE = new Intl.DateTimeFormat(t("date_locale"),
    { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  function writtenDate(iso) {
    var date = new Date(iso + "T00:00:00Z");
    return isNaN(date.getTime()) ? iso : WRITTEN_DATE.format(date);
  }

  function markdown(form, data) {
    var counts = tally(data);
    var lines = [
      "# " + t("report_title", { collection: data.collection_title }), "",
      "- " + t("project", { project: data.project || t("no_name") }),
      "- " + t("date", { date: writtenDate(data.date) }),
      "- " + t("collection", { collection: data.collection_title, id: data.collection }),
      "- " + t("roles", { roles: roleLabels(form, data.roles).join(", ") || t("all_roles") })
    ];
    lines.push("- " + t("source", { source: data.source }), "", "**" + t("summary") + ":** " + summaryLine(counts), "");
    if (counts.unexplained.length) {
      lines.push("**" + t("note") + ":** " + t("unexplained", { deviations: deviations(counts.unexplained.length) }) + ".", "");
    }
    data.principles.forEach(function (item) {
      lines.push("## " + item.number + ". " + item.title + t("version", { date: writtenDate(item.version) }), "");
      lines.push("**" + t("verdict") + ":** " + (item.answer ? CHOICES[item.answer] : t("not_answered")), "");
      if (item.explanation) lines.push("**" + t("explanation") + ":** " + item.explanation, "");
      if (item.answer === "wijk-af" && !item.explanation) {
        lines.push("**" + t("note") + ":** " + t("deviation_unexplained") + ".", "");
      }
      if (item.evidence.length) {
        lines.push("**" + t("evidence") + ":**", "");
        item.evidence.forEach(function (link) { lines.push("- " + link); });
        lines.push("");
      }
    });
    return lines.join("\n");
  }

  // The rows of the CSV (spreadsheet.js writes it as Dutch Excel opens it). The header is in
  // the site's language (script.assessment.csv_header: the cells, ';' between).
  function csvRows(data) {
    var header = t("csv_header").split(";");
    var rows = data.principles.map(function (item) {
      return [data.collection, item.number, item.slug, item.title, item.version,
        item.answer ? CHOICES[item.answer] : "", item.explanation, item.evidence.join(" "),
        data.project, data.date];
    });
    return [header].concat(rows);
  }

  // "Regionaal dossier 2026" → "regionaal-dossier-2026", for file names.
  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  }

  function fileName(form, data, extension) {
    return ["toetsing", form.dataset.collection, slugify(data.project) || "zonder-naam",
      data.date].join("-") + "." + extension;
  }

  function saveAs(form, data, text, type, extension) {
    window.leidraadSpreadsheet.save(fileName(form, data, extension), new Blob([text], { type: type }));
  }

  function exportAs(form, format) {
    var data = answers(form); // every principle: the level filter only narrows the view
    if (format === "md") saveAs(form, data, markdown(form, data), "text/markdown;charset=utf-8", "md");
    if (format === "csv") window.leidraadSpreadsheet.download(fileName(form, data, "csv"), csvRows(data));
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
    message("ld-assessments-message", t("switched", { name: currentName(form) }));
  }

  function create(form) {
    var store = loadStore(form);
    var entry = newEntry(store, blank(form, store));
    show(form, store, entry.id);
    writeStore(form, store);
    clearMessages();
    message("ld-assessments-message", t("created", { name: currentName(form) }));
    form.elements.project.focus();
    form.elements.project.select();
  }

  function remove(form) {
    var store = loadStore(form);
    var position = store.assessments.findIndex(function (entry) { return entry.id === current; });
    if (position < 0) return;
    var gone = store.assessments.splice(position, 1)[0];
    // There is always an assessment to work in: after the last one, a new empty one.
    var stand = store.assessments.length ? null : newEntry(store, blank(form, store, t("numbered", { number: 1 })));
    var next = store.assessments[Math.min(position, store.assessments.length - 1)];
    show(form, store, next.id);
    writeStore(form, store);
    clearMessages();
    message("ld-assessments-message", t("deleted", { name: nameOf(gone) }),
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
        message("ld-assessments-message", t("restored", { name: nameOf(gone) }));
      });
  }

  function clearAnswers(form) {
    var id = current;
    var before = answers(form);
    restore(form, withoutAnswers(before));
    save(form);
    arrange(form);
    clearMessages();
    message("ld-clear-message", t("cleared", { name: currentName(form) }),
      function () {
        var store = loadStore(form);
        var entry = find(store, id);
        if (entry) entry.data = before;
        else store.assessments.push({ id: id, data: before });
        show(form, store, id);
        writeStore(form, store);
        message("ld-clear-message", t("answers_restored", { name: currentName(form) }));
      });
  }

  // A team's own work is never overwritten: an import goes into the current assessment only
  // while that is still empty, and otherwise into a new one.
  function importFile(form, file) {
    file.text().then(function (text) {
      var data = JSON.parse(text);
      if (!data || data.format !== FORMAT || data.collection !== form.dataset.collection) {
        message("ld-assessment-message", t("wrong_file", { collection: form.dataset.collectionTitle }));
        return;
      }
      var store = loadStore(form);
      var entry = find(store, current);
      var into = entry && isEmpty(answers(form)) ? entry : null;
      data.project = uniqueName(store, (data.project || "").trim() || t("imported_name"),
        into ? into.id : null);
      if (into) into.data = data;
      else into = newEntry(store, data);
      show(form, store, into.id);
      writeStore(form, store);
      clearMessages();
      message("ld-assessment-message", t("imported", { file: file.name, name: currentName(form) }));
    }).catch(function () {
      message("ld-assessment-message", t("not_json"));
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
    add(section, "h1", t("report_title", { collection: data.collection_title }));
    var meta = [
      t("project", { project: data.project || t("no_name") }),
      t("date", { date: writtenDate(data.date) }),
      t("roles", { roles: roleLabels(form, data.roles).join(", ") || t("all_roles") })
    ];
    add(section, "p", meta.join(" · "));

    add(section, "h2", t("summary"));
    var table = add(section, "table", undefined, "ld-report__summary");
    [[CHOICES["pas-toe"], counts["pas-toe"]], [CHOICES["wijk-af"], counts["wijk-af"]],
      [CHOICES.nvt, counts.nvt], [t("open"), counts.open]].forEach(function (row) {
      var tr = add(table, "tr");
      add(tr, "th", row[0]).scope = "row";
      add(tr, "td", String(row[1]));
    });
    if (counts.unexplained.length) {
      add(section, "p", t("note") + ": " + t("unexplained", { deviations: deviations(counts.unexplained.length) }) + ":",
        "ld-report__flag");
      var flagged = add(section, "ul");
      counts.unexplained.forEach(function (item) {
        add(flagged, "li", item.number + ". " + item.title);
      });
    }

    add(section, "h2", t("per_principle"));
    data.principles.forEach(function (item) {
      add(section, "h3", item.number + ". " + item.title);
      add(section, "p", t("verdict") + ": " + (item.answer ? CHOICES[item.answer] : t("not_answered")) +
        t("principle_version", { date: writtenDate(item.version) }));
      if (item.answer === "wijk-af" && !item.explanation) {
        add(section, "p", t("note") + ": " + t("deviation_unexplained") + ".", "ld-report__flag");
      }
      if (data.roles.length) {
        var fieldset = document.getElementById("p-" + item.slug);
        var shown = Array.from(fieldset.querySelectorAll(".ld-assessment__relevance [data-role]"))
          .filter(function (li) { return data.roles.indexOf(li.dataset.role) !== -1; })
          .map(function (li) { return li.textContent.trim(); });
        add(section, "p", t("relevance") + ": " + shown.join(", "));
      }
      if (item.explanation) add(section, "p", t("explanation") + ": " + item.explanation);
      if (item.evidence.length) {
        add(section, "p", t("evidence") + ":");
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
    if (!store.assessments.length) newEntry(store, blank(form, store, t("numbered", { number: 1 })));
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
        title: t("clear_title"),
        text: t("clear_text", { name: currentName(form) }),
        confirm: t("clear_confirm")
      }, function () { clearAnswers(form); });
    });

    var switcher = document.getElementById("ld-assessments");
    switcher.querySelector("#ld-assessment-current").addEventListener("change", function (event) {
      switchTo(form, event.target.value);
    });
    switcher.querySelector("[data-new]").addEventListener("click", function () { create(form); });
    switcher.querySelector("[data-delete]").addEventListener("click", function () {
      confirmFirst({
        title: t("delete_title", { name: currentName(form) }),
        text: t("delete_text"),
        confirm: t("delete_confirm")
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
