package ui

import (
	"fmt"

	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/timeline"
	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The story clustering of a large dossier costs the page's thread seconds
// (the costliest part of its timeline): once the library worker has
// processed the whole bundle, the page asks it to cluster (workerproto's
// "stories") and goes on indexing meanwhile; the timeline's model takes
// the worker's stories when they are of its documents (clustersOf).

// storiesAnswer is the worker's clustering, as view.Clusters gives one,
// or why there is none.
type storiesAnswer struct {
	of  map[string]int
	cls []view.Cluster
	err error
}

// offeredStories is a clustering the worker makes: of the documents with
// key (docsKey), coming on ch.
type offeredStories struct {
	key string
	ch  <-chan storiesAnswer
}

// askStories has the worker cluster the bundle, all processed, whose
// documents p brings (all of them, decoded), for the timeline's model.
// A small dossier clusters on the page in a moment: it is not asked.
func (d *dossier) askStories(p bundleProgress) {
	if d.worker == nil || p.url == "" || p.total < keepClustersFrom || len(p.docs) != p.total {
		return
	}
	ch := make(chan storiesAnswer, 1)
	d.timeline.offer(offeredStories{key: docsKey(p.docs), ch: ch})
	ids := make([]string, len(p.docs))
	for i, x := range p.docs {
		ids[i] = x.ID
	}
	call := d.worker
	go func() {
		res, err := call(workerproto.Request{Op: workerproto.OpStories, URL: p.url, Head: doccache.Head(processVersion)})
		if err == nil {
			err = res.Err
		}
		if err != nil {
			ch <- storiesAnswer{err: err}
			return
		}
		of, cls, err := storiesOf(res.Packed.PackedData(), ids)
		ch <- storiesAnswer{of, cls, err}
	}()
}

// storiesOf reads the worker's stories of the articles with ids (by
// index), as view.Clusters gives them.
func storiesOf(packed []byte, ids []string) (map[string]int, []view.Cluster, error) {
	stories, err := workerproto.UnpackStories(packed, len(ids))
	if err != nil {
		return nil, nil, err
	}
	cs := make([]timeline.Cluster, len(stories))
	for i, s := range stories {
		cs[i].Label = s.Label
		cs[i].DocIDs = make([]string, len(s.Members))
		for k, m := range s.Members {
			cs[i].DocIDs[k] = ids[m]
		}
	}
	of, cls := view.ClustersOf(cs)
	if len(of) != len(ids) {
		return nil, nil, fmt.Errorf("the worker's stories have %d of the %d articles", len(of), len(ids))
	}
	return of, cls, nil
}

// offer keeps the worker's clustering to come, replacing any before.
func (c *timelineCache) offer(o offeredStories) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offered = o
}

// fromWorker waits for the worker's clustering of the documents with key,
// when one was offered (once), and returns it.
func (c *timelineCache) fromWorker(key string) (map[string]int, []view.Cluster, bool) {
	c.mu.Lock()
	o := c.offered
	if o.key == key {
		c.offered = offeredStories{}
	}
	c.mu.Unlock()
	if o.ch == nil || o.key != key {
		return nil, nil, false
	}
	a := <-o.ch
	if a.err != nil {
		app.Log("the stories are made here:", a.err)
		return nil, nil, false
	}
	return a.of, a.cls, true
}
