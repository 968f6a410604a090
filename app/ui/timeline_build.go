package ui

import (
	"github.com/dossierapp/dossier/app/timeline/view"
	"strings"
	"sync"

	"github.com/dossierapp/dossier/app/timeline"
)

// clusterCache keeps the last clustering: it depends on the texts only, so
// setting a date does not recompute it.
var clusterCache struct {
	key string
	of  map[string]int
	cls []view.Cluster
}

// clustersOf clusters the documents (cached by their IDs), calling pause
// between units of work.
func clustersOf(docs []doc, pause func()) (map[string]int, []view.Cluster) {
	var kb strings.Builder
	for _, d := range docs {
		kb.WriteString(d.ID)
		kb.WriteByte(0)
	}
	if clusterCache.key == kb.String() && clusterCache.of != nil {
		return clusterCache.of, clusterCache.cls
	}
	tds := make([]timeline.Doc, len(docs))
	for i, d := range docs {
		tds[i] = timeline.DocOf(d.ID, d.Result, "")
		tds[i].Title = d.DisplayTitle()
		pause()
	}
	of, cls := view.Clusters(tds, pause)
	clusterCache.key, clusterCache.of, clusterCache.cls = kb.String(), of, cls
	return of, cls
}

// buildModel makes the timeline of the loaded documents, calling pause
// between articles. The page passes noPause: it builds in go-app's event
// handlers, and a click the browser took during a pause there would be
// dispatched through an element the handler's update then replaces, and
// lost. Only prebuildTimeline, before the first mount, lets the page draw.
func buildModel(docs []doc, pause func()) *view.Model {
	of, cls := clustersOf(docs, pause)
	pause()
	m := view.NewModel(cls, readerLink)
	for _, d := range docs {
		m.Add(view.Article{
			ID: d.ID, Title: d.DisplayTitle(), Date: d.EffectiveDate(), UserDate: d.UserDate,
			Stated: d.Date != "", Cluster: of[d.ID],
		}, d.Events)
		pause()
	}
	m.Index()
	return m
}

// builtModel is a timeline model made ahead of the page that shows it,
// with the corpus generation it was made of.
var builtModel struct {
	sync.Mutex
	gen int
	m   *view.Model
}

// prebuildTimeline makes the timeline model of the loaded documents while
// the page can still draw between articles: LoadBundled calls it when the
// app opens on the timeline, so that the page's first mount, which runs in
// one go, takes the model rather than making it.
func prebuildTimeline() {
	docs, loaded, _ := documents()
	if !loaded {
		return
	}
	gen := storeGen()
	m := buildModel(docs, pause)
	builtModel.Lock()
	builtModel.gen, builtModel.m = gen, m
	builtModel.Unlock()
}

// timelineModel returns the model of docs, of corpus generation gen: the
// prebuilt one when it is of that generation (it is handed out once), else
// a new one.
func timelineModel(docs []doc, gen int) *view.Model {
	builtModel.Lock()
	m := builtModel.m
	ok := m != nil && builtModel.gen == gen
	builtModel.m = nil
	builtModel.Unlock()
	if ok {
		return m
	}
	return buildModel(docs, noPause)
}

// noPause is a pause that never yields.
func noPause() {}

// readerLink is the reader's address of an article.
func readerLink(id string) string { return link(ReaderPath(id)) }

// articleEventHref links an event to its sentence in the reader.
func articleEventHref(e timeline.Event) string { return view.EventHref(readerLink(e.DocID), e) }
