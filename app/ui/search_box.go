package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateQuery holds the current search query, shared by the search box and the
// page showing results.
const stateQuery = "query"

// searchBox is the header's search field. Typing filters the library at once;
// the query is kept in the URL (?q=) so it can be shared and reloaded offline.
type searchBox struct {
	app.Compo
	query string
}

func (s *searchBox) OnMount(ctx app.Context) {
	ctx.ObserveState(stateQuery, &s.query)
}

func (s *searchBox) OnNav(ctx app.Context) {
	s.query = ctx.Page().URL().Query().Get("q")
	ctx.SetState(stateQuery, s.query)
}

func (s *searchBox) Render() app.UI {
	return app.Form().Class("search").Attr("role", "search").OnSubmit(s.onSubmit).Body(
		app.Label().For("q").Class("visually-hidden").Text("Search articles"),
		app.Input().
			Type("search").
			ID("q").
			Name("q").
			Placeholder("Search articles ( / )").
			Value(s.query).
			AutoComplete(false).
			Attr("spellcheck", "false").
			OnInput(s.onInput).
			OnBlur(s.onBlur).
			OnKeyDown(s.onKeyDown),
	)
}

func (s *searchBox) onInput(ctx app.Context, e app.Event) {
	s.query = ctx.JSSrc().Get("value").String()
	ctx.SetState(stateQuery, s.query)
	if appPath(ctx.Page().URL().Path) != PathLibrary {
		return
	}
	theDossier.queryURL.typed(s.query) // the URL takes it once typing pauses
}

// onBlur has the library's URL take the query typed at once: the reader
// leaves the box, to a result or the address bar.
func (s *searchBox) onBlur(ctx app.Context, e app.Event) {
	theDossier.queryURL.flush()
}

func (s *searchBox) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.Navigate(link(PathLibrary) + "?" + queryString(s.query))
}

// onKeyDown clears the query on Escape.
func (s *searchBox) onKeyDown(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Escape" {
		s.query = ""
		ctx.JSSrc().Set("value", "")
		ctx.SetState(stateQuery, "")
	}
}

func queryString(q string) string {
	if q == "" {
		return ""
	}
	return url.Values{"q": {q}}.Encode()
}
