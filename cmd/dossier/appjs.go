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
//   - Once the page has the module, the worker runs the start of the same
//     Go program in an instance of its own (web/wasm-compile.js, the
//     "-warm" run of main_wasm.go, app/ui's Warm), and the page starts Go
//     when it says it is done (or after warmTimeoutMs): the engine
//     compiles each wasm function on its first call, on the thread that
//     calls it, and keeps the code for every instance of the module, so
//     the page finds that code compiled. On a first visit the page's
//     thread otherwise compiled ~2,300 functions, ~1,000 of them before
//     main (a trace: TestTraceColdVisit, -tags tracetool); now ~700, of
//     them ~7 before main (TestBrowserWasmWarm).
//   - The page keeps the worker once it has the module, idle after
//     its warm run, and never terminates it: the engine writes the
//     compiled code to the browser's code cache some seconds after it
//     optimised enough of it, through the worker whose compileStreaming
//     made the module, and drops that write when the worker is gone.
//     Terminated at its warm run's end (as until the sixteenth session),
//     the worker left no cache entry, so every visit in a new renderer
//     process compiled again: on the 10,000 Reuters stories the page's
//     thread ~950 functions lazily (0.75-1.05 s in traces), the worker
//     ~2,000 and the optimising tier 9-13 s of CPU on background threads
//     (traces of a visit after the renderer crashed, as in
//     BenchmarkBrowserReutersNewProcess); with the cache read, ~30 and
//     ~65, and the optimising tier ~4 s. A reload in the same renderer
//     process reuses the engine's module in memory either way
//     (BenchmarkBrowserReuters's repeat visit). The first visit's wasm
//     comes from the network, and the code cached with it is not where a
//     visit served by the service worker looks: the second visit still
//     compiles, and the next ones read what it wrote (once it had stayed
//     open long enough: ~10 s on the Reuters stories; on the seeds the
//     engine optimises less, and wrote in one visit of three open 12 s).
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
// worker has the performance mark "dossier-wasm-worker". The page then
// waits (up to warmTimeoutMs) for the worker to run Go's start once in an
// instance of its own, which has the engine compile that code off the
// page's thread (it compiles a wasm function on its first call, on the
// calling thread); it is instantiated meanwhile. A page that found its
// start's code warmed has the mark "dossier-wasm-warmed"; the worker then
// warms the code of a first keystroke while the page starts, and the page
// marks "dossier-wasm-warm-finished" when it is done. The page keeps the
// worker (dossierCompileWorker) for the code cache's write (appJSEdits).
const dossierInstantiateJS = `
async function dossierInstantiate(instantiateStreaming, url, imports) {
  try {
    const { module, warmed } = await dossierCompileInWorker(url);
    const instance = await WebAssembly.instantiate(module, imports);
    performance.mark("dossier-wasm-worker");
    if (await warmed) {
      performance.mark("dossier-wasm-warmed");
    }
    return { module, instance };
  } catch (err) {
    console.warn("dossier: compiling the wasm in a worker failed, compiling it here:", err);
  }
  return instantiateStreaming(fetch(url), imports);
}

// dossierCompileWorker is the worker that compiled the page's wasm, kept
// for as long as the page lives.
let dossierCompileWorker = null;

function dossierCompileInWorker(url) {
  return new Promise((resolve, reject) => {
    if (!window.Worker || !WebAssembly.compileStreaming) {
      reject(new Error("no Worker or WebAssembly.compileStreaming"));
      return;
    }
    const worker = new Worker(goappEnv.GOAPP_STATIC_RESOURCES_URL + "/` + wasmCompileJS + `?v=" +
      encodeURIComponent(goappEnv.GOAPP_VERSION));
    let warmedDone, timer, compiled = false;
    const warmed = new Promise((r) => (warmedDone = r));
    const done = (err, ok) => {
      clearTimeout(timer);
      if (!compiled) {
        worker.terminate();
      }
      reject(err);
      warmedDone(ok);
    };
    worker.onmessage = (e) => {
      const d = e.data || {};
      if (d.module instanceof WebAssembly.Module) {
        // The worker lives on with the page, idle once its warm run
        // ends: the engine writes the module's compiled code to the
        // browser's code cache some seconds after it has optimised
        // enough of it, through the worker that compiled it, and drops
        // the write when that worker is gone (see appJSEdits).
        compiled = true;
        dossierCompileWorker = worker;
        timer = setTimeout(() => done(null, false), ` + warmTimeoutMs + `);
        resolve({ module: d.module, warmed });
      } else if ("warmed" in d) {
        if (!d.warmed) {
          console.warn("dossier: warming the wasm's code in the worker failed:", d.error);
          done(null, false);
          return;
        }
        // The start's code is warm; the worker warms a first keystroke's
        // meanwhile.
        clearTimeout(timer);
        warmedDone(true);
      } else if (d.finished) {
        performance.mark("dossier-wasm-warm-finished");
        done(null, true);
      } else {
        done(new Error(d.error || "the worker sent no module"), false);
      }
    };
    worker.onmessageerror = () => done(new Error("the module could not be received"), false);
    worker.onerror = (e) => {
      e.preventDefault();
      done(new Error("the worker failed: " + (e.message || "it did not start")), false);
    };
    worker.postMessage({ url: new URL(url, location.href).href, path: location.pathname });
  });
}
`

// warmTimeoutMs is how long the page waits, once it has the compiled
// module, for the worker to warm its code (web/wasm-compile.js) before it
// starts Go anyway and compiles what is still cold itself.
const warmTimeoutMs = "5000"

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
