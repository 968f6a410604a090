//go:build !wasm

package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sourceDocs makes n documents of each named publisher ("" for unknown).
func sourceDocs(counts map[string]int) []doc {
	var out []doc
	for pub, n := range counts {
		for i := range n {
			out = append(out, doc{
				Article: corpus.Article{ID: fmt.Sprintf("%s-%03d", pub, i), Name: fmt.Sprintf("%s-%03d.txt", pub, i)},
				Result:  clean.Result{Title: fmt.Sprintf("%s story %d", pub, i), Publisher: pub},
			})
		}
	}
	return out
}

func TestGroupBySource(t *testing.T) {
	groups := groupBySource(sourceDocs(map[string]int{"Reuters": 30, "": 50, "AFP": 12, "Yonhap": 12}))
	var got []string
	for _, g := range groups {
		got = append(got, fmt.Sprintf("%s %d", g.name, len(g.docs)))
	}
	if want := "Reuters 30, AFP 12, Yonhap 12, " + unknownSource + " 50"; strings.Join(got, ", ") != want {
		t.Errorf("groups %s, want %s", strings.Join(got, ", "), want)
	}
}

// TestRenderGroups: each source shows its count and a page of articles
// with a button for the rest; beyond groupsPage sources, a button shows
// more sources.
func TestRenderGroups(t *testing.T) {
	counts := map[string]int{"Reuters": 25, "AFP": 3}
	for i := range groupsPage {
		counts[fmt.Sprintf("Paper %02d", i)] = 2
	}
	p := newLibraryPage()
	html := app.HTMLString(p.renderGroups(groupBySource(sourceDocs(counts))))
	for _, want := range []string{
		"Reuters (25 articles)", "Show 10 more from Reuters (15 not shown)", "AFP (3 articles)",
		"Show 2 more sources (2 not shown)",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in the grouped library", want)
		}
	}
	if n := strings.Count(html, "<li"); n != groupPage+3+2*(groupsPage-2) {
		t.Errorf("%d articles listed, want %d", n, groupPage+3+2*(groupsPage-2))
	}
	if strings.Contains(html, "more from AFP") {
		t.Error("a show-more button for a source that is listed in full")
	}
	p.groupShown = map[string]int{"Reuters": 20}
	p.groupsShown = 2 * groupsPage
	html = app.HTMLString(p.renderGroups(groupBySource(sourceDocs(counts))))
	if !strings.Contains(html, "Show 5 more from Reuters (5 not shown)") || strings.Contains(html, "more sources") {
		t.Errorf("after two clicks: %s", html[:min(len(html), 600)])
	}
}
