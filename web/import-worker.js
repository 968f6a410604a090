// Dossier's library worker: Go's wasm_exec.js and web/import-worker.wasm
// (cmd/dossier/main_worker.go), which reads imported files and runs the
// article pipeline on every article (bundled and imported) off the page's
// thread. web/import.js starts it as import-worker.js?v=<version>; the
// wasm is fetched with the same version, as the service worker precached it.
"use strict";
importScripts(new URL("../wasm_exec.js", self.location).href);
(function () {
  var v = new URLSearchParams(self.location.search).get("v") || "";
  var url = new URL("import-worker.wasm" + (v ? "?v=" + encodeURIComponent(v) : ""), self.location).href;
  var go = new Go();
  // phase tells the page when the worker reached a phase (web/import.js
  // marks it on the page's time line for the benchmarks).
  self.dossierPhase = function (name) {
    if (self.name) {
      return; // the second pipeline worker (its library worker ignores them)
    }
    self.postMessage({ type: "phase", name: name, at: performance.timeOrigin + performance.now() });
  };
  self.dossierPhase("w-start");
  function fail(err) {
    self.postMessage({ type: "failed", error: String((err && err.message) || err) });
  }
  function run(result) {
    self.dossierPhase("w-compiled");
    self.dossierModule = result.module;
    go.run(result.instance);
  }
  // dossierShareModule gives the second pipeline worker (worker_helper.go)
  // its first message: the compiled module, which it instantiates without
  // fetching and compiling the wasm again (and with the code the engine
  // has optimised since), or null when it cannot be sent (it then fetches).
  self.dossierShareModule = function (worker) {
    try {
      worker.postMessage({ module: self.dossierModule || null });
    } catch (e) {
      worker.postMessage({ module: null });
    }
  };
  if (self.name === "dossier-pipeline") {
    // The second pipeline worker waits for its library worker's module.
    self.onmessage = function (e) {
      self.onmessage = null;
      var module = e.data && e.data.module;
      if (module instanceof WebAssembly.Module) {
        WebAssembly.instantiate(module, go.importObject)
          .then(function (instance) {
            self.dossierShared = true;
            run({ module: module, instance: instance });
          }, fail);
      } else {
        load();
      }
    };
    return;
  }
  load();
  function load() {
    fetch(url)
      .then(function (res) {
        if (!res.ok) {
          throw new Error("loading " + url + ": " + res.status);
        }
        if (WebAssembly.instantiateStreaming && /wasm/.test(res.headers.get("Content-Type") || "")) {
          return WebAssembly.instantiateStreaming(res, go.importObject);
        }
        return res.arrayBuffer().then(function (b) {
          return WebAssembly.instantiate(b, go.importObject);
        });
      })
      .then(run, fail);
  }
})();
