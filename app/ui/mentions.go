package ui

import (
	"github.com/dossierapp/dossier/app/names"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxChips caps the chips per kind, most mentioned first.
const maxChips = 12

// renderMentions shows the people, places and organisations an article
// names as chips; each searches the dossier for that name, which also
// filters the timeline.
func renderMentions(ms []names.Mention) app.UI {
	if len(ms) == 0 {
		return app.Text("")
	}
	groups := []struct{ kind, label string }{
		{names.Person, "People"}, {names.Place, "Places"}, {names.Org, "Organisations"},
	}
	var rows []app.UI
	for _, g := range groups {
		var chips []app.UI
		for _, m := range ms {
			if m.Kind != g.kind || len(chips) == maxChips {
				continue
			}
			title := "Search the dossier for " + m.Name
			if m.Title != "" {
				title = m.Title + " " + m.Name + " — " + title
			}
			chips = append(chips, app.Li().Body(
				app.A().Class("chip").DataSet("kind", m.Kind).Href(link(PathLibrary)+"?"+queryString(m.Name)).Title(title).Text(m.Name),
			))
		}
		if len(chips) > 0 {
			rows = append(rows, app.Div().Class("mentions-row").Body(
				app.Span().Class("mentions-label").ID("mentions-"+g.kind).Text(g.label),
				app.Ul().Class("chips").Aria("labelledby", "mentions-"+g.kind).Body(chips...),
			))
		}
	}
	return app.Div().Class("mentions").Body(rows...)
}
