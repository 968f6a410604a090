//go:build !js

package article

import (
	"syscall"
	"time"
)

// cpuTime is the process's CPU time so far (getrusage): a benchmark's
// figure less moved by other processes than its elapsed time.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
