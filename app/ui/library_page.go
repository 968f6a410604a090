package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// libraryPage lists every article, filtered by the search box.
type libraryPage struct {
	app.Compo
	gen   int
	query string
}

func newLibraryPage() *libraryPage { return &libraryPage{} }

func (p *libraryPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen)
	ctx.ObserveState(stateQuery, &p.query)
	ensureCorpus(ctx)
}

func (p *libraryPage) OnNav(ctx app.Context) {
	p.query = ctx.Page().URL().Query().Get("q")
	ctx.Page().SetTitle(pageTitle(""))
}

func (p *libraryPage) Render() app.UI {
	return shell(PathLibrary,
		app.H1().Text("Library"),
		p.renderList(),
	)
}

func (p *libraryPage) renderList() app.UI {
	docs, loaded, loadErr := documents()
	switch {
	case loadErr != "":
		return app.P().Class("error").Attr("role", "alert").Text(loadErr)
	case !loaded:
		return app.P().Class("status").Attr("role", "status").Text("Loading articles…")
	}
	hits := matchTitles(docs, p.query)
	summary := fmt.Sprintf("%d articles", len(docs))
	if strings.TrimSpace(p.query) != "" {
		summary = fmt.Sprintf("%d of %d articles match “%s”", len(hits), len(docs), p.query)
	}
	return app.Div().Body(
		app.P().Class("status").Attr("role", "status").Text(summary),
		app.Ul().Class("library").Body(
			app.Range(hits).Slice(func(i int) app.UI {
				h := hits[i]
				d := docs[h.index]
				return app.Li().Body(
					app.A().Class("title").Href(link(ReaderPath(d.ID))).Body(highlight(h.title, h.matched)...),
					app.Div().Class("meta").Body(
						app.If(d.Publisher != "", func() app.UI { return app.Span().Class("publisher").Text(d.Publisher) }),
						app.If(d.Date != "", func() app.UI { return app.Time().DateTime(d.Date).Text(d.Date) }).
							Else(func() app.UI { return app.Span().Class("undated").Text("undated") }),
						app.Span().Class("source").Text(d.Name),
						app.Span().Text(formatSize(d.Size)),
					),
				)
			}),
		),
	)
}

// formatSize renders a byte count for people.
func formatSize(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
	}
}

// pageTitle is the document title for a page.
func pageTitle(s string) string {
	if s == "" {
		return "Dossier — offline news reader"
	}
	return s + " — Dossier"
}
