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

// TestBrowserLibraryCopies: a folder with the seeds and a second copy of
// one of them (two paragraphs in another order) lists that story once, with
// "2 copies" and a link that opens the other copy; the timeline tells the
// copy's dated events once.
func TestBrowserLibraryCopies(t *testing.T) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' (or 'make test', which builds it) first")
	}
	dir := t.TempDir()
	seeds, _ := filepath.Glob("../../testdata/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(seeds[1]) // the seed 001, with dated events
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(b)), "\n\n")
	paras[len(paras)-1], paras[len(paras)-2] = paras[len(paras)-2], paras[len(paras)-1]
	if err := os.WriteFile(filepath.Join(dir, "zz-copy.txt"), []byte(strings.Join(paras, "\n\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := newSite(webDir, dir, "", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	s.proc.wait()
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	chrome.WaitFor(t, ctx, 120*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelectorAll(".library li").length > 0`,
		`document.body.innerText.slice(0, 300)`)
	if got := chrome.Eval[string](t, ctx, `document.querySelector("#result-summary").innerText`); got != "5 articles (and 1 copy, listed with its story)" {
		t.Errorf("summary = %q", got)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll(".library li").length`); n != 5 {
		t.Errorf("%d entries listed, want 5", n)
	}
	if got := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".copies")].map(p => p.innerText).join(" | ")`); got != "2 copies: also zz-copy.txt" {
		t.Errorf("copies = %q", got)
	}
	chrome.Screenshot(t, ctx, "library-copies")
	chrome.Run(t, ctx, 30*time.Second, chromedp.Click(chromedp.CSS(`.copies a.copy`)))
	chrome.WaitFor(t, ctx, 60*time.Second, `location.pathname.startsWith("/a/zz-copy") && document.querySelector("article h1, h1") !== null`,
		`location.pathname + " " + document.body.innerText.slice(0, 200)`)

	// The timeline lists the seeds' events, each once (TestBrowserTimeline's).
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	chrome.WaitFor(t, ctx, 120*time.Second, `document.querySelectorAll(".tl-list li").length > 0`,
		`document.body.innerText.slice(0, 300)`)
	listDates := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".tl-list li")].map(li => li.dataset.date).join(" ")`)
	if want := "1953 2010 2018 2022 2023 2023-09 2024-03-19"; listDates != want {
		t.Errorf("timeline list dates = %q, want %q", listDates, want)
	}
	if got := chrome.Eval[string](t, ctx, `document.querySelector(".tl-summary").innerText`); !strings.HasPrefix(got, "7 events from 5 articles (and 1 copy, told with its story)") {
		t.Errorf("timeline summary = %q", got)
	}
	chrome.Screenshot(t, ctx, "timeline-copies")
}
