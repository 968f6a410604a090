//go:build !wasm

package main

import (
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserWasmCompileFallback breaks the worker that compiles the page's
// wasm (web/wasm-compile.js): one that answers with an error, and one whose
// script is missing. Either way the page compiles the wasm itself and runs.
func TestBrowserWasmCompileFallback(t *testing.T) {
	for _, tc := range []struct {
		name  string
		serve http.HandlerFunc
	}{
		{"error", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/javascript")
			w.Header().Set("Cache-Control", "no-store")
			w.Write([]byte(`self.onmessage = () => self.postMessage({ error: "broken on purpose" });`))
		}},
		{"missing", http.NotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t, "")
			mux := http.NewServeMux()
			mux.Handle("/", s)
			mux.HandleFunc("/web/"+wasmCompileJS, tc.serve)
			srv := startServer(t, mux)
			ctx := chrome.Start(t)
			chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
			waitLibrary(t, ctx, 5)
			if chrome.Eval[bool](t, ctx, `performance.getEntriesByName("dossier-wasm-worker").length > 0`) {
				t.Error("the page says its wasm was compiled in the broken worker")
			}
		})
	}
}
