//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// madeJS records in window.dossierMade every element the page makes with
// document.createElement, as go-app does for each element it mounts.
const madeJS = `window.dossierMade = new WeakSet();
(() => {
	const make = Document.prototype.createElement;
	Document.prototype.createElement = function (...args) { const e = make.apply(this, args); window.dossierMade.add(e); return e; };
})();`

// TestBrowserEventListOneElement checks that the timeline's list of events
// is mounted from its HTML (ui.eventListHTML), not an element at a time: a
// call from Go to the page for each of its nodes and attributes made most
// of the first render of a large timeline. Its links still open the
// reader within the app (TestBrowserTimeline clicks one).
func TestBrowserEventListOneElement(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	addScript(t, ctx, madeJS)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	rows := chrome.Eval[int](t, ctx, `document.querySelectorAll(".tl-list li").length`)
	made := chrome.Eval[int](t, ctx, `[...document.querySelectorAll(".tl-list, .tl-list *")].filter(e => window.dossierMade.has(e)).length`)
	others := chrome.Eval[int](t, ctx, `[...document.querySelectorAll("#tl-undated *")].filter(e => window.dossierMade.has(e)).length`)
	if rows == 0 || others == 0 {
		t.Fatalf("%d rows in the list, %d elements of the tray made by go-app: not the app's page", rows, others)
	}
	if made != 0 {
		t.Errorf("%d of the list's elements (%d rows) made one at a time", made, rows)
	}
}
