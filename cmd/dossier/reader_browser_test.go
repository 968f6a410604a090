//go:build !wasm

package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserReadingSettings: the theme and text size a reader picks, and
// where they stopped in an article, survive a reload.
func TestBrowserReadingSettings(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Viewport(t, ctx, 390, 700, true)

	article := srv.URL + "/a/001_4fcd8da704c52c3d-f2e16a58"
	ready := `document.documentElement.dataset.dossierReady === "1" && document.querySelector(".reader .body p") !== null`
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(article))
	chrome.WaitFor(t, ctx, 60*time.Second, ready, `document.body.innerText.slice(0, 300)`)

	chrome.Run(t, ctx, 10*time.Second,
		chromedp.SetValue(chromedp.CSS("#theme"), "sepia"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#theme").dispatchEvent(new Event("change", {bubbles: true}))`),
		chromedp.Click(chromedp.CSS("#text-larger")),
	)
	chrome.WaitFor(t, ctx, 5*time.Second,
		`document.documentElement.dataset.theme === "sepia" && document.documentElement.style.getPropertyValue("--reader-scale") === "1.1"`,
		`document.documentElement.outerHTML.slice(0, 200)`)

	// Scroll half way, wait for the position to be saved, reload.
	chrome.Eval[bool](t, ctx, `(window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2), true)`)
	chrome.WaitFor(t, ctx, 5*time.Second, `Number(localStorage.getItem("dossier.pos.001_4fcd8da704c52c3d-f2e16a58")) > 0.4`, `JSON.stringify(localStorage)`)
	chrome.Screenshot(t, ctx, "reader-sepia-phone")

	chrome.Run(t, ctx, 60*time.Second, chromedp.Reload())
	chrome.WaitFor(t, ctx, 60*time.Second, ready, ``)
	chrome.WaitFor(t, ctx, 10*time.Second, `scrollY > 0.3 * (document.documentElement.scrollHeight - innerHeight)`,
		`String(scrollY) + " of " + String(document.documentElement.scrollHeight - innerHeight)`)
	for expr, want := range map[string]string{
		`document.documentElement.dataset.theme`:                            "sepia",
		`document.documentElement.style.getPropertyValue("--reader-scale")`: "1.1",
		`document.querySelector("#theme").value`:                            "sepia",
	} {
		if got := chrome.Eval[string](t, ctx, expr); got != want {
			t.Errorf("after reload %s = %q, want %q", expr, got, want)
		}
	}

	// Dark theme, for the record.
	chrome.Run(t, ctx, 10*time.Second,
		chromedp.SetValue(chromedp.CSS("#theme"), "dark"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#theme").dispatchEvent(new Event("change", {bubbles: true}))`),
		chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
	)
	chrome.WaitFor(t, ctx, 5*time.Second, `document.documentElement.dataset.theme === "dark"`, ``)
	bg := chrome.Eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`)
	if bg != fmt.Sprintf("rgb(%d, %d, %d)", 0x14, 0x17, 0x1c) {
		t.Errorf("dark theme background = %s", bg)
	}
	chrome.Screenshot(t, ctx, "reader-dark-phone")
}

// TestBrowserMentionChips: the reader shows the people and places 002
// names, and a chip searches the dossier for that name.
func TestBrowserMentionChips(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/a/002_5d6c91d1d15ae6f8-fde497d1"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelector(".mentions .chip") !== null`,
		`document.body.innerText.slice(0, 400)`)
	chips := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll(".mentions .chip")].map(c => c.dataset.kind + ":" + c.textContent)`)
	have := map[string]bool{}
	for _, c := range chips {
		have[c] = true
	}
	for _, want := range []string{"person:Choe Son Hui", "person:Sergei Lavrov", "person:Kim Jong Un", "place:Moscow", "place:Ukraine", "place:North Korea"} {
		if !have[want] {
			t.Errorf("chips %v lack %q", chips, want)
		}
	}
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`.mentions .chip[title*="Sergei Lavrov"]`)))
	chrome.WaitFor(t, ctx, 20*time.Second,
		`location.pathname === "/" && new URLSearchParams(location.search).get("q") === "Sergei Lavrov" && document.querySelector(".library a.title") !== null && document.querySelector(".library a.title").getAttribute("href") === "/a/002_5d6c91d1d15ae6f8-fde497d1"`,
		`location.href + " " + document.querySelector("main").innerText.slice(0, 300)`)
}
