package clean

import (
	"strings"
	"testing"
)

func TestTitleEcho(t *testing.T) {
	for _, c := range []struct {
		title, line, site string
		ok                bool
	}{
		// The site after the headline, with a bracket the old split refused.
		{"Madonna spends time in India - ABC News (Australian Broadcasting Corporation)", "Madonna spends time in India",
			"ABC News (Australian Broadcasting Corporation)", true},
		// A domain before it.
		{"KalingaTimes.com: Move over Orkut, here comes a new network", "Move over Orkut, here comes a new network", "KalingaTimes.com", true},
		// A section between the headline and the site.
		{"Bush to Saudis: More Oil Please - World - CBN News", "Bush to Saudis: More Oil Please", "", true},
		// A short headline beside a long part naming a section, the site's
		// name at the title's other end.
		{"Northwest Herald - Local News and Video for McHenry County - To USC, Williams poses threat",
			"To USC, Williams poses threat", "Northwest Herald", true},
		// ... but not beside a blog's name, a person's at the other end,
		// or across colons.
		{"The Wrong Pickup | Confessions of a Pioneer Woman | Ree Drummond", "The Wrong Pickup", "", false},
		{"Inside Google Desktop: Featured gadget: Task List and Timer", "Task List and Timer", "", false},
		// A short headline beside a long part that names no site: left alone.
		{"Harbour Pilots - Notes and Letters from the Riverside Quays - Strike ends at dawn", "Strike ends at dawn", "", false},
		// A long headline beside a rest that is no name.
		{"Blog:SFGate: World Views: 22695 : Another political murder in Lebanon, another dashed hope for peace",
			"Another political murder in Lebanon, another dashed hope for peace", "", true},
		// A blog's name is not the headline beside its post's title.
		{"Life as a Healthcare CIO: On the Road in China", "Life as a Healthcare CIO", "", false},
		// A date is no site's name.
		{"The Final Chapter? - 1/21/2008 - Broadcasting & Cable", "Broadcasting & Cable", "", false},
		// A title line ending with a colon, as some sites' HTML titles do.
		{"Harbour pilots end their strike - Riverside Business Journal:", "Harbour pilots end their strike", "Riverside Business Journal", true},
		// Not the whole part at a separator, or too short.
		{"Council approves new bridge | Riverside Star", "Council approves new", "", false},
		{"Rates rise | Daily Ledger", "Rates rise", "", false},
	} {
		site, ok := titleEcho(c.title, c.line)
		if c.site == "" && c.ok && ok {
			continue // any site name will do where the test names none
		}
		if ok != c.ok || ok && site != c.site {
			t.Errorf("titleEcho(%q, %q) = %q, %v; want %q, %v", c.title, c.line, site, ok, c.site, c.ok)
		}
	}
}

// TestHeadlineEchoWithBracketedSite: on a scraped page whose title line's
// site part carries a bracket, the headline line under it is the title (not
// removed as a metadata line), the site is the publisher, and a breadcrumb
// trail ending with the headline goes as navigation.
func TestHeadlineEchoWithBracketedSite(t *testing.T) {
	page := strings.Join([]string{
		"Madonna spends New Year in India - ABC News (Australian Broadcasting Corporation)",
		"Search the ABC",
		"ABC Home | Radio | Television | News | Shop",
		"Home > Entertainment > Madonna spends New Year in India",
		"Madonna spends New Year in India",
		"Posted January 2, 2008 10:34:00",
		"US pop icon Madonna and her husband reportedly rang in the New Year in a remote village in the northern Indian desert state of Rajasthan.",
		"The singer, her husband and five friends drove to a heritage hotel soon after reaching the historic city of Jodhpur, officials said.",
		"The world's top earning female singer is supposed to travel today to Jaisalmer, famous for its sandstone fort and sand dunes.",
		"Tags: arts-and-entertainment, music, people, india",
	}, "\n\n")
	r := Clean(page)
	if r.Title != "Madonna spends New Year in India" {
		t.Errorf("title %q, want the headline", r.Title)
	}
	if r.Publisher != "ABC News (Australian Broadcasting Corporation)" && r.Publisher != "ABC News" {
		t.Errorf("publisher %q, want the title line's site", r.Publisher)
	}
	for _, b := range r.Blocks {
		switch b.Text() {
		case "Madonna spends New Year in India":
			if b.Removed != "" {
				t.Errorf("the headline line removed as %q", b.Removed)
			}
		case "Home > Entertainment > Madonna spends New Year in India":
			if b.Removed == "" {
				t.Error("the breadcrumb trail kept")
			}
		}
	}
	if !crumbsTo("Home > News > Latest News > Georgian opposition threatens demo", "Georgian opposition threatens demo") ||
		crumbsTo("Why Georgian opposition threatens demo", "Georgian opposition threatens demo") {
		t.Error("crumbsTo: a trail of links ends with the headline; a sentence does not")
	}
}

// TestSplitTitleSection: a section's name between the headline and the
// site's goes too, so that a rendering's title splits no further when it is
// cleaned again.
func TestSplitTitleSection(t *testing.T) {
	for _, c := range []struct{ in, headline, site string }{
		{"Jeremy Clarkson ripped off - Digital Lifestyle - Macworld UK", "Jeremy Clarkson ripped off", "Macworld UK"},
		{"Bush to Saudis: More Oil Please - World - CBN News", "Bush to Saudis: More Oil Please", "CBN News"},
		{"Council approves new bridge - Riverside Star", "Council approves new bridge", "Riverside Star"},
		// A site named by its domain, a trademark sign after it.
		{"Devils on cloud nine after surprising start | www.azstarnet.com ®", "Devils on cloud nine after surprising start", "www.azstarnet.com"},
		{"Orkut gets a rival in India | KalingaTimes.com", "Orkut gets a rival in India", "KalingaTimes.com"},
		// WordPress themes' single angle quotes, either way round.
		{"Harbour Notes › Why the ferry timetable changed", "Why the ferry timetable changed", "Harbour Notes"},
		{"Why the ferry timetable changed ‹ Harbour Notes", "Why the ferry timetable changed", "Harbour Notes"},
		// A long last part is the headline's own.
		{"Fire crews battle blaze near the coast - Live Pictures From The Scene Tonight - Daily Ledger",
			"Fire crews battle blaze near the coast - Live Pictures From The Scene Tonight", "Daily Ledger"},
	} {
		h, s := splitTitle(c.in)
		if h != c.headline || s != c.site {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", c.in, h, s, c.headline, c.site)
		}
		if h2, s2 := splitTitle(h); h2 != h || s2 != "" {
			t.Errorf("splitTitle(%q) splits again: %q, %q", h, h2, s2)
		}
	}
}
