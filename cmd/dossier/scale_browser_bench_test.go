//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"io"
	"math"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// longTasksJS records the page's long tasks (over 50 ms) from its start,
// with their start and duration in ms, in window.dossierLongTasks.
const longTasksJS = `window.dossierLongTasks = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) window.dossierLongTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({type: "longtask", buffered: true});`

// phasesJS lists the page's phase marks (ui.markPhase, and the library
// worker's "w-…") with their times, the loader's ("dossier-wasm-worker":
// the page's wasm instantiated; "dossier-wasm-warmed": the compile
// worker's warm run done, Go may start; see appjs.go) and the first
// contentful paint.
const phasesJS = `performance.getEntriesByType("paint").concat(performance.getEntriesByType("mark")).filter(m => m.name.startsWith("dossier") || m.name == "first-contentful-paint").map(m => m.name.replace(/^dossier:/, "") + " " + Math.round(m.startTime)).join(", ")`

// summaryJS is the timeline's summary and the first stories of its legend.
const summaryJS = `document.querySelector(".tl-summary").textContent + " | " + Array.from(document.querySelectorAll(".tl-legend li")).slice(0, 3).map(e => e.textContent).join("; ")`

// timelineShown is true once the timeline shows every article's events:
// the summary counts them all, with the copies it tells with their
// stories ("from 9855 articles (and 145 copies, …)"), none still
// processing (the search index may still be building).
const timelineShown = `(() => {
	const e = document.querySelector(".tl-summary");
	const m = e && /from (\d+) articles?(?: \(and (\d+) cop)?/.exec(e.textContent);
	return !!m && +m[1] + (+m[2] || 0) === 10000 && !/processing/.test(e.textContent) && performance.now();
})()`

// timelineDrawn is true once the timeline shows every article's events
// and the page has done its work: the worker has processed them all, the
// summary counts them all and every article is searchable.
const timelineDrawn = `document.documentElement.dataset.dossierProcessed === "1" && ` + timelineShown

// BenchmarkBrowserReuters measures, in headless Chromium, the dossier of
// the 10,000 Reuters stories of ../shared/corpora (issue 15's targets):
// a first visit to /timeline (first-paint-ms, then timeline-ms: every
// article processed by the library worker and every dated event drawn),
// a repeat visit (repeat-timeline-ms, the worker's kept values) and an
// offline reload (offline-timeline-ms), each also when the timeline was
// shown whole, its search index still building (repeat-shown-ms,
// offline-shown-ms), with the main thread's long tasks after the first
// paint of the first visit (tasks-over-100ms, longest-task-ms).
//
// The server serves the values it made (prebuilt.go), so that the worker
// processes none of them; BenchmarkBrowserReutersProcessing measures the
// same visits with the worker processing every article itself
// (--prebuilt=false).
//
//	go test -run '^$' -bench BrowserReuters -benchtime 1x ./cmd/dossier
func BenchmarkBrowserReuters(b *testing.B) { benchReuters(b, siteOptions{}) }

// BenchmarkBrowserReutersProcessing is BenchmarkBrowserReuters with the
// library worker processing every article itself, as it does when the
// server has no values for it.
func BenchmarkBrowserReutersProcessing(b *testing.B) {
	benchReuters(b, siteOptions{noPrebuilt: true})
}

// benchReuters measures the visits of BenchmarkBrowserReuters to the
// site made with opt.
func benchReuters(b *testing.B, opt siteOptions) {
	dir := reutersFolder(b)
	var paint, first, repeat, offline, over100, longest, repeatShown, offlineShown, repeatLongest, offlineLongest []float64
	for i := 0; i < b.N; i++ {
		srv, ctx := reutersBrowser(b, dir, longTasksJS, opt)
		drawn := chromedp.Poll[float64](timelineDrawn, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(170*time.Second))
		shown := chromedp.Poll[float64](timelineShown, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(170*time.Second))
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
		if i == 0 && opt.noPrebuilt {
			// The timeline while the worker processes (to look at).
			chrome.WaitFor(b, ctx, 120*time.Second, `/still processing/.test(document.body.innerText)`, `document.body.innerText.slice(0, 300)`)
			chrome.Screenshot(b, ctx, "reuters-timeline-processing")
		}
		first = append(first, waitMs(b, ctx, drawn, 180*time.Second))
		chrome.Screenshot(b, ctx, "reuters-timeline")
		paint = append(paint, chrome.Eval[float64](b, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`))
		tasks, n, max := longTasksAfterPaint(b, ctx)
		over100, longest = append(over100, n), append(longest, max)
		b.Logf("first visit's phases (ms): %s", chrome.Eval[string](b, ctx, phasesJS))
		b.Logf("first visit's summary: %s", chrome.Eval[string](b, ctx, summaryJS))
		b.Logf("first visit: long tasks after the first paint (start, ms): %v", tasks)
		waitWorker(b, ctx)
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		repeatShown = append(repeatShown, waitMs(b, ctx, shown, 120*time.Second))
		repeat = append(repeat, waitMs(b, ctx, drawn, 120*time.Second))
		tasks, _, max = longTasksAfterPaint(b, ctx)
		repeatLongest = append(repeatLongest, max)
		b.Logf("repeat visit: long tasks after the first paint (start, ms): %v", tasks)
		b.Logf("repeat visit's phases (ms): %s", chrome.Eval[string](b, ctx, phasesJS))
		b.Logf("repeat visit's summary: %s", chrome.Eval[string](b, ctx, summaryJS))
		if i == 0 {
			chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
			chrome.WaitFor(b, ctx, 60*time.Second, `document.documentElement.dataset.dossierProcessed === "1"`, ``)
			chrome.Screenshot(b, ctx, "reuters-library")
			chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
		}
		b.Logf("repeat long tasks: %s", chrome.Eval[string](b, ctx, `JSON.stringify(window.dossierLongTasks)`))
		srv.Stop()
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		offlineShown = append(offlineShown, waitMs(b, ctx, shown, 120*time.Second))
		offline = append(offline, waitMs(b, ctx, drawn, 120*time.Second))
		tasks, _, max = longTasksAfterPaint(b, ctx)
		offlineLongest = append(offlineLongest, max)
		b.Logf("offline reload: long tasks after the first paint (start, ms): %v", tasks)
		if i == 0 {
			chrome.Screenshot(b, ctx, "reuters-timeline-offline")
		}
		b.Logf("offline reload's phases (ms): %s", chrome.Eval[string](b, ctx, phasesJS))
		b.Logf("offline reload's summary: %s", chrome.Eval[string](b, ctx, summaryJS))
	}
	b.ReportMetric(median(paint), "first-paint-ms")
	b.ReportMetric(median(first), "timeline-ms")
	b.ReportMetric(median(repeat), "repeat-timeline-ms")
	b.ReportMetric(median(offline), "offline-timeline-ms")
	b.ReportMetric(median(repeatShown), "repeat-shown-ms")
	b.ReportMetric(median(offlineShown), "offline-shown-ms")
	b.ReportMetric(median(over100), "tasks-over-100ms")
	b.ReportMetric(median(longest), "longest-task-ms")
	b.ReportMetric(median(repeatLongest), "repeat-longest-task-ms")
	b.ReportMetric(median(offlineLongest), "offline-longest-task-ms")
	b.ReportMetric(0, "ns/op")
}

// reutersBrowser serves the site of the stories in dir made with opt, every
// one processed natively for the prerendered pages, and starts a Chromium that runs
// script in every page it opens before the page's own.
func reutersBrowser(b *testing.B, dir, script string, opt siteOptions) (*testServer, context.Context) {
	b.Helper()
	opt.workers = serveWorkers()
	s, err := openSite(webDir, dir, "", io.Discard, opt)
	if err != nil {
		b.Fatal(err)
	}
	s.proc.wait()
	srv := startServer(b, s)
	ctx := chrome.Start(b)
	addScript(b, ctx, script)
	return srv, ctx
}

// addScript has the browser run script first in every new document.
func addScript(b testing.TB, ctx context.Context, script string) {
	b.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(tctx, func(ctx context.Context, tg *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
		return cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
	}); err != nil {
		b.Fatal(err)
	}
}

// longTasksAfterPaint returns the page's long tasks (start, ms; see
// longTasksJS), how many of those after its first paint took over 100 ms,
// and the longest of those.
func longTasksAfterPaint(b *testing.B, ctx context.Context) (tasks [][2]float64, over100, longest float64) {
	b.Helper()
	if err := json.Unmarshal([]byte(chrome.Eval[string](b, ctx, `JSON.stringify(window.dossierLongTasks)`)), &tasks); err != nil {
		b.Fatal(err)
	}
	paint := chrome.Eval[float64](b, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`)
	for _, t := range tasks {
		if t[0] < paint {
			continue
		}
		if t[1] > 100 {
			over100++
		}
		longest = math.Max(longest, t[1])
	}
	return tasks, over100, longest
}

// waitMs polls until the expression gives the page's time, and returns it.
func waitMs(b *testing.B, ctx context.Context, poll chromedp.Action[float64], timeout time.Duration) float64 {
	b.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(tctx, poll)
	if err != nil {
		state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(document.documentElement.dataset) + " " + document.body.innerText.slice(0, 400)`))
		b.Fatalf("waiting: %v; the page: %s", err, state)
	}
	return v
}
