package workerproto

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/library"
)

// fakePipeline serves bundles by URL and "processes" an article into its
// text upper-cased, counting the calls.
type fakePipeline struct {
	head      string // the values' head, as the page's (doccache.Head)
	bundles   map[string][]corpus.Article
	prebuilt  map[string][]byte // the server's values, by bundle URL
	processed int
	reads     int
	recleans  int
	stories   int
}

func (p *fakePipeline) Articles(url string) ([]corpus.Article, error) {
	p.reads++
	arts, ok := p.bundles[url]
	if !ok {
		return nil, errors.New("loading " + url + ": 404")
	}
	return arts, nil
}

func (p *fakePipeline) Prebuilt(url string) []byte { return p.prebuilt[url] }

func (p *fakePipeline) Reclean(a corpus.Article, hash string, lines map[string]int) []byte {
	p.recleans++
	return []byte(fmt.Sprintf("%s%s\x00reclean %d lines: %s", p.head, hash, len(lines), a.Text))
}

func (p *fakePipeline) Process(a corpus.Article, hash string) []byte {
	p.processed++
	return []byte(p.head + hash + "\x00" + strings.ToUpper(a.Text))
}

// Stories makes a story of each two articles in a row, labelled with the
// first one's value.
func (p *fakePipeline) Stories(arts []corpus.Article, values [][]byte) []Story {
	p.stories++
	var out []Story
	for i := 0; i < len(arts); i += 2 {
		s := Story{Label: string(values[i]), Members: []int{i}}
		if i+1 < len(arts) {
			s.Members = append(s.Members, i+1)
		}
		out = append(out, s)
	}
	return out
}

func articles(n int) []corpus.Article {
	out := make([]corpus.Article, n)
	for i := range out {
		out[i] = corpus.Article{ID: fmt.Sprintf("a%d", i), Text: fmt.Sprintf("text %d", i)}
	}
	return out
}

// fetchAll asks for the bundle chunk by chunk, as the page does, and
// returns every value and how many requests it took.
func fetchAll(t *testing.T, w *Worker, url, head string) ([]string, int) {
	t.Helper()
	var out []string
	for n := 0; ; n++ {
		res := w.Handle(Request{Op: OpBundle, URL: url, Head: head, From: len(out)})
		w.Settle() // as the browser's worker does once it has answered
		if res.Err != nil {
			t.Fatalf("bundle from %d: %v", len(out), res.Err)
		}
		arts, vals, err := UnpackArticles(res.Packed.PackedData())
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range arts {
			if want := fmt.Sprintf("a%d", len(out)+i); a.ID != want && !strings.HasPrefix(a.ID, "a1-") {
				t.Fatalf("article %d is %q, want %q", len(out)+i, a.ID, want)
			}
		}
		if len(vals) == 0 && len(out) < res.Total {
			t.Fatalf("bundle from %d of %d: no values", len(out), res.Total)
		}
		out = append(out, vals...)
		if len(out) >= res.Total {
			return out, n + 1
		}
	}
}

func TestBundleInChunksThenFromStore(t *testing.T) {
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(7)}}
	w := newTestWorker(s)
	w.Pipeline, w.ChunkTime = p, 0 // one article an answer
	vals, calls := fetchAll(t, w, "/b.json", "H1")
	if len(vals) != 7 || vals[0] != "\x00TEXT 0" || vals[6] != "\x00TEXT 6" {
		t.Fatalf("values %q", vals)
	}
	if calls != 7 || p.processed != 7 || p.reads != 1 {
		t.Errorf("%d requests, %d processed, %d bundle reads; want 7, 7, 1", calls, p.processed, p.reads)
	}
	if len(s.bundle) != 1 {
		t.Fatalf("the values were not saved once all were made: %d saved", len(s.bundle))
	}
	for k := range s.bundle {
		if !utf8.ValidString(k) {
			t.Errorf("the store key %q is not UTF-8: JavaScript would change it", k)
		}
	}
	// Asked again (another chunk size): nothing is processed again.
	w.ChunkTime = DefaultChunkTime
	if again, _ := fetchAll(t, w, "/b.json", "H1"); strings.Join(again, ",") != strings.Join(vals, ",") || p.processed != 7 {
		t.Errorf("asked again: %q, %d processed", again, p.processed)
	}
	// A new visit (a new worker over the same store) reads them back.
	w2 := newTestWorker(s)
	w2.Pipeline = p
	if again, calls := fetchAll(t, w2, "/b.json", "H1"); len(again) != 7 || calls != 1 || p.processed != 7 {
		t.Errorf("new visit: %d values in %d requests, %d processed; want 7 in 1, none processed", len(again), calls, p.processed)
	}
	// A bundle larger than a chunk, all kept, comes in one answer.
	big := articles(MaxChunk + 5)
	p.bundles["/big.json"] = big
	wa := newTestWorker(s)
	wa.Pipeline = p
	fetchAll(t, wa, "/big.json", "H1")
	wb := newTestWorker(s)
	wb.Pipeline = p
	if _, calls := fetchAll(t, wb, "/big.json", "H1"); calls != 1 {
		t.Errorf("a bundle of %d kept came in %d answers, want 1", len(big), calls)
	}
	// Another pipeline version (head) processes again.
	w3 := newTestWorker(s)
	w3.Pipeline = p
	p.processed = 0
	if again, _ := fetchAll(t, w3, "/b.json", "H2"); len(again) != 7 || p.processed != 7 {
		t.Errorf("new head: %d values, %d processed; want 7, 7", len(again), p.processed)
	}
}

func TestBundleChangedArticlesProcessedAgain(t *testing.T) {
	s := newMemStore()
	arts := articles(3)
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts}}
	w := newTestWorker(s)
	w.Pipeline = p
	fetchAll(t, w, "/b.json", "H")
	// The same URL with one article changed (its ID carries its hash).
	changed := append([]corpus.Article(nil), arts...)
	changed[1] = corpus.Article{ID: "a1-new", Text: "new text"}
	p.bundles["/b.json"] = changed
	w2 := newTestWorker(s)
	w2.Pipeline = p
	vals, _ := fetchAll(t, w2, "/b.json", "H")
	if vals[1] != "\x00NEW TEXT" || p.processed != 6 {
		t.Errorf("values %q, %d processed; want the new text, 6", vals, p.processed)
	}
}

func TestBundleErrors(t *testing.T) {
	w := newTestWorker(newMemStore())
	if res := w.Handle(Request{Op: OpBundle, URL: "/b.json"}); res.Err == nil {
		t.Error("a worker without a pipeline answered")
	}
	w.Pipeline = &fakePipeline{}
	res := w.Handle(Request{Op: OpBundle, URL: "/missing.json"})
	if res.Err == nil || !strings.Contains(res.Err.Error(), "/missing.json") {
		t.Errorf("missing bundle: %v, want an error naming it", res.Err)
	}
	// A store that fails: the values are still made and answered.
	s := newMemStore()
	s.fail = errors.New("disk on fire")
	w = newTestWorker(s)
	var warned []string
	w.Warn = func(m string) { warned = append(warned, m) }
	w.Pipeline = &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(2)}}
	if vals, _ := fetchAll(t, w, "/b.json", "H"); len(vals) != 2 {
		t.Errorf("with a failing store: %d values", len(vals))
	}
	// A from past the end answers nothing, with the total.
	res = w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H", From: 9})
	if res.Err != nil || res.Total != 2 || res.Packed.PackedSize() != 0 {
		t.Errorf("from past the end: %v, total %d, %d bytes", res.Err, res.Total, res.Packed.PackedSize())
	}
}

func TestPackValuesRoundTrip(t *testing.T) {
	in := [][]byte{[]byte("a"), {}, []byte(strings.Repeat("x", 300))}
	out, err := UnpackValues(PackValues(in))
	if err != nil || len(out) != 3 || out[0] != "a" || out[1] != "" || len(out[2]) != 300 {
		t.Fatalf("%q, %v", out, err)
	}
	if _, err := UnpackValues([]byte{0x05, 'a'}); err == nil {
		t.Error("a value longer than the bytes left was read")
	}
}

func TestPackArticlesRoundTrip(t *testing.T) {
	arts := []corpus.Article{{ID: "a", Source: "d/a.txt", Name: "a.txt", Text: "Kyïv\n\ntext", Size: 12}, {ID: "b"}}
	got, vals, err := UnpackArticles(PackArticles(arts, [][]byte{[]byte("v1"), nil}))
	if err != nil || len(got) != 2 || got[0] != arts[0] || got[1] != arts[1] || vals[0] != "v1" || vals[1] != "" {
		t.Fatalf("%+v %q %v", got, vals, err)
	}
	packed := PackArticles(arts, [][]byte{[]byte("v1"), nil})
	for i := range packed {
		if _, _, err := UnpackArticles(packed[:i]); err == nil && i > 0 && i < len(packed) {
			// a cut between two articles reads as fewer articles
			if a, _, _ := UnpackArticles(packed[:i]); len(a) != 1 {
				t.Errorf("cut at %d read without an error", i)
			}
		}
	}
}

// TestUnpackArticlesFrom: the paced reading reads what the plain one
// does, pausing once every unpackSlice articles.
func TestUnpackArticlesFrom(t *testing.T) {
	arts := articles(2*unpackSlice + 3)
	vals := make([][]byte, len(arts))
	for i := range vals {
		vals[i] = []byte(fmt.Sprint("v", i))
	}
	packed := PackArticles(arts, vals)
	pauses := 0
	got, gotVals, err := UnpackArticlesFrom(string(packed), func() { pauses++ })
	if err != nil || len(got) != len(arts) || got[len(arts)-1] != arts[len(arts)-1] || gotVals[unpackSlice] != fmt.Sprint("v", unpackSlice) {
		t.Fatalf("%d articles, %v", len(got), err)
	}
	if pauses != 2 {
		t.Errorf("%d pauses for %d articles, want 2", pauses, len(arts))
	}
}

func FuzzUnpackArticles(f *testing.F) {
	f.Add(PackArticles([]corpus.Article{{ID: "a", Text: "x", Size: 3}}, [][]byte{[]byte("v")}))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, vals, err := UnpackArticles(b)
		if len(arts) != len(vals) {
			t.Fatalf("%d articles, %d values (%v)", len(arts), len(vals), err)
		}
	})
}

func FuzzUnpackValues(f *testing.F) {
	f.Add(PackValues([][]byte{[]byte("abc"), []byte("d")}))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		vals, err := UnpackValues(b)
		if err == nil {
			if got := PackValues(toBytes(vals)); string(got) != string(b) {
				// Non-minimal uvarints read fine but pack shorter.
				if again, err := UnpackValues(got); err != nil || len(again) != len(vals) {
					t.Fatalf("repacked %q: %v", got, err)
				}
			}
		}
	})
}

func toBytes(s []string) [][]byte {
	out := make([][]byte, len(s))
	for i, v := range s {
		out[i] = []byte(v)
	}
	return out
}

// TestPipelineProcessesEntries: a worker with a pipeline answers stored
// entries with their values, keeps the values in the cache, and sends them
// from there afterwards; values of another pipeline version are made again.
func TestPipelineProcessesEntries(t *testing.T) {
	const head = "v1\x00"
	s := newMemStore()
	p := &fakePipeline{head: head}
	w := newTestWorker(s)
	w.Pipeline = p
	a := file(t, w, "a.txt", "Kyiv talks\n\nThe talks resumed.")
	b := file(t, w, "b.txt", "Okapi\n\nAn okapi was filmed.")
	res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{a, b}})
	if res.Err != nil || len(res.Added) != 2 {
		t.Fatalf("store: %v, %d added", res.Err, len(res.Added))
	}
	want := head + a.Hash + "\x00KYIV TALKS\n\nTHE TALKS RESUMED."
	if r := res.Added[0]; r.Cached != want || r.Text != "" {
		t.Errorf("added record: cached %q, text %q; want the value, no text", r.Cached, r.Text)
	}
	if string(s.cache[a.ID]) != want || len(s.cache) != 2 {
		t.Errorf("cache %q", s.cache)
	}
	recs := records(t, w.Handle(Request{Op: OpAll, Head: head}))
	if len(recs) != 2 || recs[0].Cached != want || p.processed != 2 {
		t.Errorf("all: %+v, %d processed; want the cached values, 2 processed", recs, p.processed)
	}
	// The page's pipeline changed: "all" processes both again and keeps them.
	p.head = "v2\x00"
	recs = records(t, w.Handle(Request{Op: OpAll, Head: "v2\x00"}))
	if recs[0].Cached != "v2\x00"+a.Hash+"\x00KYIV TALKS\n\nTHE TALKS RESUMED." || p.processed != 4 {
		t.Errorf("all, new version: %+v, %d processed", recs[0], p.processed)
	}
	if recs = records(t, w.Handle(Request{Op: OpAll, Head: "v2\x00"})); p.processed != 4 || recs[1].Cached == "" {
		t.Errorf("all again: %d processed; want none more", p.processed)
	}
	// "process" makes one entry's value again.
	res = w.Handle(Request{Op: OpProcess, Entry: b.ID})
	if res.Err != nil || !strings.HasSuffix(string(res.Bytes), "OKAPI\n\nAN OKAPI WAS FILMED.") {
		t.Errorf("process: %v, %q", res.Err, res.Bytes)
	}
	if res = w.Handle(Request{Op: OpProcess, Entry: "gone"}); !errors.Is(res.Err, ErrGone) {
		t.Errorf("process of a missing entry: %v, want ErrGone", res.Err)
	}
}

// recleaned asks the worker to clean articles again, and returns the
// values in order.
func recleaned(t *testing.T, w *Worker, rcs ...Reclean) ([]string, error) {
	t.Helper()
	res := w.Handle(Request{Op: OpReclean, Recleans: rcs})
	if res.Err != nil {
		return nil, res.Err
	}
	vals, err := UnpackValues(res.Packed.PackedData())
	if err != nil || len(vals) != len(rcs) {
		t.Fatalf("reclean: %d values for %d articles, %v", len(vals), len(rcs), err)
	}
	return vals, nil
}

// TestReclean: bundled articles and stored entries are cleaned again with
// the lines the page sends, in one request, the values in order; an
// unknown one has an empty value and does not fail the others.
func TestReclean(t *testing.T) {
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(2)}}
	w := newTestWorker(s)
	w.Pipeline = p
	fetchAll(t, w, "/b.json", "H")
	lines := map[string]int{"menu": 3, "footer": 2}
	e := file(t, w, "e.txt", "Title\n\nBody text.")
	w.Handle(Request{Op: OpStore, Entries: []library.Entry{e}})
	vals, err := recleaned(t, w, Reclean{"a1", lines}, Reclean{e.ID, lines}, Reclean{"a0", map[string]int{"menu": 3}})
	if err != nil || vals[0] != "\x00reclean 2 lines: text 1" || !strings.HasPrefix(vals[1], e.Hash+"\x00reclean 2 lines: Title") ||
		vals[2] != "\x00reclean 1 lines: text 0" {
		t.Errorf("recleaned %q, %v", vals, err)
	}
	// An entry deleted meanwhile has no value; the others are cleaned.
	if vals, err := recleaned(t, w, Reclean{Entry: "nope"}, Reclean{"a1", lines}); err != nil || vals[0] != "" || vals[1] != "\x00reclean 2 lines: text 1" {
		t.Errorf("with an unknown entry: %q, %v", vals, err)
	}
}

// TestRecleanKept: a bundled article cleaned again is kept with the
// bundle's values: a later visit (a new worker on the same store) gets it
// without cleaning again; other lines are cleaned again.
func TestRecleanKept(t *testing.T) {
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(3)}}
	w := newTestWorker(s)
	w.Pipeline = p
	fetchAll(t, w, "/b.json", "H")
	lines := map[string]int{"menu": 3}
	first, _ := recleaned(t, w, Reclean{"a2", lines})
	if p.recleans != 1 {
		t.Fatalf("%d recleans", p.recleans)
	}
	w2 := newTestWorker(s)
	p2 := &fakePipeline{bundles: p.bundles}
	w2.Pipeline = p2
	vals, n := fetchAll(t, w2, "/b.json", "H")
	if len(vals) != 3 || p2.processed != 0 {
		t.Fatalf("repeat visit: %d values, %d processed (%d answers)", len(vals), p2.processed, n)
	}
	again, _ := recleaned(t, w2, Reclean{"a2", lines})
	if p2.recleans != 0 || again[0] != first[0] {
		t.Errorf("repeat visit: %d recleans, %q (first %q)", p2.recleans, again, first)
	}
	recleaned(t, w2, Reclean{"a2", map[string]int{"menu": 3, "footer": 2}})
	if p2.recleans != 1 {
		t.Errorf("other lines: %d recleans, want 1", p2.recleans)
	}
}

// TestBundlePrefetched: the worker reads the bundle and the values kept
// for it before the page asks (PrefetchBundle), and answers the page from
// them, only when the page asks for that bundle with that head; values
// kept for other articles or another pipeline are never answered.
func TestBundlePrefetched(t *testing.T) {
	s := newMemStore()
	arts := articles(5)
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": arts, "/c.json": articles(2)}}
	w := newTestWorker(s)
	w.Pipeline = p
	first, _ := fetchAll(t, w, "/b.json", "H1") // the first visit keeps them
	t.Run("same bundle and head", func(t *testing.T) {
		p.reads, p.processed = 0, 0
		w := newTestWorker(s)
		w.Pipeline = p
		w.PrefetchBundle("/b.json", "H1")
		if p.reads != 1 || w.bun == nil || w.bun.left != 0 {
			t.Fatalf("prefetch: %d reads, state %+v; want the bundle read with its values", p.reads, w.bun)
		}
		vals, calls := fetchAll(t, w, "/b.json", "H1")
		if strings.Join(vals, ",") != strings.Join(first, ",") || calls != 1 || p.reads != 1 || p.processed != 0 {
			t.Errorf("%q in %d answers, %d reads, %d processed; want the kept values in 1, 1 read, none processed", vals, calls, p.reads, p.processed)
		}
	})
	t.Run("another head", func(t *testing.T) {
		p.reads, p.processed = 0, 0
		w := newTestWorker(s)
		w.Pipeline = p
		w.PrefetchBundle("/b.json", "H1")
		vals, _ := fetchAll(t, w, "/b.json", "H2")
		if len(vals) != 5 || p.reads != 2 || p.processed != 5 {
			t.Errorf("%d values, %d reads, %d processed; want 5 read again and processed for the page's head", len(vals), p.reads, p.processed)
		}
	})
	t.Run("another bundle", func(t *testing.T) {
		p.reads, p.processed = 0, 0
		w := newTestWorker(s)
		w.Pipeline = p
		w.PrefetchBundle("/b.json", "H1")
		vals, _ := fetchAll(t, w, "/c.json", "H1")
		if len(vals) != 2 || vals[1] != "\x00TEXT 1" || p.reads != 2 || p.processed != 2 {
			t.Errorf("%q, %d reads, %d processed; want /c.json's 2 read and processed", vals, p.reads, p.processed)
		}
	})
	t.Run("articles changed since", func(t *testing.T) {
		changed := append([]corpus.Article(nil), arts...)
		changed[1] = corpus.Article{ID: "a1-new", Text: "new text"}
		p.bundles["/d.json"] = changed
		s2 := newMemStore()
		w := newTestWorker(s2)
		w.Pipeline = p
		fetchAll(t, w, "/b.json", "H1") // kept: /b.json's values
		p.reads, p.processed = 0, 0
		w = newTestWorker(s2)
		w.Pipeline = p
		w.PrefetchBundle("/d.json", "H1")
		if w.bun == nil || w.bun.left != 5 {
			t.Fatalf("prefetch took values kept for other articles: %+v", w.bun)
		}
		vals, _ := fetchAll(t, w, "/d.json", "H1")
		if vals[1] != "\x00NEW TEXT" || p.processed != 5 || p.reads != 1 {
			t.Errorf("%q, %d processed, %d reads; want the new text, 5 processed, 1 read", vals, p.processed, p.reads)
		}
	})
	t.Run("bundle missing", func(t *testing.T) {
		w := newTestWorker(s)
		w.Pipeline = p
		w.PrefetchBundle("/missing.json", "H1")
		if w.bun != nil {
			t.Fatal("a bundle that failed to load was kept")
		}
		if res := w.Handle(Request{Op: OpBundle, URL: "/missing.json", Head: "H1"}); res.Err == nil {
			t.Error("the page's request did not report the missing bundle")
		}
	})
}
