//go:build !unix && !js

package timeline

import "time"

// cpuTime is unknown outside Unix and node (js).
func cpuTime() (time.Duration, bool) { return 0, false }
