package ui

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// queryURLDelay is how long after the last keystroke in the search box the
// library's URL takes the query (?q=).
const queryURLDelay = time.Second

// queryURL keeps the query in the library's URL (?q=), so that a search can
// be shared and reloaded, without changing the URL at every keystroke:
// history.replaceState held a keystroke's task 15–118 ms (median ~23) while
// the 10,000 Reuters stories processed on a busy machine. The URL takes the
// query once typing pauses (queryURLDelay), or at once when the search box
// loses focus (the reader clicks a result, or the address bar to copy it).
type queryURL struct {
	mu      sync.Mutex
	query   string    // what the URL should carry
	pending bool      // the URL does not carry it yet
	timer   app.Value // the pending setTimeout's ID, or nil
	fire    app.Func  // the timer's callback, made once
}

// typed records the query typed on the library page and has the URL take
// it once typing pauses.
func (u *queryURL) typed(q string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.query, u.pending = q, true
	if !app.IsClient {
		return
	}
	w := app.Window()
	if u.fire == nil {
		u.fire = app.FuncOf(func(app.Value, []app.Value) any {
			u.flush()
			return nil
		})
	}
	if u.timer != nil {
		w.Call("clearTimeout", u.timer)
	}
	u.timer = w.Call("setTimeout", u.fire, queryURLDelay.Milliseconds())
}

// flush has the URL take the query now, if it does not carry it yet and
// the library is still the page shown.
func (u *queryURL) flush() {
	u.mu.Lock()
	defer u.mu.Unlock()
	if !u.pending {
		return
	}
	u.pending = false
	if !app.IsClient {
		return
	}
	w := app.Window()
	if u.timer != nil {
		w.Call("clearTimeout", u.timer)
		u.timer = nil
	}
	loc := w.URL()
	if appPath(loc.Path) != PathLibrary {
		return
	}
	loc.RawQuery = queryString(u.query)
	w.Get("history").Call("replaceState", nil, "", loc.String())
}
