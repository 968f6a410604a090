package clean

import (
	"strings"
	"testing"
)

// TestBylineNearHeadline: on a scraped page, the author's name and the time
// under the headline that the classifier removes are named metadata lines,
// not captions; a name far below the article stays whatever the classifier
// named it.
func TestBylineNearHeadline(t *testing.T) {
	page := strings.Join([]string{
		"Skip to main content", "Home", "Briefing Room", "Issues", "Elections & Voting", "Resources",
		"Home • The White House Blog", "Subscribe", "Our Top Stories",
		"President Pushes the House on Middle Class Tax Cuts", "President Offers Comfort to Aurora",
		"Extending Middle Class Tax Cuts for 98% of Americans", "First Lady Leads Delegation to the Olympics",
		"Wall Street Reform Two Years Later: Protecting American Consumers",
		"Brian Deese", "July 21, 2012", "03:06 PM EDT", "Share This Post",
		"Two years ago today, President Obama signed into law the most sweeping reforms of the financial system since the Great Depression.",
		"The law put in place new rules to protect consumers from abusive practices in mortgages, credit cards and other financial products.",
		"It also created an agency whose only job is to look out for consumers, and it has already returned millions of dollars to families.",
		"Related posts", "Weekly Address", "Photo Gallery: Behind the Scenes",
		"Megan Slack", "Privacy Policy", "Contact Us",
	}, "\n\n")
	r := Clean(page)
	reason := map[string]string{}
	for _, b := range r.Blocks {
		reason[b.Source()] = b.Removed
	}
	for _, l := range []string{"Brian Deese", "03:06 PM EDT"} {
		if reason[l] != ReasonMetadata {
			t.Errorf("%q under the headline removed as %q, want %q", l, reason[l], ReasonMetadata)
		}
	}
	if reason["Megan Slack"] == ReasonMetadata || reason["Megan Slack"] == "" {
		t.Errorf("a name in the footer: reason %q", reason["Megan Slack"])
	}
	if r.Title != "Wall Street Reform Two Years Later: Protecting American Consumers" {
		t.Errorf("title %q", r.Title)
	}
}

func TestIsTimeLine(t *testing.T) {
	for s, want := range map[string]bool{
		"03:06 pm edt": true, "7:09am, edt": true, "10:49 p.m. et": true,
		"score 3:1": false, "the meeting starts at 10:30 and ends at noon today": false, "12:": false, ":30": false,
	} {
		if got := isTimeLine(s); got != want {
			t.Errorf("isTimeLine(%q) = %v", s, got)
		}
	}
}

// TestWireDateline: a wire story's dateline on a line of its own is the
// article's metadata, whatever the classifier named it.
func TestWireDateline(t *testing.T) {
	for s, want := range map[string]bool{
		"NICOSIA, August 8 (Xinhua) --":                 true,
		"WASHINGTON, Feb. 26 (Xinhua) --":               true,
		"SEOUL, June 16, 2020 (Reuters) -":              true,
		"Read more - Sports -":                          false,
		"NICOSIA, August 8 (Xinhua)":                    true, // a wire's tag ends it as a dash does (clean-185)
		"MOSCOW, December 2 /TASS/.":                    true,
		"Ferry fares rise, the minister says (Reuters)": false,
		"NICOSIA, August 8 (Harbour Weekly)":            false,
		"Talks resumed in Nicosia on August 8, 2020":    false,
		"PORT ELLIS--(BUSINESS WIRE)--":                 true, // a press release's, no date
		"Port Ellis--(Harbour Weekly)--":                false,
		"--(BUSINESS WIRE)--":                           false,
	} {
		d := newDoc(s)
		if got := isWireDateline(d.blocks[0]); got != want {
			t.Errorf("isWireDateline(%q) = %v, want %v", s, got, want)
		}
	}
}
