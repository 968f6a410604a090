package ui

import (
	"fmt"
	"html"
	"strconv"
	"time"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
)

// The timeline's data: the articles and their resolved events, indexed on two
// axes (articles by publication date, events by their dates), the story
// clusters with their colours, and the undated tray. It is rebuilt when the
// corpus or a date the reader set changes, never per frame.

// tlArt is an article as the timeline shows it.
type tlArt struct {
	id, title string
	date      string // effective publication date, "" when undated
	userDate  string // the date the reader set, if any
	stated    bool   // the text states its date
	cluster   int    // index into tlModel.clusters
	// unresolved are the relative expressions waiting for a date, with
	// their sentences.
	unresolved []timeline.Event
	events     int // resolved events
	foldTitle  string
	href       string // the reader, escaped for HTML
}

// tlEv is a resolved event.
type tlEv struct {
	art   int // index into tlModel.arts
	ev    timeline.Event
	span  timeline.Span
	fold  string // case-folded sentence, for the query
	label string // short text for the axis
	href  string // the sentence in the reader, escaped for HTML
}

// tlCluster is a story and its colour class.
type tlCluster struct {
	label string
	size  int
	color int // palette index, paletteSize for "other"
}

// paletteSize is the number of distinct story colours (CSS .c0 … .c7); other
// stories share .c8.
const paletteSize = 8

type tlModel struct {
	// reader is the reader's address of an article
	reader   func(id string) string
	arts     []tlArt
	evs      []tlEv
	clusters []tlCluster
	artAxis  *timeline.Axis // Ref indexes arts
	evAxis   *timeline.Axis // Ref indexes evs
	bounds   timeline.Span
	hasData  bool
	// evOrder is evs in date order (the event axis's order), for the list
	// and keyboard navigation; evPos is its inverse.
	evOrder []int
	evPos   []int
	// undated and userDated are the tray's articles (indexes into arts).
	undated, userDated []int
	synthetic          int
}

// newModel returns an empty model of the given stories; reader gives the
// reader's address of an article.
func newModel(clusters []tlCluster, reader func(id string) string) *tlModel {
	return &tlModel{clusters: clusters, reader: reader}
}

// clusters clusters the documents into stories, calling pause between
// units of work; it returns each document's story (by ID) and the stories.
func clusters(docs []timeline.Doc, pause func()) (map[string]int, []tlCluster) {
	cs := timeline.ClustersPaced(docs, pause)
	of := map[string]int{}
	cls := make([]tlCluster, len(cs))
	for i, c := range cs {
		cls[i] = tlCluster{label: c.Label, size: len(c.DocIDs), color: min(i, paletteSize)}
		for _, id := range c.DocIDs {
			of[id] = i
		}
	}
	return of, cls
}

// buildSyntheticModel makes a timeline of n generated articles (?synthetic=n).
func buildSyntheticModel(n int, reader func(id string) string) *tlModel {
	m := &tlModel{synthetic: n, reader: reader}
	for c := 0; c < timeline.SyntheticClusters; c++ {
		m.clusters = append(m.clusters, tlCluster{label: fmt.Sprintf("synthetic story %d", c+1), color: min(c, paletteSize)})
	}
	for _, d := range timeline.Synthetic(n) {
		m.clusters[d.Cluster].size++
		m.addArt(tlArt{id: d.ID, title: d.Title, date: d.Date, stated: d.Date != "", cluster: d.Cluster}, d.Events)
	}
	m.index()
	return m
}

func (m *tlModel) addArt(a tlArt, events []timeline.Event) {
	ai := len(m.arts)
	a.foldTitle = timeline.Fold(a.title)
	ref := m.reader(a.id)
	a.href = html.EscapeString(ref)
	for _, e := range events {
		sp, ok := e.Span()
		if !ok {
			if e.Relative && !e.Resolved {
				a.unresolved = append(a.unresolved, e)
			}
			continue
		}
		a.events++
		m.evs = append(m.evs, tlEv{art: ai, ev: e, span: sp, fold: timeline.Fold(e.Text), label: e.Text, href: html.EscapeString(eventHref(ref, e))})
	}
	m.arts = append(m.arts, a)
	if a.date == "" {
		m.undated = append(m.undated, ai)
	} else if a.userDate != "" && !a.stated {
		m.userDated = append(m.userDated, ai)
	}
}

// index builds the axes.
func (m *tlModel) index() {
	var arts []timeline.Item
	for i, a := range m.arts {
		if sp, ok := timeline.SpanOf(a.date, dates.PrecisionDay); ok {
			arts = append(arts, timeline.Item{Span: sp, Kind: timeline.KindArticle, Ref: i})
		}
	}
	evs := make([]timeline.Item, len(m.evs))
	for i, e := range m.evs {
		evs[i] = timeline.Item{Span: e.span, Kind: timeline.KindEvent, Ref: i}
	}
	m.artAxis = timeline.NewAxis(arts)
	m.evAxis = timeline.NewAxis(evs)
	m.evOrder = make([]int, m.evAxis.Len())
	m.evPos = make([]int, len(m.evs))
	for p := range m.evOrder {
		r := m.evAxis.Item(p).Ref
		m.evOrder[p] = r
		m.evPos[r] = p
	}
	b1, ok1 := m.artAxis.Bounds()
	b2, ok2 := m.evAxis.Bounds()
	switch {
	case ok1 && ok2:
		m.bounds = b1
		if b2.Start.Before(m.bounds.Start) {
			m.bounds.Start = b2.Start
		}
		if b2.End.After(m.bounds.End) {
			m.bounds.End = b2.End
		}
	case ok1:
		m.bounds = b1
	case ok2:
		m.bounds = b2
	}
	m.hasData = ok1 || ok2
}

// fit returns the window showing everything, with a margin.
func (m *tlModel) fit() (time.Time, time.Time) {
	if !m.hasData {
		now := time.Now().UTC()
		return now.AddDate(-1, 0, 0), now.AddDate(0, 1, 0)
	}
	d := m.bounds.End.Sub(m.bounds.Start)
	if d < 10*24*time.Hour {
		d = 10 * 24 * time.Hour
	}
	pad := d / 25
	return m.bounds.Start.Add(-pad), m.bounds.End.Add(pad)
}

// eventHref links an event to its sentence in the reader, from the
// reader's address of its article.
func eventHref(reader string, e timeline.Event) string {
	return reader + fmt.Sprintf("?e=%d:%d:%d", e.Para, e.Start, e.End)
}

// tlHits says which events and articles match the search query; both are
// nil when the query is empty.
type tlHits struct {
	evs, arts []bool
	n         int // matching events
}

// matches finds the events whose sentence or article title contains the
// query's words, and the articles whose title does.
func (m *tlModel) matches(q timeline.Query) tlHits {
	if q.Empty() {
		return tlHits{}
	}
	h := tlHits{evs: make([]bool, len(m.evs)), arts: make([]bool, len(m.arts))}
	for i, a := range m.arts {
		h.arts[i] = q.Match(a.foldTitle)
	}
	for i, e := range m.evs {
		h.evs[i] = h.arts[e.art] || q.Match(e.fold, m.arts[e.art].foldTitle)
		if h.evs[i] {
			h.n++
		}
	}
	return h
}

// formatDate renders an event or article date at its precision for people:
// "19 Mar 2024", "week of 18 Mar 2024", "Sep 2023", "summer 2019", "Q1
// 2024", "H2 2023", "2023", "the 1990s", "the 20th century".
func formatDate(date string, p dates.Precision) string {
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

// htmlDate is the datetime attribute of a date: HTML has no seasons,
// quarters or centuries, so those give the year they start in.
func htmlDate(date string, p dates.Precision) string {
	switch p {
	case dates.PrecisionSeason, dates.PrecisionQuarter, dates.PrecisionHalf, dates.PrecisionCentury:
		if sp, ok := timeline.SpanOf(date, p); ok {
			return sp.Start.Format("2006")
		}
	}
	return date
}

// uniqueExpressions returns the distinct expressions of events, in reading
// order.
func uniqueExpressions(evs []timeline.Event) []string {
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
