//go:build !wasm && tracetool

package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// BenchmarkTraceReuters writes a Chrome trace of BenchmarkBrowserReuters's
// first visit to /timeline (the 10,000 Reuters stories, the server's
// values) to $DOSSIER_TRACE_OUT, from the navigation until every article
// is processed and searchable; the CPU profile's samples are in it (see
// TestTraceColdVisit for the wasm's function names).
//
//	DOSSIER_TRACE_OUT=/tmp/reuters.json go test -tags tracetool -run '^$' -bench TraceReuters -benchtime 1x ./cmd/dossier
func BenchmarkTraceReuters(b *testing.B) {
	out := os.Getenv("DOSSIER_TRACE_OUT")
	if out == "" {
		b.Skip("DOSSIER_TRACE_OUT not set")
	}
	dir := reutersFolder(b)
	srv, ctx := reutersBrowser(b, dir, longTasksJS, siteOptions{})
	writeReutersTrace(b, ctx, out, func() {
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
		chrome.WaitFor(b, ctx, 180*time.Second, "!!("+timelineDrawn+")", "")
		time.Sleep(time.Second)
	})
}

// writeReutersTrace records a Chrome trace of step (the page's and its
// workers' tasks, the engine's wasm compiles, the marks, the CPU samples),
// logs the long tasks after the first paint, when the timeline was shown and
// the load's phases and marks, and writes the trace to out.
func writeReutersTrace(b *testing.B, ctx context.Context, out string, step func()) {
	cats := []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8", "v8.execute",
		"v8.wasm", "blink.user_timing", "loading", "disabled-by-default-v8.gc",
		"disabled-by-default-v8.cpu_profiler"}
	raw := traceBrowser(b, ctx, cats, step)
	tasks, n, longest := longTasksAfterPaint(b, ctx)
	b.Logf("long tasks after the first paint: %d over 100 ms, the longest %.0f ms: %v", int(n), longest, tasks)
	b.Logf("shown at %.0f ms", chrome.Eval[float64](b, ctx, timelineShown))
	b.Logf("phases (ms): %s", chrome.Eval[string](b, ctx, phasesJS))
	b.Logf("all marks (ms): %s", chrome.Eval[string](b, ctx, `performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime)).join(", ")`))
	if err := os.WriteFile(out, []byte("["+strings.Join(raw, ",\n")+"]"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d events to %s", len(raw), out)
}
