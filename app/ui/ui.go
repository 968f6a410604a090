// Package ui is Dossier's user interface: go-app components for the library,
// the reader, search and the about page. It is the only package (with the wasm
// entry point) that knows about go-app and the browser; everything it shows is
// computed by the plain packages under app/.
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

// ImportEnabled switches the import screen on. It is off while the import
// page and its bridge push the wasm past its download budget (36 KB gzip
// over); with it off the linker leaves all of that code out. The worker,
// the IndexedDB layer and the library format are built and tested.
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
