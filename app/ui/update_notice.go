package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateUpdate is true once a newer version of the app is active.
const stateUpdate = "update-available"

// updateNotice tells the reader a new version is ready and offers a reload.
//
// go-app's OnAppUpdate is not always delivered, and it also fires on the very
// first install (the worker claims the page). So the notice relies on its own
// signal: the service worker posts its version when it activates and when
// asked (web/dossier.js records it in window.dossierUpdate and
// window.dossierWorkerVersion), and a version other than the running one
// means an update.
type updateNotice struct {
	app.Compo
	available bool
}

func (u *updateNotice) OnMount(ctx app.Context) {
	ctx.ObserveState(stateUpdate, &u.available)
	theDossier.once.updates.Do(func() {
		ctx.Async(func() {
			t := time.NewTicker(time.Second)
			defer t.Stop()
			for range t.C {
				if updateSignalled() {
					ctx.Dispatch(func(ctx app.Context) { ctx.SetState(stateUpdate, true) })
					return
				}
			}
		})
	})
}

// OnAppUpdate is go-app's signal; it makes us ask the worker which version it
// serves, and the watcher compares.
func (u *updateNotice) OnAppUpdate(ctx app.Context) {
	if fn := app.Window().Get("dossierAskVersion"); fn.Truthy() {
		app.Window().Call("dossierAskVersion")
	}
}

func (u *updateNotice) Render() app.UI {
	if !u.available {
		return app.Div().Class("update").Hidden(true)
	}
	return app.Div().Class("update").Attr("role", "status").Body(
		app.Span().Text("A new version of Dossier is ready."),
		app.Button().Type("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}

// updateSignalled reports whether the service worker announced a version other
// than the one running.
func updateSignalled() bool {
	if !app.IsClient {
		return false
	}
	running := app.Getenv("GOAPP_VERSION")
	for _, name := range []string{"dossierUpdate", "dossierWorkerVersion"} {
		if v := app.Window().Get(name); v.Truthy() && v.String() != running {
			return true
		}
	}
	return false
}
