package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSitesBoilerplateKept38 cleans pages written here in the shapes whose
// boilerplate the cleanup used to keep on the corpus's dev pages
// (session 38).
func TestSitesBoilerplateKept38(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// Readers' comments each signed under its text with the
			// reader's name and place, between the article's source line
			// and the heading of the form to add one ("Have your say").
			file:      "bp38-readerviews-style.txt",
			title:     "Lighthouse keeper's cottage sold after bidding war",
			publisher: "-",
			kept:      []string{"Local councillors welcomed the sale"},
			removed: []gone{
				{"The price is absurd for a house", ReasonComments},
				{"Marcus Hale, Bristol, UK", ReasonComments},
				{"Another cottage gone to holiday lets", ReasonComments},
			},
		},
		{
			// A post of a photograph, with no prose, under which each
			// reader's comment is stamped with its time and offers a
			// "Reply": the comments, with none of the post's prose above.
			file:      "bp38-photopost-style.txt",
			title:     "Sunday sketch: the harbour at dawn",
			publisher: "-",
			removed: []gone{
				{"Rui March 1, 2026 at 11:03 pm", ReasonComments},
				{"Are the boats on the left the old ferries?", ReasonComments},
				{"I used to take one of them to school", ReasonComments},
			},
		},
		{
			// Readers' views under their heading, past its links and a
			// word on them, each signed under its text with the reader's
			// name and place ("- Margaret, Whitby, UK").
			file:      "bp38-readerviews2-style.txt",
			title:     "Quiz show ratings slump as channel switch drives viewers away",
			publisher: "-",
			kept:      []string{"A spokesman for the channel said"},
			removed: []gone{
				{"My parents could not find it", ReasonComments},
				{"The new host is far better", ReasonComments},
				{"Owen P., Swansea", ReasonComments},
			},
		},
		{
			// An agency's long caption under the picture's credit, pointing
			// at it "in this ... file photo", a second sentence on: the
			// caption.
			file:      "bp38-filephoto-style.txt",
			title:     "Rams hire former Broncos coordinator to fix last-placed offense",
			publisher: "-",
			kept:      []string{"Neil Garrity says he can turn around"},
			removed:   []gone{{"watches warmups before a game", ReasonCaption}},
		},
		{
			// Readers' comments under a post of one paragraph, counted
			// ("12 Comments") and each dated with its link ("March 2,
			// 2026, | Permalink").
			file:      "bp38-permalinkcomments-style.txt",
			title:     "AT THE HARBOUR MARKET – LISBON",
			publisher: "-",
			kept:      []string{"Caught this lovely pair by the fish stalls"},
			removed: []gone{
				{"so sweet! those coats are everything", ReasonComments},
				{"This is the kind of picture that makes me miss", ReasonComments},
			},
		},
		{
			// A reader's lone comment under a match report, signed over
			// it ("Posted by: Ricky, Eastfield on 5:19pm ...") and with
			// its bar of actions under it ("Quote | Report this post").
			file:      "bp38-lonecomment-style.txt",
			title:     "Town held to draw by ten men",
			publisher: "-",
			kept:      []string{"The visitors lost their midfielder"},
			removed: []gone{
				{"Posted by: Ricky, Eastfield", ReasonComments},
				{"Another two points dropped at home", ReasonComments},
			},
		},
	})
}

// TestActionBar checks which lines read as a bar of a comment's actions.
func TestActionBar(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"quote | report this post", true},
		{"reply | report abuse", true},
		{"quote | share", false},
		{"quote", false},
		{"home | news | sport", false},
	} {
		if got := actionBar(c.line); got != c.want {
			t.Errorf("actionBar(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFileCaption checks which lines point at their picture as a file
// photo.
func TestFileCaption(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"a police officer stops a car in this undated file photo.", true},
		{"the singer arrives at the awards, in this june 3, 2026, file photo.", true},
		{"in this file picture taken on may 2, the bridge is seen from the east bank.", true},
		{"the council kept the plans on file in this office for a decade, the report said.", false},
		{"within this file photo archive, the museum found letters from the war.", false},
	} {
		if got := fileCaption(c.line); got != c.want {
			t.Errorf("fileCaption(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestThreadOverForm: the comments over a form's heading start under the
// line removed over the first (the article's source); an article's own
// quotes, signed the same way, run on from its kept paragraphs: no thread.
func TestThreadOverForm(t *testing.T) {
	for _, c := range []struct {
		file, removed, first string // first: the thread's first line, "" none
	}{
		{"bp38-readerviews-style.txt", "Source: Land Registry", "The price is absurd"},
		{"bp38-voxpop-style.txt", "By Rhian Pugh", ""},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "sites", c.file))
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(string(raw))
		for _, b := range d.blocks {
			if b.text == c.removed {
				b.removed = ReasonMetadata
			}
		}
		got := ""
		if at := threadOverForm(d); at >= 0 {
			got = d.blocks[at].text
		}
		if c.first == "" && got != "" || !strings.HasPrefix(got, c.first) {
			t.Errorf("%s: the thread starts at %q, want %q", c.file, got, c.first)
		}
	}
}
