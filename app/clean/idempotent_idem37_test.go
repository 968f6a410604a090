package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSitePagesIdempotent37 holds the site pages of the tests whose
// rendering a second cleaning changed (the thirty-seventh session, helper
// idem37), each with a line the first cleaning must drop or keep.
func TestSitePagesIdempotent37(t *testing.T) {
	repanic = true
	defer func() { repanic = false }()
	for _, c := range []struct {
		page, title, gone, kept string
	}{
		// A section's label ("Gulf") over the headline, below the menu
		// the rules removed, which the lede names: kept over the title,
		// it went under it in the rendering, where the learned rule took
		// it for the header's. labelOverTitle removes it at once.
		{"almonitor-style.txt", "Saudi Arabia, UAE sign deal to link power grids", "Gulf\n", "The agreement is part"},
		// The same, "Forums", under the page's title line repeating the
		// headline.
		{"pub29-numberco-style.txt", "Leaked case drawings hint at a thinner tablet this autumn", "Forums\n", "Drawings said to come"},
		// An imported page's headline over a listicle's first entry ("1.
		// Curtains ..."), which shares the lede's words: the rendering,
		// its "Published in ..." line gone, lost the headline to it. A
		// numbered list's first entry tells no story over the headline.
		{"html32-listicle-style.txt", "Six cheap ways to keep a drafty house warm", "Published in", "1. Curtains that reach the floor"},
		// A live blog's headline first in the rendering, its site gone,
		// over its first post's heading, the post's time taken for the
		// key events' menu: the headline was removed as a header line.
		{"men-live-style.txt", "LIVE: M60 closed after crash near Stockport - updates", "Key Events", "Lane reopens\n\nOne lane"},
		// HS's byline and time under the standfirst, past a menu that
		// ran the header zone under the title line out of lines: the
		// zone is read again under the headline, the byline and time
		// removed over the lead picture's caption and credit.
		{"lang34-hs-style.txt", "Oulu aikoo kieltää puun pienpolton taajamissa pakkaspäivinä", "Juha Korhonen", "Kielto koskisi"},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "sites", c.page))
		if err != nil {
			t.Fatal(err)
		}
		r := Clean(string(b))
		once := r.Render()
		if r.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.page, r.Title, c.title)
		}
		if strings.Contains(once, c.gone) {
			t.Errorf("%s: %q kept", c.page, c.gone)
		}
		if !strings.Contains(once, c.kept) {
			t.Errorf("%s: %q gone", c.page, c.kept)
		}
		if twice := Clean(once).Render(); twice != once {
			t.Errorf("%s: not idempotent:\n%q\n%q", c.page, once, twice)
		}
	}
}
