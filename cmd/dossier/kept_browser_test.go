//go:build !wasm

package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// keptIDBGet reads a kept value from the page's IndexedDB ("dossier-kept",
// app/ui/kept_idb_wasm.go) as text; "" when there is none.
const keptIDBGet = `new Promise((ok, ko) => {
	const r = indexedDB.open("dossier-kept");
	r.onerror = () => ko(r.error);
	r.onsuccess = () => {
		const db = r.result;
		if (!db.objectStoreNames.contains("kept")) { db.close(); ok(""); return; }
		const g = db.transaction("kept").objectStore("kept").get(%q);
		g.onerror = () => ko(g.error);
		g.onsuccess = () => { db.close(); ok(g.result ? new TextDecoder().decode(g.result) : ""); };
	};
})`

// TestBrowserKeptValuesMoveToIndexedDB: what an older Dossier kept in
// local storage (a large dossier's stories, copies and template lines),
// which go-app reads whole at every start, is moved to IndexedDB on the
// next visit: written there, then deleted from local storage; the
// reader's other local storage values stay.
func TestBrowserKeptValuesMoveToIndexedDB(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	ready := `document.documentElement.dataset.dossierReady === "1"`
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	chrome.WaitFor(t, ctx, 60*time.Second, ready, `document.body.innerText.slice(0, 300)`)

	old := map[string]string{
		"dossier-clusters":       `{"k":"old-clusters","o":[],"c":[]}`,
		"dossier-copies":         `{"k":"old-copies","o":[]}`,
		"dossier-template-lines": `[{"k":"old-lines","l":{}}]`,
	}
	for k, v := range old {
		chrome.Eval[bool](t, ctx, `(localStorage.setItem(`+jsString(k)+`, `+jsString(v)+`), true)`)
	}
	chrome.Eval[bool](t, ctx, `(localStorage.setItem("dossier.keep-me", "1"), true)`)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Reload())
	chrome.WaitFor(t, ctx, 60*time.Second, ready, ``)
	chrome.WaitFor(t, ctx, 10*time.Second,
		`["dossier-clusters", "dossier-copies", "dossier-template-lines"].every(k => localStorage.getItem(k) === null)`,
		`JSON.stringify(Object.keys(localStorage))`)
	for k, v := range old {
		if got := chrome.Eval[string](t, ctx, fmt.Sprintf(keptIDBGet, k)); got != v {
			t.Errorf("IndexedDB holds %q under %s, want %q", got, k, v)
		}
	}
	if got := chrome.Eval[string](t, ctx, `String(localStorage.getItem("dossier.keep-me"))`); got != "1" {
		t.Errorf("the reader's own local storage value is %q, want it kept", got)
	}
}
