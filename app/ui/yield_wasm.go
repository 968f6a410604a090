//go:build wasm

package ui

import "syscall/js"

// yieldToBrowser ends the current task of the page's thread and waits for
// a task of its own: it blocks on a setTimeout callback, so the Go
// scheduler, once nothing else can run, returns to the browser's event
// loop, which can draw and handle input before the callback resumes it.
// (Sleeping instead does not always yield: a goroutine whose timer has
// expired while the garbage collector's worker ran is resumed at once,
// and the browser never gets the thread.) Call it from a goroutine, never
// from a JavaScript callback.
func yieldToBrowser() {
	done := make(chan struct{})
	resume := js.FuncOf(func(js.Value, []js.Value) any {
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", resume, 0)
	<-done
	resume.Release()
}
