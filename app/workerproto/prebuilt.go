package workerproto

import (
	"encoding/binary"
	"strings"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/library"
)

// A first visit's values, made by the server: `dossier serve` processes
// every bundled article for its prerendered pages anyway, and `dossier
// build` does so once for the whole site, with the same pipeline the
// worker runs. They serve what they made (PackPrebuilt) next to the
// bundle; a worker that has no values kept for the bundle reads them
// (Pipeline.Prebuilt) and processes none of its articles itself, and
// answers the page's first reclean, its stories and its copies from them
// too. The values are those of the bundle's articles only when made for
// the same articles by the same pipeline (the key is bundleKey's, of the
// page's cache head and the articles' IDs, which carry their content's
// hash): other values, or none (a server still processing), and the
// worker processes the bundle as before.

// prebuiltMagic starts a prebuilt values file; it changes with its layout.
const prebuiltMagic = "dossier-prebuilt-1\n"

// Prebuilt is what a server made of a bundle's articles for a first
// visit's worker (PackPrebuilt).
type Prebuilt struct {
	// Values are the articles' values, in the bundle's order.
	Values [][]byte
	// Recleans are the pages the page will ask to clean again without
	// their sites' template lines (ui's dossier.ApplyTemplates), and
	// Recleaned their values cleaned so.
	Recleans  []Reclean
	Recleaned [][]byte
	// Stories are the articles' stories (PackStories), clustered from the
	// values as the page has them once it took those cleaned again.
	Stories []byte
	// Copies says of each article which one it is a copy of (its index),
	// or -1 (clean.CopyOf of the values as the page first has them).
	Copies []int
}

// PackPrebuilt packs p, made for arts under the cache head (the pipeline's:
// doccache.Head), for a worker to read as its own: the magic, the bundle's
// key and a newline; the stories, the index in arts of each page cleaned
// again (uvarints) and the copies (PackCopies), as library.AppendField
// writes them; then the values as the store keeps them (bundleState.pack).
// A reclean of an article not in arts is left out.
func PackPrebuilt(head string, arts []corpus.Article, p Prebuilt) []byte {
	key := bundleKey(head, arts)
	at := make(map[string]int, len(arts))
	for i, a := range arts {
		at[a.ID] = i
	}
	vals := append(p.Values[:len(p.Values):len(p.Values)], make([][]byte, 0, 2*len(p.Recleans))...)
	var which []byte
	for i, rc := range p.Recleans {
		j, ok := at[rc.Entry]
		if !ok {
			continue
		}
		vals = append(vals, []byte(recleanKey(rc)), p.Recleaned[i])
		which = binary.AppendUvarint(which, uint64(j))
	}
	out := make([]byte, 0, len(prebuiltMagic)+len(key)+1+len(p.Stories)+len(which)+10)
	out = append(out, prebuiltMagic...)
	out = append(out, key...)
	out = append(out, '\n')
	out = library.AppendField(out, string(p.Stories))
	out = library.AppendField(out, string(which))
	out = library.AppendField(out, string(PackCopies(p.Copies)))
	return append(out, PackValues(vals)...)
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
	stories, packed, ok := library.ReadField(packed)
	var which, copies string
	if ok {
		which, packed, ok = library.ReadField(packed)
	}
	if ok {
		copies, packed, ok = library.ReadField(packed)
	}
	var vals []string
	for ok && packed != "" {
		var v string
		if v, packed, ok = library.ReadField(packed); ok {
			vals = append(vals, v)
		}
	}
	if !ok || !b.fill(vals) {
		w.Warn("the server's processed articles are damaged; they are processed here")
		return false
	}
	b.prebuiltStories, b.prebuiltLatest = prebuiltStories(stories, which, vals[len(b.arts):], len(b.arts))
	if copies != "" {
		// The page reads them (UnpackCopies) and finds its own when
		// they do not read: the worker's wasm carries no reader.
		b.prebuiltCopies = []byte(copies)
	}
	return true
}

// PackCopies packs copies (an index or -1 for each article) as uvarints of
// each plus one; none packs to nothing.
func PackCopies(copies []int) []byte {
	var out []byte
	for _, c := range copies {
		out = binary.AppendUvarint(out, uint64(c+1))
	}
	return out
}

// UnpackCopies reads what PackCopies packed of n articles: each an index
// below n, or -1.
func UnpackCopies(packed []byte, n int) ([]int, error) {
	out := make([]int, 0, n)
	for data := string(packed); data != ""; {
		c, rest, ok := library.ReadUvarint(data)
		if !ok || c > uint64(n) {
			return nil, errDamaged
		}
		out, data = append(out, int(c)-1), rest
	}
	if len(out) != n {
		return nil, errDamaged
	}
	return out, nil
}

// prebuiltStories returns the prebuilt stories of n articles, and the
// values they were made of where the page will take them cleaned again, by
// article (the index of each in which, its value the second of each pair
// of recleaned): nil when there are none (an empty clustering is made
// again: the server may have sent none) or which does not read. The page
// reads the stories (UnpackStories) and clusters its articles itself when
// they do not read: the worker's wasm carries no reader.
func prebuiltStories(stories, which string, recleaned []string, n int) ([]byte, map[int][]byte) {
	if stories == "" {
		return nil, nil
	}
	latest := map[int][]byte{}
	for k := 0; which != ""; k++ {
		j, rest, ok := library.ReadUvarint(which)
		if !ok || j >= uint64(n) || 2*k+1 >= len(recleaned) {
			return nil, nil
		}
		latest[int(j)], which = []byte(recleaned[2*k+1]), rest
	}
	return []byte(stories), latest
}

// prebuiltStoriesFit reports whether the prebuilt stories were made of the
// values the page has now: the pages it took cleaned again are those the
// server cleaned again, with the same values.
func (b *bundleState) prebuiltStoriesFit() bool {
	if b.prebuiltStories == nil || len(b.latest) != len(b.prebuiltLatest) {
		return false
	}
	for i, v := range b.latest {
		if p, ok := b.prebuiltLatest[i]; !ok || string(p) != string(v) {
			return false
		}
	}
	return true
}
