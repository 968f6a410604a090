package clean

import "testing"

// TestPublisherLonelyMasthead: a page scraped without its title line opens
// with a link of its header ("Home Delivery"), which the page names nowhere
// else: not the masthead, where the copyright line names the paper.
func TestPublisherLonelyMasthead(t *testing.T) {
	page := "Home Delivery\nLog In\nRegister Now\n" +
		"Ferry fares to rise in spring\n" +
		"Fares on the island ferries will rise by a tenth in March, the harbour board said on Tuesday, the first rise in six years.\n" +
		"The board said fuel and crew costs had climbed faster than the number of passengers since the new terminal opened.\n" +
		"Islanders who commute daily will keep their monthly pass at its old price until the end of the year.\n" +
		"© 2026 The Harbour Ledger\n"
	if got := Clean(page).Publisher; got != "The Harbour Ledger" {
		t.Errorf("publisher %q, want The Harbour Ledger", got)
	}
}

// TestPublisherRightsReserved: a footer's "All Rights Reserved © 2026",
// the notice before the sign, names no publisher.
func TestPublisherRightsReserved(t *testing.T) {
	if got := publicationName("All Rights Reserved"); got != "" {
		t.Errorf("publicationName %q, want none", got)
	}
}
