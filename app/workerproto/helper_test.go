package workerproto

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
)

// fakeHelper processes batches as fakePipeline does, on a goroutine of
// its own after delay (or at once, in Send, when delay is 0), or fails
// them all (fail), or never answers (silent).
type fakeHelper struct {
	delay  time.Duration
	fail   bool
	silent bool
	done   chan HelperResult

	mu        sync.Mutex
	processed map[string]int // by article ID
	batches   int
	stops     int
}

func newFakeHelper(delay time.Duration) *fakeHelper {
	return &fakeHelper{delay: delay, done: make(chan HelperResult, 1000), processed: map[string]int{}}
}

func (h *fakeHelper) Send(b HelperBatch) {
	h.mu.Lock()
	h.batches++
	h.mu.Unlock()
	if h.silent {
		return
	}
	answer := func() {
		if h.fail {
			h.done <- HelperResult{Err: errors.New("out of memory")}
			return
		}
		r := HelperResult{ID: b.ID}
		h.mu.Lock()
		for _, a := range b.Articles {
			h.processed[a.ID]++
			r.Values = append(r.Values, []byte("\x00"+strings.ToUpper(a.Text)))
		}
		h.mu.Unlock()
		h.done <- r
	}
	if h.delay == 0 {
		answer()
		return
	}
	go func() { time.Sleep(h.delay); answer() }()
}

func (h *fakeHelper) Done() <-chan HelperResult { return h.done }

func (h *fakeHelper) Stop() { h.stops++ }

// checkBundle checks that fetchAll gave every article's value in order,
// each article processed once by the worker or its helper.
func checkBundle(t *testing.T, vals []string, n int, p *fakePipeline, h *fakeHelper) {
	t.Helper()
	if len(vals) != n {
		t.Fatalf("%d values, want %d", len(vals), n)
	}
	for i, v := range vals {
		if want := fmt.Sprintf("\x00TEXT %d", i); v != want {
			t.Fatalf("value %d is %q, want %q", i, v, want)
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, k := range h.processed {
		if k != 1 {
			t.Errorf("the helper processed %s %d times", id, k)
		}
	}
	if p.processed+len(h.processed) != n {
		t.Errorf("the worker processed %d, the helper %d: want %d in all", p.processed, len(h.processed), n)
	}
}

func TestBundleSharedWithHelper(t *testing.T) {
	for _, delay := range []time.Duration{0, time.Millisecond} {
		t.Run(fmt.Sprint(delay), func(t *testing.T) {
			const n = 1000
			s := newMemStore()
			p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(n)}}
			h := newFakeHelper(delay)
			w := newTestWorker(s)
			w.Pipeline, w.Helper, w.ChunkTime = p, h, 0
			vals, _ := fetchAll(t, w, "/b.json", "H")
			checkBundle(t, vals, n, p, h)
			if len(h.processed) < helperBatch || p.processed < 1 {
				t.Errorf("the worker processed %d, the helper %d: want both to take part", p.processed, len(h.processed))
			}
			if len(s.bundle) != 1 || h.stops == 0 {
				t.Errorf("%d bundles saved, the helper stopped %d times; want 1 saved, stopped", len(s.bundle), h.stops)
			}
			// A new visit reads the values kept: the helper gets nothing.
			batches := h.batches
			w2 := newTestWorker(s)
			w2.Pipeline, w2.Helper = p, h
			if again, _ := fetchAll(t, w2, "/b.json", "H"); strings.Join(again, ",") != strings.Join(vals, ",") || h.batches != batches {
				t.Errorf("new visit: %d values, %d batches more", len(again), h.batches-batches)
			}
		})
	}
}

func TestHelperBetweenRequests(t *testing.T) {
	// The browser's glue hands the worker the helper's results that come
	// between the page's requests: the worker feeds it more meanwhile.
	const n = 2000
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(n)}}
	h := newFakeHelper(0)
	h.silent = true // the results are delivered below
	w := newTestWorker(newMemStore())
	w.Pipeline, w.Helper, w.ChunkTime = p, h, 0
	if res := w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H"}); res.Err != nil || res.Total != n {
		t.Fatalf("first answer: %v, total %d", res.Err, res.Total)
	}
	if h.batches != helperAhead {
		t.Fatalf("%d batches handed over, want %d", h.batches, helperAhead)
	}
	// Each result answered hands over another batch.
	top := HelperResult{ID: 1}
	for i := n - helperBatch; i < n; i++ {
		top.Values = append(top.Values, []byte(fmt.Sprintf("\x00TEXT %d", i)))
	}
	w.Helped(top)
	if h.batches != helperAhead+1 || w.bun.left != n-1-helperBatch {
		t.Errorf("after one result: %d batches, %d left; want %d, %d", h.batches, w.bun.left, helperAhead+1, n-1-helperBatch)
	}
	// A result of the wrong size is a failure: the worker does the rest.
	var warned []string
	w.Warn = func(m string) { warned = append(warned, m) }
	w.Helped(HelperResult{ID: 2, Values: make([][]byte, 3)})
	if !w.help.failed || len(warned) != 1 || h.stops == 0 {
		t.Fatalf("a wrong result: failed %v, warned %q, stopped %d", w.help.failed, warned, h.stops)
	}
	vals, _ := fetchAll(t, w, "/b.json", "H")
	if len(vals) != n || vals[n-1] != fmt.Sprintf("\x00TEXT %d", n-1) || p.processed != n-helperBatch {
		t.Errorf("%d values, the last %q, %d processed by the worker; want %d, the last article's, %d", len(vals), vals[len(vals)-1], p.processed, n, n-helperBatch)
	}
}

func TestHelperFails(t *testing.T) {
	const n = 600
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(n)}}
	h := newFakeHelper(time.Millisecond)
	h.fail = true
	w := newTestWorker(newMemStore())
	var warned []string
	w.Warn = func(m string) { warned = append(warned, m) }
	w.Pipeline, w.Helper, w.ChunkTime = p, h, 0
	vals, _ := fetchAll(t, w, "/b.json", "H")
	checkBundle(t, vals, n, p, h)
	if p.processed != n || len(warned) != 1 || !strings.Contains(warned[0], "out of memory") {
		t.Errorf("%d processed by the worker, warned %q; want %d, the helper's error once", p.processed, warned, n)
	}
}

func TestHelperSilent(t *testing.T) {
	defer func(d time.Duration) { helperTimeout = d }(helperTimeout)
	helperTimeout = 20 * time.Millisecond
	const n = 600
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(n)}}
	h := newFakeHelper(0)
	h.silent = true
	w := newTestWorker(newMemStore())
	var warned []string
	w.Warn = func(m string) { warned = append(warned, m) }
	w.Pipeline, w.Helper = p, h
	vals, _ := fetchAll(t, w, "/b.json", "H")
	checkBundle(t, vals, n, p, h)
	if len(warned) != 1 || !strings.Contains(warned[0], "does not answer") {
		t.Errorf("warned %q, want one warning that the helper does not answer", warned)
	}
	// Its late results change nothing.
	w.Helped(HelperResult{ID: 1, Values: make([][]byte, helperBatch)})
	if again, _ := fetchAll(t, w, "/b.json", "H"); strings.Join(again, ",") != strings.Join(vals, ",") {
		t.Error("a late result changed the values")
	}
}

func TestSmallBundleNotShared(t *testing.T) {
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(helperMin - 1)}}
	h := newFakeHelper(0)
	w := newTestWorker(newMemStore())
	w.Pipeline, w.Helper, w.ChunkTime = p, h, 0
	fetchAll(t, w, "/b.json", "H")
	if h.batches != 0 {
		t.Errorf("a bundle of %d: %d batches handed to the helper", helperMin-1, h.batches)
	}
}

func TestPackBatchAndResult(t *testing.T) {
	b := HelperBatch{ID: 300, Articles: []corpus.Article{{ID: "x", Source: "s", Name: "n", Text: "héllo", Size: 7}, {ID: "y"}}}
	got, err := UnpackBatch(PackBatch(b))
	if err != nil || !reflect.DeepEqual(got, b) {
		t.Errorf("batch: %+v, %v; want %+v", got, err, b)
	}
	r := HelperResult{ID: 5, Values: [][]byte{[]byte("a\x00b"), []byte("c")}}
	if got, err := UnpackResult(PackResult(r)); err != nil || !reflect.DeepEqual(got, r) {
		t.Errorf("result: %+v, %v; want %+v", got, err, r)
	}
	if got, err := UnpackResult(PackResult(HelperResult{ID: 2, Err: errors.New("boom")})); err != nil || got.ID != 2 || got.Err == nil || got.Err.Error() != "boom" {
		t.Errorf("an error result: %+v, %v", got, err)
	}
	for _, bad := range [][]byte{nil, {0x80}, {1, 5, 'a'}} {
		if _, err := UnpackResult(bad); err == nil {
			t.Errorf("UnpackResult(%q) read damaged bytes", bad)
		}
	}
	if _, err := UnpackBatch([]byte{1, 9, 'a'}); err == nil {
		t.Error("UnpackBatch read damaged bytes")
	}
}
