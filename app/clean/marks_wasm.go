//go:build wasm

package clean

import "strings"

// hasQuote reports whether s holds a straight or curly double quotation
// mark (see marks.go).
//
//go:noinline
func hasQuote(s string) bool { return strings.ContainsAny(s, "\"“”") }

// hasQuoteOrMark reports whether s holds a quotation mark, "?" or "!".
func hasQuoteOrMark(s string) bool { return strings.ContainsAny(s, "\"“”?!") }

// hasCrumbSeparator reports whether s holds a breadcrumb's separator.
func hasCrumbSeparator(s string) bool { return strings.ContainsAny(s, ">›»/|•·") }
