//go:build linux && !wasm

package main

import (
	"runtime"
	"testing"
	"time"
)

// cpuNow counts the thread's CPU time: busy work moves it, a sleep barely.
func TestCPUNow(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0 := cpuNow()
	for start := time.Now(); cpuNow()-t0 < 10*time.Millisecond; {
		if time.Since(start) > 10*time.Second {
			t.Fatal("10 s of busy work did not add 10 ms of CPU time")
		}
	}
	t1 := cpuNow()
	time.Sleep(100 * time.Millisecond)
	if idle := cpuNow() - t1; idle > 10*time.Millisecond {
		t.Errorf("a sleep of 100 ms counted %v of CPU time", idle)
	}
}
