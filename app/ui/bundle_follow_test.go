//go:build !wasm

package ui

import (
	"errors"
	"testing"
	"time"
)

func TestFollowStep(t *testing.T) {
	docs := make([]doc, 600)
	at := func(n, total int) bundleProgress { return bundleProgress{docs: docs[:n], done: n, total: total} }
	cases := []struct {
		p        bundleProgress
		since    time.Duration
		timeline bool
		shown    int
		want     int
	}{
		{at(100, 600), time.Second, false, 50, stepShow},
		{at(100, 600), 100 * time.Millisecond, false, 50, stepWait},
		{at(100, 600), 4 * time.Second, true, 50, stepShow},
		{at(100, 600), 4 * time.Second, true, 60, stepCounts},
		{at(100, 600), time.Second, true, 10, stepWait},
		// The last progress: the final show follows.
		{at(600, 600), time.Minute, true, 10, stepWait},
		{at(600, 600), time.Minute, false, 10, stepWait},
	}
	for i, c := range cases {
		if got := followStep(c.p, c.since, c.timeline, c.shown); got != c.want {
			t.Errorf("%d: %d of %d, %v since, timeline %v, %d shown: step %d, want %d", i, c.p.done, c.p.total, c.since, c.timeline, c.shown, got, c.want)
		}
	}
}

func TestNewest(t *testing.T) {
	more := make(chan bundleProgress, 4)
	if p, closed := newest(bundleProgress{done: 1}, more); p.done != 1 || closed {
		t.Errorf("nothing waiting: %d, closed %v", p.done, closed)
	}
	more <- bundleProgress{done: 2}
	more <- bundleProgress{done: 3}
	if p, closed := newest(bundleProgress{done: 1}, more); p.done != 3 || closed {
		t.Errorf("two waiting: %d, closed %v; want the newest, 3", p.done, closed)
	}
	more <- bundleProgress{done: 4, err: errors.New("worker gone")}
	close(more)
	if p, closed := newest(bundleProgress{done: 3}, more); p.done != 4 || p.err == nil || !closed {
		t.Errorf("the last, then closed: %d, %v, closed %v", p.done, p.err, closed)
	}
}

// TestIndexSoFar: while articles are processing, what is there is indexed
// every indexInterval, except on the timeline, which does not search.
func TestIndexSoFar(t *testing.T) {
	if !indexSoFar(indexInterval+time.Millisecond, false) || indexSoFar(indexInterval/2, false) {
		t.Error("the library is not indexed every indexInterval")
	}
	if indexSoFar(time.Hour, true) {
		t.Error("the timeline indexes while articles are processing")
	}
}
