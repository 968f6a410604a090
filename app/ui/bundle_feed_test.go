//go:build !wasm

package ui

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/workerproto"
)

// feedAll runs feedBundle and returns every progress it sent.
func feedAll(f *fakeWorker, url string, dates map[string]string) []bundleProgress {
	out := make(chan bundleProgress, 64)
	go feedBundle(f.call, url, dates, out)
	var all []bundleProgress
	for p := range out {
		all = append(all, p)
	}
	return all
}

// TestFeedBundle: the page gets the bundled articles from the worker a
// chunk at a time, decodes each into the document the pipeline makes (the
// reader's dates applied), and reports how many are done of how many.
func TestFeedBundle(t *testing.T) {
	arts := seedArticles(t)
	f := &fakeWorker{bundles: map[string][]corpus.Article{"/b": arts}, chunk: 2}
	dates := map[string]string{arts[3].ID: "2021-05-06"}
	got := feedAll(f, "/b", dates)
	if len(got) != 3 || f.calls != 3 {
		t.Fatalf("%d progress reports from %d requests; want 3 and 3 (5 articles, 2 an answer)", len(got), f.calls)
	}
	for i, want := range []int{2, 4, 5} {
		if got[i].done != want || got[i].total != 5 || len(got[i].docs) != want || got[i].err != nil {
			t.Errorf("report %d: %d of %d, %d docs, %v", i, got[i].done, got[i].total, len(got[i].docs), got[i].err)
		}
	}
	want := process(arts, dates)
	for i, d := range got[2].docs {
		if d.ID != want[i].ID || d.DisplayTitle() != want[i].DisplayTitle() || d.UserDate != want[i].UserDate ||
			!reflect.DeepEqual(d.Events, want[i].Events) || d.Removed != want[i].Removed || d.Repaired != want[i].Repaired {
			t.Errorf("article %d decoded differs from the pipeline's: %q %q", i, d.DisplayTitle(), d.UserDate)
		}
	}
	// No articles: one empty report, after one request.
	f.calls = 0
	f.bundles["/none"] = nil
	if got := feedAll(f, "/none", nil); len(got) != 1 || got[0].total != 0 || got[0].err != nil || f.calls != 1 {
		t.Errorf("empty bundle: %+v, %d requests", got, f.calls)
	}
	// A bundle the worker cannot read: the error, nothing processing.
	if got := feedAll(f, "/missing", nil); len(got) != 1 || got[0].err == nil || !strings.Contains(got[0].err.Error(), "/missing") {
		t.Errorf("missing bundle: %+v", got)
	}
}

// TestFeedBundleWorkerFails: when the worker fails, what it made is kept,
// the last report carries the error, and nothing is left "processing".
func TestFeedBundleWorkerFails(t *testing.T) {
	arts := seedArticles(t)
	f := &fakeWorker{bundles: map[string][]corpus.Article{"/b": arts}, chunk: 2}
	var n int
	call := func(req workerproto.Request) (workerproto.Response, error) {
		n++
		if n == 2 {
			f.fail = errors.New("worker crashed")
		}
		return f.call(req)
	}
	out := make(chan bundleProgress, 8)
	go feedBundle(call, "/b", nil, out)
	var last bundleProgress
	for p := range out {
		last = p
	}
	if last.err == nil || !strings.Contains(last.err.Error(), "worker crashed") || len(last.docs) != 2 || last.done != last.total {
		t.Errorf("last report: %d docs, %d of %d, %v", len(last.docs), last.done, last.total, last.err)
	}
	// A bundle that changes while it is read (another total) is refused.
	f2 := &fakeWorker{bundles: map[string][]corpus.Article{"/b": arts}}
	var k int
	changing := func(req workerproto.Request) (workerproto.Response, error) {
		if k++; k == 2 {
			f2.bundles["/b"] = arts[:4]
		}
		return f2.call(req)
	}
	out = make(chan bundleProgress, 8)
	go feedBundle(changing, "/b", nil, out)
	for p := range out {
		last = p
	}
	if last.err == nil || !strings.Contains(last.err.Error(), "changed") {
		t.Errorf("changed bundle: %v", last.err)
	}
}

// TestAwaitFirstRender: a small dossier is shown whole; a large one once
// the wait is over and some articles are there, the rest following.
func TestAwaitFirstRender(t *testing.T) {
	fired := func() chan time.Time {
		c := make(chan time.Time, 1)
		c <- time.Now()
		return c
	}
	docs := make([]doc, 3)
	feed := make(chan bundleProgress, 4)
	feed <- bundleProgress{docs: docs[:1], done: 1, total: 3}
	feed <- bundleProgress{docs: docs, done: 3, total: 3}
	close(feed)
	if got, more := awaitFirstRender(feed, fired(), fired(), nil); len(got.docs) != 3 || more != nil || got.err != nil {
		t.Errorf("small dossier: %d docs, more %v, %v; want all 3", len(got.docs), more != nil, got.err)
	}

	big := smallDossier + 1
	feed = make(chan bundleProgress, 4)
	feed <- bundleProgress{docs: make([]doc, firstRenderMin), done: firstRenderMin, total: big}
	got, more := awaitFirstRender(feed, fired(), nil, nil)
	if len(got.docs) != firstRenderMin || got.total != big || more == nil {
		t.Errorf("large dossier: %d docs of %d, more %v; want the %d there and more to come", len(got.docs), got.total, more != nil, firstRenderMin)
	}

	// Too few after the wait: the page waits for more, or for the limit.
	feed = make(chan bundleProgress, 4)
	feed <- bundleProgress{docs: make([]doc, 1), done: 1, total: big}
	limit := make(chan time.Time, 1)
	done := make(chan int)
	go func() {
		got, _ := awaitFirstRender(feed, fired(), limit, nil)
		done <- len(got.docs)
	}()
	select {
	case n := <-done:
		t.Fatalf("shown with %d of %d before the limit", n, big)
	case <-time.After(50 * time.Millisecond):
	}
	limit <- time.Now()
	if n := <-done; n != 1 {
		t.Errorf("after the limit: %d docs, want 1", n)
	}

	feed = make(chan bundleProgress, 1)
	feed <- bundleProgress{err: errors.New("no worker"), total: 3}
	close(feed)
	if got, _ := awaitFirstRender(feed, nil, nil, nil); got.err == nil || len(got.docs) != 0 {
		t.Errorf("failed worker: %d docs, %v", len(got.docs), got.err)
	}
}

// TestAwaitFirstRenderAllThereLate: a large dossier whose every article
// arrives with both timers fired (a slow page: the worker's whole answer
// took past the limit to decode) is shown whole, with nothing more to
// follow, whichever the select picks first: followBundle, given the feed,
// would find it closed and finish with no documents.
func TestAwaitFirstRenderAllThereLate(t *testing.T) {
	big := smallDossier + 1
	for i := 0; i < 50; i++ {
		fired := func() chan time.Time {
			c := make(chan time.Time, 1)
			c <- time.Now()
			return c
		}
		feed := make(chan bundleProgress, 1)
		feed <- bundleProgress{docs: make([]doc, big), done: big, total: big}
		close(feed)
		got, more := awaitFirstRender(feed, fired(), fired(), func(bundleProgress) bool { return false })
		if len(got.docs) != big || more != nil {
			t.Fatalf("run %d: %d docs of %d, more %v; want all, nothing more", i, len(got.docs), big, more != nil)
		}
	}
}

// TestAwaitFirstRenderSoon: a large dossier whose rest arrives soon (a
// repeat visit) is shown whole, in one render; one whose rest is far off
// (a first visit, the worker processing) is shown with what is there once
// the wait has fired.
func TestAwaitFirstRenderSoon(t *testing.T) {
	big := smallDossier + 1
	fired := func() chan time.Time {
		c := make(chan time.Time, 1)
		c <- time.Now()
		return c
	}
	for _, soon := range []bool{true, false} {
		feed := make(chan bundleProgress, 4)
		feed <- bundleProgress{docs: make([]doc, firstRenderMin), done: firstRenderMin, total: big}
		limit := make(chan time.Time) // never fires
		got := make(chan bundleProgress, 1)
		go func() {
			p, _ := awaitFirstRender(feed, fired(), limit, func(bundleProgress) bool { return soon })
			got <- p
		}()
		select {
		case p := <-got:
			if soon {
				t.Fatalf("rest due soon: shown with %d of %d", len(p.docs), big)
			}
			continue
		case <-time.After(50 * time.Millisecond):
			if !soon {
				t.Fatal("rest far off: not shown after the wait")
			}
		}
		feed <- bundleProgress{docs: make([]doc, big), done: big, total: big}
		close(feed)
		if p := <-got; len(p.docs) != big {
			t.Errorf("rest due soon: shown with %d of %d", len(p.docs), big)
		}
	}
}

func TestFinishesBy(t *testing.T) {
	t0 := time.Now()
	deadline := t0.Add(3 * time.Second)
	for _, c := range []struct {
		name                   string
		done, firstDone, total int
		since                  time.Duration // from the first answer to now
		want                   bool
	}{
		{"fast after a slow start", 5000, 1000, 10000, 500 * time.Millisecond, true},
		{"slow: a first visit", 300, 100, 10000, time.Second, false},
		{"one full answer: values kept", workerproto.MaxChunk, workerproto.MaxChunk, 10000, 0, true},
		{"one small answer", 50, 50, 10000, 0, false},
		{"all there", 10000, 1000, 10000, 2 * time.Second, true},
		{"nothing yet", 0, 0, 10000, 0, false},
	} {
		first := t0
		if c.name == "nothing yet" {
			first = time.Time{}
		}
		p := bundleProgress{done: c.done, total: c.total, first: first, firstDone: c.firstDone}
		if got := finishesBy(p, t0.Add(c.since), deadline); got != c.want {
			t.Errorf("%s: %v", c.name, got)
		}
	}
}

// TestMoreBundled: articles arriving are listed at once and say how many
// are still processing; the search index follows.
func TestMoreBundled(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs[:2], nil, nil)
	d.SetProcessing(2, 5)
	if note := processingNote(d); !strings.Contains(note, "2 of 5 articles processed, 3 still processing") {
		t.Errorf("note %q", note)
	}
	g := d.Gen()
	d.MoreBundled(docs[:4], 4, 5)
	if len(d.Docs()) != 4 || d.Gen() == g {
		t.Errorf("%d docs listed, generation %d → %d", len(d.Docs()), g, d.Gen())
	}
	d.IndexSoFar(func() {})
	if res, n := d.Search(longestWord(docs[3].DisplayTitle()), search.Options{Limit: 5}); n == 0 || len(res) == 0 {
		t.Error("an article that arrived is not searchable after IndexSoFar")
	}
	d.MoreBundled(docs, 5, 5)
	if processingNote(d) != "" {
		t.Errorf("note %q once all are there", processingNote(d))
	}
}
