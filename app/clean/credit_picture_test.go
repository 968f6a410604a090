package clean

import "testing"

// TestPictureCreditNoHeadline: a picture's credit between the headline and
// the article ("Name/Agency", a caption ending in "(Name/Agency)" or "/
// AAP") is no headline, on a page scraped without its title line.
func TestPictureCreditNoHeadline(t *testing.T) {
	page := []string{
		"Home", "World", "Business", "Technology", "Sports", "Jobs", "Real Estate", "Autos",
		"Harbour Chiefs Want a Bigger Cheque",
		"Lena Okafor/Tidewater Press",
		"The harbour board will ask the capital for twice the dredging funds it received last year, its chairwoman said on Tuesday, as silt closes the outer berths.",
		"The board says the silt has cut the depth of the outer berths by a metre since spring, and two container lines have warned they may call elsewhere.",
	}
	// The classifier took the headline for one more menu entry, and kept
	// the credit.
	if got, _ := learnedHeadline(page, "Lena Okafor/Tidewater Press"); got != "Harbour Chiefs Want a Bigger Cheque" {
		t.Errorf("headline %q, want the headline over the credit", got)
	}
	for s, want := range map[string]bool{
		"Lena Okafor/Tidewater Press":                                true,
		"Crowds at the pier on Sunday. (Okafor/Tidewater Press)":     true,
		"Marta Lind (AAP)":                                           true,
		"Festival goers crowd the main stage at the 2006 fair / AAP": true,
		"Harbour Board to Seek Twice the Dredging Funds":             false,
		"NFL Fantasy podcast (11/6/12)":                              false,
		"Storm closes schools (VIDEO)":                               false,
		"Apple/Google Deal Collapses":                                false,
		"Sport / Football":                                           false,
	} {
		if got := pictureCredit(s); got != want {
			t.Errorf("pictureCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
