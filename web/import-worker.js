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
    kept.then(function () {
      go.run(result.instance);
    });
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
  // The library worker's Go starts once the answer kept is read and
  // posted: the reading's tasks are on this thread, and behind Go's start
  // they reached the page no sooner than Go's own answer (195-265 ms after
  // the page asked, at load 6-11).
  var kept = self.name ? Promise.resolve() : new Promise(readKept);
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
  // readKept reads the bundle's answer this worker kept for the next
  // visit (app/libdb's SaveBundleSnapshot: a record of the "meta" store of
  // its IndexedDB database "dossier", its bytes a Blob), before the
  // worker's Go starts, when it is the bundle's (its URL as the worker's
  // Go makes it, cmd/dossier's workerPipeline.asset), and posts it to the
  // page ({type: "kept", kept}, its bytes moved; kept null when there is
  // none): the page's Go then decodes it as soon as it starts, without
  // waiting for this worker's (app/ui's keptAnswer checks that it is its
  // bundle's, for its pipeline). Read here, the Blob's bytes take this
  // thread, not the page's (Blob.arrayBuffer read the 27 MB answer of the
  // 10,000 Reuters stories in two tasks of ~80 ms each there). It creates
  // no database.
  function readKept(done) {
    var sent = false;
    function send(kept) {
      if (!sent) {
        sent = true;
        self.postMessage({ type: "kept", kept: kept }, kept ? [kept.packed.buffer] : []);
        done();
      }
    }
    var v = new URLSearchParams(self.location.search).get("v");
    if (!v || !self.indexedDB || !self.Blob) {
      send(null);
      return;
    }
    var bundle = new URL("articles.json", self.location.href);
    bundle.searchParams.set("v", v);
    var req;
    try {
      req = indexedDB.open("dossier");
    } catch (e) {
      send(null);
      return;
    }
    req.onupgradeneeded = function () {
      req.transaction.abort(); // no database yet: leave it to Go
    };
    req.onerror = function () {
      send(null);
    };
    req.onsuccess = function () {
      var db = req.result;
      db.onversionchange = function () {
        db.close();
      };
      try {
        var get = db.transaction("meta", "readonly").objectStore("meta").get("bundle-snapshot");
        get.onerror = function () {
          db.close();
          send(null);
        };
        get.onsuccess = function () {
          db.close();
          var k = get.result;
          if (!k || k.url !== bundle.toString() || !(k.packed instanceof Blob)) {
            send(null);
            return;
          }
          k.packed.arrayBuffer().then(
            function (b) {
              send({ key: k.key, url: k.url, total: k.total, packed: new Uint8Array(b) });
            },
            function () {
              send(null);
            }
          );
        };
      } catch (e) {
        db.close();
        send(null);
      }
    };
  }
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
