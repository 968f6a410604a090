//go:build !unix

package timeline

import "time"

// cpuTime is unknown outside Unix.
func cpuTime() (time.Duration, bool) { return 0, false }
