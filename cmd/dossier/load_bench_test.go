//go:build !wasm

package main

import (
	"context"
	"sort"
	"strconv"
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
// reported, with the time the page spent cleaning the five seeds
// (cold-clean-ms, repeat-clean-ms).
//
//	go test -run '^$' -bench BrowserLoad -benchtime 5x ./cmd/dossier
func BenchmarkBrowserLoad(b *testing.B) {
	var cold, repeat, offline []float64
	var coldClean, repeatClean []float64 // time in clean.Clean for the five seeds
	for i := 0; i < b.N; i++ {
		s := newTestSite(b, "")
		srv := startServer(b, s)
		ctx := chrome.Start(b)
		poll := chromedp.Poll[float64](renderedAt, chromedp.WithPollingInterval(5*time.Millisecond))
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		cold = append(cold, timeTo(b, ctx, poll))
		coldClean = append(coldClean, cleanMs(b, ctx))
		chrome.WaitFor(b, ctx, 60*time.Second, `navigator.serviceWorker.controller !== null`, ``)
		chrome.WaitFor(b, ctx, 60*time.Second, `caches.keys().then(k => k.some(n => n.startsWith("dossier-")))`, ``)
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		repeat = append(repeat, timeTo(b, ctx, poll))
		repeatClean = append(repeatClean, cleanMs(b, ctx))
		srv.Stop()
		chrome.Run(b, ctx, 60*time.Second, chromedp.Reload())
		offline = append(offline, timeTo(b, ctx, poll))
	}
	b.ReportMetric(median(cold), "cold-ms")
	b.ReportMetric(median(repeat), "repeat-ms")
	b.ReportMetric(median(offline), "offline-ms")
	b.ReportMetric(median(coldClean), "cold-clean-ms")
	b.ReportMetric(median(repeatClean), "repeat-clean-ms")
	b.ReportMetric(0, "ns/op")
}

// cleanMs is the time the page spent in clean.Clean for the bundled
// articles, as it reports it in <html data-dossier-clean-ms>.
func cleanMs(b *testing.B, ctx context.Context) float64 {
	b.Helper()
	v, err := strconv.ParseFloat(chrome.Eval[string](b, ctx, `document.documentElement.dataset.dossierCleanMs || ""`), 64)
	if err != nil {
		b.Fatalf("data-dossier-clean-ms: %v", err)
	}
	return v
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
