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

// TestBrowserWasmWarm checks that on a first visit the page finds the code
// of Go's start compiled: the worker that compiled the wasm ran the start
// once (web/wasm-compile.js), so the engine, which compiles a wasm
// function on its first call on the calling thread, compiles few on the
// page's thread before main (without the warm run: the runtime's and every
// package's init, about 1,000). The count, from a Chrome trace, does
// not depend on the machine's speed. It also checks that the load
// (ui.LoadBundled) begins in a task of its own, not in the one that ran
// Go's start.
func TestBrowserWasmWarm(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	raw := traceBrowser(t, ctx, []string{"v8.wasm", "blink.user_timing", "toplevel"}, func() {
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		waitLibrary(t, ctx, 5)
	})
	if !chrome.Eval[bool](t, ctx, `performance.getEntriesByName("dossier-wasm-warmed").length === 1`) {
		t.Error(`the page did not find its wasm warmed (no "dossier-wasm-warmed" mark)`)
	}
	evs := traceEvents(t, raw)
	var main, load *traceEvent
	for i, e := range evs {
		switch e.Name {
		case "dossier:main":
			main = &evs[i]
		case "dossier:load-start":
			load = &evs[i]
		}
	}
	if main == nil || load == nil {
		t.Fatal(`no "dossier:main" or "dossier:load-start" mark in the trace`)
	}
	// taskOf is the start of the page's task that holds the mark m.
	taskOf := func(m *traceEvent) float64 {
		for _, e := range evs {
			if e.Name == "ThreadControllerImpl::RunTask" && e.Pid == m.Pid && e.Tid == m.Tid && e.Ts <= m.Ts && m.Ts <= e.Ts+e.Dur {
				return e.Ts
			}
		}
		return -1
	}
	if a, b := taskOf(main), taskOf(load); a < 0 || a == b {
		t.Errorf("Go's start and the load ran in one task of the page (task at %.0f µs, %.0f µs)", a, b)
	}
	lazy, before := 0, 0
	for _, e := range evs {
		if e.Name == "wasm.CompileLazy" && e.Pid == main.Pid && e.Tid == main.Tid {
			lazy++
			if e.Ts < main.Ts {
				before++
			}
		}
	}
	t.Logf("functions compiled on the page's thread: %d before main, %d in all", before, lazy)
	if before > 100 {
		t.Errorf("the page's thread compiled %d wasm functions before main, want ≤ 100 (the worker's warm run compiles them)", before)
	}
}

// TestBrowserWasmWarmSearch checks that a reader's first keystroke finds
// the search's code compiled: once the page has started, the warm run
// also searches and renders the library's results (ui.WarmSearch), so the
// page's thread compiles few wasm functions between the keystroke and its
// results (140 on the seeds before; on the 10,000 Reuters stories a first
// keystroke took ~300 ms where the next took ~30). Counted from a Chrome
// trace: it does not depend on the machine's speed.
func TestBrowserWasmWarmSearch(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	waitLibrary(t, ctx, 5)
	chrome.WaitFor(t, ctx, 20*time.Second, `performance.getEntriesByName("dossier-wasm-warm-finished").length === 1`,
		`JSON.stringify(performance.getEntriesByType("mark").map(m => m.name))`)
	// The page keeps the worker once its warm run is done: the engine
	// writes the code cache through it later (appjs.go).
	if !chrome.Eval[bool](t, ctx, `typeof dossierCompileWorker !== "undefined" && dossierCompileWorker instanceof Worker`) {
		t.Error("the page did not keep the worker that compiled its wasm (dossierCompileWorker)")
	}
	chrome.Eval[bool](t, ctx, `(() => { const q = document.querySelector("#q"); q.focus(); return document.activeElement === q })()`)
	raw := traceBrowser(t, ctx, []string{"v8.wasm", "blink.user_timing", "toplevel"}, func() {
		chrome.Eval[bool](t, ctx, `(performance.mark("dossier-test-first-key"), true)`)
		chrome.Run(t, ctx, 10*time.Second, chromedp.KeyEvent("liason"))
		chrome.WaitFor(t, ctx, 10*time.Second, `(document.getElementById("result-summary") || {textContent: ""}).textContent.includes("“liason”")`,
			`document.querySelector("main").innerText.slice(0, 300)`)
	})
	evs := traceEvents(t, raw)
	var mark *traceEvent
	for i, e := range evs {
		if e.Name == "dossier-test-first-key" {
			mark = &evs[i]
		}
	}
	if mark == nil {
		t.Fatal(`no "dossier-test-first-key" mark in the trace`)
	}
	lazy := 0
	for _, e := range evs {
		if e.Name == "wasm.CompileLazy" && e.Pid == mark.Pid && e.Tid == mark.Tid && e.Ts > mark.Ts {
			lazy++
		}
	}
	t.Logf("functions compiled on the page's thread for the first keystrokes: %d", lazy)
	if lazy > 100 {
		t.Errorf("the page's thread compiled %d wasm functions for the first keystrokes, want ≤ 100 (the warm run's search compiles them)", lazy)
	}
}
