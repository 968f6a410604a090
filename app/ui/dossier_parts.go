package ui

import (
	"strings"
	"sync"
	"time"

	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The smaller parts of the dossier's state, each behind its own lock: they
// change on their own, not with the articles.

// preload is what LoadBundled loaded before the app's first render; the
// first handleLoadCorpus takes it.
type preload struct {
	mu       sync.Mutex
	b        *bundled
	userRecs <-chan userRecords // the library worker's answer, on its way
}

// put keeps what LoadBundled loaded.
func (p *preload) put(b *bundled, userRecs <-chan userRecords) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.b, p.userRecs = b, userRecs
}

// takeBundled returns the bundled articles LoadBundled loaded, once; nil if
// it did not run.
func (p *preload) takeBundled() *bundled {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.b
	p.b = nil
	return b
}

// takeUserRecords returns the library worker's answer LoadBundled asked
// for, once; nil if it did not ask.
func (p *preload) takeUserRecords() <-chan userRecords {
	p.mu.Lock()
	defer p.mu.Unlock()
	r := p.userRecs
	p.userRecs = nil
	return r
}

// timelineCache keeps the timeline's clustering, which depends on the
// texts only (setting a date does not recompute it), and a model made
// ahead of the page that shows it.
type timelineCache struct {
	mu    sync.Mutex
	key   string
	of    map[string]int
	cls   []view.Cluster
	gen   int         // the documents' generation (DocsOf) built was made of
	built *view.Model // handed out once
	store keptStore   // keeps a large dossier's clustering between visits, or nil
	// offered is the library worker's clustering to come (askStories).
	offered offeredStories
}

// clusters returns the cached clustering of the documents with the given
// IDs key, or makes it with make.
func (c *timelineCache) clusters(key string, make func() (map[string]int, []view.Cluster)) (map[string]int, []view.Cluster) {
	c.mu.Lock()
	if c.key == key && c.of != nil {
		of, cls := c.of, c.cls
		c.mu.Unlock()
		return of, cls
	}
	c.mu.Unlock()
	of, cls := make()
	c.mu.Lock()
	c.key, c.of, c.cls = key, of, cls
	c.mu.Unlock()
	return of, cls
}

// keep keeps m, the model of the documents' generation gen, for the page.
func (c *timelineCache) keep(gen int, m *view.Model) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen, c.built = gen, m
}

// made reports whether a model of generation gen was kept, even if the
// page has taken it since.
func (c *timelineCache) made(gen int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen == gen && gen > 0
}

// take returns the kept model if it is of generation gen, once.
func (c *timelineCache) take(gen int) *view.Model {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.built
	c.built = nil
	if m != nil && c.gen == gen {
		return m
	}
	return nil
}

// pacer shares slices of the page's thread between the loops that pause
// (see pause).
type pacer struct {
	mu    sync.Mutex
	start time.Time // when the current slice began
}

// shownImport is the import page on screen, if any (it shows progress).
type shownImport struct {
	mu   sync.Mutex
	page *importPage
	ctx  app.Context // the page's own context: updates through it re-render the page
}

// set makes p, with its context, the page on screen.
func (s *shownImport) set(p *importPage, ctx app.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.page, s.ctx = p, ctx
}

// clear forgets p if it is the page on screen.
func (s *shownImport) clear(p *importPage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.page == p {
		s.page, s.ctx = nil, app.Context{}
	}
}

// get returns the page on screen and its context (nil when none is).
func (s *shownImport) get() (*importPage, app.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.page, s.ctx
}

// onces are what a page load does or reads once.
type onces struct {
	updates    sync.Once // the update notice's watch
	prefixOnce sync.Once
	prefix     string // the root prefix, in the browser
}

// rootPrefix returns GOAPP_ROOT_PREFIX, read once (see rootPrefix).
func (o *onces) rootPrefix() string {
	o.prefixOnce.Do(func() { o.prefix = strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") })
	return o.prefix
}
