package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestProseRun: a news page laid out as a wire story whose paragraphs a
// photo gallery of many captions cuts in two. The classifier kept the
// first paragraphs and removed the second part (its main block went to the
// gallery), though it scores that part under 0.99 and the part lies in the
// page's main run of prose: the second part comes back, its subheading
// with it. The gallery, the comments heading and the comments under it
// stay removed, and a run of three sentences, or a thread whose
// signatures alternate with its comments, does not come back.
func TestProseRun(t *testing.T) {
	var lines []string
	type state struct {
		removed string
		learned bool
		p       float32
		main    bool
	}
	var st []state
	add := func(s, removed string, learned bool, p float32, main bool) int {
		lines = append(lines, s)
		st = append(st, state{removed, learned, p, main})
		return len(lines) - 1
	}
	add("Harbour towns count the cost of the winter storms", "", false, 0.2, false)
	add("By Lena Marsh, Coastline News", ReasonMetadata, false, 0.8, false)
	for _, s := range []string{
		"Portmere (Coastline News) -- The sea wall held, but only just.",
		"Three storms in five weeks have left the harbour towns of the north coast counting the cost of repairs they cannot yet pay for.",
		"\"We have never seen the water this high,\" said the harbour master, who has worked on the quay for thirty years.",
	} {
		add(s, "", false, 0.1, true)
	}
	gallery := len(lines)
	for i := range 40 {
		add(fmt.Sprintf("Photos: The storms in pictures %d of 40", i+1), ReasonCaption, false, 0.97, true)
		add("A fishing boat lies on its side on the slipway after the second storm.", ReasonCaption, false, 0.9, true)
	}
	second := len(lines)
	var want []int
	for i := range 14 {
		if i == 7 {
			want = append(want, add("Insurers count their losses", "boilerplate", true, 0.95, true))
		}
		want = append(want, add(fmt.Sprintf("The council's engineers have walked the sea wall %d times since the first storm, and they say the old stones will not stand another winter without new footings.", i+2), "boilerplate", true, 0.9, true))
	}
	heading := add("34 comments", ReasonComments, true, 1, false)
	for i := range 12 {
		add(fmt.Sprintf("Ray from Eastshore, %d January at 8:14 am", i+1), ReasonComments, true, 0.95, true)
		add("I have lived by that wall all my life and nobody listened to us when we said it was crumbling away.", ReasonComments, true, 0.9, true)
	}
	setUp := func() *doc {
		d := newDoc(strings.Join(lines, "\n\n"))
		if len(d.blocks) != len(lines) {
			t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
		}
		d.learnedP = make([]boiler.Decision, len(lines))
		for i, s := range st {
			d.blocks[i].removed = s.removed
			if s.learned {
				d.markLearned(i)
			}
			d.learnedP[i] = boiler.Decision{P: s.p, Boilerplate: s.learned, Main: s.main}
		}
		return d
	}
	d := setUp()
	ruleProseRun(d)
	back := map[int]bool{}
	for _, i := range want {
		back[i] = true
		if !d.blocks[i].kept() {
			t.Errorf("line %d %q: removed (%s), want it back", i, lines[i], d.blocks[i].removed)
		}
	}
	for i, b := range d.blocks {
		if !back[i] && (i >= gallery && i < second || i >= heading) && b.kept() {
			t.Errorf("line %d %q: kept, want removed", i, lines[i])
		}
	}

	// Only three sentences of the second part were removed: no run.
	d = setUp()
	for _, i := range want[3:] {
		d.blocks[i].removed = ""
	}
	ruleProseRun(d)
	for _, i := range want[:3] {
		if d.blocks[i].kept() {
			t.Errorf("short run: line %d came back", i)
		}
	}

	// Comments the rules did not name, under the article's kept part: a
	// signature over each comment, the sentences half the run's lines or
	// fewer.
	d = setUp()
	for _, i := range want {
		d.blocks[i].removed = ""
	}
	for i := heading; i < len(lines); i++ {
		d.blocks[i].removed = "boilerplate"
	}
	d.blocks[heading].removed = ReasonFooter
	for i := second; i < heading; i++ {
		d.blocks[i].setText("Ok.")
	}
	ruleProseRun(d)
	for i := heading + 1; i < len(lines); i++ {
		if d.blocks[i].kept() {
			t.Errorf("thread: line %d %q came back", i, lines[i])
		}
	}
}
