package clean

import "testing"

// TestLinePairsHash2: linePairs, which reads each byte once and carries the
// hash of the one before, holds exactly the pairs hash2 makes of the line's
// bytes (the first after a space), for ASCII and UTF-8 lines alike.
func TestLinePairsHash2(t *testing.T) {
	for _, s := range []string{"", "a", "read more", "Über 40 Jahre — «Zürich»", "\xff\x00 \xfe", "© 2026 the site. all rights reserved."} {
		var want pairSet
		prev := byte(' ')
		for i := 0; i < len(s); i++ {
			want.add(hash2(prev, s[i]))
			prev = s[i]
		}
		if got := linePairs(s); got != want {
			t.Errorf("%q: %x, want %x", s, got, want)
		}
	}
}
