package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workSlice is how long the app computes on the page's thread before it
// lets the browser run: a task over 50 ms delays input and paint.
const workSlice = 30 * time.Millisecond

// yieldToBrowser ends the current task of the page's thread: in the wasm the
// Go scheduler, with every goroutine asleep, returns to the browser's event
// loop until the timer fires. It must be called from a goroutine, never from
// a JavaScript callback. On the server it does nothing.
func yieldToBrowser() {
	if app.IsClient {
		time.Sleep(time.Millisecond)
	}
}

// yielder yields to the browser once a slice of work has run since the last
// yield (or its first use).
type yielder struct{ since time.Time }

// maybe yields if workSlice has passed.
func (y *yielder) maybe() {
	if !app.IsClient {
		return
	}
	if y.since.IsZero() {
		y.since = time.Now()
		return
	}
	if time.Since(y.since) >= workSlice {
		yieldToBrowser()
		y.since = time.Now()
	}
}
