//go:build embedweb && !wasm

package web

import "embed"

// The wasm build never embeds (it would embed itself): only the native
// binary, built with -tags embedweb once make has built the wasm.
//
//go:embed *
var files embed.FS

func init() { Files = files }
