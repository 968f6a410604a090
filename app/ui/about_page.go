package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// aboutPage says what Dossier is and which version is running.
type aboutPage struct {
	app.Compo
}

func newAboutPage() *aboutPage { return &aboutPage{} }

func (p *aboutPage) OnMount(ctx app.Context) {
	ensureCorpus(ctx)
}

func (p *aboutPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(pageTitle("About"))
}

func (p *aboutPage) Render() app.UI {
	return shell(PathAbout,
		app.H1().Text("About Dossier"),
		app.P().Text("Dossier is an offline news reader. It turns a folder of scraped articles into an app that works without a network: everything you do here runs in your browser, and nothing you read or import leaves this device."),
		app.Dl().Class("facts").Body(
			app.Dt().Text("Version"),
			app.Dd().ID("version").Text(app.Getenv("GOAPP_VERSION")),
			app.Dt().Text("Works offline"),
			app.Dd().Text("Yes, after one visit. Install it from your browser's menu to open it like an app."),
		),
	)
}
