package ui

import (
	"testing"
	"time"
)

// TestPacerKeyQuiet: a keystroke in the search box leaves the page's thread
// to its search and render for keyQuiet (work that can wait waits that
// long), and only the last keystroke counts.
func TestPacerKeyQuiet(t *testing.T) {
	var p pacer
	t0 := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	if left := p.quietLeft(t0); left != 0 {
		t.Fatalf("no keystroke yet: quiet left %v, want 0", left)
	}
	p.keystroke(t0)
	for _, c := range []struct {
		after, want time.Duration
	}{
		{0, keyQuiet},
		{50 * time.Millisecond, keyQuiet - 50*time.Millisecond},
		{keyQuiet, 0},
		{time.Second, 0},
	} {
		if left := p.quietLeft(t0.Add(c.after)); left != c.want {
			t.Errorf("%v after a keystroke: quiet left %v, want %v", c.after, left, c.want)
		}
	}
	p.keystroke(t0.Add(time.Second))
	if left := p.quietLeft(t0.Add(time.Second + 10*time.Millisecond)); left != keyQuiet-10*time.Millisecond {
		t.Errorf("10 ms after the next keystroke: quiet left %v, want %v", left, keyQuiet-10*time.Millisecond)
	}
}
