//go:build !wasm

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserServeWhileProcessing: a visitor who comes while the server
// has processed none of its articles (a gate holds them all back) gets a
// page that says so, and the app then shows the library and the timeline
// from the articles bundle, processed in the browser, without the server
// (whose values answer 503 meanwhile: the worker takes none).
func TestBrowserServeWhileProcessing(t *testing.T) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	open := make(chan struct{})
	defer close(open)
	s, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{gate: func(int) { <-open }})
	if err != nil {
		t.Fatal(err)
	}
	if page := getPage(t, s, "/"); !strings.Contains(page, "0 of 5 ready, 5 still processing") {
		t.Fatalf("the page does not say that nothing is processed yet:\n%s", visibleStatus(page))
	}
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	waitLibrary(t, ctx, 5)
	checkPrebuilt(t, ctx, false)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	chrome.WaitFor(t, ctx, 60*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && /\d+ events from 5 articles/.test(document.body.innerText)`,
		`document.body.innerText.slice(0, 300)`)
	if done, _ := s.proc.progress(); done != 0 {
		t.Errorf("the server processed %d articles with the gate closed", done)
	}
}
