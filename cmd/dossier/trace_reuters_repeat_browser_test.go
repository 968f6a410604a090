//go:build !wasm && tracetool

package main

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// BenchmarkTraceReutersRepeat writes a Chrome trace of
// BenchmarkBrowserReuters's repeat visit (with DOSSIER_TRACE_OFFLINE set,
// of its offline reload) to /timeline (the 10,000 Reuters
// stories, after a first visit that processed them all and installed the
// service worker) to $DOSSIER_TRACE_OUT, from the reload until every
// article is searchable again: the page's and its workers' tasks, the
// engine's wasm compiles and cache reads, the marks and the CPU samples.
//
//	DOSSIER_TRACE_OUT=/tmp/repeat.json go test -tags tracetool -run '^$' -bench TraceReutersRepeat -benchtime 1x ./cmd/dossier
func BenchmarkTraceReutersRepeat(b *testing.B) {
	out := os.Getenv("DOSSIER_TRACE_OUT")
	if out == "" {
		b.Skip("DOSSIER_TRACE_OUT not set")
	}
	dir := reutersFolder(b)
	srv, ctx := reutersBrowser(b, dir, longTasksJS, siteOptions{})
	chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	chrome.WaitFor(b, ctx, 180*time.Second, "!!("+timelineDrawn+")", "")
	waitWorker(b, ctx)
	time.Sleep(2 * time.Second)
	if os.Getenv("DOSSIER_TRACE_OFFLINE") != "" {
		// The offline reload's instead: the repeat visit first, untraced.
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		chrome.WaitFor(b, ctx, 120*time.Second, "!!("+timelineDrawn+")", "")
		time.Sleep(2 * time.Second)
		srv.Stop()
	}
	writeReutersTrace(b, ctx, out, func() {
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		chrome.WaitFor(b, ctx, 120*time.Second, "!!("+timelineDrawn+")", "")
		time.Sleep(time.Second)
	})
}
