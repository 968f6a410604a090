package clean

import (
	"fmt"
	"strings"
	"testing"
)

// TestSpinTableErrorsAsFmt: checkSpinTable's refusals, written without fmt
// (the library worker does without it), read as the fmt.Errorf calls they
// replace did.
func TestSpinTableErrorsAsFmt(t *testing.T) {
	h := spinTableHeader + "\n"
	long := "Ünïcødé — a line far longer than forty runes, which the message cuts"
	for _, c := range []struct{ data, want string }{
		{"not the table\n", fmt.Sprintf("spin table: does not start with %q", spinTableHeader)},
		{h + "v word", fmt.Sprintf("spin table: truncated (%d bytes, no final newline)", len(h+"v word"))},
		{h + long + "\n", fmt.Sprintf("spin table: line %d is not a line of the table: %.40q", 2, long)},
		{h + "v\t\"é\n", fmt.Sprintf("spin table: line %d is not a line of the table: %.40q", 2, "v\t\"é")},
		{h + "v b\nz a\n", fmt.Sprintf("spin table: line %d: kind %q out of place", 3, byte('z'))},
		{h + "v  x\n", fmt.Sprintf("spin table: line %d has no word", 2)},
		{h + "v b\nv a\n", fmt.Sprintf("spin table: line %d: %q after %q, out of order", 3, "a", "b")},
	} {
		err := checkSpinTable(c.data)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: %v\nwant %s", c.data, err, c.want)
		}
	}
	for _, s := range []string{"", "short", long, strings.Repeat("é", 40), strings.Repeat("é", 41), "\xff\xfe" + long} {
		if got, want := fmt.Sprintf("%q", firstRunes(s, 40)), fmt.Sprintf("%.40q", s); got != want {
			t.Errorf("firstRunes(%q, 40) quoted %s, want %s", s, got, want)
		}
	}
}
