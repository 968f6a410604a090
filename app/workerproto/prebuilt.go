package workerproto

import (
	"strings"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/library"
)

// A first visit's values, made by the server: `dossier serve` processes
// every bundled article for its prerendered pages anyway, and `dossier
// build` does so once for the whole site, with the same pipeline the
// worker runs. They serve what they made (PackPrebuilt) next to the
// bundle; a worker that has no values kept for the bundle reads them
// (Pipeline.Prebuilt) and processes none of its articles itself. The
// values are those of the bundle's articles only when made for the same
// articles by the same pipeline (the key is bundleKey's, of the page's
// cache head and the articles' IDs, which carry their content's hash):
// other values, or none (a server still processing), and the worker
// processes the bundle as before.

// prebuiltMagic starts a prebuilt values file; it changes with its layout.
const prebuiltMagic = "dossier-prebuilt-1\n"

// PackPrebuilt packs the values made for arts under the cache head (the
// pipeline's: doccache.Head), for a worker to read as its own: the magic,
// the bundle's key and a newline, then the values (PackValues).
func PackPrebuilt(head string, arts []corpus.Article, values [][]byte) []byte {
	key := bundleKey(head, arts)
	out := make([]byte, 0, len(prebuiltMagic)+len(key)+1)
	out = append(out, prebuiltMagic...)
	out = append(out, key...)
	out = append(out, '\n')
	return append(out, PackValues(values)...)
}

// usePrebuilt fills b with the prebuilt values data, when they are the
// values of its articles made for its head; it reports whether it did. The
// values are not in the store yet: the bundle's first answer saves them.
func (w *Worker) usePrebuilt(b *bundleState, data []byte) bool {
	rest, ok := strings.CutPrefix(string(data), prebuiltMagic)
	if !ok {
		return false
	}
	key, packed, ok := strings.Cut(rest, "\n")
	if !ok || key != b.key {
		return false
	}
	vals := make([][]byte, 0, len(b.arts))
	for packed != "" && len(vals) < len(b.arts) {
		v, next, ok := library.ReadField(packed)
		if !ok {
			break
		}
		vals, packed = append(vals, []byte(v)), next
	}
	if packed != "" || len(vals) != len(b.arts) {
		w.Warn("the server's processed articles are damaged; they are processed here")
		return false
	}
	copy(b.values, vals)
	b.left = 0
	return true
}
