package parse

import "testing"

// TestDatesOfEastEurope: Ukrainian and Czech dates name the month in its
// genitive ("2 грудня 2026", "2. prosince 2026"), and the Hankyoreh glues
// the day to the month's point ("Dec.2,2026").
func TestDatesOfEastEurope(t *testing.T) {
	for in, want := range map[string][4]int{
		"2 грудня 2026, 08:35": {2026, 12, 2, len("2 грудня 2026")},
		"2. prosince 2026":     {2026, 12, 2, len("2. prosince 2026")},
	} {
		y, m, d, n := ForeignDate(in)
		if got := [4]int{y, m, d, n}; got != want {
			t.Errorf("ForeignDate(%q) = %v, want %v", in, got, want)
		}
	}
	if n := DateLen("Dec.2,2026 16:47 KST"); n != len("Dec.2,2026") {
		t.Errorf("DateLen(%q) = %d, want %d", "Dec.2,2026 16:47 KST", n, len("Dec.2,2026"))
	}
}
