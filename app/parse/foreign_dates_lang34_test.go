package parse

import "testing"

// TestForeignDateLang34: dates of Swedish, Norwegian, Danish, Finnish,
// Turkish and Indonesian pages, their months' names and weekdays.
func TestForeignDateLang34(t *testing.T) {
	for in, want := range map[string][4]int{
		"5 augusti 2026":               {2026, 8, 5, len("5 augusti 2026")},
		"5. desember 2026 kl. 14.20":   {2026, 12, 5, len("5. desember 2026")},
		"5. marts 2026":                {2026, 3, 5, len("5. marts 2026")},
		"5. joulukuuta 2026":           {2026, 12, 5, len("5. joulukuuta 2026")},
		"5 Aralık 2026 Cuma":           {2026, 12, 5, len("5 Aralık 2026")},
		"Jumat, 05 Des 2026 14:20 WIB": {2026, 12, 5, len("Jumat, 05 Des 2026")},
		"5 Maret 2026":                 {2026, 3, 5, len("5 Maret 2026")},
		"lördag 5 december 2026":       {2026, 12, 5, len("lördag 5 december 2026")},
	} {
		y, m, d, n := ForeignDate(in)
		if got := [4]int{y, m, d, n}; got != want {
			t.Errorf("ForeignDate(%q) = %v, want %v", in, got, want)
		}
	}
}
