package ui

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unsafe"

	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The bundled articles are processed by the library worker, off the page's
// thread (workerproto's "bundle"): the page asks for them chunk by chunk
// and only decodes each article's cache value, which is quick. The page
// carries no cleanup of its own (it would not fit the wasm's budget): an
// article whose value does not decode is asked for again ("process").

// bundleProgress is how far the bundled articles are processed: the
// documents made so far, in the bundle's order (a prefix of it), and the
// bundle's size.
type bundleProgress struct {
	docs        []doc
	done, total int
	err         error // the worker failed: docs is all there will be
	// first is when the first answer was decoded, with firstDone articles:
	// the rate since then says when the rest will be there (finishesBy).
	first     time.Time
	firstDone int
	url       string // the bundle's (the worker's stories are of it)
	// copies are the server's copies of the bundle's articles (see
	// workerproto.PackCopies), when the first answer brought them all.
	copies []int
}

// workerCall asks the library worker (libCall in the browser).
type workerCall func(workerproto.Request) (workerproto.Response, error)

// feedBundle sends the bundled articles' documents on out as the worker
// makes them, each time with every document so far, and closes out when
// all are made or the worker failed (then with the error). url is the
// bundle's URL: the worker reads it, the page does not.
func feedBundle(call workerCall, url string, userDates map[string]string, out chan<- bundleProgress) {
	defer close(out)
	var docs []doc
	var first time.Time
	firstDone, prev := 0, 0
	total, err := decodeFromWorker(call, url, userDates, func(more []doc, done, total int, copies []int) {
		docs = append(docs, more...)
		if first.IsZero() {
			first, firstDone = time.Now(), done
			markPhase("first-answer")
		}
		markShare(prev, done, total)
		prev = done
		out <- bundleProgress{docs: docs, done: done, total: total, first: first, firstDone: firstDone, url: url, copies: copies}
	})
	switch {
	case err != nil:
		// What is there is all there will be: nothing is still processing.
		out <- bundleProgress{docs: docs, done: total, total: total, err: fmt.Errorf("processing the articles: %w", err)}
	case total == 0:
		out <- bundleProgress{}
	}
}

// decodeFromWorker asks the worker for the bundle's articles processed,
// from the first on, and calls add with the documents of each answer,
// decoded, how many articles are done and how many the bundle has, and the
// server's copies of them all when the first answer brought them (nil
// otherwise, or when an article did not decode). An
// article whose value does not decode is left out. It returns the
// bundle's size, and an error, having added what it had, when the worker
// cannot answer.
func decodeFromWorker(call workerCall, url string, userDates map[string]string, add func(docs []doc, done, total int, copies []int)) (total int, err error) {
	head := doccache.Head(processVersion)
	type answer struct {
		res workerproto.Response
		err error
	}
	// The next answer is asked for before this one is decoded, so that the
	// worker processes while the page decodes.
	ask := func(from int) <-chan answer {
		ch := make(chan answer, 1)
		go func() {
			res, err := call(workerproto.Request{Op: workerproto.OpBundle, URL: url, Head: head, From: from})
			ch <- answer{res, err}
		}()
		return ch
	}
	markPhase("bundle-asked")
	// A repeat visit's page has the worker's answer kept: the worker is
	// asked all the same, so that it answers what follows from it, and its
	// answer, the same, is left.
	kept, haveKept := keptAnswer(url, head)
	if haveKept {
		markPhase("answer-kept")
	}
	next := ask(0)
	for from := 0; from == 0 || from < total; {
		a := answer{res: kept}
		if from > 0 || !haveKept {
			a = <-next
		}
		if from == 0 {
			markPhase("answer-in")
		}
		res, err := a.res, a.err
		if err != nil {
			return total, err
		}
		if from > 0 && res.Total != total {
			return total, errors.New("the bundle changed while it was read")
		}
		total = res.Total
		if total == 0 {
			return 0, nil
		}
		if res.Packed == nil {
			return total, errors.New("the worker sent no articles")
		}
		data := workerproto.PackedDataPaced(res.Packed, pause)
		if from == 0 {
			markPhase("answer-copied")
		}
		yieldToBrowser() // the copy was one long step: draw before reading it
		arts, vals, err := workerproto.UnpackArticlesFrom(ownedString(data), pause)
		if err != nil {
			return total, err
		}
		if from == 0 {
			markPhase("answer-unpacked")
		}
		if len(arts) == 0 || from+len(arts) > total {
			return total, errors.New("the worker sent no articles")
		}
		if from+len(arts) < total {
			next = ask(from + len(arts))
		}
		docs := make([]doc, 0, len(arts))
		for i, a := range arts {
			if d, ok := decodeDoc(a, "", vals[i], userDates[a.ID]); ok {
				docs = append(docs, d)
			} else {
				app.Log("could not read what the worker made of", a.Name)
			}
			pause()
		}
		var copies []int
		if from == 0 && res.Bytes != nil && len(docs) == total {
			copies, _ = workerproto.UnpackCopies(res.Bytes, total)
		}
		from += len(arts)
		add(docs, from, total, copies)
	}
	return total, nil
}

// ownedString returns b as a string without copying it: b is the page's
// own copy of a worker's answer, which nothing changes afterwards, and
// the strings read from it share its memory (copying the 27 MB answer of
// ten thousand articles again held the page's thread a tenth of a second).
func ownedString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// markShare marks (markPhase) the quarters of the bundle the page has
// received once an answer brought it from before to done of total.
func markShare(before, done, total int) {
	for q := 1; q <= 4; q++ {
		if at := total * q / 4; before < at && done >= at {
			markPhase("received-" + strconv.Itoa(25*q) + "%")
		}
	}
}
