package workerproto

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

// serverValues are the values a server made of arts for head, as
// PackPrebuilt serves them ("server:" before each text, so that they are
// told from the worker's own).
func serverValues(head string, arts []corpus.Article) []byte {
	vals := make([][]byte, len(arts))
	for i, a := range arts {
		vals[i] = []byte(head + "\x00server:" + a.Text)
	}
	return PackPrebuilt(head, arts, Prebuilt{Values: vals})
}

// TestBundlePrebuilt: a first visit's worker answers the bundle with the
// server's values, in one answer, processing nothing, and keeps them for
// the next visit; values made for other articles or another head, or
// damaged ones, are not used: the worker processes the articles itself.
func TestBundlePrebuilt(t *testing.T) {
	arts := articles(5)
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts}, prebuilt: map[string][]byte{"/b.json": serverValues("H", arts)}}
	w := newTestWorker(s)
	w.Pipeline = p
	vals, calls := fetchAll(t, w, "/b.json", "H")
	if len(vals) != 5 || vals[0] != "H\x00server:text 0" || vals[4] != "H\x00server:text 4" || calls != 1 || p.processed != 0 {
		t.Fatalf("values %q in %d answers, %d processed; want the server's 5 in 1, none processed", vals, calls, p.processed)
	}
	if len(s.bundle) != 1 {
		t.Fatalf("the server's values were not kept: %d saved", len(s.bundle))
	}
	// The next visit reads them from the store, not from the server.
	p.prebuilt = nil
	w2 := newTestWorker(s)
	w2.Pipeline = p
	if again, _ := fetchAll(t, w2, "/b.json", "H"); strings.Join(again, "|") != strings.Join(vals, "|") || p.processed != 0 {
		t.Errorf("next visit: %q, %d processed", again, p.processed)
	}

	changed := append([]corpus.Article(nil), arts...)
	changed[2] = corpus.Article{ID: "a2-new", Text: "new text"}
	damaged := serverValues("H", arts)
	for _, c := range []struct {
		name     string
		prebuilt []byte
	}{
		{"another head", serverValues("H2", arts)},
		{"other articles", serverValues("H", changed)},
		{"truncated", damaged[:len(damaged)-3]},
		{"no magic", []byte("H\x00server:text 0")},
		{"empty", []byte{}},
	} {
		p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts}, prebuilt: map[string][]byte{"/b.json": c.prebuilt}}
		w := newTestWorker(newMemStore())
		w.Pipeline = p
		vals, _ := fetchAll(t, w, "/b.json", "H")
		if len(vals) != 5 || vals[3] != "\x00TEXT 3" || p.processed != 5 {
			t.Errorf("%s: values %q, %d processed; want the worker's own 5", c.name, vals, p.processed)
		}
	}
}

// TestBundlePrebuiltStories: the server's stories answer "stories" when
// the page took cleaned again the pages the server cleaned again, with the
// same values; when it took others, or none, the worker clusters the
// articles itself.
func TestBundlePrebuiltStories(t *testing.T) {
	arts := articles(4)
	lines := map[string]int{"Menu": 3}
	serverStories := PackStories([]Story{{Label: "the server's", Members: []int{0, 1, 2, 3}}})
	vals := make([][]byte, len(arts))
	for i, a := range arts {
		vals[i] = []byte("H\x00server:" + a.Text)
	}
	prebuilt := PackPrebuilt("H", arts, Prebuilt{Values: vals,
		Recleans:  []Reclean{{Entry: "a1", Lines: lines}},
		Recleaned: [][]byte{[]byte("H\x00server, cleaned again:text 1")},
		Stories:   serverStories,
	})
	for _, c := range []struct {
		name     string
		recleans []Reclean
		want     string // "server" or "worker"
	}{
		{"the same page cleaned again", []Reclean{{Entry: "a1", Lines: lines}}, "server"},
		{"another page", []Reclean{{Entry: "a2", Lines: lines}}, "worker"},
		{"with other lines", []Reclean{{Entry: "a1", Lines: map[string]int{"Menu": 3, "Footer": 3}}}, "worker"},
		{"none", nil, "worker"},
	} {
		p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts}, prebuilt: map[string][]byte{"/b.json": prebuilt}}
		w := newTestWorker(newMemStore())
		w.Pipeline = p
		fetchAll(t, w, "/b.json", "H")
		if c.recleans != nil {
			if res := w.Handle(Request{Op: OpReclean, Recleans: c.recleans}); res.Err != nil {
				t.Fatalf("%s: reclean: %v", c.name, res.Err)
			}
		}
		res := w.Handle(Request{Op: OpStories, URL: "/b.json", Head: "H"})
		if res.Err != nil {
			t.Fatalf("%s: stories: %v", c.name, res.Err)
		}
		fromServer := string(res.Packed.PackedData()) == string(serverStories)
		if fromServer != (c.want == "server") || fromServer == (p.stories == 1) {
			t.Errorf("%s: the server's stories answered %v, %d clustered by the worker; want the %s's", c.name, fromServer, p.stories, c.want)
		}
		if c.name == "the same page cleaned again" && p.recleans != 0 {
			t.Errorf("%s: the worker cleaned %d pages again itself", c.name, p.recleans)
		}
	}
}

// TestPrebuiltCopies: the server's copies go with the bundle's first
// answer when it brings every article, and read back as they were made;
// damaged ones, or of another count, do not read.
func TestPrebuiltCopies(t *testing.T) {
	arts := articles(4)
	vals := make([][]byte, len(arts))
	for i, a := range arts {
		vals[i] = []byte("H\x00server:" + a.Text)
	}
	copies := []int{-1, 0, -1, 2}
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts}, prebuilt: map[string][]byte{"/b.json": PackPrebuilt("H", arts, Prebuilt{Values: vals, Copies: copies})}}
	w := newTestWorker(newMemStore())
	w.Pipeline = p
	res := w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H"})
	got, err := UnpackCopies(res.Bytes, len(arts))
	if res.Err != nil || err != nil || fmt.Sprint(got) != fmt.Sprint(copies) {
		t.Fatalf("copies %v (%v, %v), want %v", got, res.Err, err, copies)
	}
	for _, bad := range [][]byte{PackCopies(copies[:3]), PackCopies([]int{-1, 0, -1, 4}), {0x80}} {
		if _, err := UnpackCopies(bad, len(arts)); err == nil {
			t.Errorf("%v read as copies of %d articles", bad, len(arts))
		}
	}
	// Without the server's values, no copies.
	p.prebuilt = nil
	w = newTestWorker(newMemStore())
	w.Pipeline = p
	if res := w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H"}); res.Bytes != nil {
		t.Errorf("copies %v sent without the server's values", res.Bytes)
	}
}

// FuzzUsePrebuilt: whatever a server sends as its values, the worker
// neither panics nor takes values that do not fit the bundle: taken, there
// is one for each article, and what it would answer of the stories a page
// reading them does not panic on either.
func FuzzUsePrebuilt(f *testing.F) {
	arts := articles(3)
	vals := [][]byte{[]byte("v0"), []byte("v1"), []byte("v2")}
	f.Add(PackPrebuilt("H", arts, Prebuilt{Values: vals}))
	f.Add(PackPrebuilt("H", arts, Prebuilt{Values: vals,
		Recleans: []Reclean{{Entry: "a1", Lines: map[string]int{"Menu": 2}}}, Recleaned: [][]byte{[]byte("r1")},
		Stories: PackStories([]Story{{Label: "s", Members: []int{0, 2}}}), Copies: []int{-1, 0, -1}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		w := newTestWorker(newMemStore())
		b := &bundleState{key: bundleKey("H", arts), arts: arts, values: make([][]byte, len(arts)), left: len(arts)}
		if !w.usePrebuilt(b, data) {
			return
		}
		if b.left != 0 {
			t.Fatalf("taken with %d values missing", b.left)
		}
		for i, v := range b.values {
			if v == nil {
				t.Fatalf("article %d has no value", i)
			}
		}
		// The page's readers, which check what the worker passes on.
		UnpackStories(b.prebuiltStories, len(arts))
		UnpackCopies(b.prebuiltCopies, len(arts))
	})
}
