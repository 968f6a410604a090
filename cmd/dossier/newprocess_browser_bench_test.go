//go:build !wasm

package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// BenchmarkBrowserReutersNewProcess measures repeat visits to /timeline
// of the 10,000 Reuters stories (BenchmarkBrowserReuters's dossier) as a
// reader makes them on another day: each in a new renderer process (the
// last one crashed), so that nothing of the last visit is left in memory
// and the engine's compiled wasm comes from the browser's code cache or
// not at all. BenchmarkBrowserReuters's repeat visit is a reload in the
// same process, where the engine reuses the module it has in memory.
//
// After the first visit, two such visits, each after the page before it
// lived newProcessLinger past its timeline drawn (the engine writes its
// code cache some seconds after it optimised enough code): when the
// timeline was shown (new-process-N-shown-ms, see timelineShown) and
// drawn with every article searchable (new-process-N-timeline-ms), and
// the longest task after the first paint.
//
//	go test -run '^$' -bench BrowserReutersNewProcess -benchtime 1x ./cmd/dossier
func BenchmarkBrowserReutersNewProcess(b *testing.B) {
	dir := reutersFolder(b)
	const visits = 2
	var shown, drawnAt, longest [visits][]float64
	for i := 0; i < b.N; i++ {
		srv, ctx := reutersBrowser(b, dir, longTasksJS, siteOptions{})
		drawn := chromedp.Poll[float64](timelineDrawn, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(170*time.Second))
		shownPoll := chromedp.Poll[float64](timelineShown, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(170*time.Second))
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
		waitMs(b, ctx, drawn, 180*time.Second)
		waitWorker(b, ctx)
		for v := 0; v < visits; v++ {
			time.Sleep(newProcessLinger)
			crashRenderer(b, ctx)
			chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
			shown[v] = append(shown[v], waitMs(b, ctx, shownPoll, 120*time.Second))
			drawnAt[v] = append(drawnAt[v], waitMs(b, ctx, drawn, 120*time.Second))
			tasks, _, max := longTasksAfterPaint(b, ctx)
			longest[v] = append(longest[v], max)
			b.Logf("new process visit %d: long tasks after the first paint (start, ms): %v", v+1, tasks)
			b.Logf("new process visit %d's phases (ms): %s", v+1, chrome.Eval[string](b, ctx, phasesJS))
			if i == 0 && v == visits-1 {
				chrome.Screenshot(b, ctx, "reuters-timeline-new-process")
			}
		}
		srv.Stop()
	}
	for v := 0; v < visits; v++ {
		b.ReportMetric(median(shown[v]), fmt.Sprintf("new-process-%d-shown-ms", v+1))
		b.ReportMetric(median(drawnAt[v]), fmt.Sprintf("new-process-%d-timeline-ms", v+1))
		b.ReportMetric(median(longest[v]), fmt.Sprintf("new-process-%d-longest-task-ms", v+1))
	}
	b.ReportMetric(0, "ns/op")
}

// newProcessLinger is how long BenchmarkBrowserReutersNewProcess leaves a
// page open, once its timeline is drawn, before the next visit.
const newProcessLinger = 10 * time.Second

// crashRenderer crashes the page's renderer process (CDP's Page.crash), so
// that the next navigation starts a new one.
func crashRenderer(t testing.TB, ctx context.Context) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	// Its answer is lost with the renderer: the error says nothing.
	_, _ = chromedp.Run(tctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, page.Crash, cdp.Empty{})
		return chromedp.Void{}, err
	})
	time.Sleep(2 * time.Second)
}
