package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// followBundle shows the bundled articles of a large dossier as the library
// worker processes them (see loadBundled): more of the list every
// publishInterval, the search index of what is there every indexInterval,
// and all of them, indexed, at the end. Everything is built between
// frames (pause) before it is published: on the timeline, its model, so
// that the page's render takes it instead of building it in one go.
func followBundle(ctx app.Context, more <-chan bundleProgress) {
	d := theDossier
	var last bundleProgress
	published, indexed := time.Now(), time.Now()
	if d.Index() == nil {
		// The first render showed the first articles unindexed: search
		// them at once, the rest as they come.
		d.IndexSoFar(pause)
		publishBuilt(ctx)
	}
	show := func(final bool) {
		if final {
			markPhase("all-decoded")
		}
		d.WarmCopyKeys(last.docs, pause)
		if final {
			markPhase("copy-keys")
			d.WarmCopies(last.docs, pause)
			markPhase("copies")
		}
		d.MoreBundled(last.docs, last.done, last.total)
		if final {
			markPhase("composed")
			d.ApplyTemplates(d.worker)
			markPhase("templates")
			d.askStories(last)
			d.Reindex(pause)
			markPhase("indexed")
		} else if indexSoFar(time.Since(indexed), onTimeline()) {
			d.IndexSoFar(pause)
			indexed = time.Now()
		}
		if onTimeline() {
			d.prebuildTimeline()
			if final {
				markPhase("timeline-model")
			}
		}
		d.prebuildLibrary()
		gen := d.Gen()
		ctx.Dispatch(func(ctx app.Context) {
			ctx.SetState(stateCorpus, gen)
			if final {
				markRoot(ctx, "data-dossier-processed", "1")
				ctx.Defer(func(app.Context) { loadDone() })
			}
		})
		published = time.Now()
	}
	shown := len(d.Docs())
	// progress tells the pages how far processing has come, without new
	// documents: on the timeline, whose model is made again for each new
	// set, a set is shown only once it has doubled (so making the models
	// costs at most about twice making the last), the counts meanwhile.
	progress := func() {
		d.SetProcessing(last.done, last.total)
		gen := d.Touch()
		ctx.Dispatch(func(ctx app.Context) { ctx.SetState(stateCorpus, gen) })
		published = time.Now()
	}
	for p := range more {
		p, closed := newest(p, more)
		last = p
		if p.err != nil {
			app.Log(p.err)
		}
		if closed {
			break
		}
		switch followStep(p, time.Since(published), onTimeline(), shown) {
		case stepCounts:
			progress()
		case stepShow:
			show(false)
			shown = len(last.docs)
		}
	}
	show(true)
}

// newest returns the newest progress there is, p or one already waiting
// on more, and whether more is closed: a page slower than the worker shows
// the newest documents, never those it has newer ones of (each showing
// makes the timeline again).
func newest(p bundleProgress, more <-chan bundleProgress) (bundleProgress, bool) {
	for {
		select {
		case q, ok := <-more:
			if !ok {
				return p, true
			}
			p = q
		default:
			return p, false
		}
	}
}

// A step of followBundle on the way: nothing, the counts, or the documents.
const (
	stepWait = iota
	stepCounts
	stepShow
)

// followStep is what followBundle does with progress p, since seconds
// after it last published, shown documents on screen: the last progress
// (every article there) waits for the final show, which follows at once
// (showing it first would make the whole timeline twice).
func followStep(p bundleProgress, since time.Duration, timeline bool, shown int) int {
	interval := publishInterval
	if timeline {
		interval = timelineInterval
	}
	switch {
	case p.done >= p.total || since < interval:
		return stepWait
	case timeline && len(p.docs) < timelineGrowth*shown:
		return stepCounts
	}
	return stepShow
}

// indexSoFar reports whether followBundle, showing more documents since
// seconds after it last indexed, indexes them: every indexInterval, but
// not on the timeline, which does not search them (the library does, and
// the first showing there indexes them); there the page's thread is better
// spent taking the worker's next articles, and the documents are indexed
// once, when they are all there.
func indexSoFar(since time.Duration, timeline bool) bool {
	return !timeline && since > indexInterval
}

// timelineGrowth is how many times larger a set of documents must be than
// the one the timeline shows before the timeline shows it while the
// worker is still processing.
const timelineGrowth = 2

// publishBuilt tells every page that the articles changed, as publish
// does, from a goroutine that may pause: the timeline's model of the new
// generation, or the library's list, is made first, between frames, for the
// page to take.
func publishBuilt(ctx app.Context) {
	d := theDossier
	gen := d.Touch()
	d.prebuildPages()
	ctx.SetState(stateCorpus, gen) // directly: see publish
}

// How often followBundle shows more articles (on the timeline, whose model
// is built again each time, less often), and indexes them.
const (
	publishInterval  = 700 * time.Millisecond
	timelineInterval = 3 * time.Second
	indexInterval    = 3 * time.Second
)

// onTimeline reports whether the timeline page is on screen.
func onTimeline() bool {
	return app.IsClient && appPath(app.Window().Get("location").Get("pathname").String()) == PathTimeline
}
