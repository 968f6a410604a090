//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// scrapedPage is a news page flattened to text the way a simple scraper
// writes it (written here): a site's menu, a title line with the site name,
// the article, a share row, related links and a footer.
func scrapedPage(headline, p1, p2 string) string {
	return strings.Join([]string{
		"Skip to main content", "Home", "World", "Business", "Sport", "Weather",
		headline + " | Example Valley Gazette",
		headline,
		"Share on Facebook", "Share on Twitter",
		p1, p2,
		"Related stories", "Storm damage bill rises", "Council to review coastal defences",
		"Terms of use", "Privacy policy",
	}, "\n") + "\n"
}

// TestBrowserLearnedCleanup serves scraped pages of one site: the reader
// shows the headline as the title and the site (from the title line) as the
// publisher, the article without the page around it, and "Show removed"
// brings every removed line back in place with its reason.
func TestBrowserLearnedCleanup(t *testing.T) {
	dir := t.TempDir()
	pages := map[string][3]string{
		"harbour.txt": {"Harbour reopens after three-week closure",
			"The harbour reopened to traffic on Monday after a three-week closure that left dozens of fishing boats stranded and cost local businesses an estimated two million pounds, the port authority said.",
			"Engineers had worked around the clock to repair the damaged sea wall, which partly collapsed during a storm at the end of last month, according to the authority's chief executive."},
		"ferry.txt": {"Ferry fares to rise in the spring",
			"Ferry operators said on Tuesday that fares would rise by five percent in the spring to cover higher fuel and insurance costs, the second increase in two years.",
			"Passenger groups said the increase would hit island residents hardest, since many of them have no other way to reach the hospital and schools on the mainland."},
		"library.txt": {"City library to stay open later",
			"The city library will stay open until nine in the evening from next month, the council announced on Wednesday, after a survey of more than two thousand residents.",
			"Students had asked for more quiet space to study after school, and the council said the longer hours would cost less than it had expected."},
	}
	for name, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(scrapedPage(p[0], p[1], p[2])), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := processingSite(t, dir)
	var id string
	for _, a := range s.bundle.Articles {
		if a.Name == "harbour.txt" {
			id = a.ID
		}
	}
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/a/"+id))
	chrome.WaitFor(t, ctx, 60*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelector(".reader .body") !== null && document.querySelector(".reader .body").innerText.includes("harbour reopened")`,
		`document.body.innerText.slice(0, 600)`)
	reader := chrome.Eval[string](t, ctx, `document.querySelector(".reader").innerText`)
	for _, want := range []string{"Harbour reopens after three-week closure", "Example Valley Gazette", "Engineers had worked around the clock"} {
		if !strings.Contains(reader, want) {
			t.Errorf("reader lacks %q:\n%s", want, reader)
		}
	}
	body := chrome.Eval[string](t, ctx, `document.querySelector(".reader .body").innerText`)
	for _, bad := range []string{"Skip to main content", "Share on Facebook", "Related stories", "Privacy policy", "| Example Valley Gazette"} {
		if strings.Contains(body, bad) {
			t.Errorf("clean text holds %q:\n%s", bad, body)
		}
	}
	chrome.Screenshot(t, ctx, "reader-scraped")
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#toggle-removed`)))
	chrome.WaitFor(t, ctx, 10*time.Second, `document.querySelectorAll(".reader .removed p").length > 5`,
		`document.querySelector(".reader").innerText.slice(0, 2000)`)
	type removed struct{ Text, Reason string }
	got := chrome.Eval[[]removed](t, ctx,
		`[...document.querySelectorAll(".reader .removed p")].map(e => ({Text: e.innerText, Reason: e.closest(".removed").dataset.reason || ""}))`)
	reasonOf := func(line string) string {
		for _, r := range got {
			if strings.HasSuffix(strings.TrimSpace(r.Text), line) {
				return r.Reason
			}
		}
		return "(not shown)"
	}
	for line, want := range map[string]string{
		"Skip to main content": "navigation",
		"Business":             "navigation",
		"Share on Facebook":    "share widget",
		"Related stories":      "related stories",
		"Privacy policy":       "navigation",
	} {
		if r := reasonOf(line); r != want {
			t.Errorf("%q shown as removed for %q, want %q", line, r, want)
		}
	}
	for _, r := range got {
		if r.Reason == "" {
			t.Errorf("%q removed without a reason", r.Text)
		}
	}
	// Neighbours removed for one reason share a box, its reason said once
	// with their count ("Removed: navigation · 6 lines").
	boxes := chrome.Eval[int](t, ctx, `document.querySelectorAll(".reader .removed").length`)
	grouped := chrome.Eval[bool](t, ctx, `[...document.querySelectorAll(".reader .removed .reason")].some(e => /^Removed: navigation · \d+ lines$/.test(e.textContent))`)
	if boxes >= len(got) || !grouped {
		t.Errorf("%d removed lines in %d boxes, a navigation box with its count: %v", len(got), boxes, grouped)
	}
	chrome.Screenshot(t, ctx, "reader-scraped-removed")
}
