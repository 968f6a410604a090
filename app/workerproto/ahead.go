package workerproto

import (
	"strconv"
	"time"
)

// Between the page's "bundle" requests the worker processes ahead: the
// page asks for the next chunk only once it has the last one, and its
// thread, busy rendering, indexing or decoding, may take that answer
// hundreds of milliseconds late. Meanwhile the worker makes the values the
// next request will bring (Ahead, WorkAhead), in slices short enough that
// a request waits little behind one; the browser's glue yields to the
// event loop between slices, so that requests come in. It does so only
// for a bundle the page has asked for and is still reading, on the part
// of it that is not the helper's.

// Ahead reports whether the worker has articles to process ahead: the
// page is reading a bundle (it asked for it) and articles below the
// helper's are still to be made.
func (w *Worker) Ahead() bool {
	b := w.bun
	return w.Pipeline != nil && b != nil && b.asked && b.left > 0 && b.nextAhead() < b.top
}

// WorkAhead processes articles ahead (see Ahead) for about d, at least
// one, taking the helper's results as it goes.
func (w *Worker) WorkAhead(d time.Duration) {
	if !w.Ahead() {
		return
	}
	b := w.bun
	start := time.Now()
	for n := 0; n == 0 || time.Since(start) < d; n++ {
		w.helped()
		i := b.nextAhead()
		b.pos = i
		w.feedHelper(b)
		if i >= b.top || b.left == 0 {
			break // the rest is the helper's
		}
		b.values[i] = w.Pipeline.Process(b.arts[i], "")
		b.left--
		b.madeAhead++
	}
	w.noteDone(b)
}

// nextAhead is the first article not made yet from where the worker last
// looked (the values made are never unmade).
func (b *bundleState) nextAhead() int {
	for b.ahead < len(b.values) && b.values[b.ahead] != nil {
		b.ahead++
	}
	return b.ahead
}

// waitedSince notes that the worker answered a chunk of b with articles
// still to make: the time until the next request is the page's.
func (b *bundleState) waitedSince(t time.Time) {
	if b.left > 0 {
		b.answered = t
	}
}

// noteDone marks, once, that every value of b is made, with how long the
// page took in all to ask again after an answer (what the worker would
// have idled without working ahead) and how many articles it made ahead:
// "w-processed-waited-<ms>-ahead-<count>".
func (w *Worker) noteDone(b *bundleState) {
	if b.left == 0 && !b.doneMarked {
		b.doneMarked = true
		w.Mark("w-processed-waited-" + strconv.Itoa(int(b.waited/time.Millisecond)) + "-ahead-" + strconv.Itoa(b.madeAhead))
	}
}
