package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// markPhase records a phase of the page's work as a User Timing mark
// ("dossier:NAME"), which the browser benchmarks read to say where a
// visit's time goes; nothing outside the browser.
func markPhase(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "dossier:"+name)
	}
}
