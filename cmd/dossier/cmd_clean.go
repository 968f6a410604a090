//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"github.com/dossierapp/dossier/app/article"
	"io"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
)

func init() {
	register(command{
		name:    "clean",
		summary: "clean scraped articles: dossier clean [--json] FILE|DIR...",
		run:     runClean,
	})
}

// runClean cleans the .txt and .md files named (directories recursively), as
// one dossier (clean.CleanDossier: copies of one story found, spun copies
// repaired from clean ones), and prints readable text, or with --json an
// array with one object per file ("copy_of" names the article a copy
// belongs with).
// Warnings go to stderr; the exit code is non-zero only if nothing was read.
func runClean(args []string, stdout, stderr io.Writer) int {
	asJSON := false
	var paths []string
	for _, a := range args {
		switch a {
		case "--json", "-json":
			asJSON = true
		case "-h", "--help":
			fmt.Fprintln(stdout, "usage: dossier clean [--json] FILE|DIR...")
			return 0
		default:
			paths = append(paths, a)
		}
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "usage: dossier clean [--json] FILE|DIR...")
		return 2
	}
	arts, warns := corpus.LoadPaths(paths)
	for _, w := range warns {
		fmt.Fprintln(stderr, "dossier clean: warning:", w.String())
	}
	if len(arts) == 0 {
		fmt.Fprintln(stderr, "dossier clean: no readable articles")
		return 1
	}
	// The files given are one dossier, as in the app: copies of one story
	// are found and a spun copy repaired from a clean one
	// (clean.CleanDossier), and a line a site repeats on its pages is a
	// template (article.WithTemplates).
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Text
	}
	results, copyOf := clean.CleanDossier(texts)
	docs := make([]article.Doc, len(arts))
	for i, a := range arts {
		docs[i] = article.New(a, results[i])
	}
	docs = article.WithTemplates(docs)
	if asJSON {
		out := make([]cleanJSON, 0, len(arts))
		for i, d := range docs {
			j := articleJSON(d)
			if copyOf[i] >= 0 {
				j.CopyOf = arts[copyOf[i]].Source
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "dossier clean:", err)
			return 1
		}
		return 0
	}
	for i, d := range docs {
		a, r := d.Article, d.Result
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		meta := []string{}
		if r.Publisher != "" {
			meta = append(meta, r.Publisher)
		}
		if r.Date != "" {
			meta = append(meta, r.Date)
		}
		fmt.Fprintf(stdout, "==> %s\n", a.Source)
		if copyOf[i] >= 0 {
			fmt.Fprintf(stdout, "(a copy of %s)\n", arts[copyOf[i]].Source)
		}
		if len(meta) > 0 {
			fmt.Fprintf(stdout, "[%s]\n", strings.Join(meta, ", "))
		}
		if r.TitleInferred && r.Title != "" {
			fmt.Fprint(stdout, "(inferred title) ")
		}
		fmt.Fprint(stdout, r.Render())
		n := 0
		for _, b := range r.Blocks {
			if b.Removed != "" && b.Removed != clean.ReasonEmpty {
				n++
			}
		}
		fmt.Fprintf(stdout, "[removed %d blocks, repaired %d words]\n", n, len(r.Repairs()))
	}
	return 0
}
