package clean

import (
	"strings"
	"unicode/utf8"
)

// headlineOpens reports whether the headline chosen (title) opens with
// site and a separator after it ("Three Rules of Tides – Ebb, Flood and
// Slack" and "Three Rules of Tides"): a part of the headline, not the
// site's name before it.
func headlineOpens(title, site string) bool {
	if len(title) <= len(site)+2 || !strings.EqualFold(title[:len(site)], site) || title[len(site)] != ' ' {
		return false
	}
	return titleMark(utf8.DecodeRuneInString(strings.TrimSpace(title[len(site):])))
}

// lastTitlePart returns the page's title line's part after its last
// separator (titleSeparators) when it is a proper name of five words at
// most other than not ("... - Harbour Notes On Tides"); else "".
func (d *doc) lastTitlePart(not string) string {
	if len(d.blocks) == 0 {
		return ""
	}
	t := d.blocks[0].text
	k, n := -1, 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > k {
			k, n = i, len(sep)
		}
	}
	if k < 0 {
		return ""
	}
	p := strings.TrimSpace(t[k+n:])
	if words(p) > 5 || properName(p) != p || strings.EqualFold(p, not) || sectionWords[lower(p)] {
		return ""
	}
	return publicationName(p)
}
