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

// TestBrowserListsOneElement checks that the timeline's list of events
// (ui.eventListHTML) and the undated tray's list (ui.trayHTML) are each
// mounted from their HTML, not an element at a time: a call from Go to
// the page for each of their nodes and attributes made most of the first
// render of a large timeline. Their links still open the reader within
// the app and the tray's forms and buttons still work (TestBrowserTimeline
// clicks an event and sets and clears a date, TestBrowserTimelineTrayPages
// pages the tray).
func TestBrowserListsOneElement(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	addScript(t, ctx, madeJS)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	made := func(sel string) int {
		return chrome.Eval[int](t, ctx, `[...document.querySelectorAll("`+sel+`")].filter(e => window.dossierMade.has(e)).length`)
	}
	rows := chrome.Eval[int](t, ctx, `document.querySelectorAll(".tl-list li").length`)
	items := chrome.Eval[int](t, ctx, `document.querySelectorAll("#tl-undated li.tray-item").length`)
	if rows == 0 || items == 0 || made("#tl-undated h2") != 1 {
		t.Fatalf("%d rows in the list, %d in the tray, the tray's heading made by go-app %d: not the app's page", rows, items, made("#tl-undated h2"))
	}
	if n := made(".tl-list, .tl-list *"); n != 0 {
		t.Errorf("%d of the list's elements (%d rows) made one at a time", n, rows)
	}
	if n := made("#tl-undated ul, #tl-undated ul *"); n != 0 {
		t.Errorf("%d of the tray's elements (%d articles) made one at a time", n, items)
	}
}
