package ui

import (
	"fmt"
	"sync"

	"github.com/dossierapp/dossier/app/article"
)

// serverProgress, when set, tells how many of the server's articles are
// processed while it prepares them (SetProgress).
var serverProgress struct {
	sync.Mutex
	f func() (done, total int)
}

// SetProgress tells the prerenderer that the server is processing new
// articles: the articles it had are dropped, and until SetDocs the pages it
// renders say how many of them progress reports ready, instead of a bare
// "Loading".
func SetProgress(progress func() (done, total int)) {
	serverProgress.Lock()
	serverProgress.f = progress
	serverProgress.Unlock()
	store.Lock()
	defer store.Unlock()
	store.bundleDocs, store.docs, store.index = nil, nil, nil
	store.loaded = false
	store.gen++
}

// SetDocs gives the server's processed articles (article.Process of each
// bundled article, in the bundle's order) to the prerenderer, as SetBundle
// does with the articles it processes itself. The search index is built
// before the store is locked, so pages keep rendering meanwhile.
func SetDocs(processed []article.Doc) {
	docs := article.WithTemplates(processed)
	index := buildIndex(docs)
	store.Lock()
	store.bundleDocs = processed
	store.docs = docs
	store.index = index
	store.loaded = true
	store.gen++
	store.Unlock()
	serverProgress.Lock()
	serverProgress.f = nil
	serverProgress.Unlock()
}

// loadingText is the status of a page whose articles are not loaded yet:
// text, or on a server still processing them how many are ready.
func loadingText(text string) string {
	serverProgress.Lock()
	f := serverProgress.f
	serverProgress.Unlock()
	if f == nil {
		return text
	}
	done, total := f()
	return fmt.Sprintf("Preparing the articles: %d of %d ready, %d still processing…", done, total, total-done)
}
