package parse

import "testing"

// TestForeignDate: dates written day first with a month named in another
// language, and year first in Chinese, Japanese and Korean, read whole; a
// word that is no month, a day out of range, a weekday alone and a missing
// year are no date.
func TestForeignDate(t *testing.T) {
	for in, want := range map[string][4]int{
		"19. März 2026, 17:45 Uhr":    {2026, 3, 19, len("19. März 2026")},
		"30 avril 2015 à 07:19":       {2015, 4, 30, len("30 avril 2015")},
		"1er décembre 2026":           {2026, 12, 1, len("1er décembre 2026")},
		"5 de diciembre de 2026":      {2026, 12, 5, len("5 de diciembre de 2026")},
		"5 de dezembro de 2026":       {2026, 12, 5, len("5 de dezembro de 2026")},
		"7 gennaio 2025":              {2025, 1, 7, len("7 gennaio 2025")},
		"12 октября 2026, 14:35":      {2026, 10, 12, len("12 октября 2026")},
		"3 maja 2024":                 {2024, 5, 3, len("3 maja 2024")},
		"2026年12月5日 14:00":            {2026, 12, 5, len("2026年12月5日")},
		"2026년 12월 5일 오후":             {2026, 12, 5, len("2026년 12월 5일")},
		"21 سبتمبر 2026":              {2026, 9, 21, len("21 سبتمبر 2026")},
		"الأحد 21 سبتمبر 2026 الواحة": {2026, 9, 21, len("الأحد 21 سبتمبر 2026")},
		"Sonntag, 19. März 2026":      {2026, 3, 19, len("Sonntag, 19. März 2026")},
		"lundi 1er décembre 2026":     {2026, 12, 1, len("lundi 1er décembre 2026")},
		"02 dic 2026 - 14:15 CET":     {2026, 12, 2, len("02 dic 2026")},
		"2 déc. 2026":                 {2026, 12, 2, len("2 déc. 2026")},
		"3. Dez. 2026":                {2026, 12, 3, len("3. Dez. 2026")},
		"5 set 2026":                  {2026, 9, 5, len("5 set 2026")},
		"Sonntag Abend":               {},
		"5 de diciembre":              {},
		"12 apples 2026":              {},
		"40 März 2026":                {},
		"2026年13月5日":                  {},
		"Montag":                      {},
		"":                            {},
	} {
		y, m, d, n := ForeignDate(in)
		if got := [4]int{y, m, d, n}; got != want {
			t.Errorf("ForeignDate(%q) = %v, want %v", in, got, want)
		}
	}
	// DateLen reads them too, after a weekday in English.
	if got, want := DateLen("Monday, 19. März 2026"), len("Monday, 19. März 2026"); got != want {
		t.Errorf("DateLen = %d, want %d", got, want)
	}
	if got := DateLen("Monday, 12 apples"); got != 0 {
		t.Errorf("DateLen(weekday, no date) = %d, want 0", got)
	}
}

// FuzzForeignDate: no input panics, and a date read lies within the input.
func FuzzForeignDate(f *testing.F) {
	for _, s := range []string{"19. März 2026", "2026年12月5日", "5 de diciembre de 2026", "12 октября 2026", "1er"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, _, _, n := ForeignDate(s); n < 0 || n > len(s) {
			t.Fatalf("length %d of %d", n, len(s))
		}
		if n := DateLen(s); n < 0 || n > len(s) {
			t.Fatalf("DateLen %d of %d", n, len(s))
		}
	})
}

// TestUkrainianWeekday reads a Ukrainian date after its weekday, as
// Ukrainska Pravda's byline line writes it.
func TestUkrainianWeekday(t *testing.T) {
	for _, s := range []string{"Вівторок, 2 грудня 2026, 07:50", "п'ятниця, 5 грудня 2026"} {
		if y, m, d, n := ForeignDate(s); n == 0 || y != 2026 || m != 12 || d != 2 && d != 5 {
			t.Errorf("ForeignDate(%q) = %d-%d-%d (%d)", s, y, m, d, n)
		}
	}
}
