/* Any script error on this page is recorded in the data-script-errors attribute of the html element. */
(function () {
  var errors = [];
  function record(text) {
    errors.push(String(text));
    document.documentElement.setAttribute('data-script-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (e) {
    record((e.message || 'error') + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
  });
  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection: ' + e.reason); });
})();
