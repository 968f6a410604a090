//go:build !wasm && tracetool

package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestTraceColdVisit writes a Chrome trace of a first visit (a fresh
// profile) to $DOSSIER_TRACE_PATH (default /) to $DOSSIER_TRACE_OUT, which
// Chrome's DevTools (Performance, "Load profile") and Perfetto open. The
// page's tasks, the engine's lazy wasm compiles (wasm.CompileLazy) and the
// page's marks are in it; with DOSSIER_TRACE_SAMPLES=1, also the CPU
// profile's samples (which name the wasm's functions when the wasm keeps
// its name section: build it without -ldflags=-s).
//
//	DOSSIER_TRACE_OUT=/tmp/trace.json go test -tags tracetool -run TestTraceColdVisit -v ./cmd/dossier
func TestTraceColdVisit(t *testing.T) {
	path := os.Getenv("DOSSIER_TRACE_PATH")
	if path == "" {
		path = "/"
	}
	out := os.Getenv("DOSSIER_TRACE_OUT")
	if out == "" {
		t.Skip("DOSSIER_TRACE_OUT not set")
	}
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	cats := []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8", "v8.execute",
		"v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing", "loading", "blink", "disabled-by-default-v8.gc"}
	if os.Getenv("DOSSIER_TRACE_SAMPLES") != "" {
		cats = append(cats, "disabled-by-default-v8.cpu_profiler")
	}
	raw := traceBrowser(t, ctx, cats, func() {
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+path))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1"`, "")
		time.Sleep(3 * time.Second)
	})
	t.Log(chrome.Eval[string](t, ctx, `performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime)).join(", ")`))
	if err := os.WriteFile(out, []byte("["+strings.Join(raw, ",\n")+"]"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d events to %s", len(raw), out)
}
