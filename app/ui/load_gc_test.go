package ui

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
)

// TestLoadGC: while the page loads the collector waits for a ninefold
// heap; when the load is done no cycle starts at once (the next comes
// when the heap has doubled), and after the next cycle the usual setting
// is back.
func TestLoadGC(t *testing.T) {
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(-1)
	relaxed, savedPercent, savedLimit := loadGC.relaxed, loadGC.percent, loadGC.limit
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
		loadGC.once, loadGC.relaxed, loadGC.percent, loadGC.limit = sync.Once{}, relaxed, savedPercent, savedLimit
	})
	loadGC.once = sync.Once{}

	relaxGCForLoad()
	if got := gcPercent(); got != loadGCPercent {
		t.Fatalf("GOGC while loading %d, want %d", got, loadGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != loadMemoryLimit {
		t.Errorf("memory limit while loading %d, want %d", got, loadMemoryLimit)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	loadDone()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// No cycle forced at once: the limit is above what the heap holds now
	// by the heap's size. (Counting cycles here was flaky: a cycle another
	// goroutine's allocation starts may fall between the two reads.)
	if got := debug.SetMemoryLimit(-1); got <= int64(before.Sys-before.HeapReleased) {
		t.Errorf("memory limit as the load ended %d, not above the memory in use %d: a cycle at once", got, before.Sys-before.HeapReleased)
	}
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("GOGC before the next cycle %d, want %d", got, loadGCPercent)
	}
	if got, want := debug.SetMemoryLimit(-1), int64(after.Sys-after.HeapReleased+after.HeapAlloc); got < want/2 || got > 2*want {
		t.Errorf("memory limit after the load %d, want about %d (twice the heap)", got, want)
	}
	for deadline := time.Now().Add(10 * time.Second); gcPercent() != 100; {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC after a cycle %d, want 100", gcPercent())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("memory limit after a cycle %d, want %d", got, limit)
	}
	loadDone() // once only
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC after a second loadDone %d, want 100", got)
	}
}

// gcPercent is the collector's GOGC.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}
