// Polls a running batch run's status and reloads the page when it moves on (no meta refresh: it would
// interrupt screen readers and keyboard users). Without script, the page's refresh link does the same.
(function () {
  "use strict";
  var facts = document.querySelector("[data-status-url]");
  if (!facts) {
    return;
  }

  var status = facts.getAttribute("data-run-status");
  var progress = facts.getAttribute("data-run-progress");
  function poll() {
    fetch(facts.getAttribute("data-status-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (run) {
        if (run && (run.status !== status || String(run.progress) !== progress)) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }

  window.setTimeout(poll, 2000);
})();
