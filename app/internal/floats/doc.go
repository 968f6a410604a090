// Package floats holds min and max for floats that the wasm build inlines
// (its builtins are calls into the runtime there); natively they are the
// builtins.
package floats
