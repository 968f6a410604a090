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
	} {
		if got := CreditSuffixStart(c.text) >= 0; got != c.want {
			t.Errorf("CreditSuffixStart(%q) >= 0 = %v, want %v", c.text, got, c.want)
		}
	}
}
