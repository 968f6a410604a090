package boiler

import (
	"bytes"
	"strings"
	"testing"
)

func TestDefaultModel(t *testing.T) {
	m := Default()
	if len(m.Stages) == 0 || len(m.Vocab) == 0 {
		t.Fatalf("empty model: %d stages, %d words", len(m.Stages), len(m.Vocab))
	}
}

// A page shaped like a scraped news page (written here): menus, a headline,
// prose, a share row, related links, a footer.
var page = strings.Split(`Home
News
Sport
Business
Weather
Contact us
Harbour reopens after three-week closure
Share on Facebook
Share on Twitter
The harbour reopened to traffic on Monday after a three-week closure that left dozens of fishing boats stranded and cost local businesses an estimated two million pounds, the port authority said.
Engineers had worked around the clock to repair the damaged sea wall, which partly collapsed during a storm at the end of last month, according to the authority's chief executive.
"We are grateful for the patience of everyone who depends on the harbour for their living," she told reporters at the reopening, adding that a full review of the wall would follow in the spring.
Local traders said the closure had been the hardest period they could remember, with some forced to lay off staff while they waited for the repairs to be finished.
Related stories
Storm damage bill rises
Council to review coastal defences
Most read
© 2024 Example News Ltd. All rights reserved.
Privacy policy
Terms of use`, "\n")

func TestClassifyPage(t *testing.T) {
	d := Default().Classify(page)
	checkProseKept(t, page, d)
	for _, i := range []int{0, 1, 2, 3, 7, 8, 13, 14, 15, 17, 18, 19} {
		if !d[i].Boilerplate {
			t.Errorf("boilerplate kept (p=%.2f): %s", d[i].P, page[i])
		}
	}
	for i := range page {
		t.Logf("%.2f %-14s %s", d[i].P, d[i].Reason, page[i])
	}
}

// checkProseKept fails the test when a line of prose (more than 20 words)
// of page is removed, or a line is removed without a reason.
func checkProseKept(t *testing.T, page []string, d []Decision) {
	t.Helper()
	for i, l := range page {
		if len(strings.Fields(l)) > 20 && d[i].Boilerplate {
			t.Errorf("prose removed (p=%.2f): %s", d[i].P, l)
		}
		if d[i].Boilerplate && d[i].Reason == "" {
			t.Errorf("removed without a reason: %s", l)
		}
	}
}

func TestUnmarshalRejectsBadInput(t *testing.T) {
	for n := 0; n < len(modelBytes); n += 1 + n/3 {
		var m Model
		if err := m.UnmarshalBinary(modelBytes[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	var m Model
	if err := m.UnmarshalBinary(append(bytes.Clone(modelBytes), 0)); err == nil {
		t.Error("trailing byte: no error")
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add(modelBytes[:200])
	f.Fuzz(func(t *testing.T, b []byte) {
		var m Model
		if m.UnmarshalBinary(b) == nil {
			m.Probabilities([]string{"a line", "another line of text."})
		}
	})
}

func FuzzClassify(f *testing.F) {
	f.Add(strings.Join(page, "\n"))
	f.Add("")
	f.Add("\x00\xff|»©")
	f.Fuzz(func(t *testing.T, s string) {
		d := Default().Classify(strings.Split(s, "\n"))
		for _, x := range d {
			if x.P < 0 || x.P > 1 || x.P != x.P {
				t.Fatalf("probability %v", x.P)
			}
		}
	})
}

// BenchmarkClassify classifies the scraped-page sample above, repeated.
func BenchmarkClassify(b *testing.B) {
	var lines []string
	for range 20 {
		lines = append(lines, page...)
	}
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	m := Default()
	b.SetBytes(int64(n))
	for b.Loop() {
		m.Classify(lines)
	}
}

// A list inside an article (written here) sits between two kept sentences
// under a line ending in a colon: it stays, while the menu above goes.
func TestClassifyKeepsListInArticle(t *testing.T) {
	lines := append(append([]string{}, page[:9]...),
		"The harbour reopened to traffic on Monday after a three-week closure that left dozens of fishing boats stranded, the port authority said.",
		"Key points:",
		"Repairs cost two million pounds",
		"Dozens of boats were stranded",
		"A full review follows in spring",
		"Local traders said the closure had been the hardest period they could remember, with some forced to lay off staff.",
		"Engineers had worked around the clock to repair the damaged sea wall, which partly collapsed during a storm.")
	lines = append(lines, page[13:]...)
	d := Default().Classify(lines)
	for i := 10; i <= 13; i++ {
		if d[i].Boilerplate {
			t.Errorf("list line removed (p=%.2f): %s", d[i].P, lines[i])
		}
	}
	if !d[0].Boilerplate || !d[1].Boilerplate {
		t.Errorf("menu kept: %v %v", d[0], d[1])
	}
}

// keepLists keeps a long list that a kept line of prose announces with a
// colon, to the page's end, where the classifier took its items for links;
// the same items under a short "Read more:" with no sentence after them go.
func TestKeepListsAnnounced(t *testing.T) {
	names := []string{"Brian Edwards (Wake Forest)", "Matt Allen (Creighton)", "Sean Franklin (Northridge)",
		"Matt Hatzke (Santa Clara)", "Shea Salinas (Furman)", "Eric Brunner (Ohio State)", "George Josten (Gonzaga)"}
	for _, c := range []struct {
		intro string
		keep  bool
	}{
		{"Below is the list of players who have been invited to this year's combine:", true},
		{"Read more:", false},
	} {
		lines, out := listUnder(c.intro, names, func(int) float32 { return 0.8 })
		for i := 2; i < len(lines); i++ {
			if out[i].Boilerplate == c.keep {
				t.Errorf("under %q: %q removed %v", c.intro, lines[i], out[i].Boilerplate)
			}
		}
	}
}

func TestSetModel(t *testing.T) {
	before := Default()
	if err := SetModel([]byte("not a model")); err == nil {
		t.Error("SetModel took a bad file")
	}
	if Default() != before {
		t.Error("a bad file replaced the model")
	}
	if err := SetModel(modelBytes); err != nil {
		t.Fatal(err)
	}
	if d := Default().Classify(page); !d[0].Boilerplate {
		t.Errorf("the model set finds no menu: %+v", d[0])
	}
}

// keepNumbered keeps a listicle's numbered headings, each over a kept
// paragraph, that the classifier took for links; a numbered menu whose
// lines stand over no prose goes.
func TestKeepNumbered(t *testing.T) {
	para := "The singer has been praised by the government for her work with children in the country since last year."
	for _, c := range []struct {
		lines []string
		keep  bool
	}{
		{[]string{"Who gave charity a bad name?", "1. Madonna", para, "2. Paris Hilton", para, "3. Oprah Winfrey", para}, true},
		{[]string{"Who gave charity a bad name?", "5. Bob Geldof", para, "4. Bono", para, "3. Oprah Winfrey", para}, true},
		{[]string{para, "1. Home", "2. News", "3. Sport", "4. Weather", para}, false},
		{[]string{"Who gave charity a bad name?", "1. Madonna", para, "3. Paris Hilton", para, "7. Oprah Winfrey", para}, false},
	} {
		_, st := features(c.lines, Default().lexicon())
		out := make([]Decision, len(c.lines))
		for i, l := range c.lines {
			if _, ok := itemNumber(l); ok {
				out[i] = Decision{P: 0.8, Boilerplate: true, Reason: ReasonRelated}
			}
		}
		keepNumbered(c.lines, out, st)
		for i, l := range c.lines {
			if _, ok := itemNumber(l); ok && out[i].Boilerplate == c.keep {
				t.Errorf("%q: removed %v", l, out[i].Boilerplate)
			}
		}
	}
	for s, want := range map[string]int{"1. Madonna": 1, "12) Twelve": 12, "3.14 pi": -1, "100. x": 100, "1.": -1, "Top 10": -1} {
		n, ok := itemNumber(s)
		if ok != (want >= 0) || ok && n != want {
			t.Errorf("itemNumber(%q) = %d, %v", s, n, ok)
		}
	}
}

// TestKeepListsNearSureTail: down a long list announced by a line of
// prose, the items the classifier is near-sure of (0.98 and more, as the
// context stage's scores climb) stay while they are written as the first
// item is; a line written otherwise ends the list. Under a line asking the
// reader to share the article the near-sure items end it, and the four
// left are too few to keep.
func TestKeepListsNearSureTail(t *testing.T) {
	names := []string{"Brian Edwards (Wake Forest)", "Matt Allen (Creighton)", "Sean Franklin (Northridge)",
		"Matt Hatzke (Santa Clara)", "Shea Salinas (Furman)", "Eric Brunner (Ohio State)", "George Josten (Gonzaga)",
		"Most Viewed Articles"}
	p := []float32{0.5, 0.6, 0.7, 0.9, 0.98, 0.99, 0.99, 0.99}
	for _, c := range []struct {
		intro string
		kept  int // the items kept
	}{
		{"Below is the list of players who have been invited to this year's combine:", 7},
		// Four items under 0.97 are too few for a list ending the article.
		{"If you liked this article, please help spread the news on the following sites:", 0},
	} {
		lines, out := listUnder(c.intro, names, func(k int) float32 { return p[k] })
		for i := 2; i < len(lines); i++ {
			if want := i-2 >= c.kept || c.kept == 0; out[i].Boilerplate != want {
				t.Errorf("under %q: %q (P %.2f) removed %v, want %v", c.intro, lines[i], p[i-2], out[i].Boilerplate, want)
			}
		}
	}
}

// listUnder runs keepLists on a sentence, the line intro and the items
// under it, each item k removed by the classifier at P p(k), and returns
// the lines and the decisions.
func listUnder(intro string, items []string, p func(k int) float32) ([]string, []Decision) {
	lines := append([]string{
		"More than sixty players will be tested this weekend after being invited to the combine in Florida, the league said.",
		intro}, items...)
	_, st := features(lines, Default().lexicon())
	out := make([]Decision, len(lines))
	for i := 2; i < len(lines); i++ {
		out[i] = Decision{P: p(i - 2), Boilerplate: true, Reason: ReasonRelated}
	}
	keepLists(lines, out, st)
	return lines, out
}
