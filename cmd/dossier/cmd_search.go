//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
)

func init() {
	register(command{name: "search", summary: "search the articles (fuzzy, ranked)", run: runSearch})
}

// searchResult is one hit in `dossier search --json` output.
type searchResult struct {
	ID      string  `json:"id"`
	Source  string  `json:"source"`
	Title   string  `json:"title"`
	Date    string  `json:"date"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
}

// runSearch implements `dossier search [--articles DIR] [--json] [--limit N]
// QUERY`: it loads the articles and runs them through the app's pipeline
// and search index (app/article), so it finds and ranks what the app's
// search box does, and prints the hits best first. Flags may come before or after the query.
func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("articles", "testdata", "folder of articles to search")
	asJSON := fs.Bool("json", false, `print a JSON array of {"id", "source", "title", "date", "score", "snippet"}`)
	limit := fs.Int("limit", 10, "maximum number of results")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: dossier search [--articles DIR] [--json] [--limit N] QUERY")
		fs.PrintDefaults()
	}
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(words) == 0 {
		fs.Usage()
		return 2
	}
	if *limit <= 0 {
		fmt.Fprintln(stderr, "dossier search: --limit must be positive")
		return 2
	}
	// A query typed on the command line is complete: its last word is not a
	// prefix being typed.
	query := strings.Join(words, " ") + " "

	arts, warns := corpus.LoadPaths([]string{*dir})
	for _, w := range warns {
		fmt.Fprintln(stderr, "dossier search: warning:", w.String())
	}
	if len(arts) == 0 {
		fmt.Fprintf(stderr, "dossier search: no articles in %q\n", *dir)
		return 1
	}
	// The app's pipeline and index (app/article): the same documents, with
	// the people and places the app indexes, ranked the same way.
	docs := make([]article.Doc, len(arts))
	byID := make(map[string]int, len(arts))
	for i, a := range arts {
		docs[i] = article.Process(a, "")
		byID[a.ID] = i
	}
	docs = article.WithTemplates(docs)
	ix := article.Index(docs)
	hits := ix.Search(query, search.Options{Limit: *limit})
	out := make([]searchResult, 0, len(hits))
	for _, h := range hits {
		d := docs[byID[h.ID]]
		out = append(out, searchResult{
			ID:      d.ID,
			Source:  d.Source,
			Title:   h.Title,
			Date:    d.EffectiveDate(),
			Score:   math.Round(h.Score*1000) / 1000,
			Snippet: h.Snippet,
		})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "dossier search:", err)
			return 1
		}
		return 0
	}
	if len(out) == 0 {
		fmt.Fprintln(stdout, "no match")
		return 0
	}
	for i, r := range out {
		title := r.Title
		if title == "" {
			title = "(untitled)"
		}
		date := r.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(stdout, "%d. %s  [%s, score %.1f]\n   %s\n   %s\n", i+1, title, date, r.Score, r.Source, r.Snippet)
	}
	return 0
}
