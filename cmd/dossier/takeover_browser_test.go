//go:build !wasm

package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// watchLoadingJS runs in each new page before its scripts: it records in
// window.dossierSawLoading whether <main> ever said it was loading, and in
// window.dossierPainted the text of <main> at the first contentful paint.
const watchLoadingJS = `
window.dossierSawLoading = false;
new MutationObserver(() => {
  const m = document.querySelector("main");
  if (m && /Loading article/.test(m.textContent)) window.dossierSawLoading = true;
}).observe(document, {childList: true, subtree: true, characterData: true});
new PerformanceObserver((l) => {
  if (l.getEntriesByName("first-contentful-paint").length && window.dossierPainted === undefined) {
    const m = document.querySelector("main");
    window.dossierPainted = m ? m.textContent : "";
  }
}).observe({type: "paint", buffered: true});
`

// TestBrowserTakeover checks how the app takes over the prerendered page:
// the first paint already shows the articles (before the wasm runs), the
// app's first render shows them too (no "Loading articles…" line in
// between), as the library worker processed them.
func TestBrowserTakeover(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(tctx, func(ctx context.Context, tg *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
		return cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchLoadingJS})
	}); err != nil {
		t.Fatal(err)
	}

	for _, p := range []struct{ path, text string }{{"/", "Kremlin Calls for"}, {"/a/" + seedID, "Kremlin"}} {
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+p.path))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1"`, `document.body.innerText.slice(0, 300)`)
		if painted := chrome.Eval[string](t, ctx, `window.dossierPainted || ""`); !strings.Contains(painted, p.text) {
			t.Errorf("%s: the first paint showed %.200q, want the prerendered %q", p.path, painted, p.text)
		}
		if chrome.Eval[bool](t, ctx, `window.dossierSawLoading`) {
			t.Errorf("%s: the app replaced the prerendered articles with a loading line", p.path)
		}
	}
}
