package clean

import (
	"strings"
	"testing"
)

// TestTailIsland: a few lines kept far under the article, past a long run
// of the page's removed furniture (a "More from the Ledger" box's teaser,
// a side column's labels), go as the page's; a box inside the article
// (a shorter gap, or a newsletter box the named rules took out), or a long
// part after the gap, stays.
func TestTailIsland(t *testing.T) {
	para := func(n int) string {
		return "The harbour board voted on Monday to keep the old ferry pier open for " + strings.Repeat("one more ", n) + "season, the chair said."
	}
	var lines []string
	removed := map[int]bool{}
	add := func(s string, gone bool) {
		if gone {
			removed[len(lines)] = true
		}
		lines = append(lines, s)
	}
	add("Harbour board keeps the ferry pier open", false)
	for i := range 6 {
		add(para(i+3), false)
	}
	// A box inside the article: five lines.
	for _, s := range []string{"Newsletter", "Sign up", "Email", "Subscribe", "Privacy"} {
		add(s, true)
	}
	add(para(1), false) // the article goes on: kept
	// A newsletter box of nine lines, the article's last line under it.
	box := len(lines)
	for _, s := range []string{"Get the day's news by email", "Subscribe", "Your email", "Sign up", "Thanks", "More newsletters", "Show me", "Privacy notice", "Invalid email"} {
		add(s, true)
	}
	add("The pier will close for repairs in the spring.", false)
	// The page's furniture under the article.
	for _, s := range []string{"Share", "Tweet", "Email", "Print", "Tags: harbour, ferries", "More from the Ledger", "Ferry fares rise", "Bridge closed", "Weather"} {
		add(s, true)
	}
	island := len(lines)
	add("Most read", false)
	add("A teaser of another story that the classifier only doubted, on the page's side.", false)
	lines = append(lines, "About the Ledger", "Contact us", "Advertise", "Jobs", "Careers", "Terms", "Cookies", "Sitemap")
	for i := len(lines) - 8; i < len(lines); i++ {
		removed[i] = true
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	for i := range removed {
		d.blocks[i].removed = "boilerplate"
		if i >= box && i < box+9 {
			d.blocks[i].removed = ReasonNewsletter
		}
	}
	ruleTailIsland(d)
	for i, b := range d.blocks {
		want := !removed[i] && i < island
		if b.kept() != want {
			t.Errorf("line %d %q: kept %v, want %v", i, lines[i], b.kept(), want)
		}
	}
	if r := d.blocks[island].removed; r != ReasonFooter {
		t.Errorf("island's reason %q, want %q", r, ReasonFooter)
	}

	// The same run after the gap, but as long as a quarter of the article:
	// the article's own second part, kept.
	d = newDoc(strings.Join(lines, "\n\n"))
	for i := range removed {
		d.blocks[i].removed = "boilerplate"
	}
	d.blocks[island+1].setText(strings.Repeat(para(4)+" ", 4))
	ruleTailIsland(d)
	if !d.blocks[island].kept() || !d.blocks[island+1].kept() {
		t.Errorf("a long part after the gap was removed")
	}
}
