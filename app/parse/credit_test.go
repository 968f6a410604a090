package parse

import "testing"

// TestCreditSuffixStart: the credits glued onto the end of a caption that
// CreditSuffixStart finds, and the endings that are not credits.
func TestCreditSuffixStart(t *testing.T) {
	cases := []struct{ text, credit string }{
		{"Displaced families arrive at a camp in Tawila, North Darfur, on November 30, 2026 [File: Reuters]", " [File: Reuters]"},
		{"Rescuers search the rubble of a building in Gaza City [Mohammed Salem/Reuters]", " [Mohammed Salem/Reuters]"},
		{"Firefighters at the site of the strike in Odesa on Tuesday. (Getty Images)", " (Getty Images)"},
		{"Residents queue for water in Khartoum | Yonhap via REUTERS", " | Yonhap via REUTERS"},
		// The Telegraph's label, no sentence's end before it; a sentence
		// that says "Credit:" before one is no credit.
		{"Rishi Sunak was prime minister from 2022 to 2024 Credit: Leon Neal/Getty Images", " Credit: Leon Neal/Getty Images"},
		{"The bank raised rates again. Credit: the cost of borrowing is rising for families.", ""},
		{"Employment Minister Patty Hajdu speaks to reporters in Ottawa on Tuesday. (Adrian Wyld/The Canadian Press)", " (Adrian Wyld/The Canadian Press)"},
		// The Globe and Mail's credit glued to the caption's full stop;
		// a stop glued to a capital in initials is no credit's.
		{"Bank of Canada Governor Tiff Macklem in Ottawa on Wednesday.Justin Tang/The Canadian Press", "Justin Tang/The Canadian Press"},
		{"Troops of the U.S.Army and the Navy/Marines held drills", ""},
		// A headline's label and a note in brackets are no credits.
		{"Chris Brown Rocks His Steez In The New Issue Of The Magazine! [Photos]", ""},
		{"The minister said the plan would go ahead next year [updated]", ""},
	}
	for _, c := range cases {
		got := ""
		if k := CreditSuffixStart(c.text); k >= 0 {
			got = c.text[k:]
		}
		if got != c.credit {
			t.Errorf("CreditSuffixStart(%q): %q, want %q", c.text, got, c.credit)
		}
	}
}
