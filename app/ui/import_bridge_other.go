//go:build !wasm

package ui

import "github.com/dossierapp/dossier/app/workerproto"

// Native stand-ins for import_bridge.go: the library lives in the browser.

// bridgeState is import_bridge.go's: natively there is no worker.
type bridgeState struct{}

// errNoLibrary is every library call's error natively.
const errNoLibrary = constError("the library is only available in the browser")

// constError is an error that can be a constant.
type constError string

func (e constError) Error() string { return string(e) }

func startBridge(workerURL string, fn func(importEvent)) {}
func libCall(req workerproto.Request) (workerproto.Response, error) {
	return workerproto.Response{}, errNoLibrary
}
func storageInfo() (usage, quota int64, persisted bool) { return 0, 0, false }
func keptAnswer(url, head string) (workerproto.Response, bool) {
	return workerproto.Response{}, false
}
func requestPersist()                         {}
func importCall(method string, args ...any)   {}
func download(name, mime string, data []byte) {}
