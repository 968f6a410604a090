package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell lays out a page: skip link, header with navigation and search, the
// update notice, and the page's main content.
func shell(current string, main ...app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(link(PathLibrary)).Body(
				app.Img().Src(asset("/web/icon-192.png")).Attr("role", "presentation").Alt("").Width(28).Height(28),
				app.Span().Text("Dossier"),
			),
			&searchBox{},
			&settingsControls{},
			app.Nav().Aria("label", "Main").Body(
				navLink(PathLibrary, "Library", current),
				navLink(PathTimeline, "Timeline", current),
				app.If(ImportEnabled, func() app.UI { return navLink(PathImport, "Import", current) }),
				navLink(PathAbout, "About", current),
			),
		),
		&updateNotice{},
		app.Main().ID("main").Body(main...),
	)
}

func navLink(path, label, current string) app.UI {
	a := app.A().Href(link(path)).Text(label)
	if path == current {
		a = a.Aria("current", "page")
	}
	return a
}
