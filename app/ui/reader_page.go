package ui

import (
	"github.com/dossierapp/dossier/app/corpus"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readerPage shows one article at its deep link, /a/<id>.
type readerPage struct {
	app.Compo
	gen int
	id  string
}

func newReaderPage() *readerPage { return &readerPage{} }

func (p *readerPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen).OnChange(func() { p.setTitle(ctx) })
	ensureCorpus(ctx)
}

func (p *readerPage) OnNav(ctx app.Context) {
	path := strings.TrimSuffix(ctx.Page().URL().Path, "/")
	p.id = path[strings.LastIndex(path, "/")+1:]
	p.setTitle(ctx)
}

func (p *readerPage) setTitle(ctx app.Context) {
	if a, _, ok := findArticle(p.id); ok {
		ctx.Page().SetTitle(pageTitle(firstLine(a.Text)))
	}
}

func (p *readerPage) Render() app.UI {
	return shell("", p.renderArticle())
}

func (p *readerPage) renderArticle() app.UI {
	arts, loaded, loadErr := articles()
	if loadErr != "" {
		return app.P().Class("error").Attr("role", "alert").Text(loadErr)
	}
	if !loaded {
		return app.P().Class("status").Attr("role", "status").Text("Loading article…")
	}
	a, i, ok := findArticle(p.id)
	if !ok {
		return app.Div().Body(
			app.H1().Text("Article not found"),
			app.P().Text("No article has the id “"+p.id+"”. It may have been removed from this dossier."),
			app.A().Href(link(PathLibrary)).Text("Back to the library"),
		)
	}
	paras := paragraphs(a.Text)
	title := firstLine(a.Text)
	if len(paras) > 0 && strings.TrimSpace(paras[0]) == title {
		paras = paras[1:]
	}
	return app.Article().Class("reader").Body(
		app.Header().Body(
			app.H1().Text(title),
			app.P().Class("meta").Body(
				app.Span().Class("source").Text(a.Source),
				app.Span().Text(formatSize(a.Size)),
			),
		),
		app.Div().Class("body").Body(
			app.Range(paras).Slice(func(i int) app.UI { return app.P().Text(paras[i]) }),
		),
		pager(arts, i),
	)
}

// pager links the previous and next articles of the library.
func pager(arts []corpus.Article, i int) app.UI {
	nav := app.Nav().Class("pager").Aria("label", "Previous and next article")
	var links []app.UI
	if i > 0 {
		links = append(links, app.A().Rel("prev").Href(link(ReaderPath(arts[i-1].ID))).Text("← "+firstLine(arts[i-1].Text)))
	}
	if i+1 < len(arts) {
		links = append(links, app.A().Rel("next").Href(link(ReaderPath(arts[i+1].ID))).Text(firstLine(arts[i+1].Text)+" →"))
	}
	return nav.Body(links...)
}

// paragraphs splits raw text into paragraphs: blank-line separated blocks, or
// single lines when the text has no blank lines.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	for block := range strings.SplitSeq(text, sep) {
		block = strings.Join(strings.Fields(block), " ")
		if block != "" {
			out = append(out, block)
		}
	}
	return out
}
