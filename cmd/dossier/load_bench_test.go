//go:build !wasm

package main

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// renderedAt is a JS expression that is false until the library shows all
// five seeds, then the milliseconds since navigation started.
const renderedAt = `document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library li").length === 5 && performance.now()`

// BenchmarkBrowserLoad measures, in headless Chromium on loopback, the time
// from navigation to the rendered library: cold (fresh profile), repeat (a
// reload with the service worker's cache) and offline (a reload after the
// server stopped). Each iteration uses a fresh browser; the medians are
// reported, with each visit's blocking time (*-tbt-ms: what the long tasks
// between the first paint and the rendered library took over 50 ms each,
// Lighthouse's Total Blocking Time up to that point).
//
//	go test -run '^$' -bench BrowserLoad -benchtime 5x ./cmd/dossier
func BenchmarkBrowserLoad(b *testing.B) {
	var cold, repeat, offline, coldTBT, repeatTBT, offlineTBT []float64
	for i := 0; i < b.N; i++ {
		s := newTestSite(b, "")
		srv := startServer(b, s)
		ctx := chrome.Start(b)
		addScript(b, ctx, longTasksJS)
		poll := chromedp.Poll[float64](renderedAt, chromedp.WithPollingInterval(5*time.Millisecond))
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		cold = append(cold, timeTo(b, ctx, poll))
		coldTBT = append(coldTBT, blockingMs(b, ctx, cold[len(cold)-1]))
		chrome.WaitFor(b, ctx, 60*time.Second, `navigator.serviceWorker.controller !== null`, ``)
		chrome.WaitFor(b, ctx, 60*time.Second, `caches.keys().then(k => k.some(n => n.startsWith("dossier-")))`, ``)
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		repeat = append(repeat, timeTo(b, ctx, poll))
		repeatTBT = append(repeatTBT, blockingMs(b, ctx, repeat[len(repeat)-1]))
		srv.Stop()
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		offline = append(offline, timeTo(b, ctx, poll))
		offlineTBT = append(offlineTBT, blockingMs(b, ctx, offline[len(offline)-1]))
	}
	b.ReportMetric(median(cold), "cold-ms")
	b.ReportMetric(median(repeat), "repeat-ms")
	b.ReportMetric(median(offline), "offline-ms")
	b.ReportMetric(median(coldTBT), "cold-tbt-ms")
	b.ReportMetric(median(repeatTBT), "repeat-tbt-ms")
	b.ReportMetric(median(offlineTBT), "offline-tbt-ms")
	b.ReportMetric(0, "ns/op")
}

// blockingMs is the page's blocking time from its first paint to until
// (ms since navigation): the sum of what each long task (longTasksJS)
// that starts in between took over 50 ms.
func blockingMs(b *testing.B, ctx context.Context, until float64) float64 {
	b.Helper()
	tasks, _, _ := longTasksAfterPaint(b, ctx)
	paint := chrome.Eval[float64](b, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`)
	sum := 0.0
	for _, t := range tasks {
		if t[0] >= paint && t[0] < until {
			sum += max(0, t[1]-50)
		}
	}
	return sum
}

func timeTo(b *testing.B, ctx context.Context, poll chromedp.Action[float64]) float64 {
	b.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, poll)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
