package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rootPrefix is the sub-path the app is served under ("" at the root), e.g.
// "/dossier" for a static build made with --base-path /dossier/. It is read
// once: in the browser app.Getenv is a call into JavaScript, and every link
// of every render asks for it.
func rootPrefix() string {
	if !app.IsClient {
		return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	}
	return theDossier.once.rootPrefix()
}

// link makes an in-app path into an href. In the browser it adds the root
// prefix; on the server go-app's resource resolver adds it while prerendering,
// so adding it here too would double it.
func link(path string) string {
	if app.IsClient {
		return rootPrefix() + path
	}
	return path
}

// asset versions a static file's URL, as the server lists it in the
// service worker's precache: the same URL is then found offline.
func asset(path string) string {
	return path + "?v=" + app.Getenv("GOAPP_VERSION")
}

// appPath is the in-app path of a page URL path: the root prefix removed.
func appPath(urlPath string) string {
	p := strings.TrimPrefix(urlPath, rootPrefix())
	if p == "" {
		return "/"
	}
	return p
}
