package clean

import "strings"

// hasQuote reports whether s holds a straight or curly double quotation
// mark: strings.ContainsAny(s, "\"“”"), byte-wise. ContainsAny reads s rune
// by rune when the set is not all ASCII, through four calls a rune that the
// wasm does not inline (the standard library is built without inlining, see
// the Makefile): this is several times faster natively and under wasm, where
// the ContainsAny it replaced took 6% of the cleanup's time.
// TestMarksMatchContainsAny checks the two agree.
//
//go:noinline
func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, 0xe2) >= 0 && (strings.Contains(s, "“") || strings.Contains(s, "”"))
}

// hasQuoteOrMark is strings.ContainsAny(s, "\"“”?!"), byte-wise.
func hasQuoteOrMark(s string) bool {
	return strings.IndexByte(s, '?') >= 0 || strings.IndexByte(s, '!') >= 0 || hasQuote(s)
}

// hasCrumbSeparator is strings.ContainsAny(s, ">›»/|•·"), byte-wise.
//
//go:noinline
func hasCrumbSeparator(s string) bool {
	if strings.IndexByte(s, '>') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '|') >= 0 {
		return true
	}
	// "›" and "•" open with 0xe2, "»" and "·" with 0xc2.
	return strings.IndexByte(s, 0xe2) >= 0 && (strings.Contains(s, "›") || strings.Contains(s, "•")) ||
		strings.IndexByte(s, 0xc2) >= 0 && (strings.Contains(s, "»") || strings.Contains(s, "·"))
}
