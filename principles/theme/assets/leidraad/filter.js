// Leidraad's list filters: by role and minimum relevance (principle lists) or by any data
// attribute (the Hulpmiddelen list). The choice lives in the URL (?rol=jurist&relevantie=hoog,
// ?rol=jurist&soort=standaard; read without regard to case, and a role's former names from
// roles.yml, data-aliases, work too), the result count is announced, and "Download deze lijst"
// exports exactly what is shown. The minimum relevance waits for a role (disabled, with its
// explanation, until one is chosen), and the cards then show their relevance for the chosen
// roles. Without JavaScript the form stays hidden and the full list remains, with the roles
// as links to their pages (hidden once the form shows: one way to choose a role).
/* global leidraadRememberTab, leidraadSpreadsheet */
(function () {
  "use strict";

  // The relevance values, their Dutch words and ranks come from the page (the form's
  // data-relevance-words and data-relevance-ranks, the options' data-rank: principles.content.model).

  function parseRoles(item) {
    var roles = {};
    (item.dataset.roles || "").split(" ").forEach(function (pair) {
      var parts = pair.split(":");
      if (parts[0]) roles[parts[0]] = parts[1];
    });
    return roles;
  }

  // A control's value and its former names (data-aliases), in lower case.
  function names(control) {
    return [control.value].concat((control.dataset.aliases || "").split(" ")).filter(Boolean)
      .map(function (name) { return name.toLowerCase(); });
  }

  function readState(form) {
    var params = new URLSearchParams(location.search);
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      var chosen = params.getAll(box.name).join(",").toLowerCase().split(",");
      box.checked = names(box).some(function (name) { return chosen.indexOf(name) !== -1; });
    });
    form.querySelectorAll("select").forEach(function (select) {
      var value = (params.get(select.name) || "").toLowerCase();
      var match = value && Array.from(select.options).find(function (option) {
        return names(option).indexOf(value) !== -1;
      });
      select.value = match ? match.value : "";
    });
  }

  function writeState(form) {
    var params = new URLSearchParams(location.search);
    var names = new Set(Array.from(form.elements).map(function (el) { return el.name; }));
    names.forEach(function (name) { if (name) params.delete(name); });
    new FormData(form).forEach(function (value, name) { if (value) params.append(name, value); });
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "") + location.hash;
    history.replaceState(history.state, "", url);
  }

  function chosen(form, name) {
    return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map(
      function (box) { return box.value; }
    );
  }

  function matchesRoles(form, item, roles, minimum) {
    var ranks = JSON.parse(form.dataset.relevanceRanks || "{}");
    var relevance = parseRoles(item);
    var wanted = roles.length ? roles : Object.keys(relevance);
    if (!roles.length && minimum === undefined) return true;
    return wanted.some(function (role) {
      var value = relevance[role];
      return value !== undefined && (minimum === undefined || ranks[value] <= minimum);
    });
  }

  function matchesAttributes(item, form) {
    return Array.from(form.querySelectorAll("select")).every(function (select) {
      if (!select.value) return true;
      var tokens = (item.dataset[select.name] || "").split(" ");
      return tokens.indexOf(select.value) !== -1;
    });
  }

  // The items of a list: its own <li>s, or those of its groups (Hulpmiddelen: a section per
  // kind, with a heading and a list; a group none of whose items is shown is hidden).
  function items(list) {
    return Array.from(list.querySelectorAll(":scope > li, :scope > .ld-group > ul > li"));
  }

  // The minimum relevance means "for the chosen roles": without a role it is disabled, and its
  // explanation says to choose one first.
  function enableMinimum(form, roles) {
    var select = form.querySelector('select[name="relevantie"]');
    if (!select) return undefined;
    select.disabled = roles.length === 0;
    var explanation = document.getElementById(select.getAttribute("aria-describedby"));
    if (explanation) explanation.hidden = !select.disabled;
    return !select.disabled && select.value
      ? Number(select.options[select.selectedIndex].dataset.rank) : undefined;
  }

  // "Relevantie: Jurist: hoog" on a card, for the chosen roles that the principle names; the
  // words come from the page (the form's data-relevance-*, the boxes' data-label).
  function showRelevance(form, item, roles) {
    var key = roles.join(" ");
    if ((item.dataset.ldShown || "") === key) return;
    item.dataset.ldShown = key;
    var line = item.querySelector(".ld-card__relevance");
    var relevance = parseRoles(item);
    var named = roles.filter(function (role) { return relevance[role]; });
    if (!named.length) {
      if (line) line.hidden = true;
      return;
    }
    var card = item.querySelector(".ld-card");
    if (!line && card) {
      line = document.createElement("p");
      line.className = "ld-card__relevance";
      card.insertBefore(line, card.querySelector(".ld-badge"));
    }
    if (!line) return;
    var words = JSON.parse(form.dataset.relevanceWords || "{}");
    line.textContent = form.dataset.relevanceTitle || "";
    named.forEach(function (role) {
      var box = form.querySelector('input[name="rol"][value="' + role + '"]');
      var chip = document.createElement("span");
      chip.className = "ld-card__role ld-card__role--" + relevance[role];
      chip.textContent = (box ? box.dataset.label : role) + ": " + (words[relevance[role]] || "");
      line.append(" ", chip);
    });
    line.hidden = false;
  }

  function apply(form, list, status) {
    var kind = form.dataset.ldFilterKind;
    var roles = kind === "roles" ? chosen(form, "rol") : [];
    var minimum = kind === "roles" ? enableMinimum(form, roles) : undefined;
    var firstRole = roles[0];
    var shown = 0;
    items(list).forEach(function (item) {
      var visible = kind === "roles" ? matchesRoles(form, item, roles, minimum) : matchesAttributes(item, form);
      item.hidden = !visible;
      if (visible) shown += 1;
      if (kind === "roles") showRelevance(form, item, roles);
      var link = item.querySelector("a[data-ld-base]");
      if (link) {
        var tabs = (item.dataset.roleTabs || "").split(" ");
        var hash = firstRole && tabs.indexOf(firstRole) !== -1 ? "#" + firstRole : "";
        link.setAttribute("href", link.dataset.ldBase + hash);
      }
    });
    list.querySelectorAll(":scope > .ld-group").forEach(function (group) {
      group.hidden = !group.querySelector("li:not([hidden])");
    });
    var noun = shown === 1 ? status.dataset.one : status.dataset.many;
    status.textContent = shown + " " + noun;
    var empty = form.parentElement.querySelector(".ld-filter__empty");
    if (empty) empty.hidden = shown !== 0;
    if (firstRole) {
      var box = form.querySelector('input[name="rol"][value="' + firstRole + '"]');
      window.leidraadRememberTab(box && box.dataset.label);
    }
  }

  // --- Download deze lijst ------------------------------------------------------------------

  function rows(list, columns) {
    var visible = items(list).filter(function (li) {
      return !li.hidden;
    });
    return visible.map(function (li) {
      var roles = parseRoles(li);
      return columns.map(function (column) {
        if (column.role) return roles[column.role] ? column.words[roles[column.role]] : "";
        if (column.key === "url") return new URL(li.dataset.url, location.href).href;
        return li.dataset[column.key] || "";
      });
    });
  }

  // The columns come from the page (spreadsheet_columns in principles/site/spreadsheet.py): the same
  // Dutch titles and values as the API's principles-excel.csv.
  function columnsOf(download) {
    return JSON.parse(download.dataset.columns);
  }

  function xml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }

  var NUMBER = /^-?\d+(\.\d+)?$/;

  // A cell of a numeric column holds a number (a spreadsheet sorts and sums it), other cells
  // and the header row text.
  function odsCell(cell, numeric) {
    var text = String(cell);
    var value = numeric && NUMBER.test(text)
      ? 'office:value-type="float" office:value="' + text + '"'
      : 'office:value-type="string"';
    return "<table:table-cell " + value + "><text:p>" + xml(text) + "</text:p></table:table-cell>";
  }

  function odsContent(table, columns, sheet) {
    var body = table.map(function (row, number) {
      return "<table:table-row>" + row.map(function (cell, position) {
        return odsCell(cell, number > 0 && columns[position].numeric);
      }).join("") + "</table:table-row>";
    }).join("");
    return '<?xml version="1.0" encoding="UTF-8"?>' +
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
      ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"' +
      ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
      '<office:body><office:spreadsheet><table:table table:name="' + xml(sheet) + '">' + body +
      "</table:table></office:spreadsheet></office:body></office:document-content>";
  }

  var CRC_TABLE = (function () {
    var table = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  // A ZIP archive with stored (uncompressed) entries: all an OpenDocument file needs.
  function zip(entries) {
    var encoder = new TextEncoder();
    var parts = [];
    var central = [];
    var offset = 0;
    entries.forEach(function (entry) {
      var name = encoder.encode(entry.name);
      var data = encoder.encode(entry.text);
      var crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      parts.push(local, name, data);
      var record = new DataView(new ArrayBuffer(46));
      record.setUint32(0, 0x02014b50, true);
      record.setUint16(4, 20, true);
      record.setUint16(6, 20, true);
      record.setUint32(16, crc, true);
      record.setUint32(20, data.length, true);
      record.setUint32(24, data.length, true);
      record.setUint16(28, name.length, true);
      record.setUint32(42, offset, true);
      central.push(record, name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (sum, part) { return sum + part.byteLength; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return parts.concat(central, [end]);
  }

  function ods(table, columns, sheet) {
    var manifest = '<?xml version="1.0" encoding="UTF-8"?>' +
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"' +
      ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"' +
      ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      "</manifest:manifest>";
    return zip([
      { name: "mimetype", text: "application/vnd.oasis.opendocument.spreadsheet" },
      { name: "META-INF/manifest.xml", text: manifest },
      { name: "content.xml", text: odsContent(table, columns, sheet) }
    ]);
  }

  // The CSV is the one Dutch Excel opens, as the API's principles-excel.csv (spreadsheet.js).
  // The ODS needs no guard against formulas: its cells are typed, and a string is text.
  function download(button, list) {
    var box = button.parentElement;
    var columns = columnsOf(box);
    var table = [columns.map(function (c) { return c.title; })].concat(rows(list, columns));
    var format = button.dataset.format;
    var name = box.dataset.filename + "." + format;
    if (format === "csv") {
      window.leidraadSpreadsheet.download(name, table);
    } else {
      var type = "application/vnd.oasis.opendocument.spreadsheet";
      window.leidraadSpreadsheet.save(name, new Blob(ods(table, columns, box.dataset.sheet), { type: type }));
    }
  }

  // --- Wiring ---------------------------------------------------------------------------------

  function setUp() {
    document.querySelectorAll("form.ld-filter:not([data-ld-ready])").forEach(function (form) {
      var list = document.getElementById(form.dataset.ldFilter);
      var status = document.getElementById(form.dataset.ldStatus);
      if (!list || !status) return;
      form.dataset.ldReady = "";
      // A list of principles without roles to choose (a collection without roles) keeps its
      // form hidden: an empty filter would only puzzle readers.
      var nothingToChoose = !form.querySelector('input[name="rol"]');
      form.hidden = form.dataset.ldFilterKind === "roles" && nothingToChoose;
      var links = form.parentElement.querySelector(".ld-filter__roles-hint");
      if (links) links.hidden = true;
      readState(form);
      apply(form, list, status);
      function update() {
        apply(form, list, status);
        writeState(form); // After apply: it enables the minimum relevance once a role is chosen.
      }
      form.addEventListener("change", update);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      // A reset changes the controls after the event: update once it has.
      form.addEventListener("reset", function () { setTimeout(update); });
      var downloads = form.parentElement.querySelector(".ld-download");
      if (downloads) {
        downloads.hidden = false;
        downloads.querySelectorAll("button[data-format]").forEach(function (button) {
          button.addEventListener("click", function () { download(button, list); });
        });
      }
    });
  }

  // This script stands after the list it filters, and only on pages with a filter. Material's
  // instant navigation runs it again for every such page it shows (also on back and forward).
  setUp();
})();
