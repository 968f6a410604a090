package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

// TestSitesBoilerplateKept36 cleans pages written here in the shapes whose
// boilerplate the cleanup used to keep on the corpus's dev pages
// (session 36).
func TestSitesBoilerplateKept36(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A blog's welcome in its column above the post, saying what
			// it offers ("Welcome to ..., where we ..."). The post's
			// headline under the column repeats the title line's: it is
			// the title, and the column above it goes (ruleColumn).
			file:      "bp36-sitewelcome-style.txt",
			title:     "Why the downhill hurts more than the climb",
			publisher: "-",
			kept:      []string{"Running downhill asks the thigh muscles"},
			removed:   []gone{{"Welcome to Trail Lab, where we take apart", "page header"}},
		},
		{
			// The blog's call to the reader who liked the post, under it,
			// and its word about itself in its column ("This site is
			// for ...").
			file:      "bp36-likedcall-style.txt",
			title:     "How I plan a week of lessons in one hour",
			publisher: "-",
			kept:      []string{"I keep a short list of activities"},
			removed: []gone{
				{"If you enjoyed this post, please consider", ReasonPromo},
				{"This site is for teachers who want", ReasonPromo},
			},
		},
		{
			// The writer's bio in the first person under its heading
			// ("About Maren" over "Hi, I'm Maren. ..."), under the post.
			file:      "bp36-aboutme-style.txt",
			publisher: "-",
			kept:      []string{"What I like most is how little they added"},
			removed: []gone{
				{"About Maren", ReasonBio},
				{"Hi, I'm Maren. I live in Portland with", ReasonBio},
			},
		},
		{
			// A blog page of posts, each signed on a line closing on its
			// permalink ("Posted by ... | Permalink | Comments (2)").
			file:      "bp36-permalink-style.txt",
			publisher: "-",
			kept:      []string{"Next year I will start the seeds"},
			removed:   []gone{{"Posted by Hedda Lund at 04:12 PM", "boilerplate"}},
		},
	})
}

// TestLikedCall checks which lines read as a blog's call to the reader who
// liked its post.
func TestLikedCall(t *testing.T) {
	for line, want := range map[string]bool{
		"If you enjoyed this post, please subscribe to the feed.":                   true,
		"♥If you liked this article, please share it on:":                           true,
		"Did you like this article? Get the next one in your inbox every morning.":  true,
		"If you enjoyed this film, the director's earlier work is worth a look.":    false,
		"\"If you liked this post office, you will love the new one,\" she said.":   false,
		"Many readers wrote that if you enjoyed this article you should read more.": false,
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := likedCall(b); got != want {
			t.Errorf("likedCall(%q) = %v, want %v", line, got, want)
		}
	}
}
