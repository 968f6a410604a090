package workerproto

import (
	"encoding/hex"
	"hash/fnv"
)

// A repeat visit's bundle in one read: once every value is made, the
// worker keeps its whole answer (every article with its value, packed as
// "bundle" sends them) under the bundle's versioned URL and the page's
// cache head. The next visit's worker reads it before the page asks, and
// answers the page's first "bundle" with it as it is (in the browser a
// Uint8Array transferred to the page, not copied): no fetching and
// parsing of the bundle, no unpacking and packing of values first. It
// reads the bundle itself afterwards, while the page decodes (Settle),
// for the requests that need it ("reclean", "stories").
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
}

// snapshotKey is the store key of the answer kept for the bundle at url
// made for head.
func snapshotKey(url, head string) string {
	h := fnv.New128a()
	h.Write([]byte(head))
	h.Write([]byte{0})
	h.Write([]byte(url))
	return "snapshot-" + hex.EncodeToString(h.Sum(nil))
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
	packed, total, ok, err := s.BundleSnapshot(snapshotKey(url, head))
	if err != nil {
		w.Warn("the processed articles kept could not be read: " + err.Error())
		return false
	}
	if !ok || total <= 0 {
		return false
	}
	w.snap = &bundleSnap{url: url, head: head, packed: packed, total: total}
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

// Settle does what the page need not wait for: it keeps a bundle's whole
// answer made, and reads the bundle answered from its snapshot if it is
// not read yet. The browser's worker calls it once it has posted an
// answer, so that it works while the page decodes; the requests that need
// the bundle call it first.
func (w *Worker) Settle() {
	if wa := w.whole; wa != nil {
		w.whole = nil
		if w.bun == wa.b {
			w.saveSnapshot(wa.b, wa.packed)
		}
	}
	sn := w.settle
	if sn == nil {
		return
	}
	w.settle = nil
	if w.bun != nil && w.bunURL == sn.url && w.bunHead == sn.head {
		return
	}
	if b, err := w.readBundle(sn.url, sn.head); err == nil {
		b.snapSaved = true
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
		err = s.SaveBundleSnapshot(snapshotKey(w.bunURL, w.bunHead), len(b.arts), packed)
	}
	if err != nil {
		w.Warn("the processed articles were not kept whole: " + err.Error())
	}
}
