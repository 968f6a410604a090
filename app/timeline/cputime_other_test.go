//go:build !unix

package timeline

import "time"

// cpuTime is unknown outside Unix: benchmarks report 0 CPU seconds.
func cpuTime() time.Duration { return 0 }
