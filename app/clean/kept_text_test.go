package clean

import "strings"

// keptText is the text of r's kept blocks, a line each: what a test of a
// whole page checks its kept and removed phrases against.
func keptText(r Result) string {
	var kept []string
	for _, b := range r.Blocks {
		if b.Removed == "" {
			kept = append(kept, b.Text())
		}
	}
	return strings.Join(kept, "\n")
}
