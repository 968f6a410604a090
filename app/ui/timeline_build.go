package ui

import (
	"github.com/dossierapp/dossier/app/timeline/view"

	"github.com/dossierapp/dossier/app/timeline"
)

// clustersOf clusters the documents (cached by their IDs, docsKey: the
// clustering depends on the texts only, so setting a date does not
// recompute it), calling pause between units of work; keep says whether a
// large dossier's clustering may be kept for the next visit.
func (c *timelineCache) clustersOf(docs []doc, pause func(), keep bool) (map[string]int, []view.Cluster) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	key := docsKey(docs)
	return c.clusters(key, func() (map[string]int, []view.Cluster) {
		if of, cls, ok := loadClusters(c.store, key, ids); ok {
			return of, cls
		}
		if of, cls, ok := c.fromWorker(key); ok {
			if keep && len(docs) >= keepClustersFrom {
				saveClusters(c.store, key, ids, of, cls)
			}
			return of, cls
		}
		tds := make([]timeline.Doc, len(docs))
		for i, d := range docs {
			tds[i] = timeline.DocOf(d.ID, d.Result, "")
			tds[i].Title = d.DisplayTitle()
			pause()
		}
		of, cls := view.Clusters(tds, pause)
		if keep && len(docs) >= keepClustersFrom {
			saveClusters(c.store, key, ids, of, cls)
		}
		return of, cls
	})
}

// keepClustersFrom is the fewest articles whose clustering is kept
// between visits: a small dossier clusters in a moment.
const keepClustersFrom = 500

// storiesLater is the one "story" of a timeline drawn while the bundled
// articles are still processing: a clustering of the articles there so
// far would cost the page's thread seconds on a large dossier (repeated
// as the set grows, each thrown away) and would change as they come; the
// stories are made, once, of them all (by the worker: askStories).
const storiesLater = "stories once every article is processed"

// pendingStories puts every document in the one story storiesLater, in
// the grey of the stories past the palette.
func pendingStories(docs []doc) (map[string]int, []view.Cluster) {
	of := make(map[string]int, len(docs))
	for _, d := range docs {
		of[d.ID] = 0
	}
	return of, []view.Cluster{{Label: storiesLater, Size: len(docs), Color: view.PaletteSize}}
}

// buildModel makes the timeline of the loaded documents, calling pause
// between articles; while bundled articles are still processing
// (processing), its articles are in no story yet (pendingStories). A copy
// of another article's story (copyOf, as clean.CopyOf gives it; nil: none)
// adds only what its original lacks (copyEvents). The page passes noPause: it builds in go-app's event
// handlers, and a click the browser took during a pause there would be
// dispatched through an element the handler's update then replaces, and
// lost. Only prebuildTimeline, before the first mount, lets the page draw.
func (c *timelineCache) buildModel(docs []doc, copyOf []int, pause func(), keep, processing bool) *view.Model {
	var of map[string]int
	var cls []view.Cluster
	if processing {
		of, cls = pendingStories(docs)
	} else {
		of, cls = c.clustersOf(docs, pause, keep)
		markPhase("clusters")
	}
	pause()
	m := view.NewModel(cls, readerLink)
	events := 0
	for _, d := range docs {
		events += len(d.Events)
	}
	m.Grow(len(docs), events)
	for i, d := range docs {
		events, shown := copyEvents(docs, copyOf, i)
		if !shown {
			continue
		}
		m.Add(view.Article{
			ID: d.ID, Title: d.DisplayTitle(), Date: d.EffectiveDate(), UserDate: d.UserDate,
			Stated: d.Date != "", Cluster: of[d.ID],
		}, events)
		pause()
	}
	pause() // the axes' sorting is a step of its own
	m.Index()
	return m
}

// prebuildTimeline makes the timeline model of the loaded documents while
// the page can still draw between articles: LoadBundled calls it when the
// app opens on the timeline, so that the page's first mount, which runs in
// one go, takes the model rather than making it.
func (d *dossier) prebuildTimeline() {
	if st, _ := d.Status(); st != statusReady {
		return
	}
	docs, gen := d.DocsOf()
	if d.timeline.made(gen) {
		return // the documents did not change since (only the index did)
	}
	d.timeline.keep(gen, d.timeline.buildModel(docs, d.copiesAt(gen), pause, d.allProcessed(), !d.allProcessed()))
}

// timelineModel returns the model of docs, of documents' generation gen (DocsOf): the
// prebuilt one when it is of that generation (it is handed out once), else
// a new one.
func (d *dossier) timelineModel(docs []doc, gen int) *view.Model {
	if m := d.timeline.take(gen); m != nil {
		return m
	}
	return d.timeline.buildModel(docs, d.copiesAt(gen), noPause, d.allProcessed(), !d.allProcessed())
}

// allProcessed reports whether every bundled article is processed: only
// then is a clustering kept for the next visit (see clustersOf).
func (d *dossier) allProcessed() bool {
	done, total := d.Processing()
	return done >= total
}

// noPause is a pause that never yields.
func noPause() {}

// readerLink is the reader's address of an article.
func readerLink(id string) string { return link(ReaderPath(id)) }

// articleEventHref links an event to its sentence in the reader.
func articleEventHref(e timeline.Event) string { return view.EventHref(readerLink(e.DocID), e) }
