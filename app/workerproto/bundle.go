package workerproto

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"slices"
	"strconv"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/internal/hexstr"
	"github.com/dossierapp/dossier/app/library"
)

// The bundled articles are processed in the worker, not on the page's
// thread: the page asks "bundle {url, head, from}" again and again, each
// answer bringing the next articles the worker processed within ChunkTime
// with their cache values (app/doccache), packed (PackArticles), and the
// bundle's total, until it has them all. The page never reads the bundle
// itself. The worker reads the bundle itself (Pipeline.Articles),
// keeps the values it made, and once it has every one saves them in the
// store (Store.SaveBundleValues), so a repeat visit processes nothing.

// Pipeline is the part of the article pipeline the worker runs for the
// page; the worker's main gives app/article's (see cmd/dossier).
type Pipeline interface {
	// Articles returns the articles of the bundle at url.
	Articles(url string) ([]corpus.Article, error)
	// Prebuilt returns the values the server made for the bundle at url
	// (PackPrebuilt), or nil when it has none (prebuilt.go).
	Prebuilt(url string) []byte
	// Process returns the cache value of an article processed now, made
	// for its content hash: the value the page decodes with
	// app/article.Decode (a bundled article's hash is "").
	Process(a corpus.Article, hash string) []byte
	// Reclean returns the value of an article cleaned again without its
	// site's template lines (app/article.Reclean).
	Reclean(a corpus.Article, hash string, lines map[string]int) []byte
	// Stories clusters articles into stories from their values, as the
	// page's timeline does (app/timeline.Clusters): each story's label
	// and its articles, by index.
	Stories(arts []corpus.Article, values [][]byte) []Story
}

// DefaultChunkTime is how long the worker processes before it answers a
// "bundle" request: long enough that each answer brings many articles,
// short enough that the page shows progress and the worker's other
// requests (imports) do not wait long behind it.
const DefaultChunkTime = 150 * time.Millisecond

// MaxChunk is the most articles one "bundle" answer brings while the
// worker is processing (when some were processed before, many more would
// fit in ChunkTime): the page decodes and shows them as they come. A full
// chunk tells the page the worker kept the values: the rest follows as
// fast. When every value is made (kept from a visit before), one answer
// brings them all: the page then waits for no round trip between chunks.
const MaxChunk = 1000

// bundleState is the bundle the worker is processing or has processed.
type bundleState struct {
	key    string // the store key of its values (see bundleKey)
	arts   []corpus.Article
	values [][]byte // by article; nil until processed
	left   int      // how many are still nil
	saved  bool     // the values are in the store
	// snapSaved: its whole answer is in the store (snapshot.go)
	snapSaved bool
	// recleaned holds the values of its articles cleaned again without
	// their sites' template lines, by recleanKey; kept with the values.
	recleaned map[string][]byte
	// latest is each article's value as the page last took it: cleaned
	// again without its site's template lines (reclean), or nil (its
	// value); stories is the story clustering made of them (stories.go),
	// nil until asked for and after a reclean.
	latest  map[int][]byte
	stories []byte
	// prebuiltStories are the server's clustering (prebuilt.go), made of
	// its values with those in prebuiltLatest taken cleaned again: the
	// answer to "stories" while the page has the same.
	prebuiltStories []byte
	prebuiltLatest  map[int][]byte
	// prebuiltCopies are the server's copies (PackCopies), sent with the
	// bundle's first answer when it brings every article.
	prebuiltCopies []byte
	// Shared with the helper (helper.go): the articles from top on are
	// the helper's; pos is the one the worker processes.
	top, pos int
	// Working ahead (ahead.go): asked is true once the page asked for the
	// bundle; ahead is where the next article to make may be; answered is
	// when the last chunk with articles still to make was answered, waited
	// the time between such answers and the next request, madeAhead the
	// articles made between requests; doneMarked: every value made was
	// marked.
	asked      bool
	ahead      int
	answered   time.Time
	waited     time.Duration
	madeAhead  int
	doneMarked bool
}

// bundleKey is the store key of a bundle's values: the page's cache head
// and the articles' IDs, which carry their content's hash (app/ingest), so
// values are reused only for the same articles made by the same pipeline.
func bundleKey(head string, arts []corpus.Article) string {
	h := fnv.New128a()
	h.Write([]byte(head))
	for _, a := range arts {
		h.Write([]byte{0})
		h.Write([]byte(a.ID))
	}
	// Hex: the key goes through JavaScript strings, which would replace
	// bytes that are not UTF-8.
	return "bundle-" + strconv.Itoa(len(arts)) + "-" + hexstr.Encode(h.Sum(nil))
}

// bundle answers "bundle": the values of articles from req.From on.
func (w *Worker) bundle(req Request, out *Response) error {
	if w.Pipeline == nil {
		return errors.New("this worker does not process articles")
	}
	if w.fromSnapshot(req, out) {
		return nil
	}
	w.settleBundle()
	b := w.bun
	if b == nil || w.bunURL != req.URL || w.bunHead != req.Head {
		w.Mark("w-bundle-asked")
		var err error
		if b, err = w.readBundle(req.URL, req.Head); err != nil {
			return err
		}
	}
	n := len(b.arts)
	from := min(max(req.From, 0), n)
	start := time.Now()
	b.asked = true
	if !b.answered.IsZero() {
		b.waited += start.Sub(b.answered)
		b.answered = time.Time{}
	}
	i := from
	if b.left == 0 {
		i = n // all made: all in one answer
	}
	for ; i < n && i-from < MaxChunk && (i == from || time.Since(start) < w.ChunkTime); i++ {
		w.helped()
		if b.values[i] == nil && i >= b.top {
			w.awaitHelper(b, i)
		}
		if b.values[i] == nil {
			b.pos = i
			w.feedHelper(b)
			b.values[i] = w.Pipeline.Process(b.arts[i], "")
			b.left--
		}
	}
	out.Total = n
	w.noteDone(b)
	b.waitedSince(time.Now())
	packed := PackArticles(b.arts[from:i], b.values[from:i])
	out.Packed = PackedBytes(packed)
	if from == 0 {
		w.Mark("w-first-packed")
		if i == n {
			w.keepWhole(b, packed)
			out.Bytes = b.prebuiltCopies
		}
	}
	if b.left == 0 && !b.saved {
		b.saved = true
		if s, err := w.openStore(); err != nil {
			w.Warn("the processed articles were not kept: " + err.Error())
		} else if err := s.SaveBundleValues(b.key, b.pack()); err != nil {
			w.Warn("the processed articles were not kept: " + err.Error())
		}
		w.keepWhole(b, nil)
	}
	return nil
}

// pack packs the bundle's values for the store (PackValues): the values in
// order, then each recleaned value after its key.
func (b *bundleState) pack() []byte {
	vals := b.values
	if len(b.recleaned) > 0 {
		vals = append(vals[:len(vals):len(vals)], make([][]byte, 0, 2*len(b.recleaned))...)
		for k, v := range b.recleaned {
			vals = append(vals, []byte(k), v)
		}
	}
	return PackValues(vals)
}

// PrefetchBundle reads the bundle at url, for the page's cache head, and
// the values the store kept for it, before the page asks for them: the
// worker starts before the page's own code, which then finds them read.
// A failure is met again, and answered, when the page asks.
func (w *Worker) PrefetchBundle(url, head string) {
	if w.Pipeline != nil && w.bun == nil && !w.prefetchSnapshot(url, head) {
		_, _ = w.readBundle(url, head)
	}
}

// readBundle reads the bundle at url and the values the store kept for it
// (for the same articles and head: see bundleKey), and makes it the
// bundle of the requests that follow. The store is read while the
// articles are.
func (w *Worker) readBundle(url, head string) (*bundleState, error) {
	type kept struct {
		key    string
		packed []byte
	}
	keptCh := make(chan kept, 1)
	s, err := w.openStore()
	if err == nil {
		go func() {
			key, packed, err := s.KeptBundle()
			if err != nil {
				w.Warn("the processed articles kept could not be read: " + err.Error())
			}
			keptCh <- kept{key, packed}
		}()
	} else {
		keptCh <- kept{}
	}
	arts, err := w.Pipeline.Articles(url)
	k := <-keptCh
	if err != nil {
		return nil, err
	}
	w.Mark("w-articles")
	b := &bundleState{key: bundleKey(head, arts), arts: arts, values: make([][]byte, len(arts)), left: len(arts), top: len(arts)}
	if k.key == b.key && k.packed != nil {
		w.keepValues(b, k.packed)
	} else if data := w.Pipeline.Prebuilt(url); data != nil && w.usePrebuilt(b, data) {
		w.Mark("w-prebuilt")
	}
	w.Mark("w-values")
	w.bun, w.bunURL, w.bunHead = b, url, head
	return b, nil
}

// keepValues fills b with packed, the values the store kept for it.
func (w *Worker) keepValues(b *bundleState, packed []byte) {
	vals, err := UnpackValues(packed)
	if err != nil || !b.fill(vals) {
		w.Warn("the processed articles kept are damaged; they are processed again")
		return
	}
	b.saved = true
}

// fill fills b with vals, as pack packed them: a value for each article,
// then each recleaned value after its key. It reports whether they fit.
func (b *bundleState) fill(vals []string) bool {
	if len(vals) < len(b.arts) || (len(vals)-len(b.arts))%2 != 0 {
		return false
	}
	for i, v := range vals[:len(b.arts)] {
		b.values[i] = []byte(v)
	}
	for i := len(b.arts); i+1 < len(vals); i += 2 {
		if b.recleaned == nil {
			b.recleaned = map[string][]byte{}
		}
		b.recleaned[vals[i]] = []byte(vals[i+1])
	}
	b.left = 0
	return true
}

// PackValues packs values into one byte slice, each as
// library.AppendField writes a string.
func PackValues(values [][]byte) []byte {
	size := 0
	for _, v := range values {
		size += binary.MaxVarintLen32 + len(v)
	}
	out := make([]byte, 0, size)
	for _, v := range values {
		out = library.AppendField(out, string(v))
	}
	return out
}

// UnpackValues reads what PackValues packed.
func UnpackValues(packed []byte) ([]string, error) {
	var out []string
	for data := string(packed); data != ""; {
		v, rest, ok := library.ReadField(data)
		if !ok {
			return out, errDamaged
		}
		out, data = append(out, v), rest
	}
	return out, nil
}

// errDamaged is the error of packed values that cannot be read.
var errDamaged = errors.New("damaged processed articles")

// process answers "process": the value of a stored entry processed again
// (the page could not read the one it had), kept in the cache.
func (w *Worker) process(req Request, out *Response) error {
	if w.Pipeline == nil {
		return errors.New("this worker does not process articles")
	}
	s, e, err := w.entry(req.Entry)
	if err != nil {
		return err
	}
	r := RecordOf(e)
	if r.Text, err = w.files.Text(e); err != nil {
		return err
	}
	w.processRecord(&r)
	out.Bytes = []byte(r.Cached)
	w.saveFresh(s)
	return nil
}

// PackArticles packs articles and their values (as many of each) into one
// byte slice: for each, its ID, source, name, text and value as
// library.AppendField writes them, then its size (a uvarint).
func PackArticles(arts []corpus.Article, values [][]byte) []byte {
	size := 0
	for i, a := range arts {
		size += 6*binary.MaxVarintLen32 + len(a.ID) + len(a.Source) + len(a.Name) + len(a.Text) + len(values[i])
	}
	out := make([]byte, 0, size)
	for i, a := range arts {
		for _, s := range [...]string{a.ID, a.Source, a.Name, a.Text, string(values[i])} {
			out = library.AppendField(out, s)
		}
		out = binary.AppendUvarint(out, uint64(max(a.Size, 0)))
	}
	return out
}

// unpackSlice is how many articles UnpackArticlesFrom reads between
// pauses.
const unpackSlice = 500

// UnpackArticles reads what PackArticles packed.
func UnpackArticles(packed []byte) (arts []corpus.Article, values []string, err error) {
	return UnpackArticlesFrom(string(packed), nil)
}

// UnpackArticlesFrom is UnpackArticles of packed data given as a string
// (the articles' fields are parts of it), calling pause (when not nil)
// every unpackSlice articles: the page's thread reads a large bundle's
// answer (ten thousand articles, 27 MB) between frames.
func UnpackArticlesFrom(data string, pause func()) (arts []corpus.Article, values []string, err error) {
	for data != "" {
		if pause != nil && len(arts)%unpackSlice == unpackSlice-1 {
			pause()
		}
		var f [5]string
		for i := range f {
			var ok bool
			if f[i], data, ok = library.ReadField(data); !ok {
				return arts, values, errDamaged
			}
		}
		size, rest, ok := library.ReadUvarint(data)
		if !ok || size > 1<<40 {
			return arts, values, errDamaged
		}
		data = rest
		arts = append(arts, corpus.Article{ID: f[0], Source: f[1], Name: f[2], Text: f[3], Size: int(size)})
		values = append(values, f[4])
	}
	return arts, values, nil
}

// reclean answers "reclean": bundled articles (of the bundle last read)
// or stored entries cleaned again without their sites' template lines, the
// values packed in the order asked (an entry deleted meanwhile has an empty
// one). A bundled article's value is kept with
// the bundle's (the store is written once for all of them), so a later
// visit whose dossier has the same template lines cleans nothing again.
func (w *Worker) reclean(req Request, out *Response) error {
	if w.Pipeline == nil {
		return errors.New("this worker does not process articles")
	}
	if w.recleanFromSnapshot(req, out) {
		return nil
	}
	w.settleBundle()
	vals := make([][]byte, len(req.Recleans))
	b := w.bun
	var at map[string]int // bundled articles by ID
	if b != nil {
		at = make(map[string]int, len(b.arts))
		for i, a := range b.arts {
			at[a.ID] = i
		}
	}
	keep := false
	for i, rc := range req.Recleans {
		if j, ok := at[rc.Entry]; ok {
			k := recleanKey(rc)
			if v, ok := b.recleaned[k]; ok {
				vals[i] = v
				b.took(j, v)
				continue
			}
			vals[i] = w.Pipeline.Reclean(b.arts[j], "", rc.Lines)
			if b.recleaned == nil {
				b.recleaned = map[string][]byte{}
			}
			b.recleaned[k] = vals[i]
			b.took(j, vals[i])
			keep = true
			continue
		}
		_, e, err := w.entry(rc.Entry)
		if errors.Is(err, ErrGone) {
			continue // deleted meanwhile: no value (the page skips it), the others cleaned
		}
		if err != nil {
			return err
		}
		text, err := w.files.Text(e)
		if err != nil {
			return err
		}
		vals[i] = w.Pipeline.Reclean(corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: len(e.Raw), Text: text}, e.Hash, rc.Lines)
	}
	if keep && b.left == 0 {
		if b.snapSaved {
			w.saveRecleaned(b) // next to the whole answer too
		}
		if s, err := w.openStore(); err != nil {
			w.Warn("the pages cleaned again were not kept: " + err.Error())
		} else if err := s.SaveBundleValues(b.key, b.pack()); err != nil {
			w.Warn("the pages cleaned again were not kept: " + err.Error())
		}
	}
	out.Packed = PackedBytes(PackValues(vals))
	return nil
}

// recleanKey is the key of an article cleaned again without lines: its ID
// and the lines with their counts, in order.
func recleanKey(rc Reclean) string {
	lines := make([]string, 0, len(rc.Lines))
	for l := range rc.Lines {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	h := fnv.New128a()
	h.Write([]byte(rc.Entry))
	for _, l := range lines {
		h.Write([]byte{0})
		h.Write([]byte(l))
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(rc.Lines[l])))
	}
	return "reclean-" + hexstr.Encode(h.Sum(nil))
}
