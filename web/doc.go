// Package web holds Dossier's static files (CSS, scripts, icons and the
// built wasm, next to this file). A dossier binary built with -tags
// embedweb (as make builds bin/dossier, after the wasm) carries them, so
// `dossier serve` and `dossier build` work from any folder; without the
// tag Files is nil and the command reads them from a folder.
package web

import "io/fs"

// Files are the static files built into the binary, or nil.
var Files fs.FS
