//go:build wasm

package libdbtest

import (
	"errors"
	"fmt"
	"strings"
	"syscall/js"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/libdb"
	"github.com/dossierapp/dossier/app/library/libfile"
	"github.com/dossierapp/dossier/app/workerproto"
)

// bundlePipeline serves one bundle and "processes" an article into its
// text upper-cased after the head, counting the articles processed.
type bundlePipeline struct {
	head             string
	arts             []corpus.Article
	processed, reads int
}

func (p *bundlePipeline) Articles(string) ([]corpus.Article, error) {
	p.reads++
	return p.arts, nil
}

func (p *bundlePipeline) Prebuilt(string) []byte { return nil }

func (p *bundlePipeline) Process(a corpus.Article, hash string) []byte {
	p.processed++
	return []byte(p.head + hash + "\x00" + strings.ToUpper(a.Text))
}

func (p *bundlePipeline) Reclean(a corpus.Article, hash string, _ map[string]int) []byte {
	return p.Process(a, hash)
}

func (p *bundlePipeline) Stories([]corpus.Article, [][]byte) []workerproto.Story { return nil }

// packedData is what the answer packed, as the page gets it: an answer
// kept is a Blob the worker hands on unread (libdb's BundleSnapshot),
// which the page reads (web/import.js) when it has no copy of its own.
func packedData(res workerproto.Response) ([]byte, error) {
	msg, _ := workerproto.ResponseToJS(res)
	p := msg.Get("packed")
	if !p.InstanceOf(js.Global().Get("Blob")) {
		return res.Packed.PackedData(), nil
	}
	got := make(chan js.Value, 1)
	ok := js.FuncOf(func(_ js.Value, a []js.Value) any {
		got <- js.Global().Get("Uint8Array").New(a[0])
		return nil
	})
	defer ok.Release()
	fail := js.FuncOf(func(js.Value, []js.Value) any {
		got <- js.Null()
		return nil
	})
	defer fail.Release()
	p.Call("arrayBuffer").Call("then", ok, fail)
	b := <-got
	if b.IsNull() {
		return nil, errors.New("the answer kept could not be read")
	}
	data := make([]byte, b.Length())
	js.CopyBytesToGo(data, b)
	return data, nil
}

// idbBundleTest checks, over IndexedDB, that the bundled articles' values
// a visit kept are what the next visit's worker answers, read before the
// page asks (PrefetchBundle), and only for the same articles and head: a
// bundle with an article changed, or another pipeline's head, is
// processed again, never answered from the values kept. With a versioned
// URL, the whole answer kept is answered without reading the bundle, for
// that URL and head only.
func idbBundleTest(l *libdb.Library) (string, error) {
	arts := []corpus.Article{{ID: "a-1", Text: "one"}, {ID: "b-1", Text: "two"}, {ID: "c-1", Text: "three"}}
	visit := func(arts []corpus.Article, url, head string, versioned bool) (vals []string, processed, reads int, err error) {
		p := &bundlePipeline{head: head, arts: arts}
		w := workerproto.New(func() (workerproto.Store, error) { return l, nil }, &libfile.Files{})
		w.Pipeline = p
		if versioned {
			w.VersionedBundle = url
		}
		w.PrefetchBundle(url, head)
		res := w.Handle(workerproto.Request{Op: workerproto.OpBundle, URL: url, Head: head})
		processed, reads = p.processed, p.reads
		w.Settle() // as the browser's worker does once the requests pause
		if res.Err != nil {
			return nil, 0, 0, res.Err
		}
		if res.Total != len(arts) {
			return nil, 0, 0, fmt.Errorf("total %d, want %d", res.Total, len(arts))
		}
		data, err := packedData(res)
		if err != nil {
			return nil, 0, 0, err
		}
		_, vals, err = workerproto.UnpackArticles(data)
		return vals, processed, reads, err
	}
	want := func(arts []corpus.Article, head string) string {
		var out []string
		for _, a := range arts {
			out = append(out, head+"\x00"+strings.ToUpper(a.Text))
		}
		return strings.Join(out, "|")
	}
	changed := []corpus.Article{arts[0], {ID: "b-2", Text: "two, corrected"}, arts[2]}
	steps := []struct {
		name      string
		arts      []corpus.Article
		url, head string
		versioned bool
		// processed and bundle reads wanted, before the answer
		processed, reads int
	}{
		{"first visit", arts, "/b.json", "H1", false, 3, 1},
		{"repeat visit", arts, "/b.json", "H1", false, 0, 1},
		{"an article changed", changed, "/b.json", "H1", false, 3, 1},
		{"back to the first articles", arts, "/b.json", "H1", false, 3, 1},
		{"another pipeline", arts, "/b.json", "H2", false, 3, 1},
		{"repeat of that", arts, "/b.json", "H2", false, 0, 1},
		// A versioned URL: the whole answer is kept, and answered
		// without reading the bundle, for that URL and head only.
		{"versioned, first", arts, "/b.json?v=1", "H1", true, 3, 1},
		{"versioned, repeat", arts, "/b.json?v=1", "H1", true, 0, 0},
		{"versioned, another pipeline", arts, "/b.json?v=1", "H2", true, 3, 1},
		{"versioned, another version", changed, "/b.json?v=2", "H2", true, 3, 1},
		{"versioned, repeat of that", changed, "/b.json?v=2", "H2", true, 0, 0},
	}
	for _, s := range steps {
		vals, n, reads, err := visit(s.arts, s.url, s.head, s.versioned)
		if err != nil {
			return "", fmt.Errorf("%s: %w", s.name, err)
		}
		if got := strings.Join(vals, "|"); got != want(s.arts, s.head) || n != s.processed || reads != s.reads {
			return "", fmt.Errorf("%s: %q with %d processed and %d bundle reads, want %q with %d and %d", s.name, got, n, reads, want(s.arts, s.head), s.processed, s.reads)
		}
	}
	key, packed, err := l.KeptBundle()
	if err != nil {
		return "", err
	}
	if key == "" || packed == nil {
		return "", errors.New("no values kept after the visits")
	}
	return "ok", nil
}
