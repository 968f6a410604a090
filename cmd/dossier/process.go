//go:build !wasm

package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/ui"
)

// processing is the server's work on its articles, done in the background
// while it already answers: pages prerendered meanwhile say how much is
// ready (ui.SetProgress), and once every article is processed the
// prerenderer gets them all (ui.SetDocs).
type processing struct {
	total int
	done  atomic.Int64
	// ready is closed once the prerenderer has the processed articles
	// (and the cache, if any, has them too).
	ready chan struct{}
	// fromCache counts the articles read from the cache, took the time
	// from the start to ready.
	fromCache int
	took      time.Duration
}

// current is the site whose articles the prerenderer shows: a site
// started later replaces it, and the processing of an earlier one then
// finishes without touching the prerenderer (tests start several).
var current struct {
	sync.Mutex
	s *site
}

// processGate, when set (by tests), is called before each article is
// processed, with its index in the bundle: it holds processing back so a
// test can see the server answer meanwhile.
type processGate func(i int)

// startProcessing processes the site's articles in the background once
// the bundle is encoded, opt.workers at a time, reusing the results the
// cache has for the same content and pipeline version and saving the new
// ones to it.
func (s *site) startProcessing(opt siteOptions) {
	cache, gate := opt.cache, opt.gate
	arts := s.bundle.Articles
	p := &processing{total: len(arts), ready: make(chan struct{})}
	s.proc = p
	current.Lock()
	current.s = s
	ui.SetProgress(p.progress)
	current.Unlock()
	go func() {
		t0 := time.Now()
		// The browser needs the bundle more than the prerenderer needs
		// the articles: it is made first (encodeBundle).
		<-s.bundled
		docs, fresh := p.run(arts, cache, gate, opt.workers)
		current.Lock()
		if current.s == s {
			ui.SetDocs(docs)
		}
		current.Unlock()
		if !opt.noPrebuilt {
			s.prebuilt, s.prebuiltGzip = s.prebuiltValues(docs)
		}
		p.took = time.Since(t0)
		if cache != nil && fresh {
			cache.save(docs)
		}
		close(p.ready)
	}()
}

// progress reports how many articles are processed, of how many.
func (p *processing) progress() (done, total int) {
	return int(p.done.Load()), p.total
}

// wait blocks until the prerenderer has the processed articles.
func (p *processing) wait() { <-p.ready }

// run processes arts, the cache's results first, workers at a time (0: one
// per processor), and reports whether any article had to be processed
// afresh.
func (p *processing) run(arts []corpus.Article, cache *procCache, gate processGate, workers int) ([]article.Doc, bool) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	docs := make([]article.Doc, len(arts))
	hit := make([]bool, len(arts))
	if cache != nil {
		known := cache.load()
		for i, a := range arts {
			if d, ok := known.find(a); ok {
				docs[i], hit[i] = d, true
				p.fromCache++
				p.done.Add(1)
			}
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(arts)-p.fromCache)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(arts) {
					return
				}
				if hit[i] {
					continue
				}
				if gate != nil {
					gate(i)
				}
				docs[i] = article.Process(arts[i], "")
				p.done.Add(1)
			}
		}()
	}
	wg.Wait()
	return docs, p.fromCache < len(arts)
}
