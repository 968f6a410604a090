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

// wireArticles writes articles credited by wire datelines ("SEOUL, March 3
// (Reuters) - ..."), n of each agency ("" for none), into a new folder.
func wireArticles(t *testing.T, counts map[string]int) string {
	t.Helper()
	dir := t.TempDir()
	cities := []string{"SEOUL", "MOSCOW", "TOKYO", "BEIJING", "VLADIVOSTOK"}
	for wire, n := range counts {
		for i := range n {
			credit := ""
			if wire != "" {
				credit = " (" + wire + ") -"
			}
			name := wire
			if name == "" {
				name = "plain"
			}
			text := fmt.Sprintf("Ferry timetable %s %d changes\n\n%s, March 3%s The ferry operator said on Monday that crossings number %d will leave an hour earlier from April.\n\nPassengers were told to check the new timetable before travelling.\n",
				name, i, cities[i%len(cities)], credit, i)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%03d.txt", name, i)), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// TestBrowserLibraryBySource checks that a long library is listed by
// source: each source with its count and its first articles, a "show more"
// per source that adds the next ones, and the total in the summary.
func TestBrowserLibraryBySource(t *testing.T) {
	s := siteOf(t, wireArticles(t, map[string]int{"Reuters": 60, "AFP": 40, "Yonhap": 25, "": 15}), "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	chrome.WaitFor(t, ctx, 120*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library-group").length > 0`,
		`document.body.innerText.slice(0, 300)`)

	if got := chrome.Eval[string](t, ctx, `document.querySelector("#result-summary").innerText`); got != "140 articles from 4 sources" {
		t.Errorf("summary = %q", got)
	}
	heads := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".library-group h2")].map(h => h.innerText).join(" | ")`)
	if want := "Reuters (60 articles) | AFP (40 articles) | Yonhap (25 articles) | Publisher not known (15 articles)"; heads != want {
		t.Errorf("sources = %q, want %q", heads, want)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll(".library li").length`); n != 40 {
		t.Errorf("%d articles listed at first, want 10 of each of 4 sources", n)
	}
	chrome.Screenshot(t, ctx, "library-by-source")

	reuters := `document.querySelectorAll(".library-group")[0].querySelectorAll("li").length`
	button := `document.querySelector('.library-group button[data-source="Reuters"]')`
	if got := chrome.Eval[string](t, ctx, button+`.innerText`); got != "Show 10 more from Reuters (50 not shown)" {
		t.Errorf("Reuters button = %q", got)
	}
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`.library-group button[data-source="Reuters"]`)))
	chrome.WaitFor(t, ctx, 10*time.Second, reuters+` === 20`, reuters)
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll(".library-group")[1].querySelectorAll("li").length`); n != 10 {
		t.Errorf("showing more Reuters changed AFP's list to %d articles", n)
	}
	// every listed title belongs to its source
	wrong := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".library-group")[0].querySelectorAll("a.title")].map(a => a.innerText).filter(s => !s.includes("Reuters")).join(" | ")`)
	if wrong != "" {
		t.Errorf("under Reuters: %s", wrong)
	}
	// a search still lists results, not sources
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/?q=ferry"))
	chrome.WaitFor(t, ctx, 60*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library li").length > 0`,
		`document.body.innerText.slice(0, 300)`)
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll(".library-group").length`); n != 0 {
		t.Errorf("search results grouped in %d sources", n)
	}
	if got := chrome.Eval[string](t, ctx, `document.querySelector("#result-summary").innerText`); !strings.Contains(got, "match") {
		t.Errorf("search summary = %q", got)
	}
}
