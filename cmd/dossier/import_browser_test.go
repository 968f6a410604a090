//go:build !wasm

package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
	"github.com/dossierapp/dossier/app/ui"
)

// importFiles writes the test articles: three good ones (one dated) and one
// HTML page carrying every XSS payload the issue lists.
func importFiles(t *testing.T, evil string) []string {
	dir := t.TempDir()
	files := map[string]string{
		"zaporizhzhia.txt": "Nuclear plant inspectors return to Zaporizhzhia\n\nPublished: 5 June 2023\n\nInspectors from the agency returned to the Zaporizhzhia plant on Monday after a week of shelling nearby.\n",
		"harvest.md":       "# Wheat harvest begins in Kherson\n\nFarmers near Kherson began the wheat harvest despite mines in the fields, local officials said.\n",
		"ferry.txt":        "Ferry service resumes across the strait\n\nThe ferry across the Kerch strait resumed service after repairs to the pier, operators said.\n",
		"evil.html": `<!doctype html><html><head><title>Harmless headline about the quarry</title>
<style>@import url("` + evil + `/style"); body { background: url("` + evil + `/bg") }</style>
<script>alert("script")</script></head><body>
<article><h1>Harmless headline about the quarry</h1>
<p>The quarry reopened on Tuesday with a new safety plan, the owners said. <img src="x" onerror="alert('onerror')"></p>
<p>Workers returned to the quarry after three weeks. <a href="javascript:alert('link')">Click</a></p>
<iframe src="` + evil + `/frame"></iframe><object data="` + evil + `/object"></object>
<svg><script>alert("svg")</script><image href="` + evil + `/svg"/></svg>
<p style="background:url(` + evil + `/inline)">The owners expect full production by the autumn.</p>
</article></body></html>`,
	}
	var paths []string
	for _, name := range []string{"zaporizhzhia.txt", "harvest.md", "ferry.txt", "evil.html"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestBrowserImport imports files through the file input; they survive a
// reload and an offline reload, are searchable and on the timeline; the XSS
// page runs nothing and fetches nothing.
func TestBrowserImport(t *testing.T) {
	if !ui.ImportEnabled {
		t.Fatal("the import screen is switched off (ui.ImportEnabled)")
	}
	s := newTestSite(t, "")
	var evilHits atomic.Int64
	mux := http.NewServeMux()
	mux.Handle("/", s)
	mux.HandleFunc("/evil/", func(w http.ResponseWriter, r *http.Request) { evilHits.Add(1) })
	srv := startServer(t, mux)
	ctx := chrome.Start(t)
	var dialogs atomic.Int64
	chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
		}
	})

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/import"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelector("#import-files") !== null`,
		`document.body.innerText.slice(0, 300)`)
	paths := importFiles(t, srv.URL+"/evil")
	chrome.Run(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-files"), paths))
	libCount := `document.querySelectorAll(".library li").length`
	chrome.WaitFor(t, ctx, 60*time.Second, `/\b4 imported articles/.test(document.querySelector("main").innerText) && /Done: 4 imported/.test(document.querySelector("main").innerText)`,
		`document.querySelector("main").innerText.slice(0, 800)`)
	chrome.Screenshot(t, ctx, "import-done")

	check := func(when string) {
		t.Helper()
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/?q=kerch+ferry"))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && `+libCount+` >= 1 && document.querySelector(".library a.title").innerText.includes("Ferry")`,
			`"`+when+`: " + document.querySelector("main").innerText.slice(0, 500)`)
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && `+libCount+` === 9`,
			`"`+when+`: " + document.querySelector("main").innerText.slice(0, 800)`)
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelector("main").innerText.includes("Zaporizhzhia")`,
			`"`+when+`: " + document.querySelector("main").innerText.slice(0, 800)`)
	}
	check("after import")
	waitWorker(t, ctx)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Reload())
	check("after reload")
	srv.Stop()
	check("offline")

	html := chrome.Eval[string](t, ctx, `document.querySelector("main").innerHTML`)
	for _, bad := range []string{"<script", "<iframe", "<object", "onerror", "javascript:"} {
		if strings.Contains(strings.ToLower(html), bad) {
			t.Errorf("imported content reached the DOM as markup: %s", bad)
		}
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
	if n := evilHits.Load(); n != 0 {
		t.Errorf("%d requests reached the payload's URLs", n)
	}
}
