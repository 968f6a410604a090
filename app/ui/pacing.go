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

// keyQuiet is how long after a keystroke in the search box the loops that
// pause, and followBundle's showing of more articles, leave the page's
// thread to that keystroke's search and render: otherwise their slices,
// and the search and render of a corpus update, run between the keystroke
// and the frame that shows its results.
const keyQuiet = 200 * time.Millisecond

// pause yields the thread to the browser when the current slice is used
// up; call it between units of work of a few milliseconds at most. On the
// server (prerendering) it does nothing.
func pause() {
	if !app.IsClient {
		return
	}
	pacing := &theDossier.pace
	now := time.Now()
	pacing.mu.Lock()
	if pacing.start.IsZero() {
		pacing.start = now
	}
	used := now.Sub(pacing.start) >= pacerSlice || pacing.quietLeftLocked(now) > 0
	pacing.mu.Unlock()
	if !used {
		return
	}
	slept := time.Now()
	yieldToBrowser()
	waitKeys()
	pacing.mu.Lock()
	if !pacing.start.After(slept) {
		// The first loop to resume starts the new slice; the others,
		// resuming after it in the same turn, share it.
		pacing.start = time.Now()
	}
	pacing.mu.Unlock()
}

// keystroke records a keystroke in the search box at now (see keyQuiet).
func (p *pacer) keystroke(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.key = now
}

// quietLeft returns how long, at now, work that can wait still leaves the
// page's thread to the last keystroke in the search box (0: none is fresh).
func (p *pacer) quietLeft(now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.quietLeftLocked(now)
}

// quietLeftLocked is quietLeft with p.mu held.
func (p *pacer) quietLeftLocked(now time.Time) time.Duration {
	if p.key.IsZero() {
		return 0
	}
	return max(0, keyQuiet-now.Sub(p.key))
}

// waitKeys waits, in the browser, until no keystroke in the search box is
// fresh (keyQuiet): work that can wait calls it before it takes the page's
// thread.
func waitKeys() {
	if !app.IsClient {
		return
	}
	for {
		left := theDossier.pace.quietLeft(time.Now())
		if left <= 0 {
			return
		}
		yieldFor(left)
	}
}
