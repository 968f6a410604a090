//go:build !wasm

package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// keystrokeJS times each keystroke in the search box: from the input
// event to the first frame in which the result summary names what is typed
// (window.dossierKeys: [ms, whether the worker was still processing]).
const keystrokeJS = `window.dossierKeys = [];
document.addEventListener("input", e => {
  if (!e.target || e.target.id !== "q") return;
  const v = e.target.value.trim(), t0 = e.timeStamp, busy = document.documentElement.dataset.dossierProcessed !== "1";
  const check = () => {
    const s = document.getElementById("result-summary");
    if (s && s.textContent.includes("\u201c" + v + "\u201d")) { window.dossierKeys.push([performance.now() - t0, busy]); return; }
    if (performance.now() - t0 < 10000) requestAnimationFrame(check); else window.dossierKeys.push([10000, busy]);
  };
  requestAnimationFrame(check);
}, true);
window.dossierInputEvents = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name === "input") window.dossierInputEvents.push([e.processingStart - e.startTime, e.processingEnd - e.processingStart]); }).observe({type: "event", durationThreshold: 16, buffered: true});`

// BenchmarkBrowserReutersKeystroke measures issue 15's search target: on a
// first visit to the library of the 10,000 Reuters stories, a keystroke in
// the search box while the library worker is still processing them shows
// its results within key-ms (median over the keystrokes made while
// processing; key-max-ms the slowest), the results for what is ready.
// Of the input events that took 16 ms or more, slow-key-wait-ms is the
// median wait for the page's thread and slow-key-task-ms the median time
// of the event's task.
//
//	go test -run '^$' -bench BrowserReutersKeystroke -benchtime 1x ./cmd/dossier
func BenchmarkBrowserReutersKeystroke(b *testing.B) {
	dir := reutersFolder(b)
	var keys, delays, handlers []float64
	for i := 0; i < b.N; i++ {
		// The worker processes every article itself: the keystrokes are
		// typed while it does.
		srv, ctx := reutersBrowser(b, dir, keystrokeJS, siteOptions{noPrebuilt: true})
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		// Search is there once some articles are: type while the rest
		// are still processing.
		chrome.WaitFor(b, ctx, 120*time.Second, `document.documentElement.dataset.dossierReady === "1" && !!document.querySelector("#q")`, `document.body.innerText.slice(0, 300)`)
		typed := 0
		for _, word := range []string{"oil", "wheat", "dollar"} {
			if chrome.Eval[bool](b, ctx, `document.documentElement.dataset.dossierProcessed === "1"`) {
				break
			}
			chrome.Eval[bool](b, ctx, `(() => { const q = document.querySelector("#q"); q.value = ""; q.focus(); return document.activeElement === q })()`)
			for _, r := range word {
				chrome.Run(b, ctx, 10*time.Second, chromedp.KeyEvent(string(r)))
				typed++
				time.Sleep(250 * time.Millisecond)
			}
		}
		time.Sleep(2 * time.Second)
		chrome.Screenshot(b, ctx, "reuters-search-while-processing")
		var got [][2]any
		if err := json.Unmarshal([]byte(chrome.Eval[string](b, ctx, `JSON.stringify(window.dossierKeys)`)), &got); err != nil {
			b.Fatal(err)
		}
		b.Logf("%d keystrokes typed; timed (ms, processing): %v", typed, got)
		// Where a slow keystroke's time goes (the Event Timing API, input
		// events of 16 ms or more): waiting for the thread, then the
		// event's task, in which Go runs every goroutine awake before it
		// returns to the browser (the search, the render and whatever
		// else woke).
		var events [][2]float64
		if err := json.Unmarshal([]byte(chrome.Eval[string](b, ctx, `JSON.stringify(window.dossierInputEvents)`)), &events); err != nil {
			b.Fatal(err)
		}
		for _, e := range events {
			delays = append(delays, e[0])
			handlers = append(handlers, e[1])
		}
		for _, k := range got {
			if busy, _ := k[1].(bool); busy {
				keys = append(keys, k[0].(float64))
			}
		}
		srv.Stop()
	}
	if len(keys) == 0 {
		b.Fatal("no keystroke timed while the worker was processing")
	}
	slow := 0.0
	for _, k := range keys {
		slow = max(slow, k)
	}
	b.ReportMetric(median(keys), "key-ms")
	b.ReportMetric(slow, "key-max-ms")
	b.ReportMetric(float64(len(keys)), "keys")
	if len(delays) > 0 {
		b.ReportMetric(median(delays), "slow-key-wait-ms")
		b.ReportMetric(median(handlers), "slow-key-task-ms")
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkBrowserReutersFirstKeystroke measures a reader's first
// keystrokes in the library of the 10,000 Reuters stories, once every
// article is processed: first-key-ms is the first keystroke's time to its
// results (the median over b.N visits), next-key-ms the median of the
// keystrokes after it. The first had taken ~10 times the next: the page
// made its list of 10,000 again before the query reached it, and compiled
// the search's wasm code on its thread.
//
//	go test -run '^$' -bench BrowserReutersFirstKeystroke -benchtime 3x ./cmd/dossier
func BenchmarkBrowserReutersFirstKeystroke(b *testing.B) {
	dir := reutersFolder(b)
	var first, next []float64
	for i := 0; i < b.N; i++ {
		srv, ctx := reutersBrowser(b, dir, keystrokeJS, siteOptions{})
		chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		chrome.WaitFor(b, ctx, 120*time.Second, `document.documentElement.dataset.dossierProcessed === "1" && !!document.querySelector("#q")`,
			`document.body.innerText.slice(0, 300)`)
		time.Sleep(2 * time.Second) // a reader reads the library first
		chrome.Eval[bool](b, ctx, `(() => { const q = document.querySelector("#q"); q.focus(); return document.activeElement === q })()`)
		for _, r := range "wheat" {
			chrome.Run(b, ctx, 10*time.Second, chromedp.KeyEvent(string(r)))
			time.Sleep(300 * time.Millisecond)
		}
		var got [][2]any
		if err := json.Unmarshal([]byte(chrome.Eval[string](b, ctx, `JSON.stringify(window.dossierKeys)`)), &got); err != nil {
			b.Fatal(err)
		}
		if len(got) != 5 {
			b.Fatalf("%d keystrokes timed, want 5: %v", len(got), got)
		}
		b.Logf("keystrokes (ms): %v", got)
		first = append(first, got[0][0].(float64))
		for _, k := range got[1:] {
			next = append(next, k[0].(float64))
		}
		srv.Stop()
	}
	b.ReportMetric(median(first), "first-key-ms")
	b.ReportMetric(median(next), "next-key-ms")
	b.ReportMetric(0, "ns/op")
}
