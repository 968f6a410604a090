package ui

import (
	"fmt"
	"strings"
	"sync"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// State and action names.
const (
	// stateCorpus holds the corpus generation: it changes whenever the
	// articles change, so observers re-render.
	stateCorpus      = "corpus-generation"
	actionLoadCorpus = "load-corpus"
	// BundlePath is where the bundled articles are served, under /web so
	// that static resource resolution (base paths) applies to it.
	BundlePath = "/web/articles.json"
)

// store is the articles the app shows. On the server it is set once for
// prerendering; in the browser it is loaded from BundlePath.
var store = struct {
	sync.RWMutex
	loaded   bool
	loading  bool
	err      string
	articles []corpus.Article
	gen      int
}{}

// SetBundle gives the server's copy of the articles to the prerenderer.
func SetBundle(b corpus.Bundle) {
	store.Lock()
	defer store.Unlock()
	store.articles = b.Articles
	store.loaded = true
	store.gen++
}

// articles returns the loaded articles and whether loading is done.
func articles() ([]corpus.Article, bool, string) {
	store.RLock()
	defer store.RUnlock()
	return store.articles, store.loaded, store.err
}

// findArticle returns the article with the given ID and its index.
func findArticle(id string) (corpus.Article, int, bool) {
	arts, _, _ := articles()
	for i, a := range arts {
		if a.ID == id {
			return a, i, true
		}
	}
	return corpus.Article{}, -1, false
}

// ensureCorpus starts loading the articles once, in the browser.
func ensureCorpus(ctx app.Context) {
	if !app.IsClient {
		return
	}
	store.Lock()
	start := !store.loaded && !store.loading
	if start {
		store.loading = true
	}
	store.Unlock()
	if start {
		ctx.NewAction(actionLoadCorpus)
	}
}

// handleLoadCorpus fetches the articles bundle and publishes it.
func handleLoadCorpus(ctx app.Context, _ app.Action) {
	ctx.Async(func() {
		b, err := fetchBundle(ctx.ResolveStaticResource(BundlePath))
		store.Lock()
		store.loading = false
		store.loaded = true
		if err != nil {
			store.err = err.Error()
		} else {
			store.articles = b.Articles
			store.err = ""
		}
		store.gen++
		gen := store.gen
		store.Unlock()
		ctx.Dispatch(func(ctx app.Context) { ctx.SetState(stateCorpus, gen) })
	})
}

func fetchBundle(url string) (corpus.Bundle, error) {
	text, err := fetchText(url)
	if err != nil {
		return corpus.Bundle{}, fmt.Errorf("loading articles: %w", err)
	}
	return corpus.Unmarshal([]byte(text))
}

// firstLine is the article's provisional title: its first non-blank line.
func firstLine(text string) string {
	for line := range strings.SplitSeq(text, "\n") {
		if s := strings.TrimSpace(line); s != "" {
			return truncate(s, 140)
		}
	}
	return "(untitled)"
}

// truncate shortens s to at most n runes, at a word boundary when it can.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
