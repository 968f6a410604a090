package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// articleRunLine is one line of a page for TestArticleRun: its text, the
// reason it was removed ("" when kept), whether the classifier removed it,
// and its score.
type articleRunLine struct {
	text, removed string
	learned       bool
	p             float32
}

// articleRunDoc builds the page of lines as ruleLearned leaves it.
func articleRunDoc(t *testing.T, lines []articleRunLine) (*doc, []boiler.Decision) {
	t.Helper()
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	d := newDoc(strings.Join(texts, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	dec := make([]boiler.Decision, len(lines))
	for i, l := range lines {
		d.blocks[i].removed = l.removed
		if l.learned {
			d.markLearned(i)
		}
		dec[i] = boiler.Decision{P: l.p, Boilerplate: l.learned}
	}
	return d, dec
}

// TestArticleRun: a long how-to under a site's tall header, scraped
// without its title line. Every paragraph of its first half scored as
// furniture (0.8 to 0.95), so the headline chosen was a subheading half
// way down and the lines above it went with the menus. The first half's
// paragraphs, with the short "Pros:" labels and list items between them,
// come back; the menus, the share row and the sign-in line the classifier
// is sure of stay removed. Under the article's last kept sentence, its
// closing paragraphs, scored up by a side column, come back too, down to
// the comments a named rule took. Three stray sentences (a teaser box)
// above a headline do not come back: too short a run.
func TestArticleRun(t *testing.T) {
	var lines []articleRunLine
	add := func(text, removed string, learned bool, p float32) int {
		lines = append(lines, articleRunLine{text, removed, learned, p})
		return len(lines) - 1
	}
	for _, m := range []string{"Home", "Reviews", "Guides", "Podcasts", "Deals", "Sign in to save your reading list"} {
		add(m, "page header", true, 0.995)
	}
	var want []int
	want = append(want, add("Every home server starts with the same question: which machine do you trust to stay up while you sleep?", "page header", true, 0.86))
	for k, tool := range []string{"Pebblebox", "Quarrystack", "Tidewell"} {
		want = append(want, add(tool, "page header", true, 0.9))
		want = append(want, add(fmt.Sprintf("%s has been around for years, and the people who run it at home say it rarely needs more than a restart after an update.", tool), "page header", true, 0.88))
		want = append(want, add("Pros:", "page header", true, 0.94))
		want = append(want, add("Quiet fans.", "page header", true, 0.9))
		want = append(want, add("Cons:", "page header", true, 0.93))
		want = append(want, add(fmt.Sprintf("The setup guide skips step %d, so keep a second terminal open while you follow it.", k+3), "page header", true, 0.89))
	}
	h := add("Choosing the disks", "", false, 0.8)
	for i := range 4 {
		add(fmt.Sprintf("Disks fail in batches, so buy them from %d different shops and label each with the date you installed it.", i+2), "", false, 0.7)
	}
	for i := range 5 {
		want = append(want, add(fmt.Sprintf("When the array rebuilds, watch the temperature of the %d drives that remain, because a hot drive is the next one to go.", i+3), "boilerplate", true, 0.9))
	}
	for range 3 {
		add("Jo from Millbrook, 4 March at 9:12 am", ReasonComments, false, 0.95)
		add("I tried this on my own machine and the rebuild took two whole days before it finished.", ReasonComments, false, 0.9)
	}
	d, dec := articleRunDoc(t, lines)
	keepArticleRun(d, h, dec)
	checkBroughtBack(t, d, lines, want)

	// A teaser box of three sentences over the headline: no run.
	lines = nil
	add("Home", "page header", true, 0.995)
	for i := range 3 {
		add(fmt.Sprintf("Readers of the garden column also liked story number %d about raised beds and the slugs that love them.", i+1), "page header", true, 0.9)
	}
	h = add("Town hall votes to keep the ferry running", "", false, 0.5)
	for i := range 4 {
		add(fmt.Sprintf("The council voted %d to 3 on Tuesday night to keep the winter ferry running for another year.", i+5), "", false, 0.1)
	}
	d, dec = articleRunDoc(t, lines)
	keepArticleRun(d, h, dec)
	for i := range h {
		if d.blocks[i].kept() {
			t.Errorf("line %d %q came back over the headline, want it removed", i, d.blocks[i].text)
		}
	}
}

// checkBroughtBack fails t unless keepArticleRun brought back exactly the
// lines want of those the page's lines had removed.
func checkBroughtBack(t *testing.T, d *doc, lines []articleRunLine, want []int) {
	t.Helper()
	back := map[int]bool{}
	for _, i := range want {
		back[i] = true
		if !d.blocks[i].kept() {
			t.Errorf("line %d %q stays removed (%s), want it back", i, d.blocks[i].text, d.blocks[i].removed)
		}
	}
	for i, b := range d.blocks {
		if !back[i] && lines[i].removed != "" && b.kept() {
			t.Errorf("line %d %q came back, want it removed", i, b.text)
		}
	}
}
