// Dossier's page-side glue, loaded before the wasm app.
//
// It binds the "/" shortcut, and records the service worker's "new version active" message in
// window.dossierUpdate, so the app can show its update notice even when the
// message arrives before the wasm has started (go-app's own OnAppUpdate is
// not always delivered).
(function () {
  // Reading settings (theme, text size), kept across visits and applied
  // before the app renders, so a page never flashes the wrong theme.
  var settingsKey = "dossier.settings";
  function loadSettings() {
    try {
      var s = JSON.parse(localStorage.getItem(settingsKey) || "{}");
      return { theme: s.theme || "system", scale: Number(s.scale) || 1 };
    } catch (e) {
      return { theme: "system", scale: 1 };
    }
  }
  function applySettings(s) {
    var root = document.documentElement;
    if (s.theme && s.theme !== "system") {
      root.setAttribute("data-theme", s.theme);
    } else {
      root.removeAttribute("data-theme");
    }
    root.style.setProperty("--reader-scale", String(s.scale || 1));
  }
  window.dossierSettings = function () {
    return JSON.stringify(loadSettings());
  };
  window.dossierSetSettings = function (json) {
    var s = JSON.parse(json);
    try {
      localStorage.setItem(settingsKey, JSON.stringify(s));
    } catch (e) {
      console.warn("could not keep the reading settings:", e);
    }
    applySettings(s);
  };
  applySettings(loadSettings());

  // Reading progress and position, per article: a bar at the top, and the
  // scroll position restored when the article is opened again.
  var bar = null;
  var saveTimer = 0;
  // The article whose position was restored: scrolling is only recorded
  // after that, so the jump to the top while the page loads is not saved.
  var restoredKey = "";
  function readerKey() {
    var m = location.pathname.match(/\/a\/([^/]+)\/?$/);
    return m ? "dossier.pos." + m[1] : "";
  }
  function onScroll() {
    var key = readerKey();
    if (!bar) {
      bar = document.createElement("div");
      bar.className = "read-progress";
      bar.setAttribute("aria-hidden", "true");
      document.documentElement.appendChild(bar);
    }
    var max = document.documentElement.scrollHeight - window.innerHeight;
    var f = key && max > 0 ? Math.min(1, window.scrollY / max) : 0;
    bar.style.width = (f * 100).toFixed(1) + "%";
    if (!key || key !== restoredKey) {
      return;
    }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () {
      try {
        localStorage.setItem(key, f.toFixed(4));
      } catch (e) {}
    }, 250);
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  // The app calls this once an article is rendered.
  window.dossierRestorePosition = function () {
    var key = readerKey();
    if (!key || key === restoredKey) {
      return;
    }
    var f = Number(localStorage.getItem(key)) || 0;
    var tries = 0;
    // Wait for the article to be laid out (the app renders it in steps).
    function restore() {
      var max = document.documentElement.scrollHeight - window.innerHeight;
      if (f > 0 && max <= 0 && tries++ < 40) {
        setTimeout(restore, 50);
        return;
      }
      if (f > 0 && !location.search.includes("e=")) {
        window.scrollTo(0, f * max);
      }
      restoredKey = key;
      onScroll();
    }
    // Measured in the next frame, not in the app's task that rendered the
    // article: the frame lays the page out anyway, so reading its height
    // there costs nothing more.
    requestAnimationFrame(restore);
  };

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
