package workerproto

import (
	"hash/fnv"

	"github.com/dossierapp/dossier/app/internal/hexstr"
)

// A repeat visit's bundle in one read: once every value is made, the
// worker keeps its whole answer (every article with its value, packed as
// "bundle" sends them) under the bundle's versioned URL and the page's
// cache head. The next visit's worker reads it before the page asks, and
// answers the page's first "bundle" with it as it is (in the browser a
// Uint8Array transferred to the page, not copied): no fetching and
// parsing of the bundle, no unpacking and packing of values first. The
// bundle's articles cleaned again without their sites' template lines are
// kept next to it, and the page's "reclean" that follows is answered from
// them too. The worker reads the bundle itself later, once the requests
// pause (Settle), or at once for a request that needs it ("stories", a
// "reclean" of other lines).
//
// The key is the URL, so only a URL that names the bundle's version
// (VersionedBundle: the app's version, a hash of the articles among the
// rest) keeps one: another version of the bundle has another URL, and
// another pipeline another head, and neither can be answered from it.

// bundleSnap is a kept answer read, or one answered without reading the
// bundle (Worker.settle).
type bundleSnap struct {
	url, head string
	packed    Packed
	total     int
	recleaned map[string][]byte // by recleanKey
	took      map[string][]byte // what the page took from recleaned, by article ID
}

// SnapshotKey is the store key of the answer kept for the bundle at url
// (absolute) made for head. The page checks with it the answer kept that
// the worker's script read before the worker's Go started (app/ui's
// keptAnswer, web/import-worker.js's readKept).
func SnapshotKey(url, head string) string {
	h := fnv.New128a()
	h.Write([]byte(head))
	h.Write([]byte{0})
	h.Write([]byte(url))
	return "snapshot-" + hexstr.Encode(h.Sum(nil))
}

// prefetchSnapshot reads the answer kept for the bundle at url and head,
// when url is the versioned bundle's; it reports whether there is one.
func (w *Worker) prefetchSnapshot(url, head string) bool {
	if w.VersionedBundle == "" || url != w.VersionedBundle {
		return false
	}
	s, err := w.openStore()
	if err != nil {
		return false
	}
	packed, total, recleaned, ok, err := s.BundleSnapshot(SnapshotKey(url, head))
	if err != nil {
		w.Warn("the processed articles kept could not be read: " + err.Error())
		return false
	}
	if !ok || total <= 0 {
		return false
	}
	sn := &bundleSnap{url: url, head: head, packed: packed, total: total, recleaned: map[string][]byte{}, took: map[string][]byte{}}
	if vals, err := UnpackValues(recleaned); err == nil && len(vals)%2 == 0 {
		for i := 0; i+1 < len(vals); i += 2 {
			sn.recleaned[vals[i]] = []byte(vals[i+1])
		}
	}
	w.snap = sn
	w.Mark("w-snapshot")
	return true
}

// fromSnapshot answers a "bundle" request from the answer prefetched, when
// it is the one asked for: the first, of that bundle and head. It reports
// whether it answered.
func (w *Worker) fromSnapshot(req Request, out *Response) bool {
	sn := w.snap
	if sn == nil || req.From != 0 || req.URL != sn.url || req.Head != sn.head || w.VersionedBundle == "" || req.URL != w.VersionedBundle {
		return false
	}
	w.snap = nil // a Uint8Array is sent once
	if w.bun == nil {
		w.settle = sn
	}
	out.Total, out.Packed = sn.total, sn.packed
	w.Mark("w-first-packed")
	return true
}

// wholeAnswer is a bundle's whole answer made (packed, or nil to pack
// it), to keep as its snapshot.
type wholeAnswer struct {
	b      *bundleState
	packed []byte
}

// keepWhole has Settle keep the whole answer for b (packed, or nil to pack
// it then) as its snapshot.
func (w *Worker) keepWhole(b *bundleState, packed []byte) {
	if !b.snapSaved && b.left == 0 && w.VersionedBundle != "" && w.bunURL == w.VersionedBundle && (w.whole == nil || w.whole.b != b || packed != nil) {
		w.whole = &wholeAnswer{b, packed}
	}
}

// recleanFromSnapshot answers a "reclean" of bundled articles from the
// values kept with the snapshot answered, when the bundle is not read yet
// and every one asked for is kept; it reports whether it answered.
func (w *Worker) recleanFromSnapshot(req Request, out *Response) bool {
	sn := w.settle
	if sn == nil || w.bun != nil {
		return false
	}
	vals := make([][]byte, len(req.Recleans))
	for i, rc := range req.Recleans {
		v, ok := sn.recleaned[recleanKey(rc)]
		if !ok {
			w.Mark("w-reclean-not-kept")
			return false
		}
		vals[i] = v
	}
	for i, rc := range req.Recleans {
		sn.took[rc.Entry] = vals[i]
	}
	out.Packed = PackedBytes(PackValues(vals))
	w.Mark("w-reclean-kept")
	return true
}

// KeepWhole keeps a bundle's whole answer made, if there is one to keep:
// the browser's worker calls it once it has posted an answer, so that it
// writes while the page decodes (and before the page may be closed).
func (w *Worker) KeepWhole() {
	if wa := w.whole; wa != nil {
		w.whole = nil
		if w.bun == wa.b {
			w.saveSnapshot(wa.b, wa.packed)
		}
	}
}

// Settle does what the page need not wait for: it keeps a bundle's whole
// answer made (KeepWhole), and reads the bundle answered from its
// snapshot if it is not read yet. The browser's worker calls it once the
// requests pause (Unsettled says when it has work).
func (w *Worker) Settle() {
	w.KeepWhole()
	w.settleBundle()
}

// Unsettled reports whether Settle has work to do.
func (w *Worker) Unsettled() bool { return w.whole != nil || w.settle != nil }

// settleBundle reads the bundle answered from its snapshot, if it is not
// read yet, with what the page took of its articles cleaned again.
func (w *Worker) settleBundle() {
	sn := w.settle
	if sn == nil {
		return
	}
	w.settle = nil
	if w.bun != nil && w.bunURL == sn.url && w.bunHead == sn.head {
		return
	}
	b, err := w.readBundle(sn.url, sn.head)
	if err != nil {
		return
	}
	b.snapSaved = true
	if len(sn.took) > 0 {
		at := make(map[string]int, len(b.arts))
		for i, a := range b.arts {
			at[a.ID] = i
		}
		for id, v := range sn.took {
			if i, ok := at[id]; ok {
				b.took(i, v)
			}
		}
	}
}

// saveRecleaned keeps b's articles cleaned again next to its snapshot.
func (w *Worker) saveRecleaned(b *bundleState) {
	vals := make([][]byte, 0, 2*len(b.recleaned))
	for k, v := range b.recleaned {
		vals = append(vals, []byte(k), v)
	}
	s, err := w.openStore()
	if err == nil {
		err = s.SaveBundleRecleaned(SnapshotKey(w.bunURL, w.bunHead), PackValues(vals))
	}
	if err != nil {
		w.Warn("the pages cleaned again were not kept whole: " + err.Error())
	}
}

// saveSnapshot keeps the whole answer for b (packed, or packed now when
// nil) as its snapshot, when its URL is the versioned bundle's and it has
// none yet.
func (w *Worker) saveSnapshot(b *bundleState, packed []byte) {
	if b.snapSaved || b.left > 0 || w.VersionedBundle == "" || w.bunURL != w.VersionedBundle {
		return
	}
	b.snapSaved = true
	if packed == nil {
		packed = PackArticles(b.arts, b.values)
	}
	s, err := w.openStore()
	if err == nil {
		err = s.SaveBundleSnapshot(SnapshotKey(w.bunURL, w.bunHead), w.bunURL, len(b.arts), packed)
	}
	if err != nil {
		w.Warn("the processed articles were not kept whole: " + err.Error())
		return
	}
	w.saveRecleaned(b)
}
