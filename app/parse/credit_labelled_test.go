package parse

import "testing"

// TestCreditSuffixLabelled finds the credits British captions close on
// with no full stop before them, and leaves a paragraph's parenthesis.
func TestCreditSuffixLabelled(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Daniel Hughes found the cash in the lining of a coat (Picture: Daniel Hughes/SWNS)", true},
		{"A Frontex patrol vessel off the Greek island of Samos (Photo: Frontex)", true},
		{"Central line trains at White City depot (Getty Images)", true},
		{"Flooding in Carmarthen on Wednesday morning Credit: ITV Wales", true},
		{"The rules were written by the Environmental Protection Agency (EPA)", false},
		{"7 Reasons to Subscribe Subscribe via: ( Email / RSS )", false},
		{"The minister said the plan was agreed (see below)", false},
		{"The minister speaks at Queen's Park on Dec. 3, 2026. THE CANADIAN PRESS/Chris Young", true},
		{"Police are asking for witnesses after a pedestrian was injured on Tuesday night. (File photo)", true},
		{"Flooding on Brickell Avenue after heavy rain in June. MATIAS J. OCNER mocner@miamiherald.com", true},
		{"For more information, write to the council's press office at press@example.org", false},
		{"The council said it would publish the file (file photo)", false},
		// A list of nominees, each with the show and its channel, is no
		// caption: a comma in the parenthesis, or too few words before it.
		{"Sarah Lane & Tom Price (Night Shift, BBC Four)", false},
		{"Harbour Lights (BBC Four)", false},
	} {
		if got := CreditSuffixStart(c.text) >= 0; got != c.want {
			t.Errorf("CreditSuffixStart(%q) >= 0 = %v, want %v", c.text, got, c.want)
		}
	}
}
