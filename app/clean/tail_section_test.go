package clean

import (
	"strings"
	"testing"
)

// TestTailIslandNextSection: a how-to's numbered section kept under a long
// table the classifier removed (three editors' keys, one a line)
// is the article's next section, not an island of the page's: it stays,
// while a teaser kept past the page's furniture still goes.
func TestTailIslandNextSection(t *testing.T) {
	para := "Moving the cursor a word at a time from the keyboard saved me more time than any plugin I tried this year, and it costs nothing."
	var lines []string
	removed := map[int]bool{}
	add := func(s string, gone bool) {
		if gone {
			removed[len(lines)] = true
		}
		lines = append(lines, s)
	}
	add("Six editing moves worth learning", false)
	add("1. Jump by whole words", false)
	for range 6 {
		add(para, false)
	}
	add("2. Split the line where you stand", false)
	add(para, false)
	for _, s := range []string{"Quillpad", "Alt-Enter", "Shift-Enter", "Nimbus", "Ctrl-J", "Ctrl-K", "Ledger Edit", "F6", "F7"} {
		add(s, true)
	}
	section := len(lines)
	add("3. Find files by a few letters", false)
	add("Typing three letters of a file's name opens it faster than any folder tree I have clicked through.", false)
	for _, s := range []string{"Share", "Tweet", "Archives", "Most popular", "Older posts", "Newer posts", "About", "Contact", "Feed"} {
		add(s, true)
	}
	island := len(lines)
	add("A teaser of another post that the classifier only doubted, in the page's side column.", false)
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	for i := range removed {
		d.blocks[i].removed = "boilerplate"
	}
	ruleTailIsland(d)
	for i, b := range d.blocks {
		want := !removed[i] && i != island
		if b.kept() != want {
			t.Errorf("line %d %q: kept %v, want %v", i, lines[i], b.kept(), want)
		}
	}
	if !d.blocks[section].kept() {
		t.Errorf("the third section went: %q", d.blocks[section].removed)
	}
}
