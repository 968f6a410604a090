//go:build !wasm

package ui

// Native stand-ins for import_bridge.go: the library lives in the browser.

type jsValue = struct{}

// bridgeState is import_bridge.go's: natively there is no worker.
type bridgeState struct{}

// errNoLibrary is every library call's error natively.
const errNoLibrary = constError("the library is only available in the browser")

// constError is an error that can be a constant.
type constError string

func (e constError) Error() string { return string(e) }

func startBridge(workerURL string, fn func(importEvent))         {}
func libCall(op string, args map[string]any) (jsValue, error)    { return jsValue{}, errNoLibrary }
func storageInfo() (usage, quota int64, persisted bool)          { return 0, 0, false }
func requestPersist()                                            {}
func importCall(method string, args ...any)                      {}
func download(name, mime string, data []byte)                    {}
func downloadValue(name, mime string, v jsValue, key string)     {}
func recordsOf(v jsValue, key string) []libRecord                { return nil }
func fieldOf(v jsValue, key string) jsValue                      { return v }
func packedRecordsOf(v jsValue, key string) ([]libRecord, error) { return nil, errNoLibrary }
func putCache(values map[string][]byte) error                    { return errNoLibrary }
func entryText(id string) (string, error)                        { return "", errNoLibrary }
