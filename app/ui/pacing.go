package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page has one thread, which Go's goroutines share with the browser:
// the browser can draw only when every goroutine waits. pause is how long
// loops (processing an import, decoding the library, building the search
// index, caching) let it draw. The slice of time they may run is shared:
// it starts when the first of them resumes after a wait, and each loop
// that finds it used up waits at once. So when several loops run side by
// side they all wait together, and the browser gets the thread every
// pacerSlice or so, not once all of them have had a slice each.

// pacerSlice is how long work runs between yields.
const pacerSlice = 25 * time.Millisecond

// pause yields the thread to the browser when the current slice is used
// up; call it between units of work of a few milliseconds at most. On the
// server (prerendering) it does nothing.
func pause() {
	if !app.IsClient {
		return
	}
	pacing := &theDossier.pace
	pacing.mu.Lock()
	if pacing.start.IsZero() {
		pacing.start = time.Now()
	}
	used := time.Since(pacing.start) >= pacerSlice
	pacing.mu.Unlock()
	if !used {
		return
	}
	slept := time.Now()
	yieldToBrowser()
	pacing.mu.Lock()
	if !pacing.start.After(slept) {
		// The first loop to resume starts the new slice; the others,
		// resuming after it in the same turn, share it.
		pacing.start = time.Now()
	}
	pacing.mu.Unlock()
}
