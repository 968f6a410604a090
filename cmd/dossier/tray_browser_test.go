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

// trayArticles writes n small undated articles, each with relative dates
// waiting for a publication date, into a new folder.
func trayArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	places := []string{"Busan", "Vladivostok", "Kaesong", "Incheon", "Khabarovsk", "Sinuiju", "Nakhodka", "Gangneung", "Rason"}
	for i := range n {
		p := places[i%len(places)]
		text := fmt.Sprintf("Harbour cranes idle in %s, item %d\n\nDockworkers in %s stopped the cranes on Tuesday after a dispute over night shifts, the port authority said.\n\nTalks with the union broke down last week and are due to resume next month, according to a statement.\n", p, i, p)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("tray-%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBrowserTimelineTrayPages checks that a long undated tray is paged:
// a page of articles, a count and a "show more" button, which adds the next
// page until every article is listed, so the page does not grow with the
// corpus on its own.
func TestBrowserTimelineTrayPages(t *testing.T) {
	const n = 45
	s := siteOf(t, trayArticles(t, n), "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	chrome.WaitFor(t, ctx, 120*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll("#tl-undated li.tray-item").length > 0`,
		`document.body.innerText.slice(0, 300)`)

	items := `document.querySelectorAll("#tl-undated li.tray-item").length`
	more := `(document.querySelector('#tl-undated li.more[data-more="undated"]') || {innerText: ""}).innerText`
	if got := chrome.Eval[int](t, ctx, items); got != 20 {
		t.Errorf("the tray shows %d articles at first, want 20", got)
	}
	if got := chrome.Eval[string](t, ctx, more); !strings.Contains(got, "20 of 45 undated articles shown") || !strings.Contains(got, "Show 20 more") {
		t.Errorf("tray count and button = %q", got)
	}
	if h := chrome.Eval[string](t, ctx, `document.querySelector("#tl-undated-h").innerText`); h != "Undated articles (45)" {
		t.Errorf("tray heading = %q", h)
	}
	chrome.Eval[bool](t, ctx, `(document.querySelector('#tl-undated li.more button').scrollIntoView({block: "center"}), true)`)
	settle(t, ctx)
	chrome.Screenshot(t, ctx, "timeline-tray-paged")

	for _, want := range []int{40, 45} {
		chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#tl-undated li.more button`)))
		chrome.WaitFor(t, ctx, 10*time.Second, fmt.Sprintf(`%s === %d`, items, want), items)
	}
	if got := chrome.Eval[string](t, ctx, more); got != "" {
		t.Errorf("every article is listed, yet the tray still offers more: %q", got)
	}
	// every article is there once
	ids := chrome.Eval[int](t, ctx, `new Set([...document.querySelectorAll("#tl-undated li.tray-item")].map(li => li.dataset.id)).size`)
	if ids != n {
		t.Errorf("%d distinct articles in the tray, want %d", ids, n)
	}
}
