//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// appJSEdits change how go-app's loader script (/app.js, go-app v10.1.11)
// starts the wasm, so that the prerendered page is seen first:
//
//   - The wasm starts once the prerendered page has been painted (the
//     browser's first-contentful-paint entry, then one more frame), not
//     while it is still to be painted: on a fast or cached load the
//     compile and the Go start-up otherwise run before the first paint and
//     hold the prerendered library or article off the screen. A hidden page
//     starts at once (it paints nothing), and no page waits more than 3 s.
//   - The wasm is fetched and compiled in a dedicated worker
//     (web/wasm-compile.js), which posts the compiled WebAssembly.Module to
//     the page; the page only instantiates it with Go's imports
//     (dossierInstantiate). Compiled in the page, the streaming compile
//     took the page's thread for two tasks of ~150-300 ms each on a repeat
//     visit or an offline reload (BenchmarkBrowserReuters's long tasks).
//     On any error, or where a worker cannot compile, the page falls
//     back to go-app's instantiateStreaming of fetch(url): the response goes
//     straight to the compiler, not through go-app's JavaScript stream that
//     counted its bytes on the page's thread. The loading badge keeps its
//     spinner and label, without the percentage.
//   - The Go program starts in a task of its own, after the one that
//     instantiated the module: the browser can paint and take input in
//     between.
//
// Each edit must match exactly once; newSite fails otherwise, so a go-app
// update cannot silently drop them.
var appJSEdits = []struct{ old, new string }{
	{
		"\ngoappInitWebAssembly();\n",
		"\ndossierStartAfterPaint(goappInitWebAssembly);\n" +
			"function dossierStartAfterPaint(start) {\n" +
			"  let started = false;\n" +
			"  const go = () => {\n" +
			"    if (!started) {\n" +
			"      started = true;\n" +
			"      start();\n" +
			"    }\n" +
			"  };\n" +
			"  if (document.visibilityState === \"hidden\" || !window.PerformanceObserver) {\n" +
			"    go();\n" +
			"    return;\n" +
			"  }\n" +
			"  const po = new PerformanceObserver((list) => {\n" +
			"    if (list.getEntriesByName(\"first-contentful-paint\").length) {\n" +
			"      po.disconnect();\n" +
			"      requestAnimationFrame(() => setTimeout(go));\n" +
			"    }\n" +
			"  });\n" +
			"  po.observe({ type: \"paint\", buffered: true });\n" +
			"  setTimeout(go, 3000);\n" +
			"}\n",
	},
	{"\nasync function goappInitWebAssembly() {", dossierInstantiateJS + "\nasync function goappInitWebAssembly() {"},
	{"await instantiateStreaming(\n      fetchWithProgress(\"", "await dossierInstantiate(instantiateStreaming, \""},
	{"\", showProgress),", "\","},
	{"\n    go.run(wasm.instance);\n", "\n    await new Promise((resolve) => setTimeout(resolve));\n    go.run(wasm.instance);\n"},
}

// dossierInstantiateJS compiles the page's wasm in a worker and
// instantiates it in the page, else falls back to instantiateStreaming
// (see appJSEdits). The worker's script is precached with the build's
// version, like the app's other files. A page whose wasm was compiled in the
// worker has the performance mark "dossier-wasm-worker".
const dossierInstantiateJS = `
async function dossierInstantiate(instantiateStreaming, url, imports) {
  try {
    const module = await dossierCompileInWorker(url);
    const instance = await WebAssembly.instantiate(module, imports);
    performance.mark("dossier-wasm-worker");
    return { module, instance };
  } catch (err) {
    console.warn("dossier: compiling the wasm in a worker failed, compiling it here:", err);
  }
  return instantiateStreaming(fetch(url), imports);
}

function dossierCompileInWorker(url) {
  return new Promise((resolve, reject) => {
    if (!window.Worker || !WebAssembly.compileStreaming) {
      reject(new Error("no Worker or WebAssembly.compileStreaming"));
      return;
    }
    const worker = new Worker(goappEnv.GOAPP_STATIC_RESOURCES_URL + "/` + wasmCompileJS + `?v=" +
      encodeURIComponent(goappEnv.GOAPP_VERSION));
    const done = (err, module) => {
      worker.terminate();
      err ? reject(err) : resolve(module);
    };
    worker.onmessage = (e) => {
      const module = e.data && e.data.module;
      if (module instanceof WebAssembly.Module) {
        done(null, module);
      } else {
        done(new Error((e.data && e.data.error) || "the worker sent no module"));
      }
    };
    worker.onmessageerror = () => done(new Error("the module could not be received"));
    worker.onerror = (e) => {
      e.preventDefault();
      done(new Error("the worker failed: " + (e.message || "it did not start")));
    };
    worker.postMessage({ url: new URL(url, location.href).href });
  });
}
`

// wasmCompileJS is the worker that compiles the page's wasm, in webDir.
const wasmCompileJS = "wasm-compile.js"

// loadingLabel is the label of go-app's loading badge.
const loadingLabel = "Loading Dossier…"

// editedAppJS renders go-app's /app.js with h and applies appJSEdits.
func editedAppJS(h http.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("go-app's app.js: status %d", rec.Code)
	}
	js := rec.Body.String()
	for _, e := range appJSEdits {
		if n := strings.Count(js, e.old); n != 1 {
			return nil, fmt.Errorf("go-app's app.js: %q found %d times, want 1 (go-app changed?)", e.old, n)
		}
		js = strings.Replace(js, e.old, e.new, 1)
	}
	return []byte(js), nil
}

// serveAppJS serves the edited loader script, revalidated like go-app's own.
func (s *site) serveAppJS(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"app-js-`+s.version+`"`)
	h.Set("Content-Type", "application/javascript")
	http.ServeContent(w, r, "app.js", time.Time{}, bytes.NewReader(s.appJS))
}
