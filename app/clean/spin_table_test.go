package clean

import (
	"strconv"
	"strings"
	"testing"
)

// TestBigramLookupMatchesTable checks the in-place bigram lookup against a
// full parse of the table: every listed pair gives its count, and an
// unlisted second word gives none.
func TestBigramLookupMatchesTable(t *testing.T) {
	tab := loadTable()
	data := SpinTableData()
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || (f[0] != "b" && f[0] != "n") {
			continue
		}
		g := tab.bi
		if f[0] == "n" {
			g = tab.news
		}
		for i := 2; i+1 < len(f); i += 2 {
			want, _ := strconv.Atoi(f[i+1])
			if got := g.count(f[1], f[i]); got != want {
				t.Errorf("%s %s %s: got %d want %d", f[0], f[1], f[i], got, want)
			}
		}
		if g.count(f[1], "zzznotaword") != 0 {
			t.Errorf("%s %s: an unlisted word has a count", f[0], f[1])
		}
	}
}
