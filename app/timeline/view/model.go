package view

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
)

// The timeline's data: the articles and their resolved events, indexed on two
// axes (articles by publication date, events by their dates), the story
// clusters with their colours, and the undated tray. It is rebuilt when the
// corpus or a date the reader set changes, never per frame.

// Article is an article as the timeline shows it.
type Article struct {
	ID, Title string
	Date      string // effective publication date, "" when undated
	UserDate  string // the date the reader set, if any
	Stated    bool   // the text states its date
	Cluster   int    // index into Model.Clusters
	// Unresolved are the relative expressions waiting for a date, with
	// their sentences.
	Unresolved []timeline.Event
	Events     int    // resolved events
	Href       string // the reader, escaped for HTML
}

// Event is a resolved event.
type Event struct {
	Art   int // index into Model.Arts
	Ev    timeline.Event
	Span  timeline.Span
	Label string // short text for the axis
	Href  string // the sentence in the reader, escaped for HTML
}

// Cluster is a story and its colour class.
type Cluster struct {
	Label string
	Size  int
	Color int // palette index, PaletteSize for "other"
}

// PaletteSize is the number of distinct story colours (CSS .c0 … .c7); other
// stories share .c8.
const PaletteSize = 8

// Model is the timeline of a set of articles, made by NewModel (or
// Synthetic), Add and Index.
type Model struct {
	// reader is the reader's address of an article
	reader    func(id string) string
	Arts      []Article
	Events    []Event
	Clusters  []Cluster
	ArtAxis   *timeline.Axis // Ref indexes Arts
	EventAxis *timeline.Axis // Ref indexes Events
	Bounds    timeline.Span
	HasData   bool
	// EventOrder is Events in date order (the event axis's order), for the list
	// and keyboard navigation; EventPos is its inverse.
	EventOrder []int
	EventPos   []int
	// Undated and UserDated are the tray's articles (indexes into Arts).
	Undated, UserDated []int
	Synthetic          int
	folds              folding
}

// folding is the case-folded titles and sentences the query matches (by
// index in Arts and Events): made at the first query, or ahead of it by
// Fold, not by Add (folding every sentence is a large part of making the
// model, and the timeline is drawn before anyone types a query).
type folding struct {
	mu             sync.Mutex
	made           bool
	titles, events []string
}

// NewModel returns an empty model of the given stories; reader gives the
// reader's address of an article.
func NewModel(clusters []Cluster, reader func(id string) string) *Model {
	return &Model{Clusters: clusters, reader: reader}
}

// Clusters Clusters the documents into stories, calling pause between
// units of work; it returns each document's story (by ID) and the stories.
func Clusters(docs []timeline.Doc, pause func()) (map[string]int, []Cluster) {
	return ClustersOf(timeline.ClustersPaced(docs, pause))
}

// ClustersOf is the timeline's view of stories made (timeline.Clusters),
// as Clusters returns it.
func ClustersOf(cs []timeline.Cluster) (map[string]int, []Cluster) {
	of := map[string]int{}
	cls := make([]Cluster, len(cs))
	for i, c := range cs {
		cls[i] = Cluster{Label: c.Label, Size: len(c.DocIDs), Color: min(i, PaletteSize)}
		for _, id := range c.DocIDs {
			of[id] = i
		}
	}
	return of, cls
}

// Synthetic makes a timeline of n generated articles (?synthetic=n).
func Synthetic(n int, reader func(id string) string) *Model {
	m := &Model{Synthetic: n, reader: reader}
	for c := 0; c < timeline.SyntheticClusters; c++ {
		m.Clusters = append(m.Clusters, Cluster{Label: fmt.Sprintf("synthetic story %d", c+1), Color: min(c, PaletteSize)})
	}
	for _, d := range timeline.Synthetic(n) {
		m.Clusters[d.Cluster].Size++
		m.Add(Article{ID: d.ID, Title: d.Title, Date: d.Date, Stated: d.Date != "", Cluster: d.Cluster}, d.Events)
	}
	m.Index()
	return m
}

// Grow makes room for arts more articles and events more events, so that
// adding a large dossier's articles does not copy the model again and again.
func (m *Model) Grow(arts, events int) {
	m.Arts = slices.Grow(m.Arts, arts)
	m.Events = slices.Grow(m.Events, events)
}

// Add adds an article and its events (Index must follow).
func (m *Model) Add(a Article, events []timeline.Event) {
	ai := len(m.Arts)
	m.folds.mu.Lock()
	m.folds.made, m.folds.titles, m.folds.events = false, nil, nil
	m.folds.mu.Unlock()
	ref := m.reader(a.ID)
	a.Href = html.EscapeString(ref)
	for _, e := range events {
		sp, ok := e.Span()
		if !ok {
			if e.Relative && !e.Resolved {
				a.Unresolved = append(a.Unresolved, e)
			}
			continue
		}
		a.Events++
		m.Events = append(m.Events, Event{Art: ai, Ev: e, Span: sp, Label: e.Text, Href: html.EscapeString(EventHref(ref, e))})
	}
	m.Arts = append(m.Arts, a)
	if a.Date == "" {
		m.Undated = append(m.Undated, ai)
	} else if a.UserDate != "" && !a.Stated {
		m.UserDated = append(m.UserDated, ai)
	}
}

// Index builds the axes.
func (m *Model) Index() {
	var arts []timeline.Item
	for i, a := range m.Arts {
		if sp, ok := timeline.SpanOf(a.Date, dates.PrecisionDay); ok {
			arts = append(arts, timeline.Item{Span: sp, Kind: timeline.KindArticle, Ref: i})
		}
	}
	evs := make([]timeline.Item, len(m.Events))
	for i, e := range m.Events {
		evs[i] = timeline.Item{Span: e.Span, Kind: timeline.KindEvent, Ref: i}
	}
	m.ArtAxis = timeline.NewAxis(arts)
	m.EventAxis = timeline.NewAxis(evs)
	m.EventOrder = make([]int, m.EventAxis.Len())
	m.EventPos = make([]int, len(m.Events))
	for p := range m.EventOrder {
		r := m.EventAxis.Item(p).Ref
		m.EventOrder[p] = r
		m.EventPos[r] = p
	}
	b1, ok1 := m.ArtAxis.Bounds()
	b2, ok2 := m.EventAxis.Bounds()
	switch {
	case ok1 && ok2:
		m.Bounds = b1
		if b2.Start.Before(m.Bounds.Start) {
			m.Bounds.Start = b2.Start
		}
		if b2.End.After(m.Bounds.End) {
			m.Bounds.End = b2.End
		}
	case ok1:
		m.Bounds = b1
	case ok2:
		m.Bounds = b2
	}
	m.HasData = ok1 || ok2
}

// Fit returns the window showing everything, with a margin.
func (m *Model) Fit() (time.Time, time.Time) {
	if !m.HasData {
		now := time.Now().UTC()
		return now.AddDate(-1, 0, 0), now.AddDate(0, 1, 0)
	}
	d := m.Bounds.End.Sub(m.Bounds.Start)
	if d < 10*24*time.Hour {
		d = 10 * 24 * time.Hour
	}
	pad := d / 25
	return m.Bounds.Start.Add(-pad), m.Bounds.End.Add(pad)
}

// EventHref links an event to its sentence in the reader, from the
// reader's address of its article.
func EventHref(reader string, e timeline.Event) string {
	return reader + fmt.Sprintf("?e=%d:%d:%d", e.Para, e.Start, e.End)
}

// Hits says which events and articles match the search query; both are
// nil when the query is empty.
type Hits struct {
	Events, Articles []bool
	N                int // matching events
}

// Matches finds the events whose sentence or article title contains the
// query's words, and the articles whose title does.
func (m *Model) Matches(q timeline.Query) Hits {
	if q.Empty() {
		return Hits{}
	}
	titles, events := m.folded()
	h := Hits{Events: make([]bool, len(m.Events)), Articles: make([]bool, len(m.Arts))}
	for i := range m.Arts {
		h.Articles[i] = q.Match(titles[i])
	}
	for i, e := range m.Events {
		h.Events[i] = h.Articles[e.Art] || q.Match(events[i], titles[e.Art])
		if h.Events[i] {
			h.N++
		}
	}
	return h
}

// Fold makes the folded texts the query matches ahead of the first query,
// calling pause between articles and between events: the page calls it once the timeline is
// drawn, so that the first query does not fold them all at once.
func (m *Model) Fold(pause func()) {
	m.folds.mu.Lock()
	made, n := m.folds.made, len(m.Arts)
	m.folds.mu.Unlock()
	if made {
		return
	}
	titles, events := make([]string, n), make([]string, 0, len(m.Events))
	for i, a := range m.Arts[:n] {
		titles[i] = timeline.Fold(a.Title)
		pause()
	}
	for _, e := range m.Events {
		if e.Art >= n {
			break // added since (Add starts again)
		}
		events = append(events, timeline.Fold(e.Ev.Text))
		pause()
	}
	m.folds.mu.Lock()
	defer m.folds.mu.Unlock()
	if !m.folds.made && len(m.Arts) == n && len(events) == len(m.Events) {
		m.folds.made, m.folds.titles, m.folds.events = true, titles, events
	}
}

// folded returns the folded titles and sentences, made now if they are not.
func (m *Model) folded() (titles, events []string) {
	m.folds.mu.Lock()
	defer m.folds.mu.Unlock()
	if !m.folds.made {
		m.folds.titles = make([]string, len(m.Arts))
		for i, a := range m.Arts {
			m.folds.titles[i] = timeline.Fold(a.Title)
		}
		m.folds.events = make([]string, len(m.Events))
		for i, e := range m.Events {
			m.folds.events[i] = timeline.Fold(e.Ev.Text)
		}
		m.folds.made = true
	}
	return m.folds.titles, m.folds.events
}

// FormatDate renders an event or article date at its precision for people:
// "19 Mar 2024", "week of 18 Mar 2024", "Sep 2023", "summer 2019", "Q1
// 2024", "H2 2023", "2023", "the 1990s", "the 20th century".
func FormatDate(date string, p dates.Precision) string {
	sp, ok := timeline.SpanOf(date, p)
	if !ok {
		return date
	}
	t := sp.Start
	switch p {
	case dates.PrecisionDay:
		return t.Format("2 Jan 2006")
	case dates.PrecisionWeek:
		return "week of " + t.Format("2 Jan 2006")
	case dates.PrecisionMonth:
		return t.Format("Jan 2006")
	case dates.PrecisionSeason:
		// a winter is named by the year it starts in, as the date says
		return seasonNames[date[5:]] + " " + date[:4]
	case dates.PrecisionQuarter, dates.PrecisionHalf:
		return date[5:] + " " + date[:4]
	case dates.PrecisionDecade:
		return "the " + t.Format("2006") + "s"
	case dates.PrecisionCentury:
		return "the " + ordinal(t.Year()/100+1) + " century"
	}
	return t.Format("2006")
}

// seasonNames names the seasons of a season date.
var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// ordinal writes n as "1st", "2nd", "3rd", "20th", "21st".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// HTMLDate is the datetime attribute of a date: HTML has no seasons,
// quarters or centuries, so those give the year they start in.
func HTMLDate(date string, p dates.Precision) string {
	switch p {
	case dates.PrecisionSeason, dates.PrecisionQuarter, dates.PrecisionHalf, dates.PrecisionCentury:
		if sp, ok := timeline.SpanOf(date, p); ok {
			return sp.Start.Format("2006")
		}
	}
	return date
}

// UniqueExpressions returns the distinct expressions of events, in reading
// order.
func UniqueExpressions(evs []timeline.Event) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range evs {
		if !seen[e.Expression] {
			seen[e.Expression] = true
			out = append(out, e.Expression)
		}
	}
	return out
}
