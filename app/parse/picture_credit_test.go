package parse

import "testing"

func TestPictureCredit(t *testing.T) {
	for _, c := range []struct {
		credit string
		want   bool
	}{
		{"— Picture by Miera Zulyana", true},
		{"— Filepic", true},
		{"—INQUIRER FILE PHOTO", true},
		{"- File photo", true},
		{"(Express Photo)", true},
		{"CNA file photo", true},
		{"File photo: Star", true},
		{"PHOTO | FILE", true},
		// The Guernsey Press' number of the picture in its library.
		{"(Picture by Adrian Miller, 123456)", true},
		{"(Picture by Adrian Miller, 12)", false},
		// A wire's sign-off, an agency's own stamp, a button.
		{"— PTI", false},
		{"AFP PHOTO", false},
		{"View Photo", false},
		{"Photo", false},
		{"— the minister said.", false},
	} {
		if got := PictureCredit(c.credit); got != c.want {
			t.Errorf("PictureCredit(%q) = %v, want %v", c.credit, got, c.want)
		}
	}
}

func TestCreditSuffixStartPictureLabels(t *testing.T) {
	for _, c := range []struct{ text, credit string }{
		{"Workers harvest oil palm fruit bunches at a plantation in Sepang. — Filepic", " — Filepic"},
		{"Passengers board a rapid transit bus in Dar es Salaam. PHOTO | FILE", " PHOTO | FILE"},
		{"Rice is displayed at a supermarket in Tokyo's Nerima Ward on Dec. 1, 2026. (Mainichi/Yuki Sato)", " (Mainichi/Yuki Sato)"},
		{"Pilgrims walk around the Kaaba at the Grand Mosque in Makkah. (SPA)", " (SPA)"},
		{"Penang Chief Minister Chow Kon Yeow welcomed the announcement. — Bernama", ""},
	} {
		got := ""
		if k := CreditSuffixStart(c.text); k >= 0 {
			got = c.text[k:]
		}
		if got != c.credit {
			t.Errorf("CreditSuffixStart(%q): credit %q, want %q", c.text, got, c.credit)
		}
	}
}

func TestCreditSuffixStartSlashes(t *testing.T) {
	for _, c := range []struct{ text, credit string }{
		{"Residents flee their village in Sagaing Region in November. / CJ", " / CJ"},
		{"Traffic at the Poipet international checkpoint in Banteay Meanchey province. KT/Chor Sokunthea", " KT/Chor Sokunthea"},
		// The photographer first: not the acronym's shape.
		{"Gov. Chris Christie is shown at a press conference on Monday. Tony Kurdzuk/The Star-Ledger", ""},
	} {
		got := ""
		if k := CreditSuffixStart(c.text); k >= 0 {
			got = c.text[k:]
		}
		if got != c.credit {
			t.Errorf("CreditSuffixStart(%q): credit %q, want %q", c.text, got, c.credit)
		}
	}
}

func TestCreditSuffixStartGluedParen(t *testing.T) {
	for _, c := range []struct{ text, credit string }{
		{"Sebi said 91% of individual traders lost money in derivatives last year.(Mint)", "(Mint)"},
		{"The figure was revised in the second estimate released on Friday.(1)", ""},
	} {
		got := ""
		if k := CreditSuffixStart(c.text); k >= 0 {
			got = c.text[k:]
		}
		if got != c.credit {
			t.Errorf("CreditSuffixStart(%q): credit %q, want %q", c.text, got, c.credit)
		}
	}
}
