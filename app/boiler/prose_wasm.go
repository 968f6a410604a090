//go:build wasm

package boiler

// proseSentence reports whether line s reads as a sentence of prose (see
// prose.go, the native version, which reads less of it).
func proseSentence(s string, lex *lexTable) bool {
	st := measure(s, lex)
	return st.prose() && st.sentence()
}
