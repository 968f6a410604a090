package workerproto

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/library"
)

// A large bundle is processed on two cores: the worker hands batches of
// its articles, from the last one down, to a helper (in the browser a
// second worker running the same pipeline, cmd/dossier's pipeline role)
// while it processes them from the first one up itself, as the page asks.
// The helper's values come back as batches (Worker.Helped) and are kept
// as the worker's own: the page receives them in order, the store keeps
// them once they are all there. When the two meet, the worker waits for
// the helper's last batches; when the helper fails or falls silent, the
// worker processes what it had handed over itself.

// Helper is a second processor of the article pipeline.
type Helper interface {
	// Send asks for the values of a batch of articles, processed as
	// Pipeline.Process does for a bundled article; it must not block.
	Send(b HelperBatch)
	// Done delivers the values of the batches sent, each once, in any
	// order; a result with an error and no ID (0) says the helper failed.
	Done() <-chan HelperResult
	// Stop ends the helper once it has nothing to do; a later Send starts
	// it again.
	Stop()
}

// HelperBatch is a batch of articles a Helper processes.
type HelperBatch struct {
	ID       int // from 1 up
	Articles []corpus.Article
}

// HelperResult is the values of a HelperBatch, one by article in order,
// or the error that stopped the helper.
type HelperResult struct {
	ID     int
	Values [][]byte
	Err    error
}

// How a bundle is shared with the helper: a batch's size (a few hundred
// milliseconds of processing), how many batches are handed over before
// their values are back (so the helper never waits for the worker), the
// smallest bundle worth a helper (one that starts in a second or two), and
// how long the worker waits for a batch it needs before it gives up on the
// helper and processes the rest itself.
const (
	helperBatch = 64
	helperAhead = 3
	helperMin   = 4 * helperBatch
)

// helperTimeout: see helperBatch (a variable for the tests).
var helperTimeout = 20 * time.Second

// helping is the state of the worker's helper.
type helping struct {
	next   int               // the last batch ID used
	out    map[int]helpBatch // the batches sent, not answered
	failed bool              // the helper failed: the worker does without it
}

// helpBatch is a batch handed to the helper: its bundle and the
// articles' indices there.
type helpBatch struct {
	b   *bundleState
	idx []int
}

// feedHelper hands the helper batches of b's articles, from the top down,
// until helperAhead are out, as long as they stay clear of where the
// worker processes (b.pos) by a batch.
func (w *Worker) feedHelper(b *bundleState) {
	if w.Helper == nil || w.help.failed || b != w.bun || len(b.arts) < helperMin {
		return
	}
	for len(w.help.out) < helperAhead && b.forHelper() {
		var idx []int
		for i := b.top - helperBatch; i < b.top; i++ {
			if b.values[i] == nil {
				idx = append(idx, i)
			}
		}
		b.top -= helperBatch
		if len(idx) == 0 {
			continue
		}
		arts := make([]corpus.Article, len(idx))
		for k, i := range idx {
			arts[k] = b.arts[i]
		}
		if w.help.out == nil {
			w.help.out = map[int]helpBatch{}
		}
		w.help.next++
		w.help.out[w.help.next] = helpBatch{b, idx}
		w.Helper.Send(HelperBatch{ID: w.help.next, Articles: arts})
	}
}

// forHelper reports whether b has a batch for the helper: articles below
// its top and clear of the worker's position by a batch.
func (b *bundleState) forHelper() bool { return b.top-helperBatch >= b.pos+helperBatch }

// Helped takes a result of the helper: the batch's values become the
// worker's, and the helper gets another batch. The browser's glue calls it
// when a result arrives between requests; the worker itself while it
// processes.
func (w *Worker) Helped(r HelperResult) {
	hb, ok := w.help.out[r.ID]
	if r.Err != nil || (ok && len(r.Values) != len(hb.idx)) {
		if !w.help.failed {
			msg := "the wrong number of values"
			if r.Err != nil {
				msg = r.Err.Error()
			}
			w.Warn("the second pipeline worker failed, one does it all: " + msg)
		}
		w.dropHelper()
		return
	}
	if !ok {
		return // a batch given up on
	}
	delete(w.help.out, r.ID)
	for k, i := range hb.idx {
		if hb.b.values[i] == nil {
			v := r.Values[k]
			if v == nil {
				v = []byte{}
			}
			hb.b.values[i] = v
			hb.b.left--
		}
	}
	w.feedHelper(hb.b)
	if len(w.help.out) == 0 && (w.bun == nil || w.bun.left == 0 || !w.bun.forHelper()) {
		w.Helper.Stop()
	}
}

// dropHelper gives up on the helper: the worker processes the batches
// still out itself.
func (w *Worker) dropHelper() {
	w.help.failed, w.help.out = true, nil
	if w.Helper != nil {
		w.Helper.Stop()
	}
}

// helped takes the helper's results that are there, without waiting.
func (w *Worker) helped() {
	if w.Helper == nil {
		return
	}
	for {
		select {
		case r := <-w.Helper.Done():
			w.Helped(r)
		default:
			return
		}
	}
}

// awaitHelper waits for the value of b's article i, which the helper has:
// it takes the helper's results until that one, or gives up on the helper
// after helperTimeout without any.
func (w *Worker) awaitHelper(b *bundleState, i int) {
	for b.values[i] == nil && !w.help.failed && len(w.help.out) > 0 {
		select {
		case r := <-w.Helper.Done():
			w.Helped(r)
		case <-time.After(helperTimeout):
			w.Warn("the second pipeline worker does not answer, one does it all")
			w.dropHelper()
		}
	}
}

// PackBatch packs a batch for the helper: its ID (a uvarint), then its
// articles as PackArticles packs them, without values.
func PackBatch(b HelperBatch) []byte {
	return append(binary.AppendUvarint(nil, uint64(b.ID)), PackArticles(b.Articles, make([][]byte, len(b.Articles)))...)
}

// UnpackBatch reads what PackBatch packed.
func UnpackBatch(packed []byte) (HelperBatch, error) {
	id, rest, ok := library.ReadUvarint(string(packed))
	if !ok || id > 1<<40 {
		return HelperBatch{}, errDamaged
	}
	arts, _, err := UnpackArticles([]byte(rest))
	return HelperBatch{ID: int(id), Articles: arts}, err
}

// PackResult packs a helper's result: its ID (a uvarint), its error's
// message ("" for none) as library.AppendField writes it, then its values
// as PackValues packs them.
func PackResult(r HelperResult) []byte {
	msg := ""
	if r.Err != nil {
		msg = r.Err.Error()
	}
	out := library.AppendField(binary.AppendUvarint(nil, uint64(r.ID)), msg)
	return append(out, PackValues(r.Values)...)
}

// UnpackResult reads what PackResult packed.
func UnpackResult(packed []byte) (HelperResult, error) {
	id, rest, ok := library.ReadUvarint(string(packed))
	if !ok || id > 1<<40 {
		return HelperResult{}, errDamaged
	}
	msg, rest, ok := library.ReadField(rest)
	if !ok {
		return HelperResult{}, errDamaged
	}
	r := HelperResult{ID: int(id)}
	if msg != "" {
		r.Err = errors.New(msg)
		return r, nil
	}
	vals, err := UnpackValues([]byte(rest))
	for _, v := range vals {
		r.Values = append(r.Values, []byte(v))
	}
	return r, err
}
