// Dossier's wasm compiler: a dedicated worker that fetches and compiles the
// page's wasm (web/app.wasm) off the page's thread, and posts the compiled
// WebAssembly.Module back to the page, which instantiates it with Go's
// imports (dossierInstantiate in the loader, cmd/dossier/appjs.go). On a
// repeat visit the browser's compiled-code cache is read here, not on the
// page's thread. The page sends {url}; the answer is {module} or {error},
// and the page falls back to compiling itself on an error.
"use strict";
self.onmessage = function (e) {
  self.onmessage = null;
  var url = e.data && e.data.url;
  compile(url).then(
    function (module) {
      self.postMessage({ module: module });
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
