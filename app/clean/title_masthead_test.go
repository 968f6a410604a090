package clean

import (
	"strings"
	"testing"
)

// TestEchoOfPageTitleSkipsMasthead: a blog's title line ("Post « Blog")
// over the blog's name as a masthead line and, further down, the post's
// title over the post (a page written here in the shape of a WordPress
// blog's): the masthead repeats the title line's last part, but the line
// repeating its first part is the headline.
func TestEchoOfPageTitleSkipsMasthead(t *testing.T) {
	lines := []string{
		"Why Renting Wins « Jane Example Money",
		"Jane Example Money",
		"Home",
		"Archives",
		"Contact",
		"Over 400 articles devoted to one idea: how to keep more of what you earn, whether that means paying off debt or investing.",
		"Why Renting Wins",
		"For a young family the monthly cost of owning a home is much more than the mortgage payment, once taxes and repairs are counted.",
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	d.blocks[0].kind = "title"
	if got := echoOfPageTitle(d, 5); got != 6 {
		t.Errorf("echoOfPageTitle = %d (%q), want 6, the post's title", got, d.blocks[max(got, 0)].text)
	}
}
