//go:build !wasm

package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// focusedJS describes the focused element and whether its focus is
// visible: an outline or a box shadow drawn by :focus-visible.
const focusedJS = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return {tag: "body", visible: false, text: ""};
  const s = getComputedStyle(e);
  const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
  return {tag: e.tagName.toLowerCase(), visible, text: (e.getAttribute("aria-label") || e.textContent || e.id || "").trim().slice(0, 40), href: e.getAttribute("href") || ""};
})()`

type focused struct {
	Tag     string `json:"tag"`
	Visible bool   `json:"visible"`
	Text    string `json:"text"`
	Href    string `json:"href"`
}

// tabThrough presses Tab up to n times on the current page and returns the
// elements that took the focus, failing for any without a visible focus.
func tabThrough(t *testing.T, ctx context.Context, page string, n int) []focused {
	t.Helper()
	var seen []focused
	for i := 0; i < n; i++ {
		chrome.Run(t, ctx, 5*time.Second, chromedp.KeyEvent(kb.Tab))
		f := chrome.Eval[focused](t, ctx, focusedJS)
		if f.Tag == "body" {
			break
		}
		if !f.Visible {
			t.Errorf("%s: Tab stop %d (%s %q) has no visible focus", page, i+1, f.Tag, f.Text)
		}
		seen = append(seen, f)
	}
	return seen
}

// TestBrowserKeyboard uses the app by keyboard alone: every Tab stop on the
// library, reader, timeline and import screens shows a visible focus; Enter
// on an article's title opens it; Enter on "Show removed" shows what the
// cleanup removed.
func TestBrowserKeyboard(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library li").length === 5`, `document.body.innerText.slice(0, 300)`)
	stops := tabThrough(t, ctx, "library", 60)
	first := -1
	for i, f := range stops {
		if strings.HasPrefix(f.Href, "/a/") {
			first = i
			break
		}
	}
	if first < 0 {
		t.Fatalf("library: Tab never reached an article (stops: %+v)", stops)
	}
	if stops[0].Text != "Skip to content" {
		t.Errorf("library: the first Tab stop is %q, want the skip link", stops[0].Text)
	}

	// Back to the first article's title, then Enter opens it.
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library li").length === 5`, ``)
	for i := 0; i <= first; i++ {
		chrome.Run(t, ctx, 5*time.Second, chromedp.KeyEvent(kb.Tab))
	}
	href := chrome.Eval[string](t, ctx, `document.activeElement.getAttribute("href") || ""`)
	chrome.Run(t, ctx, 5*time.Second, chromedp.KeyEvent(kb.Enter))
	chrome.WaitFor(t, ctx, 20*time.Second, `location.pathname === `+jsString(href)+` && document.querySelector(".reader .body p") !== null`, `location.pathname`)

	// In the reader: Tab to "Show removed", Enter shows the removed text.
	var toggled bool
	for i := 0; i < 40 && !toggled; i++ {
		chrome.Run(t, ctx, 5*time.Second, chromedp.KeyEvent(kb.Tab))
		f := chrome.Eval[focused](t, ctx, focusedJS)
		if !f.Visible && f.Tag != "body" {
			t.Errorf("reader: Tab stop %d (%s %q) has no visible focus", i+1, f.Tag, f.Text)
		}
		if f.Tag == "button" && strings.HasPrefix(f.Text, "Show removed") {
			chrome.Run(t, ctx, 5*time.Second, chromedp.KeyEvent(kb.Enter))
			toggled = true
		}
	}
	if !toggled {
		t.Fatal("reader: Tab never reached the Show removed button")
	}
	chrome.WaitFor(t, ctx, 10*time.Second, `document.querySelector(".reader .removed") !== null`, `document.querySelector("main").innerText.slice(0, 300)`)
	chrome.Screenshot(t, ctx, "reader-keyboard-removed")

	for _, p := range []struct{ path, ready string }{
		{"/timeline", `document.querySelector("#tl-viewport") !== null`},
		{"/import", `document.querySelector("#import-files") !== null`},
	} {
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+p.path))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && `+p.ready, ``)
		if len(tabThrough(t, ctx, p.path, 60)) < 5 {
			t.Errorf("%s: fewer than 5 Tab stops", p.path)
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "\"" + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + "\""
}
