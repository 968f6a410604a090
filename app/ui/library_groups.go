package ui

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A long library is listed by source (the publisher the text names), each
// source with its count and a few articles, so that a folder of thousands
// opens on a page of bounded height that shows what it holds.

// unknownSource names the group of articles whose publisher is not known.
const unknownSource = "Publisher not known"

const (
	// groupPage is how many articles a source shows at first and adds
	// with each "show more".
	groupPage = 10
	// groupsPage is how many sources the library shows at first and adds
	// with each "show more sources".
	groupsPage = 20
)

// sourceGroup is the articles of one source, in list order.
type sourceGroup struct {
	name string
	docs []doc
}

// groupBySource groups list by publisher: the largest sources first (ties
// by name), the articles of no known publisher last.
func groupBySource(list []doc) []sourceGroup {
	at := map[string]int{}
	var groups []sourceGroup
	for _, d := range list {
		name := d.Publisher
		if name == "" {
			name = unknownSource
		}
		i, ok := at[name]
		if !ok {
			i = len(groups)
			at[name] = i
			groups = append(groups, sourceGroup{name: name})
		}
		groups[i].docs = append(groups[i].docs, d)
	}
	sort.SliceStable(groups, func(a, b int) bool {
		ga, gb := groups[a], groups[b]
		if (ga.name == unknownSource) != (gb.name == unknownSource) {
			return gb.name == unknownSource
		}
		if len(ga.docs) != len(gb.docs) {
			return len(ga.docs) > len(gb.docs)
		}
		return ga.name < gb.name
	})
	return groups
}

// renderGroups lists the sources with their counts, a page of articles each
// and "show more" buttons.
func (p *libraryPage) renderGroups(groups []sourceGroup) app.UI {
	ng := min(len(groups), max(p.groupsShown, groupsPage))
	var sections []app.UI
	for k, g := range groups[:ng] {
		shown := min(len(g.docs), max(p.groupShown[g.name], groupPage))
		items := make([]app.UI, shown)
		for i, d := range g.docs[:shown] {
			items[i] = libraryItem(d, nil, d.DisplayTitle(), nil)
		}
		id := "source-" + strconv.Itoa(k)
		more := len(g.docs) - shown
		sections = append(sections, app.Section().Class("library-group").Aria("labelledby", id).Body(
			app.H2().ID(id).Text(fmt.Sprintf("%s (%d %s)", g.name, len(g.docs), plural(len(g.docs), "article", "articles"))),
			app.Ul().Class("library").Aria("labelledby", id).Body(items...),
			app.If(more > 0, func() app.UI {
				// The source rides on the button: go-app may keep a list
				// item's first handler when the list changes.
				return app.Button().Type("button").Class("show-more").DataSet("source", g.name).
					Text(fmt.Sprintf("Show %d more from %s (%d not shown)", min(more, groupPage), g.name, more)).
					OnClick(p.onShowMoreOfSource)
			}),
		))
	}
	if rest := len(groups) - ng; rest > 0 {
		sections = append(sections, app.Button().Type("button").ID("more-sources").Class("show-more").
			Text(fmt.Sprintf("Show %d more sources (%d not shown)", min(rest, groupsPage), rest)).
			OnClick(func(app.Context, app.Event) { p.groupsShown = ng + groupsPage }))
	}
	return app.Div().Class("library-groups").Body(sections...)
}

// onShowMoreOfSource shows the next page of the clicked button's source.
func (p *libraryPage) onShowMoreOfSource(ctx app.Context, e app.Event) {
	name := ctx.JSSrc().Get("dataset").Get("source").String()
	if p.groupShown == nil {
		p.groupShown = map[string]int{}
	}
	p.groupShown[name] = max(p.groupShown[name], groupPage) + groupPage
}
