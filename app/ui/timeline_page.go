package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// timelinePage shows the articles and the events they mention on a time axis.
type timelinePage struct {
	app.Compo
	gen int
}

func newTimelinePage() *timelinePage { return &timelinePage{} }

func (p *timelinePage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen)
	ensureCorpus(ctx)
}

func (p *timelinePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(pageTitle("Timeline"))
}

func (p *timelinePage) Render() app.UI {
	return shell(PathTimeline, app.H1().Text("Timeline"))
}
