package clean

import (
	"strings"
	"testing"
)

// TestRepeatOfRemovedMenu: a section heading that repeats a line of the
// table of contents above it stays when the table of contents goes, so the
// article keeps its headings; a paragraph repeated in the body goes as the
// repeat, as before.
func TestRepeatOfRemovedMenu(t *testing.T) {
	heads := []string{
		"Why the harbour authority changed its plans",
		"What the fishermen of the northern coast say",
		"How the new quay will be paid for by the city",
	}
	para := []string{
		"The harbour authority said on Monday that it would move the new quay to the northern side of the bay, after two years of talks with the town council and the fishing cooperative.",
		"Fishermen on the northern coast had argued that the first plan would have closed the channel they use in winter, when the southern entrance silts up and the boats have no other way out.",
		"The city will pay for the quay with a bond that voters approved last spring, and the authority expects the work to start in the autumn if the permits arrive in time.",
	}
	var sb strings.Builder
	sb.WriteString("Skip to content\n\nHome\n\nNews\n\nSport\n\nWeather\n\nHarbour quay moves north after talks\n\n")
	sb.WriteString("After two years of argument the town has a plan for its harbour that the fishermen, the council and the authority all say they can live with.\n\nContents\n\n")
	for _, h := range heads {
		sb.WriteString(h + "\n\n")
	}
	for i := range heads {
		sb.WriteString(heads[i] + "\n\n" + para[i] + "\n\n")
	}
	sb.WriteString(para[0] + "\n\nShare this article\n\nFacebook\n\nTwitter\n\nEmail\n")
	r := Clean(sb.String())
	if r.Title != "Harbour quay moves north after talks" {
		t.Errorf("title %q", r.Title)
	}
	var shown []string // the shown blocks under the title
	var removed []string
	title := false
	for _, b := range r.Blocks {
		title = title || b.Kind == "title" && b.Removed == ""
		if b.Removed == "" && title && b.Kind != "title" {
			shown = append(shown, b.Text())
		}
		if b.Removed != "" {
			removed = append(removed, b.Removed+": "+b.Source())
		}
	}
	count := func(s string) (n int) {
		for _, x := range shown {
			if x == s {
				n++
			}
		}
		return n
	}
	for k, h := range heads {
		// Shown once, as the heading of its section.
		at := -1
		for i, x := range shown {
			if x == h {
				at = i
			}
		}
		if count(h) != 1 || at+1 == len(shown) || shown[at+1] != para[k] {
			t.Errorf("heading %q shown %d times, not once over its section; shown %q, removed %q", h, count(h), shown, removed)
		}
	}
	if count(para[0]) != 1 {
		t.Errorf("the repeated paragraph shown %d times, want once", count(para[0]))
	}
}

// TestRestoreRepeats: a repeat comes back when the copy that stayed is
// removed later for another reason and keep agrees; not when keep says no,
// and not while the copy is shown.
func TestRestoreRepeats(t *testing.T) {
	for _, c := range []struct {
		twinReason string
		keep       bool
		want       string
	}{
		{ReasonNav, true, ""},
		{ReasonNav, false, ReasonRepeated},
		{"", true, ReasonRepeated},
	} {
		d := &doc{blocks: []*block{{kind: "heading"}, {kind: "heading"}}}
		d.removeRepeat(1, 0)
		d.blocks[0].removed = c.twinReason
		d.restoreRepeats(func(int) bool { return c.keep })
		if got := d.blocks[1].removed; got != c.want {
			t.Errorf("copy removed as %q, keep %v: the repeat's reason %q, want %q", c.twinReason, c.keep, got, c.want)
		}
	}
}

// TestTitleLineOverHeadline: a scraped page's first line (its HTML title)
// repeated by the headline over the article: the headline is the title and
// the first line goes as the page's title, not the headline as a repeat.
func TestTitleLineOverHeadline(t *testing.T) {
	head := "Synthetic Fuel Made From Air and Water"
	page := strings.Join([]string{head, "Home", "News", "Science", "Reddit it", "Stumble it", head,
		"Written by Philip Proefrock on 24/10/12",
		"A small British company has produced petrol from air and water, using carbon dioxide taken from the air and hydrogen from water.",
		"The company says the process could one day supply fuel for cars without any oil at all, if it can be made to work at scale."}, "\n\n")
	r := Clean(page)
	if r.Title != head || r.TitleInferred {
		t.Fatalf("title %q (inferred %v)", r.Title, r.TitleInferred)
	}
	var kinds []string
	for _, b := range r.Blocks {
		if b.Source() == head {
			kinds = append(kinds, b.Kind+"/"+b.Removed)
		}
	}
	if len(kinds) != 2 || kinds[0] != "heading/"+ReasonPageTitle || kinds[1] != "title/" {
		t.Errorf("the two copies of the headline: %q, want the first removed as the page title and the second the title", kinds)
	}
}
