package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

// TestHeadlineCopyInvalidBytes: a copy of the headline under the title
// line with hundreds of invalid bytes inside a word ("a\x9e...\x9egree")
// reads as the headline does, the run of them one U+FFFD: as it was, it
// was too long to look like a headline, and stayed under the title, while
// a cleaning of the rendering, the title line now the headline alone,
// found it the title's repeat (FuzzClean 3c12fea2f118e05e).
func TestHeadlineCopyInvalidBytes(t *testing.T) {
	in := "Harbour ferry crews agree new pay deal - Valley Voice\nValley Voice\nNews\nHarbour ferry crews a" + strings.Repeat("\x9e", 300) +
		"gree new pay deal\nBy Ann Ellery\nDecember 5, 2026\n" +
		"The crews of the harbour ferry agreed a new pay deal with the operator on Monday, ending a dispute that began in the spring.\n" +
		"The union said its members voted by a wide margin to accept the offer, which raises pay over two years.\n" +
		"Follow the Valley Voice on Google News\n"
	repanic = true
	defer func() { repanic = false }()
	once := Clean(in).Render()
	if strings.Count(once, "\uFFFD") > 1 {
		t.Errorf("a run of invalid bytes is more than one U+FFFD: %q", once)
	}
	if twice := Clean(once).Render(); twice != once {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}

// TestDatedHeadlineFirst: a headline that names a day ("Week in
// pictures: 3 March 2026") stays the title when it is the text's first
// line, as the rendering of a gallery whose captions went writes it: the
// first cleaning kept it under the title line that named it, and a second
// took it for a section's dated label (dev pages in the shape of
// dragnet/267). A dated label that is a stamp goes as before.
func TestDatedHeadlineFirst(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		{"the rendering", "Week in pictures: 3 March 2026\n", "Week in pictures: 3 March 2026\n"},
		{"the gallery", "Valley Voice - Week in pictures: 3 March 2026\nHome\nNews\nSport\nWeather\nWeek in pictures: 3 March 2026\n3 March 2026 Last updated at 07:12 ET\nShare this page\nFacebook\nTwitter\nEmail\nAbout Valley Voice\nContact Us\n",
			"Week in pictures: 3 March 2026\n"},
	})
	for _, s := range []string{"Updated: 3 March 2026", "Valley Voice - The Roundup, Friday, 3 March 2026"} {
		if datedHeadline(newBlock(&block{}, parse.Block{Kind: parse.Title, Text: s})) {
			t.Errorf("%q read as a dated headline", s)
		}
	}
}
