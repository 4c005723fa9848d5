// The files a page makes for its reader: "Download deze lijst" (filter.js) and the toetsing's
// exports (assessment.js). Its one format of its own is the CSV Dutch Excel opens, written the
// same as principles.site.spreadsheet.excel_csv writes the API's principles-excel.csv, byte for
// byte (tests/test_spreadsheets.py compares them): a byte order mark, so that Excel reads UTF-8
// ("één" not garbled); ';', the Dutch list separator; quotes where a cell needs them; CRLF after
// every row; and a cell that Excel would run as a formula starts with "'" (OWASP's "CSV
// injection": a toetsing imported from someone else's JSON file is text nobody here checked).
// Loaded before the scripts that use it; they look it up when a reader asks for a file.
(function () {
  "use strict";

  // What a spreadsheet reads as the start of a formula: = + - @, a tab, a carriage return.
  var FORMULA = /^[=+\-@\t\r]/;
  // What makes Excel (and Python's csv module, QUOTE_MINIMAL) quote a cell.
  var NEEDS_QUOTES = /[";\r\n]/;

  function cell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (FORMULA.test(text)) text = "'" + text;
    return NEEDS_QUOTES.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function row(cells) {
    // A row of one empty cell is written "" (as Python's csv module does): else it would be
    // an empty line, which a reader skips.
    if (cells.length === 1 && cell(cells[0]) === "") return '""\r\n';
    return cells.map(cell).join(";") + "\r\n";
  }

  function csv(rows) {
    return "\ufeff" + rows.map(row).join("");
  }

  // Hand `blob` to the browser as a download called `name`.
  function save(name, blob) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function download(name, rows) {
    save(name, new Blob([csv(rows)], { type: "text/csv;charset=utf-8" }));
  }

  window.leidraadSpreadsheet = { csv: csv, download: download, save: save };
})();
