//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserAccessibility runs axe-core on every screen, in the light and
// the dark theme: zero WCAG 2.1 A/AA (and best-practice) violations.
func TestBrowserAccessibility(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	screens := []struct{ name, path, ready string }{
		{"library", "/", `document.querySelectorAll(".library li").length === 5`},
		{"search", "/?q=liaison", `document.querySelector(".library .snippet") !== null`},
		{"reader", "/a/002_5d6c91d1d15ae6f8-fde497d1", `document.querySelector(".reader .body p") !== null`},
		{"reader-removed", "/a/002_5d6c91d1d15ae6f8-fde497d1?removed=1", `document.querySelector(".reader .removed") !== null`},
		{"timeline", "/timeline", `document.querySelector("main h1") !== null`},
		{"about", "/about", `document.querySelector("#version") !== null`},
		{"import", "/import", `document.querySelector("#import-files") !== null`},
	}
	for _, scheme := range []string{"light", "dark"} {
		chrome.ColorScheme(t, ctx, scheme)
		for _, sc := range screens {
			chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+sc.path))
			chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && `+sc.ready,
				`document.body.innerText.slice(0, 300)`)
			for _, v := range chrome.Axe(t, ctx) {
				t.Errorf("%s (%s): %s", sc.name, scheme, v)
			}
		}
	}
}
