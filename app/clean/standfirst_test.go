package clean

import (
	"strings"
	"testing"
)

// TestStandfirstUnder finds the line under a headline that tells the story
// of the first paragraphs, and no caption, byline or title-case line there.
func TestStandfirstUnder(t *testing.T) {
	const (
		head   = "Council delays river flood defences for a third year"
		lede   = "The council has put off work on the river's flood defences again, after contractors warned that the budget would not cover rising costs."
		second = "Residents of the lower town, flooded twice since 2019, said the delay left their homes at risk for another winter."
	)
	for _, c := range []struct {
		name  string
		lines []string
		want  int // index into lines, or -1
	}{
		{"standfirst", []string{head, "Residents say the delay leaves flooded homes at risk as costs keep rising", "Jane Doe Environment correspondent", lede, second}, 1},
		{"standfirst below a byline", []string{head, "Jane Doe Environment correspondent", "Residents say the delay leaves flooded homes at risk as costs keep rising", lede, second}, 2},
		{"caption telling another story", []string{head, "A heron stands in shallow water near the old mill on a grey morning", lede, second}, -1},
		{"title-case line", []string{head, "Flood Defences Delayed As Costs Rise For The Lower Town Residents", lede, second}, -1},
		{"byline", []string{head, "By Jane Doe, Environment Correspondent, with reporting by John Roe", lede, second}, -1},
		{"no prose below", []string{head, "Residents say the delay leaves flooded homes at risk as costs keep rising"}, -1},
	} {
		d := newDoc(strings.Join(c.lines, "\n\n"))
		if got := standfirstUnder(d, 0); got != c.want {
			t.Errorf("%s: standfirstUnder = %d, want %d", c.name, got, c.want)
		}
	}
	if got := standfirstUnder(newDoc(head+"\n\n"+lede), -1); got != -1 {
		t.Errorf("no headline: standfirstUnder = %d, want -1", got)
	}
}
