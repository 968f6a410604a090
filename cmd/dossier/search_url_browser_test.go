//go:build !wasm

package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// replaceStateJS records every history.replaceState (page time, URL) and
// every input event of the search box (page time, before the app's
// handler runs).
const replaceStateJS = `(() => {
  window.dossierReplaced = [];
  window.dossierTyped = [];
  const replace = history.replaceState.bind(history);
  history.replaceState = (s, t, u) => { window.dossierReplaced.push([performance.now(), String(u)]); return replace(s, t, u); };
  document.addEventListener("input", e => { if (e.target && e.target.id === "q") window.dossierTyped.push(performance.now()); }, true);
  return true;
})()`

// TestBrowserQueryURLOncePaused: the library's URL takes the query typed
// (?q=) once typing pauses, never during a keystroke's own task
// (history.replaceState held it 15–118 ms on a busy machine), and at once
// when the search box loses focus.
func TestBrowserQueryURLOncePaused(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	waitLibrary(t, ctx, 5)
	chrome.Eval[bool](t, ctx, replaceStateJS)
	chrome.Eval[bool](t, ctx, `(() => { const q = document.querySelector("#q"); q.focus(); return document.activeElement === q })()`)
	chrome.Run(t, ctx, 10*time.Second, chromedp.KeyEvent("bombs"))
	chrome.WaitFor(t, ctx, 10*time.Second, `location.search === "?q=bombs"`, `location.search`)
	var replaced [][2]any
	var typed []float64
	if err := json.Unmarshal([]byte(chrome.Eval[string](t, ctx, `JSON.stringify(window.dossierReplaced)`)), &replaced); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(chrome.Eval[string](t, ctx, `JSON.stringify(window.dossierTyped)`)), &typed); err != nil {
		t.Fatal(err)
	}
	if len(typed) != 5 {
		t.Fatalf("%d input events for 5 keys typed", len(typed))
	}
	for _, r := range replaced {
		at, _ := r[0].(float64)
		last := -1.0
		for _, k := range typed {
			if k <= at {
				last = k
			}
		}
		// The URL is replaced a whole queryURLDelay after the keystroke
		// before it (a little less: the timer starts in the handler).
		if last >= 0 && at-last < 900 {
			t.Errorf("the URL was replaced with %v %.0f ms after a keystroke; want it once typing paused (1 s)", r[1], at-last)
		}
	}
	// Leaving the box puts the query in the URL at once: a result's link
	// or the address bar shows it.
	got := chrome.Eval[string](t, ctx, `(() => {
  const q = document.querySelector("#q");
  q.focus();
  q.value = "bombs seoul";
  q.dispatchEvent(new Event("input", {bubbles: true}));
  q.blur();
  return location.search;
})()`)
	if got != "?q=bombs+seoul" {
		t.Errorf("after the search box lost focus the URL's query is %q, want ?q=bombs+seoul", got)
	}
}
