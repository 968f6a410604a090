package ui

import (
	"fmt"
	"github.com/dossierapp/dossier/app/timeline/view"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readerPage shows one cleaned article at its deep link, /a/<id>. What the
// cleanup removed can be shown in place, with its reason; repaired words are
// marked, with the original on hover and focus; "Show original" shows the
// article as it came.
type readerPage struct {
	app.Compo
	gen         int
	id          string
	showRemoved bool
	// showOriginal shows the article as it came, before any cleanup.
	showOriginal bool
	hit          view.EventRef // timeline: the sentence to highlight (?e=P:S:E)
}

func newReaderPage() *readerPage { return &readerPage{} }

func (p *readerPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen).OnChange(func() {
		p.setTitle(ctx)
		ctx.Defer(func(app.Context) { scrollToEventHit() }) // timeline: event sentence
	})
	ensureCorpus(ctx)
}

func (p *readerPage) OnNav(ctx app.Context) {
	path := strings.TrimSuffix(ctx.Page().URL().Path, "/")
	p.id = path[strings.LastIndex(path, "/")+1:]
	p.showRemoved = ctx.Page().URL().Query().Get("removed") == "1"
	p.showOriginal = ctx.Page().URL().Query().Get("original") == "1"
	// timeline: highlight and scroll to the event sentence ?e=P:S:E
	p.hit = view.ParseEventRef(ctx.Page().URL().Query().Get("e"))
	if p.hit.OK {
		ctx.Defer(func(app.Context) { scrollToEventHit() })
	}
	p.setTitle(ctx)
}

func (p *readerPage) setTitle(ctx app.Context) {
	if d, _, ok := theDossier.Doc(p.id); ok {
		ctx.Page().SetTitle(pageTitle(d.DisplayTitle()))
		// Once rendered, go back to where the reader left this article.
		if app.IsClient {
			ctx.Defer(func(app.Context) {
				if fn := app.Window().Get("dossierRestorePosition"); fn.Truthy() {
					app.Window().Call("dossierRestorePosition")
				}
			})
		}
	}
}

func (p *readerPage) toggleRemoved(ctx app.Context, e app.Event) {
	p.showRemoved = !p.showRemoved
}

func (p *readerPage) toggleOriginal(ctx app.Context, e app.Event) {
	p.showOriginal = !p.showOriginal
}

// originalText is the article as it came: the raw text when the app has
// it, else (an imported article read from the cache) its blocks' source,
// removed ones included, with every repaired word as the source wrote it.
func originalText(d doc) string {
	if d.Text != "" {
		return d.Text
	}
	var parts []string
	for _, b := range d.Blocks {
		if src := b.Source(); strings.TrimSpace(src) != "" {
			parts = append(parts, src)
		}
	}
	return strings.Join(parts, "\n\n")
}

func (p *readerPage) Render() app.UI {
	return shell("", p.renderArticle())
}

func (p *readerPage) renderArticle() app.UI {
	if st := loadStatusUI(theDossier, "Loading article…"); st != nil {
		return st
	}
	docs := theDossier.Docs()
	d, i, ok := theDossier.Doc(p.id)
	if !ok {
		return app.Div().Body(
			app.H1().Text("Article not found"),
			app.P().Text("No article has the id “"+p.id+"”. It may have been removed from this dossier."),
			app.A().Href(link(PathLibrary)).Text("Back to the library"),
		)
	}
	bodyIdx := view.BodyIndexes(d.Blocks) // timeline: event sentence
	var runs, stretches []int             // "Show removed": a label a run of one reason, a box a stretch
	if p.showRemoved && !p.showOriginal {
		runs, stretches = removedRuns(d.Blocks), removedStretches(d.Blocks)
	}
	cls := "reader"
	if p.showRemoved {
		cls += " show-removed"
	}
	return app.Article().Class(cls).Body(
		app.Header().Body(
			app.H1().Body(
				app.Text(d.DisplayTitle()),
				app.If(d.TitleInferred, func() app.UI {
					return app.Span().Class("inferred").Title("The source has no headline; this one was made from its first sentence.").Text("inferred title")
				}),
			),
			app.P().Class("meta").Body(
				app.If(d.Publisher != "", func() app.UI { return app.Span().Class("publisher").Text(d.Publisher) }),
				app.If(d.Date != "", func() app.UI { return app.Time().DateTime(d.Date).Text(d.Date) }).
					Else(func() app.UI { return app.Span().Class("undated").Text("undated") }),
				app.Span().Class("source").Text(d.Source),
			),
			p.renderCleanupBar(d),
			renderMentions(d.Mentions),
		),
		app.If(p.showOriginal, func() app.UI {
			// Text, never markup: imported content stays data.
			return app.Div().Class("body original").Body(app.Pre().Class("original-text").Text(originalText(d)))
		}).Else(func() app.UI {
			return app.Div().Class("body").Body(
				// timeline: bodyIdx finds the block of the event sentence
				app.Range(d.Blocks).Slice(func(i int) app.UI {
					if runs != nil && d.Blocks[i].Removed != "" {
						return renderRemovedStretch(d.Blocks, i, stretches[i], runs)
					}
					return p.renderBlockAt(d.Blocks[i], bodyIdx[i])
				}),
			)
		}),
		pager(docs, i),
	)
}

// renderCleanupBar says what the cleanup did and toggles the removed text.
func (p *readerPage) renderCleanupBar(d doc) app.UI {
	summary := fmt.Sprintf("%d removed · %d repaired", d.Removed, d.Repaired)
	if d.Spin >= 0.5 {
		summary += " · spun text"
	}
	return app.Div().Class("cleanup").Body(
		app.Span().Class("counts").Text(summary),
		app.If(d.Removed > 0 && !p.showOriginal, func() app.UI {
			label := "Show removed"
			if p.showRemoved {
				label = "Hide removed"
			}
			return app.Button().Type("button").ID("toggle-removed").
				Aria("pressed", fmt.Sprint(p.showRemoved)).
				Text(label).OnClick(p.toggleRemoved)
		}),
		app.Button().Type("button").ID("toggle-original").
			Aria("pressed", fmt.Sprint(p.showOriginal)).
			Text(map[bool]string{false: "Show original", true: "Show cleaned"}[p.showOriginal]).
			OnClick(p.toggleOriginal),
	)
}

// renderBlockAt renders a block, with the timeline's event sentence marked
// when the block is body block bi of ?e=.
func (p *readerPage) renderBlockAt(b clean.Block, bi int) app.UI {
	if !p.hit.OK || bi != p.hit.Para {
		return p.renderBlock(b)
	}
	lo, hi, ok := view.KeptRange(b, p.hit.Start, p.hit.End)
	if !ok {
		return p.renderBlock(b)
	}
	segs := hitSegments(b, lo, hi, p.renderSegment)
	if b.Kind == "heading" {
		return app.H2().Body(segs...)
	}
	return app.P().Body(segs...)
}

// renderRemovedStretch renders, for "Show removed", the removed blocks i to
// end (removedStretches) as one box holding a labelled part a reason
// (renderRemovedRun): the twenty lines of a page's header read as one
// box, each line still under the reason it went for. Nothing when block i
// is inside a stretch an earlier block shows (end < 0).
func renderRemovedStretch(blocks []clean.Block, i, end int, runs []int) app.UI {
	if end < 0 {
		return app.Text("")
	}
	parts := make([]app.UI, 0, 4)
	for j := i; j < end; j++ {
		if runs[j] >= 0 {
			parts = append(parts, renderRemovedRun(blocks, j, runs[j]))
		}
	}
	return app.Div().Class("removed-group").Body(parts...)
}

// renderRemovedRun renders, for "Show removed", the removed blocks i to
// end (removedRuns) as one box with their reason; nothing when block i is
// inside a run an earlier block shows (end < 0).
func renderRemovedRun(blocks []clean.Block, i, end int) app.UI {
	if end < 0 {
		return app.Text("")
	}
	body := []app.UI{nil} // the label, then a paragraph a line
	for _, b := range blocks[i:end] {
		if b.Removed != clean.ReasonEmpty {
			body = append(body, app.P().Text(b.Source()))
		}
	}
	label := "Removed: " + blocks[i].Removed
	if n := len(body) - 1; n > 1 {
		label += fmt.Sprintf(" · %d lines", n)
	}
	body[0] = app.Span().Class("reason").Text(label)
	return app.Div().Class("removed").DataSet("reason", blocks[i].Removed).Body(body...)
}

func (p *readerPage) renderBlock(b clean.Block) app.UI {
	if b.Removed != "" {
		return app.Text("")
	}
	if b.Kind == "title" {
		return app.Text("")
	}
	segs := make([]app.UI, 0, len(b.Segments))
	for _, s := range b.Segments {
		if ui := p.renderSegment(s); ui != nil {
			segs = append(segs, ui)
		}
	}
	if b.Kind == "heading" {
		return app.H2().Body(segs...)
	}
	return app.P().Body(segs...)
}

// renderSegment renders a run of a kept block; nil for a removed run that
// is hidden.
func (p *readerPage) renderSegment(s clean.Segment) app.UI {
	switch {
	case s.Removed != "":
		if p.showRemoved {
			return app.Del().Class("removed-span").DataSet("reason", s.Removed).Title("Removed: " + s.Removed).Text(s.Text)
		}
		return nil
	case s.Original != "":
		return app.Mark().Class("repair").TabIndex(0).
			Title("Repaired spun word; the source says “"+s.Original+"”").
			Aria("label", s.Text+" (repaired; the source says "+s.Original+")").
			Text(s.Text)
	default:
		return app.Text(s.Text)
	}
}

// pager links the previous and next articles of the library.
func pager(docs []doc, i int) app.UI {
	nav := app.Nav().Class("pager").Aria("label", "Previous and next article")
	var links []app.UI
	if i > 0 {
		links = append(links, app.A().Rel("prev").Href(link(ReaderPath(docs[i-1].ID))).Text("← "+truncate(docs[i-1].DisplayTitle(), 80)))
	}
	if i+1 < len(docs) {
		links = append(links, app.A().Rel("next").Href(link(ReaderPath(docs[i+1].ID))).Text(truncate(docs[i+1].DisplayTitle(), 80)+" →"))
	}
	return nav.Body(links...)
}
