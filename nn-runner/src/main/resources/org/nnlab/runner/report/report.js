/* The page's behaviour: sortable tables, showing and hiding curve sets and agreeing config keys. No network. */
(function () {
  'use strict';

  function cellKey(row, column, numeric) {
    var cell = row.cells[column];
    if (!cell) { return null; }
    var key = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    if (!numeric) { return key.toLowerCase(); }
    if (key === '') { return null; }
    var value = parseFloat(key);
    return isNaN(value) ? null : value;
  }

  function sortTable(table, column, direction) {
    var header = table.tHead.rows[0].cells[column];
    if (!header) { return; }
    var numeric = header.getAttribute('data-type') === 'num';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a, column, numeric);
      var y = cellKey(b, column, numeric);
      if (x === null || y === null) { return x === y ? 0 : x === null ? 1 : -1; }
      var order = numeric ? x - y : x.localeCompare(y, undefined, { numeric: true });
      return direction === 'descending' ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', direction);
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      function sortByThis() {
        sortTable(table, column, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
      }
      th.addEventListener('click', sortByThis);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortByThis(); }
      });
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('input[data-toggle-set]'), function (box) {
    box.addEventListener('change', function () {
      var set = box.getAttribute('data-toggle-set');
      Array.prototype.forEach.call(document.querySelectorAll('svg .series[data-set="' + set + '"]'), function (g) {
        g.style.display = box.checked ? '' : 'none';
      });
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('input[data-only-differences]'), function (box) {
    var table = document.getElementById(box.getAttribute('data-only-differences'));
    function apply() {
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.style.display = box.checked && !row.classList.contains('differs') ? 'none' : '';
      });
    }
    box.addEventListener('change', apply);
    apply();
  });

  /* A link may sort a table: report.html#sort=runs-table.5.descending (table id, column from 0, direction). */
  var sort = /^#sort=([\w-]+)\.(\d+)\.(ascending|descending)$/.exec(window.location.hash);
  if (sort && document.getElementById(sort[1])) {
    sortTable(document.getElementById(sort[1]), parseInt(sort[2], 10), sort[3]);
  }

  document.documentElement.setAttribute('data-sortable-tables',
      String(document.querySelectorAll('table.sortable').length));
  document.documentElement.setAttribute('data-script-ready', 'true');
})();
