//go:build !wasm

package main

import "strings"

// csp is the Content-Security-Policy of the app's pages: scripts only from
// the site (no inline script, no eval; wasm compilation allowed), workers
// from the site, and no fetch, frame, plugin or form target anywhere else.
// Imported articles are shown as text, never markup; this is the second
// wall. go-app sets inline style attributes, hence 'unsafe-inline' for
// styles only.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// cspMeta carries the policy in the page itself, for static hosts that set
// no headers (frame-ancestors is ignored in a meta tag, so it is left out).
var cspMeta = `<meta http-equiv="Content-Security-Policy" content="` +
	strings.Replace(csp, "; frame-ancestors 'none'", "", 1) + `">`
