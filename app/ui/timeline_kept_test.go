//go:build !wasm

package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// memKept is a keptStore in memory.
type memKept struct{ data []byte }

func (m *memKept) Get() []byte     { return m.data }
func (m *memKept) Set(data []byte) { m.data = data }

// TestKeptClusters: a clustering kept is read back for the same articles,
// and not for others, nor from damaged storage.
func TestKeptClusters(t *testing.T) {
	ids := []string{"a-1", "b-2", "c-3"}
	key := clusterKey(strings.Join(ids, "\x00") + "\x00")
	of := map[string]int{"a-1": 0, "b-2": 1, "c-3": 0}
	cls := []view.Cluster{{Label: "oil prices", Size: 2, Color: 0}, {Label: "coffee", Size: 1, Color: 1}}
	s := &memKept{}
	if keptFor(s, key) {
		t.Error("nothing kept yet, but keptFor says there is")
	}
	saveClusters(s, key, ids, of, cls)
	if !keptFor(s, key) || keptFor(s, clusterKey("a-1\x00")) || keptFor(nil, key) {
		t.Error("keptFor does not tell the clustering kept from others")
	}
	gotOf, gotCls, ok := loadClusters(s, key, ids)
	if !ok || len(gotCls) != 2 || gotCls[0].Label != "oil prices" || gotOf["b-2"] != 1 || gotOf["c-3"] != 0 {
		t.Fatalf("read back %v %v %v", gotOf, gotCls, ok)
	}
	other := clusterKey("a-1\x00b-2\x00c-4\x00")
	if _, _, ok := loadClusters(s, other, []string{"a-1", "b-2", "c-4"}); ok {
		t.Error("a clustering read for other articles")
	}
	if _, _, ok := loadClusters(s, key, ids[:2]); ok {
		t.Error("a clustering read for fewer articles")
	}
	good := string(encodeClusters(key, []int{0, 1, 0}, cls))
	for _, bad := range []string{"", "{", `{"k":"` + key + `","o":[0,1,0],"c":[]}`, // as JSON kept it
		string(encodeClusters(key, []int{0, 5, 0}, cls)), good[:len(good)-1], good + "x"} {
		s.data = []byte(bad)
		if _, _, ok := loadClusters(s, key, ids); ok {
			t.Errorf("damaged storage %q read", bad)
		}
	}
	if _, _, ok := loadClusters(nil, key, ids); ok {
		t.Error("read from no storage")
	}
}

// TestClustersOfReadsKept: the timeline takes a kept clustering of its
// articles instead of clustering them.
func TestClustersOfReadsKept(t *testing.T) {
	docs := seedDocs(t)
	var ids []string
	var kb strings.Builder
	for _, d := range docs {
		ids = append(ids, d.ID)
		kb.WriteString(d.ID + "\x00")
	}
	of := map[string]int{}
	for _, id := range ids {
		of[id] = 0
	}
	s := &memKept{}
	saveClusters(s, clusterKey(kb.String()), ids, of, []view.Cluster{{Label: "kept", Size: len(ids)}})
	c := &timelineCache{store: s}
	gotOf, cls := c.clustersOf(docs, func() {}, false)
	if len(cls) != 1 || cls[0].Label != "kept" || len(gotOf) != len(docs) {
		t.Errorf("clustersOf made %v, not the kept one", cls)
	}
	// A large dossier's clustering is kept once it is complete, not while
	// articles are still processing.
	many := repeated(docs, keepClustersFrom)
	partial := &memKept{}
	(&timelineCache{store: partial}).clustersOf(many, func() {}, false)
	complete := &memKept{}
	(&timelineCache{store: complete}).clustersOf(many, func() {}, true)
	if partial.data != nil || complete.data == nil {
		t.Errorf("kept while processing: %v; kept when complete: %v", partial.data != nil, complete.data != nil)
	}
	fresh := &timelineCache{}
	if _, cls := fresh.clustersOf(docs, func() {}, false); len(cls) == 0 || cls[0].Label == "kept" {
		t.Errorf("without storage: %v", cls)
	}
}

// TestKeptCopies: a large dossier's copies, found once every article is
// processed, are kept; the next visit with the same articles reads them
// without making a copy key, and lists the same copies.
func TestKeptCopies(t *testing.T) {
	many := repeated(seedDocs(t), keepCopiesFrom)
	s := &memKept{}
	first := newDossier()
	first.copies.store = s
	first.SetProcessing(len(many)-1, len(many))
	first.SetBundled(many, nil, nil)
	if s.data != nil {
		t.Fatal("copies kept while an article is still processing")
	}
	first.SetProcessing(len(many), len(many))
	first.SetBundled(many, nil, nil)
	if s.data == nil {
		t.Fatal("copies not kept")
	}
	// What is kept is what is read: mark the second document a copy of
	// the first in it, and the next visit lists them so.
	key := docsKey(many)
	kept, ok := decodeCopies(s.data, key)
	if !ok || fmt.Sprint(kept) != fmt.Sprint(first.copies.of) {
		t.Fatalf("kept %v, %v; found %v", kept, ok, first.copies.of)
	}
	kept[1] = 0
	s.data = encodeCopies(key, kept)
	next := newDossier()
	next.copies.store = s
	checkKeptCopiesRead(t, next, many, 1, 0)
	other := newDossier()
	other.copies.store = s
	other.SetBundled(many[1:], nil, nil)
	if len(other.copies.keys) == 0 {
		t.Error("copies of other articles read back")
	}
}

// checkKeptCopiesRead shows docs, all processed, on d, whose store keeps
// their copies, and checks that d made no copy key and lists document
// dup as a copy of document orig, as kept.
func checkKeptCopiesRead(t *testing.T, d *dossier, docs []doc, dup, orig int) {
	t.Helper()
	d.WarmCopyKeys(docs, func() {})
	d.SetProcessing(len(docs), len(docs))
	d.SetBundled(docs, nil, nil)
	if len(d.copies.keys) != 0 {
		t.Errorf("%d copy keys made with the copies kept", len(d.copies.keys))
	}
	if _, listedAs, ok := d.Copies(docs[dup].ID); !ok || listedAs.ID != docs[orig].ID {
		t.Errorf("the kept copies are not read: %v %v", listedAs.ID, ok)
	}
}

// TestKeepCopiesFromServer: the copies the server found, kept on a first
// visit, are read as the page's own: no copy key is made.
func TestKeepCopiesFromServer(t *testing.T) {
	many := repeated(seedDocs(t), keepCopiesFrom)
	of := make([]int, len(many))
	for i := range of {
		of[i] = -1
	}
	of[2] = 1
	d := newDossier()
	d.copies.store = &memKept{}
	d.KeepCopies(many, of)
	checkKeptCopiesRead(t, d, many, 2, 1)
	// Copies of other documents, or of another count, are not kept.
	other := newDossier()
	other.copies.store = &memKept{}
	other.KeepCopies(many, of[1:])
	if other.copies.store.Get() != nil {
		t.Error("copies of another count kept")
	}
}

// repeated returns docs repeated, each copy with an ID of its own, until
// there are at least n.
func repeated(docs []doc, n int) []doc {
	var out []doc
	for len(out) < n {
		for _, d := range docs {
			d.ID = fmt.Sprintf("%s-%d", d.ID, len(out))
			out = append(out, d)
		}
	}
	return out
}

// TestKeptCodec: the compact form of kept values reads back what was
// written, under its key only, and refuses a value cut short, with bytes
// after it, or with a count past its end.
func TestKeptCodec(t *testing.T) {
	cls := []view.Cluster{{Label: "oil prices", Size: 2}, {Label: "", Size: 1, Color: view.PaletteSize}}
	data := encodeClusters("k1", []int{0, 1, 0, 300}, cls)
	of, got, ok := decodeClusters(data, "k1")
	if !ok || fmt.Sprint(of) != "[0 1 0 300]" || fmt.Sprint(got) != fmt.Sprint(cls) {
		t.Fatalf("read back %v %v %v", of, got, ok)
	}
	if _, _, ok := decodeClusters(data, "k2"); ok {
		t.Error("read under another key")
	}
	for i := len(keptHead("k1")); i < len(data); i++ {
		if _, _, ok := decodeClusters(data[:i], "k1"); ok {
			t.Errorf("read cut at %d of %d bytes", i, len(data))
		}
	}
	copies := encodeCopies("k1", []int{-1, 0, -1, 1})
	if of, ok := decodeCopies(copies, "k1"); !ok || fmt.Sprint(of) != "[-1 0 -1 1]" {
		t.Errorf("copies read back %v %v", of, ok)
	}
	if _, ok := decodeCopies(append(copies, 0), "k1"); ok {
		t.Error("copies read with a byte after them")
	}
	if _, ok := decodeCopies(appendKeptInt(keptHead("k1"), 1<<40), "k1"); ok {
		t.Error("copies read with a count past the end")
	}
	// Local storage keeps text: the kept form must be valid UTF-8.
	if !utf8.Valid(data) || !utf8.Valid(copies) {
		t.Errorf("not text: %q, %q", data, copies)
	}
}
