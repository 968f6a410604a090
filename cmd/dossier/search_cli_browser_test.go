//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserSearchMatchesCLI: `dossier search` returns what the app's
// search box returns, in the same order, on the seeds and on a sample of
// the BBC corpus (../shared/corpora, test data only: written to a temporary
// folder for the test, never shipped).
func TestBrowserSearchMatchesCLI(t *testing.T) {
	ctx := chrome.Start(t)
	t.Run("seeds", func(t *testing.T) {
		compareSearch(t, ctx, articlesDir, []string{"liason offise", "Kim Jong-un", "Lavrov", "Kaesong", "troops Russia", "Pyongyang", "Moscow"})
	})
	t.Run("bbc", func(t *testing.T) {
		corpus := filepath.Join("..", "..", "..", "shared", "corpora", "bbc.jsonl")
		if d := os.Getenv("DOSSIER_CORPORA"); d != "" {
			corpus = filepath.Join(d, "bbc.jsonl")
		}
		f, err := os.Open(corpus)
		if err != nil {
			t.Skipf("BBC corpus not found (%v): set DOSSIER_CORPORA or provide ../shared/corpora", err)
		}
		defer f.Close()
		dir := t.TempDir()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for n := 0; sc.Scan(); n++ {
			if n%6 != 0 { // a sixth of the corpus, every category
				continue
			}
			var a struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			name := strings.ReplaceAll(strings.TrimPrefix(a.ID, "bbc/"), "/", "-") + ".txt"
			if err := os.WriteFile(filepath.Join(dir, name), []byte(a.Text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		compareSearch(t, ctx, dir, []string{"tony blair election", "mobile phone", "interest rates", "oil prices", "champions league",
			"iraq war", "gordon brown budget", "box office", "music downloads", "apple ipod", "yukos"})
	})
}

// compareSearch serves the articles of dir and, for each query, compares
// the IDs the search box lists with those `dossier search --json` prints.
func compareSearch(t *testing.T, ctx context.Context, dir string, queries []string) {
	s := siteOf(t, dir, "")
	srv := startServer(t, s)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	// The library is ready (long lists are paged or grouped by source).
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierProcessed === "1" && document.querySelectorAll(".library li").length > 0`,
		`document.body.innerText.slice(0, 500)`)
	moreShown := 0
	for _, q := range queries {
		var out, errb bytes.Buffer
		if code := run([]string{"search", "--json", "--limit", "40", "--articles", dir, q}, &out, &errb); code != 0 {
			t.Fatalf("dossier search %q: exit %d: %s", q, code, errb.String())
		}
		var hits []struct{ ID string }
		if err := json.Unmarshal(out.Bytes(), &hits); err != nil {
			t.Fatal(err)
		}
		var cli []string
		for _, h := range hits {
			cli = append(cli, "/a/"+h.ID)
		}
		// The search box shows 20 results at first (resultPage in app/ui).
		// A query typed and complete: its last word ends with a space, as
		// on the command line.
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape(q+" ")))
		chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierProcessed === "1" && document.querySelector("#result-summary") !== null && document.querySelector("#q").value === `+strconv.Quote(q+" "),
			`document.querySelector("main").innerText.slice(0, 300)`)
		box := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll(".library a.title")].map(a => a.getAttribute("href"))`)
		if len(cli) == 0 {
			t.Errorf("%q: the CLI finds nothing", q)
		}
		if first := cli[:min(len(cli), 20)]; strings.Join(box, " ") != strings.Join(first, " ") {
			t.Errorf("%q: search box and CLI differ\nbox: %v\ncli: %v", q, box, first)
		}
		if len(cli) > 20 {
			// "Show more results" adds the next 20, in the CLI's order.
			chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#more-results`)))
			chrome.WaitFor(t, ctx, 10*time.Second, fmt.Sprintf(`document.querySelectorAll(".library a.title").length === %d`, len(cli)),
				`document.querySelector("main").innerText.slice(0, 300)`)
			box = chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll(".library a.title")].map(a => a.getAttribute("href"))`)
			if strings.Join(box, " ") != strings.Join(cli, " ") {
				t.Errorf("%q, more results: search box and CLI differ\nbox: %v\ncli: %v", q, box, cli)
			}
			moreShown++
		}
	}
	t.Logf("%d of %d queries compared past the first page of results too", moreShown, len(queries))
}
