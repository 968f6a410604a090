//go:build js

package article

import (
	"syscall/js"
	"time"
)

// cpuTime is the process's CPU time so far (node's process.cpuUsage): a
// benchmark's figure less moved by other processes than its elapsed time.
func cpuTime() time.Duration {
	u := js.Global().Get("process").Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond
}
