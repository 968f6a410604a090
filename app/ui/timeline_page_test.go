//go:build !wasm

package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// useDocs puts docs in a dossier of the test's own.
func useDocs(t *testing.T, docs []doc) {
	t.Helper()
	useDossier(t).SetBundled(docs, nil, nil)
}

// TestTimelinePrerenderDefersLargeCorpus: the server prerenders the
// timeline of a small corpus (the seeds) with its model, but leaves a large
// one to the browser and answers at once, saying the timeline is coming.
func TestTimelinePrerenderDefersLargeCorpus(t *testing.T) {
	seeds := process(seedArticles(t), nil)
	useDocs(t, seeds)
	p := newTimelinePage()
	p.sync()
	if p.model == nil || len(p.model.Arts) != len(seeds) || p.deferred != 0 {
		t.Fatalf("seeds: model %v, deferred %d", p.model != nil, p.deferred)
	}

	var big []doc
	for len(big) <= tlPrerenderMax {
		d := seeds[len(big)%len(seeds)]
		d.ID = fmt.Sprintf("%s-%d", d.ID, len(big))
		big = append(big, d)
	}
	useDocs(t, big)
	p = newTimelinePage()
	p.sync()
	if p.model != nil || p.deferred != len(big) {
		t.Fatalf("%d articles: model %v, deferred %d", len(big), p.model != nil, p.deferred)
	}
	if got, want := app.HTMLString(p.renderSummary()), fmt.Sprintf("Drawing the timeline of %d articles…", len(big)); !strings.Contains(got, want) {
		t.Errorf("summary %s, want %q", got, want)
	}
}
