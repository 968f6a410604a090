//go:build wasm && !importworker

// Command dossier, compiled to WebAssembly, is the Dossier browser app.
package main

import (
	"syscall/js"

	"github.com/dossierapp/dossier/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	js.Global().Get("performance").Call("mark", "dossier:main")
	ui.Register()
	ui.LoadBundled()
	app.RunWhenOnBrowser()
}
