package ui

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// The page's heap grows from nearly nothing to its whole dossier while it
// loads (~65 MB with the 10,000 Reuters stories when the timeline shows,
// ~90-115 MB once they are indexed). In WebAssembly Go's collector marks
// in the page's thread, and whenever every goroutine waits (a pause for
// the browser to draw) it marks until the cycle is done before the browser
// gets the thread back: each cycle is one task as long as marking the live
// heap, ~100-300 ms at that size. With the usual setting (GOGC=100) the
// load had three, one of them while the page waited for the template
// pages it had asked the worker for, on the way to the timeline. While the
// page loads, the collector waits until the heap has grown ninefold
// (loadGCPercent, a memory limit bounding it); once every article is
// processed and indexed, the next cycle comes when the heap has doubled
// since, as the usual setting would have it after a cycle then, and after
// that cycle the usual setting returns. (Returning to it at once would
// start a cycle of the whole heap at once.)

// loadGCPercent is the collector's GOGC while the page loads, and
// loadMemoryLimit the most memory it lets the heap take meanwhile before
// collecting all the same. loadGCFor is when the load is taken as done
// should it never finish.
const (
	loadGCPercent   = 800
	loadMemoryLimit = 1 << 30
	loadGCFor       = 2 * time.Minute
)

// loadGC is the collector's usual setting while the load's is in force.
var loadGC struct {
	once    sync.Once
	relaxed bool
	percent int
	limit   int64
}

// relaxGCForLoad sets the collector for the page's load, until loadDone.
func relaxGCForLoad() {
	loadGC.percent = debug.SetGCPercent(loadGCPercent)
	loadGC.limit = debug.SetMemoryLimit(loadMemoryLimit)
	loadGC.relaxed = true
	time.AfterFunc(loadGCFor, loadDone)
}

// loadDone ends the load's setting of the collector (once): the next
// cycle starts when the heap has doubled, and the usual setting returns
// after it.
func loadDone() {
	loadGC.once.Do(func() {
		if !loadGC.relaxed {
			return
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		debug.SetMemoryLimit(int64(ms.Sys-ms.HeapReleased) + int64(ms.HeapAlloc))
		runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) { usualGC() })
	})
}

// gcSentinel is garbage whose finalizer runs once a cycle has found it.
type gcSentinel struct{ _ *int }

// usualGC gives the collector back the setting it had before the load.
func usualGC() {
	debug.SetGCPercent(loadGC.percent)
	if loadGC.limit <= 0 {
		loadGC.limit = math.MaxInt64
	}
	debug.SetMemoryLimit(loadGC.limit)
}
