package clean

import "testing"

// TestVoxPopKept cleans vox pops, news stories of readers' or passers-by's
// quotes each signed with a name and a place, which the run of teasers
// (ruleTeaserRun) took for other stories' headlines over their summaries:
// the quotes stay, and a real list of teasers under the article still goes.
func TestVoxPopKept(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// Quotes signed under them "Name, Town", over a comment form.
			file:      "bp38-voxpop-style.txt",
			title:     "What shoppers think of the new market hall",
			publisher: "-",
			kept: []string{
				"The roof lets in so much light",
				"Gwen Roberts, Pontypridd",
				"I came for the cheese stall",
				"Dafydd Evans, Treforest",
				"My grandchildren loved the sweet stall",
				"Tom Price, Rhydyfelin",
			},
		},
		{
			// Quotes signed "- Kay, Hull", over a list of teasers.
			file:      "voxpop38-dash-style.txt",
			title:     "Readers on the four-day school week: your views",
			publisher: "-",
			kept: []string{
				"Kay, Hull",
				"I work Fridays",
				"Darren, Beverley",
				"As a teacher I would welcome",
				"Priya, Cottingham",
				"The council's consultation closes",
			},
			removed: []gone{
				{"Harbour bridge to close for repairs", ReasonRelated},
				{"Drivers face a twelve-mile detour", ReasonRelated},
				{"Football club names former captain", "caption or credit"},
				{"The club turned to a familiar face", "boilerplate"},
			},
		},
	})
}

// TestVoxPopShapes checks which lines read as a signature of a name and a
// place, and which as speech.
func TestVoxPopShapes(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Gwen Roberts, Pontypridd", true},
		{"- Kay, Hull", true},
		{"Owen P., 34, Swansea", true},
		{"Bus station works to start in May", false},
		{"Hospital board approves new maternity wing", false},
		{"Rain, wind and snow to hit the north", false},
	} {
		if got := nameAndPlace(c.line, true); got != c.want {
			t.Errorf("nameAndPlace(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"\"The roof lets in so much light.\"", true},
		{"My grandchildren loved the sweet stall.", true},
		{"Construction on a twelve-bed wing will start in March, the board said.", false},
		{"The US said it would review the tariffs.", false},
	} {
		if got := speech(newDoc(c.line).blocks[0]); got != c.want {
			t.Errorf("speech(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
