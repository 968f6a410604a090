//go:build wasm && !importworker

// Command dossier, compiled to WebAssembly, is the Dossier browser app.
package main

import (
	"os"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	if warmRun() {
		// The worker that compiled the wasm runs code of the page's start,
		// so that the page finds it compiled (web/wasm-compile.js).
		ui.Warm(os.Args[2])
		// The page may start now; what a reader does first after its
		// start is warmed once the page's start is done (the warm run's
		// compiling beside it had cost the timeline's first visit ~5
		// points of Lighthouse's score, its blocking time 270-300 ms).
		js.Global().Call("postMessage", map[string]any{"warmed": true})
		time.Sleep(warmSearchAfter)
		ui.WarmSearch()
		return
	}
	js.Global().Get("performance").Call("mark", "dossier:main")
	ui.Register()
	ui.LoadBundled()
	app.RunWhenOnBrowser()
}

// warmSearchAfter is how long the warm run waits, once the page may
// start, before it warms a first keystroke's code (ui.WarmSearch).
const warmSearchAfter = 4 * time.Second

// warmRun reports whether this is web/wasm-compile.js's warm run, which
// has no page: its arguments are -warm and the path of the page.
func warmRun() bool {
	return len(os.Args) == 3 && os.Args[1] == "-warm"
}
