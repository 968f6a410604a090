//go:build js

package timeline

import (
	"syscall/js"
	"time"
)

// cpuTime returns the CPU time node's process has used
// (process.cpuUsage), as cputime_unix_test.go does natively.
func cpuTime() (time.Duration, bool) {
	u := js.Global().Get("process").Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond, true
}
