package clean

import "testing"

// TestPublisherPaperCompany: a copyright line naming the paper's company
// ("The Harbour Times Company", "The Harbour Gazette Publishing Company")
// names the paper; a name of one word before "Company" is the name whole,
// and a firm's "& Company" its own.
func TestPublisherPaperCompany(t *testing.T) {
	for name, want := range map[string]string{
		"The Harbour Times Company":              "The Harbour Times",
		"The Harbour Gazette Publishing Company": "The Harbour Gazette",
		"Quay Company":                           "Quay Company",
		"Quay Jones & Company":                   "Quay Jones & Company",
	} {
		if got := publicationName(name); got != want {
			t.Errorf("%q: %q, want %q", name, got, want)
		}
	}
	page := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Copyright 2026 The Harbour Times Company\n"
	if got := Clean(page).Publisher; got != "The Harbour Times" {
		t.Errorf("publisher %q, want The Harbour Times", got)
	}
}
