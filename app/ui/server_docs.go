//go:build !wasm

package ui

// The server's side of the dossier: natively, the prerenderer gets the
// articles the server processed (the browser's come from the library
// worker, see bundled.go).

import (
	"github.com/dossierapp/dossier/app/article"
)

// SetProgress tells the prerenderer that the server is processing its
// articles: the articles it had are dropped, and until SetDocs the pages it
// renders say how many of them progress reports ready, instead of a bare
// "Loading".
func SetProgress(progress func() (done, total int)) {
	theDossier.setServerProgress(progress)
}

// SetDocs gives the server's processed articles (article.Process of each
// bundled article, in the bundle's order) to the prerenderer. The
// dossier's templates and search index are made before the dossier is
// locked, so pages keep rendering meanwhile.
func SetDocs(processed []article.Doc) {
	theDossier.setServerDocs(processed)
}

// setServerProgress drops the documents and reports progress until
// setServerDocs.
func (d *dossier) setServerProgress(progress func() (done, total int)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.progress = progress
	d.status, d.err, d.bundleDocs = statusLoading, nil, nil
	d.install(nil, nil)
	d.index, d.indexed, d.indexGen = nil, nil, d.docsGen
	d.gen++
}

// setServerDocs puts the server's processed articles in the dossier.
func (d *dossier) setServerDocs(processed []doc) {
	docs := article.WithTemplates(processed)
	index := buildIndex(docs)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.progress = nil
	d.status, d.err, d.bundleDocs = statusReady, nil, processed
	d.install(docs, index)
	d.gen++
}
