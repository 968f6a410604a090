package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// bulletedPage is a game studio's news blog as a scraper writes it: the
// title line, the blog's name, host and menu, the post's headline and
// first line, then the release's changelog, one item a line under a "+"
// or a "*", and the blog's links and footer under it.
var bulletedPage = []string{
	"Lanternfall 2.4 - The Tidewater Update - Lanternfall Update News",
	"Lanternfall News",
	"Hosted by Pagewell",
	"Home",
	"Games",
	"Shop",
	"Forums",
	"Support",
	"Careers",
	"About",
	"Lanternfall 2.4 - The Tidewater Update",
	"Today we are shipping the Tidewater Update, and here is the full list of what has changed since the last release of the game.",
	"+ Added Coral, Driftwood and Sea Glass blocks, with polished versions",
	"+ Added Kelp Lantern",
	"+ Added Copper Hatch",
	"+ Added Tide Pools and Salt Flats",
	"+ Added the Sunken Observatory",
	"+ Added Pale Sandstone",
	"+ Added Flags",
	"+ Added Display Racks",
	"+ Added Packed Silt (silt where reeds won't grow)",
	"+ Added Lurker mobs, with item drops",
	"+ Added Mudskipper mob",
	"+ Added Herons, with item drops",
	"+ Added Smoked Eel and Eel Stew",
	"+ Fishers will mend nets and set new traps",
	"+ Cracked Reef Bricks are now craftable",
	"+ Gates and ladders now come in every wood's colour",
	"+ Added a watcher game mode",
	"+ Added two new achievements",
	"+ Added an \"Archipelago\" world type",
	"+ Added the /tide command",
	"+ Added the /lantern command",
	"+ Added the /scatter command",
	"+ Maps can now be locked in shared worlds by using the \"Seal\" tag",
	"+ Added rules for weather, sleep and tide speed",
	"+ Players can now dye their boots, and left and right sleeves can be dyed on their own",
	"+ Added a new player model with broad shoulders, and a new skin called Wren",
	"+ Blocks can now have seasonal variations in the texture packs",
	"* Difficulty is saved per world, and can be locked if wanted",
	"* Fishing has been redone, and now costs bait as well as patience",
	"* Trading with the river folk has been rebalanced",
	"* Much faster loading of large islands",
	"* Boats now keep their cargo when they sink",
	"NewerOlder",
	"Official links:",
	"Lanternfall.net",
	"Lanternfall on Chirp",
	"Merchandise",
	"Bug tracker",
	"Account Support",
	"Try our other games!",
	"Lanternfall is a game about building a home on a chain of small islands, alone or with friends.",
	"Every post on this blog is written by the people who make the game, and we read all of your letters.",
	"© 2026 Pagewell Studios. All rights reserved.",
	"Terms",
	"Privacy",
	"Contact",
}

// TestBulletedRuns keeps the rest of a bulleted list the classifier kept
// part of, but for the items it is sure of, and leaves alone a run of which
// it kept nothing and a list whose items are not written with one sign.
func TestBulletedRuns(t *testing.T) {
	text := strings.Join(bulletedPage, "\n\n")
	d := newDoc(text)
	d.markBullets(parse.Parse(text))
	dec := make([]boiler.Decision, len(d.blocks))
	for i := range dec {
		dec[i] = boiler.Decision{P: 0.97, Boilerplate: true}
	}
	for i := 28; i < 32; i++ {
		dec[i] = boiler.Decision{P: 0.4} // the middle of the "+" list
	}
	dec[18].P = 0.995 // sure
	keep := bulletedRuns(d, dec)
	for i := 12; i < 39; i++ {
		if want := i != 18; keep[i] != want {
			t.Errorf("block %d %q: kept %v, want %v", i, d.blocks[i].text, keep[i], want)
		}
	}
	for i := 39; i < len(d.blocks); i++ {
		if keep[i] {
			t.Errorf("block %d %q kept: no item of its run was", i, d.blocks[i].text)
		}
	}
	if keep[10] || keep[11] {
		t.Errorf("the headline or the first line, no item, kept")
	}
}

// TestBulletedPage cleans the page whole: the changelog stays, every
// item of it, and the blog's links go.
func TestBulletedPage(t *testing.T) {
	r := Clean(strings.Join(bulletedPage, "\n\n"))
	body := r.Render()
	for _, l := range bulletedPage[12:44] {
		if item := l[2:]; !strings.Contains(body, item) {
			t.Errorf("item lost: %q", item)
		}
	}
	for _, l := range []string{"Official links:", "Try our other games!"} {
		if strings.Contains(body, l) {
			t.Errorf("kept the blog's link %q", l)
		}
	}
	if again := Clean(body).Render(); again != body {
		t.Errorf("not idempotent:\n%s\n---\n%s", body, again)
	}
}

// wrappedBulletPage is a ferry line's press release in plain text, broken
// at a fixed width: its list's items run over two lines each.
var wrappedBulletPage = []string{
	"Harbourline Ferries adds night crossings to Gull Island",
	"The new timetable starts on the first of March. It brings:",
	"- Night crossings. Boats will leave the north pier every hour from",
	"ten in the evening until two in the morning.",
	"- Quiet cabins. Each boat on the night route will carry four cabins",
	"with bunks, sold by the hour.",
	"- Bicycles. Riders can now take bicycles on every crossing at no",
	"extra cost.",
	"- Cafe. The ship's cafe stays open all night.",
	"About Harbourline Ferries",
	"Harbourline has run boats between the harbour and the islands since 1962.",
	"For further information: press office, Harbourline Ferries",
	"Share",
	"Print",
	"Email",
	"Subscribe",
	"- Home",
}

// TestBulletedRunsWrapped reads a list whose items are broken over two
// lines as one run, the lines between its items with it, and not past its
// last item: a line with the same sign far below is another list's.
func TestBulletedRunsWrapped(t *testing.T) {
	text := strings.Join(wrappedBulletPage, "\n\n")
	d := newDoc(text)
	d.markBullets(parse.Parse(text))
	dec := make([]boiler.Decision, len(d.blocks))
	for i := range dec {
		dec[i] = boiler.Decision{P: 0.9, Boilerplate: true}
	}
	dec[0], dec[1], dec[2], dec[3] = boiler.Decision{P: 0.1}, boiler.Decision{P: 0.1}, boiler.Decision{P: 0.3}, boiler.Decision{P: 0.4}
	keep := bulletedRuns(d, dec)
	for i := range d.blocks {
		if want := i >= 2 && i <= 8; keep[i] != want {
			t.Errorf("block %d %q: kept %v, want %v", i, d.blocks[i].text, keep[i], want)
		}
	}
}
