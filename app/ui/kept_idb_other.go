//go:build !wasm

package ui

import "errors"

// Natively there is no browser storage: nothing is kept between runs.

func openKeptDB() (keptBackend, error) { return nil, errors.New("no IndexedDB") }

type localLegacy struct{}

func (localLegacy) get(string) ([]byte, bool) { return nil, false }
func (localLegacy) set(string, []byte)        {}
func (localLegacy) del(string)                {}
