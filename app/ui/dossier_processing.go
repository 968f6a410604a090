package ui

import "fmt"

// SetProcessing records how many of the bundled articles are processed,
// of how many (see feedBundle): pages say how many are still processing.
func (d *dossier) SetProcessing(done, total int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.processed, d.toProcess = done, total
}

// Processing returns how many of the bundled articles are processed, of
// how many.
func (d *dossier) Processing() (done, total int) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.processed, d.toProcess
}

// MoreBundled puts the bundled articles processed so far in the dossier
// (the first ones of the bundle, more than before) without indexing them:
// the list shows them at once, and the search index follows (Reindex).
func (d *dossier) MoreBundled(docs []doc, done, total int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.bundleDocs = docs
	d.processed, d.toProcess = done, total
	d.compose(false)
	d.gen++
}

// processingNote is what pages add to their summary while bundled articles
// are still processing: "" once they are all there.
func processingNote(d *dossier) string {
	done, total := d.Processing()
	if done >= total {
		return ""
	}
	return fmt.Sprintf(" · %d of %d articles processed, %d still processing…", done, total, total-done)
}

// LoadingText is the status of a page whose articles are not loaded yet:
// text, or on a server still processing them how many are ready.
func (d *dossier) LoadingText(text string) string {
	d.mu.RLock()
	f := d.progress
	d.mu.RUnlock()
	if f == nil {
		return text
	}
	done, total := f()
	return fmt.Sprintf("Preparing the articles: %d of %d ready, %d still processing…", done, total, total-done)
}
