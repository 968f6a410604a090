// Package ui is Dossier's user interface: go-app components for the library
// and search, the reader, the timeline, the import page and the about page,
// and the app's state, owned by one type (dossier, dossier.go): the articles
// shown, their search index, the timeline's models and how far loading has
// come. Components read it through its methods; handlers change it through
// them and publish each change as go-app's stateCorpus, which the pages
// observe. It is the only package (with the wasm entry points and the
// browser files of libdb and workerproto) that knows about go-app and the
// browser; what it shows is computed by the plain packages under app/ (the
// timeline's by app/timeline/view), and the reader's own library is kept
// by the library worker (app/workerproto, import_bridge.go).
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the app's pages.
const (
	PathLibrary  = "/"
	PathAbout    = "/about"
	PathTimeline = "/timeline"
	// readerPattern matches an article deep link: /a/<id>, optional trailing slash.
	readerPattern = `^/a/[A-Za-z0-9_-]+/?$`
)

// ImportEnabled switches the import screen and the reader's own library on
// (it is on); with it off the linker leaves the import page and its bridge
// out of the wasm.
const ImportEnabled = true

// ReaderPath is the deep link of the article with the given ID.
func ReaderPath(id string) string { return "/a/" + id }

// Register declares the app's routes. Both the server (for prerendering) and
// the wasm app call it, so a deep link renders the same page on both sides.
func Register() {
	app.Route(PathLibrary, func() app.Composer { return newLibraryPage() })
	app.Route(PathAbout, func() app.Composer { return newAboutPage() })
	app.Route(PathTimeline, func() app.Composer { return newTimelinePage() })
	if ImportEnabled {
		app.Route(PathImport, func() app.Composer { return newImportPage() })
	}
	app.RouteWithRegexp(readerPattern, func() app.Composer { return newReaderPage() })
	app.Handle(actionLoadCorpus, handleLoadCorpus)
}
