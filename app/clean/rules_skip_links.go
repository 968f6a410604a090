package clean

import "strings"

// skipLinks reports whether a line (lower case) is a template's skip links
// alone, parted by bars: Blogger's "skip to main | skip to sidebar", "Skip
// to content | Jump to navigation". Each part opens with "skip to" or
// "jump to" and has four words at most.
func skipLinks(low string) bool {
	for more := true; more; {
		var p string
		p, low, more = strings.Cut(low, " | ")
		p = strings.TrimSpace(p)
		if !strings.HasPrefix(p, "skip to ") && !strings.HasPrefix(p, "jump to ") || words(p) > 4 {
			return false
		}
	}
	return true
}
