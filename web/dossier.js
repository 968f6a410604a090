// Dossier's page-side glue, loaded before the wasm app.
//
// It binds the "/" shortcut, and records the service worker's "new version active" message in
// window.dossierUpdate, so the app can show its update notice even when the
// message arrives before the wasm has started (go-app's own OnAppUpdate is
// not always delivered).
(function () {
  // "/" focuses the search box, unless the reader is typing in a field.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) {
      return;
    }
    var q = document.getElementById("q");
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });

  // Arrow keys move between the results (from the search box too); Enter
  // opens the focused one, as links do.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") {
      return;
    }
    var t = e.target;
    var links = Array.prototype.slice.call(document.querySelectorAll(".library a.title"));
    if (links.length === 0) {
      return;
    }
    var i = links.indexOf(t);
    if (t && t.id === "q") {
      i = -1;
    } else if (i < 0) {
      return;
    }
    var next = e.key === "ArrowDown" ? i + 1 : i - 1;
    e.preventDefault();
    if (next < 0) {
      document.getElementById("q").focus();
      return;
    }
    links[Math.min(next, links.length - 1)].focus();
  });

  if (!("serviceWorker" in navigator)) {
    return;
  }
  navigator.serviceWorker.addEventListener("message", function (event) {
    var msg = event.data;
    if (msg && (msg.type === "dossier-updated" || msg.type === "dossier-version")) {
      window.dossierWorkerVersion = msg.version;
      if (msg.type === "dossier-updated") {
        window.dossierUpdate = msg.version;
      }
    }
  });
  // Ask the worker in control which version it serves; the app compares it
  // with its own.
  window.dossierAskVersion = function () {
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "dossier-version" });
    }
  };
  window.dossierAskVersion();
  // Look for a new version when the reader comes back to the tab.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && window.goappTryUpdate) {
      window.goappTryUpdate();
    }
  });
})();
