//go:build !wasm

package ui

import (
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
