//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserSecondPipelineWorker: a dossier large enough that the library
// worker shares its processing with its second pipeline worker (from the
// last article down) shows, once processed, the same timeline as the
// server's prerendered page, which the native pipeline made. (The server
// does not serve its values: the browser processes every article.)
func TestBrowserSecondPipelineWorker(t *testing.T) {
	dir := t.TempDir()
	for i := range 400 {
		text := fmt.Sprintf("Ferry timetable %d changes\n\nSEOUL, March %d, 1987 - The ferry operator said on Monday that crossings number %d will leave an hour earlier from April %d, 1987.\n\nPassengers were told to check the new timetable before travelling.\n",
			i, i%28+1, i, i%30+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("ferry-%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := processingSite(t, dir)
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	chrome.WaitFor(t, ctx, 120*time.Second,
		`document.documentElement.dataset.dossierProcessed === "1" && !!document.querySelector(".tl-summary") && !/processing/.test(document.querySelector(".tl-summary").textContent)`,
		`document.body.innerText.slice(0, 300)`)
	got := chrome.Eval[string](t, ctx, `document.querySelector(".tl-summary").textContent`)
	want := chrome.Eval[string](t, ctx, `(async () => {
		const html = await (await fetch("/timeline")).text();
		const el = new DOMParser().parseFromString(html, "text/html").querySelector(".tl-summary");
		return el ? el.textContent : "no summary";
	})()`)
	if got != want || !strings.Contains(got, "from 400 articles") || strings.HasPrefix(got, "0 events") {
		t.Errorf("the timeline says %q; the server's page %q", got, want)
	}
	t.Logf("timeline: %s", got)
	// The second worker started from the library worker's compiled module,
	// without fetching and compiling the wasm again.
	if marks := chrome.Eval[string](t, ctx, `performance.getEntriesByType("mark").map(m => m.name).filter(n => n.startsWith("dossier:w-helper")).join(" ")`); marks != "dossier:w-helper-ready-shared" {
		t.Errorf("the second pipeline worker's start: %q, want dossier:w-helper-ready-shared", marks)
	}
}
