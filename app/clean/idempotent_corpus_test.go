//go:build !wasm

package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// boilerplatePages is the labelled corpus of real scraped pages (test data
// outside this repository; see ../shared/corpora/boilerplate/README.md).
const boilerplatePages = "../../../shared/corpora/boilerplate/pages.jsonl.gz"

// maxNotIdempotent is how many dev pages may still change when cleaned
// again (see TestIdempotentOnRealPages). 31 at clean-183; 35 since
// clean-184, whose line over a headline that tells the story is caught on
// four pages only in the rendering, where the first cleaning's title (a
// byline's rest, "AEST — By Long Zheng", as before clean-184) stands over
// the headline: the first cleaning of those pages is what it was. 21 at
// fuzz42 (31 with the shipped model before): a first line set apart that
// reads as a headline stays the title over a standfirst sharing the
// lede's words; the classifier's rounds run again once the rules after it
// took lines they read; a weekday's heading is no dateline's place; an
// editor's pick first is the title; a share button's label naming the
// headline goes. Left: a title whose inner dash the rendering's first
// line reads as its site's (dragnet/294, R466, R7, R803, R394), the
// classifier reading the shorter rendering otherwise (R702, T126, R54,
// cleaneval-dev/33, 43), repeats' runs (R397, R574, mercurial,
// toc-missing), a title that ends a sentence (455), a name-shaped or
// link-worded headline over a standfirst (R285, R432), Slashdot's
// comment count (360), R406, T78, medium-3. 23 once merged with
// pagefail42 and titles42: a bulleted list kept whole for its bullet signs
// is read again without them, since the rendering writes no bullets
// (readability/tumblr's change list goes the second time), and a
// paragraph repeating the title word for word in the body is kept the
// first time and taken for the title's repeat the second (dragnet/R663).
const maxNotIdempotent = 23

// TestIdempotentOnRealPages: cleaning the rendering of a real scraped page
// changes nothing more, on the pages of the corpus's dev split: what the
// reader sees is stable when an article is cleaned again (a second import of
// a saved rendering, a pipeline that runs twice). Not yet on every page.
func TestIdempotentOnRealPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := os.Stat(boilerplatePages); err != nil {
		t.Skip(boilerplatePages + " absent")
	}
	pages, err := boilerpages.Load(boilerplatePages, "dev")
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, p := range pages {
		once := Clean(strings.Join(p.Texts(), "\n")).Render()
		if twice := Clean(once).Render(); twice != once {
			bad++
			if bad <= 5 || os.Getenv("DOSSIER_ALL") != "" {
				t.Logf("%s: not idempotent", p.ID)
			}
		}
	}
	// 58 pages changed at the start of the sixth session, 43 after titles
	// split to a fixed point; the rest are a long tail (a title line that
	// gives way to the headline only once the menus above it are gone, list
	// markers, truncated teasers). The ceiling holds the ground gained. The
	// classifier's third stage (clean-38) moved that tail: 6 pages more,
	// each a title line or a tags or dated line taken only on the second
	// cleaning once the classifier kept or took the lines around it
	// (dragnet/267, 329, R132, R167, readability/aclu, cleaneval-dev/43),
	// 3 fewer (cleaneval-dev/33, dragnet/T135, T55), so 46. A spun word
	// counted rare only when news prose seldom writes it in lower case or
	// at a sentence's start (clean-44): 43. Keeping the lines the
	// classifier doubts under a kept sentence, and between two at P < 0.93
	// (clean-47), moved it again: a sentence kept at the edge of those
	// bounds goes on the second cleaning (dragnet/T51, cleaneval-dev/33),
	// and the headline a "Most popular" list no longer swallows becomes the
	// title, which a second cleaning takes for a teaser's (dragnet/T70);
	// dragnet/329 holds still now (pages listed on clean-39): 45. The
	// comment sections taken out whole (clean-48, ruleComments) leave a
	// shorter page whose last lines the classifier reads otherwise on the
	// second cleaning (dragnet/458, R14), and cleaneval-dev/33 holds
	// still: 46. A page written a block a line no longer has a line in
	// lower case joined to the one above (clean-65: the title line and
	// the site's name under it were one block): the first cleaning of
	// these pages, joined with "\n" here, now sees what the "\n\n" join
	// shows (dev token F1 0.924 -> 0.931), and the tail moved: 5 pages
	// hold still (dragnet/R121, R14, R432, R713, T51), 7 do not any more
	// (cleaneval-dev/8, dragnet/R59, R608, R895, readability/medium-3,
	// mercurial, videos-1: a list marker, a title chosen on the second
	// cleaning): 47. Later sessions' fixes brought it to 33 (measured at
	// clean-154 and clean-170, the twenty-second session): the ceiling
	// follows. DOSSIER_ALL=1 lists every page.
	t.Logf("%d of %d pages not idempotent", bad, len(pages))
	if bad > maxNotIdempotent {
		t.Errorf("%d of %d real pages change when their rendering is cleaned again, want %d or fewer", bad, len(pages), maxNotIdempotent)
	}
}
