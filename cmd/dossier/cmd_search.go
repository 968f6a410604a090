//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
)

func init() {
	register(command{name: "search", summary: "search the articles (fuzzy, ranked)", run: runSearch})
}

// searchResult is one hit in `dossier search --json` output.
type searchResult struct {
	Source  string  `json:"source"`
	Title   string  `json:"title"`
	Date    string  `json:"date"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
}

// runSearch implements `dossier search [--articles DIR] [--json] [--limit N]
// QUERY`: it loads and cleans the articles, indexes their clean text and
// prints the hits best first. Flags may come before or after the query.
func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("articles", "testdata", "folder of articles to search")
	asJSON := fs.Bool("json", false, `print a JSON array of {"source", "title", "date", "score", "snippet"}`)
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
	docs := make([]search.Doc, len(arts))
	dates := make([]string, len(arts))
	for i, a := range arts {
		r := clean.Clean(a.Text)
		d := search.Doc{ID: fmt.Sprint(i), Title: r.Title, Publisher: r.Publisher, Date: r.Date}
		for _, b := range r.Body() {
			if b.Kind == "heading" {
				d.Headings = append(d.Headings, b.Text())
			} else {
				d.Body = append(d.Body, b.Text())
			}
		}
		docs[i], dates[i] = d, r.Date
	}
	ix := search.Build(docs)
	hits := ix.Search(query, search.Options{Limit: *limit})
	out := make([]searchResult, 0, len(hits))
	for _, h := range hits {
		var i int
		fmt.Sscan(h.ID, &i)
		out = append(out, searchResult{
			Source:  arts[i].Source,
			Title:   h.Title,
			Date:    dates[i],
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
