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
		// The Kansas City Star's photographer in her own case: the
		// address spells her surname.
		{"Snowplows wait at the city's yard on Blue Parkway on Thursday. Tammy Ljungblad tljungblad@kcstar.com", true},
		{"Tickets are on sale at the box office. Call Ticket Desk tickets@example.org", false},
		{"The caption ends here. Dana Whitcombe editor@example.org", false},
		// The New Indian Express's label, a bar and the source.
		{"A train on the elevated line near Porur during trial runs on Friday. (Photo | Express)", true},
		{"Farmers at the market yard in Guntur. (File Photo | PTI)", true},
		{"The results were mixed across the state. (see table | below)", false},
		// The Tampa Bay Times' photographer in capitals and its name in
		// brackets.
		{"Dunes near Sunset Beach on Treasure Island on Tuesday. [ DIRK SHADD | Times ]", true},
		{"The vote split the board down the middle. [ Editor's note | corrected ]", false},
		{"The lake's south arm, seen from Antelope Island on Nov. 20, 2026. (Francisco Kjolseth | The Salt Lake Tribune)", true},
		{"Officials met again on Friday. (See Also | more)", false},
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
