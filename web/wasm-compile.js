// Dossier's wasm compiler: a dedicated worker that fetches and compiles the
// page's wasm (web/app.wasm) off the page's thread, and posts the compiled
// WebAssembly.Module back to the page, which instantiates it with Go's
// imports (dossierInstantiate in the loader, cmd/dossier/appjs.go). On a
// repeat visit the browser's compiled-code cache is read here, not on the
// page's thread. The page sends {url, path}; the answer is {module} or {error},
// and the page falls back to compiling itself on an error.
//
// Then the worker warms the module's code: the engine compiles a wasm
// function only when it is first called, on the thread that calls it, and
// the compiled code belongs to the module, shared by every instance. So the
// worker runs Go's start (the runtime, every package's init, the routes and
// a render of the page at path to HTML: cmd/dossier/main_wasm.go's "-warm"
// run, app/ui's Warm) in an instance of its own, and
// the page's start then finds that code compiled instead of compiling it on
// its thread. The run posts {warmed: true} itself once that code ran, then
// warms what a reader does first after the start (a search's code: app/ui's
// WarmSearch) while the page starts; when it ends, the worker posts
// {finished: true}, or {warmed: false} when the run failed. The page starts
// Go on the first {warmed} (and after warmTimeoutMs without one).
//
// The page keeps this worker, idle after its run (Go's exit releases the
// warm instance), for as long as it lives: the engine writes the compiled
// code to the browser's code cache through the worker whose
// compileStreaming made the module, some seconds after it optimised
// enough of it, and a visit in a new renderer process then reads it
// instead of compiling again (cmd/dossier/appjs.go).
"use strict";
self.onmessage = function (e) {
  self.onmessage = null;
  var url = e.data && e.data.url;
  var path = (e.data && e.data.path) || "/";
  compile(url).then(
    function (module) {
      self.postMessage({ module: module });
      return warm(module, path).then(
        function () {
          self.postMessage({ finished: true });
        },
        function (err) {
          self.postMessage({ warmed: false, error: String((err && err.message) || err) });
        }
      );
    },
    function (err) {
      self.postMessage({ error: String((err && err.message) || err) });
    }
  );
};

// compile fetches url and compiles it, streaming when the engine can.
function compile(url) {
  return fetch(url).then(function (res) {
    if (!res.ok) {
      throw new Error("loading " + url + ": " + res.status);
    }
    if (WebAssembly.compileStreaming && /wasm/.test(res.headers.get("Content-Type") || "")) {
      return WebAssembly.compileStreaming(res);
    }
    return res.arrayBuffer().then(function (b) {
      return WebAssembly.compile(b);
    });
  });
}

// warm runs the Go program's start in an instance of its own, with Go's
// wasm_exec.js: with the arguments -warm and the page's path, main runs
// code of the page's start and returns.
function warm(module, path) {
  importScripts(new URL("../wasm_exec.js", self.location).href);
  var go = new Go();
  go.argv = ["js", "-warm", path];
  var code = 0;
  go.exit = function (c) {
    code = c;
  };
  return WebAssembly.instantiate(module, go.importObject)
    .then(function (instance) {
      return go.run(instance);
    })
    .then(function () {
      if (code !== 0) {
        throw new Error("the warm run exited with " + code);
      }
    });
}
