package clean

import "testing"

// TestPostOverItsComments: a blog's short post over a long thread of
// readers' comments, scraped without its title line. The classifier scores
// the post's paragraphs as the thread's header (removed, at 0.8 to 0.88)
// and keeps the comments, so the body found was the first comment, and its
// line above ("Best post you have written!") the headline. The post's
// first paragraph is the body when the classifier doubts it short of
// overCommentsBar; a paragraph it is sure of (a sign-up box's, at 0.97) is
// passed over as before.
func TestPostOverItsComments(t *testing.T) {
	lines := []articleRunLine{
		{"Quiet Workbench", "", true, 0.99},
		{"Home", "", true, 0.99},
		{"Archive", "", true, 0.99},
		{"A Small Announcement", "", true, 0.7},
		{"Our daughter Wren Alder Pell arrived early on Tuesday morning, and the whole family is tired and happy.", "", true, 0.84},
		{"We will be slower to answer letters for a while, and the workshop posts will resume after the spring.", "", true, 0.86},
		{"Thank you to everyone who sent seeds and tools for the garden while we waited for her to arrive.", "", true, 0.88},
		{"Posted in Family | 38 Comments", "", true, 0.9},
		{"38 Responses to “A Small Announcement”", "", true, 0.9},
		{"Marta Quill says:", "", true, 0.9},
		{"March 3rd, 2021 at 9:14 am", "", true, 0.97},
		{"Best post you have written! Congratulations to all three of you.", "", false, 0.5},
		{"Reply", "", true, 0.99},
		{"Dov Ashby says:", "", true, 0.9},
		{"March 3rd, 2021 at 9:40 am", "", true, 0.97},
		{"Wonderful news, and I hope the nights are kind to you in the first weeks of sleeping in shifts.", "", false, 0.3},
		{"Reply", "", true, 0.99},
		{"Ines Garrow says:", "", true, 0.9},
		{"March 3rd, 2021 at 10:02 am", "", true, 0.97},
		{"I have read this blog since I was a student and it feels like hearing from an old friend about their good luck.", "", false, 0.3},
		{"Reply", "", true, 0.99},
		{"Leave a Reply", "", true, 0.99},
	}
	const post, comment = 4, 15
	d, dec := articleRunDoc(t, lines)
	first := d.firstProse()
	if first != post {
		t.Fatalf("first prose %d, want %d", first, post)
	}
	if got := bodyOverComments(d, dec, first, comment); got != post {
		t.Errorf("body %d (%q), want the post's first paragraph %d", got, d.blocks[max(got, 0)].text, post)
	}
	// Paragraphs the classifier is sure of are no post's.
	for i := post; i < post+3; i++ {
		lines[i].p = 0.97
	}
	d, dec = articleRunDoc(t, lines)
	if got := bodyOverComments(d, dec, d.firstProse(), comment); got != comment {
		t.Errorf("body %d (%q), want the body found, %d", got, d.blocks[max(got, 0)].text, comment)
	}
}

// TestGalleryOverItsComments: a design blog's gallery post (a sentence, a
// run of short picture titles, a closing sentence), scraped without its
// title line, then its one comment under the theme's count tabs run
// together ("1 CommentNo Trackbacks"), the comment form and a side column
// of trackbacks whose excerpts the classifier keeps. The post has not the
// lines of prose a comment section needs above it, so none was found and
// the body was a trackback's excerpt under the form, its title the page's
// headline (the comment itself went with the related list above it). The signatures between (a count, a date "at", "Reply", "Leave
// a Reply") put the body back at the post's first sentence.
func TestGalleryOverItsComments(t *testing.T) {
	lines := []articleRunLine{
		{"Spark Your Studio", "", true, 0.99},
		{"Write for us", "", true, 0.99},
		{"12 Posters to Warm Up Your Winter Portfolio", "", true, 0.97},
		{"The cold months are close, and studios everywhere are busy with seasonal work for clients who want it yesterday.", "", false, 0.79},
	}
	for _, s := range []string{"Frost Letters", "Lantern Walk", "Paper Birds", "Snow Grid", "Candle Type", "Pine Rows"} {
		lines = append(lines, articleRunLine{s, "", true, 0.99})
	}
	lines = append(lines, []articleRunLine{
		{"Which seasonal posters have caught your eye this year? Send them over and we may feature them next time.", "", false, 0.86},
		{"Related Posts", "", true, 0.99},
		{"1 CommentNo Trackbacks", "", true, 0.95}, // the theme's two tabs run together
		{"Rowan Pike", "", true, 0.95},
		{"6 Dec 21 at 10:12 pm", "", true, 0.98},
		{"Lovely picks, the paper birds one is my favourite of the lot.", ReasonRelated, true, 0.94}, // a related list's sweep took it
		{"Reply", "", true, 0.99},
		{"Leave a Reply", "", true, 0.99},
		{"Name (required)", "", true, 0.99},
		{"Community News", "", true, 0.92},
		{"Quick Mockups With Layered Sketches", "", false, 0.6},
		{"As designers we are often asked to show how an interface will feel long before a single line of it is built.", "", false, 0.37},
	}...)
	post, trackback := 3, len(lines)-1
	d, dec := articleRunDoc(t, lines)
	first := d.firstProse()
	if first != post {
		t.Fatalf("first prose %d, want %d", first, post)
	}
	if got := bodyOverComments(d, dec, first, trackback); got != post {
		t.Errorf("body %d (%q), want the post's first sentence %d", got, d.blocks[max(got, 0)].text, post)
	}
}

// TestPostOverSignedUnder: a blog's post of two lines over its comments,
// whose software signs each comment under it ("Posted by: Kit Varga | May
// 2, 2021 at 03:49 PM"), so no signature stands between the section's
// heading and the first comment, the body found. The signature under that
// comment says it is one, and the post's paragraph above the section,
// which the classifier doubts (0.86), is the body.
func TestPostOverSignedUnder(t *testing.T) {
	lines := []articleRunLine{
		{"Rack and Rail", "", true, 0.99},
		{"an engineer's notes from the machine room, with tips and tricks for the long nights of the migration", "", true, 0.99},
		{"Home", "", true, 0.99},
		{"May 2, 2021", "", true, 0.5},
		{"Count Me In", "", true, 0.95},
		{"Install the survey app today and take part in a worldwide experiment about how we share data, until the end of the month.", "", true, 0.86},
		{"Posted at 11:01 AM | Permalink", "", true, 0.96},
		{"TrackBack", "", true, 0.98},
		{"Listed below are links to weblogs that reference Count Me In and the survey it points to:", "", true, 0.92},
		{"Comments", "", true, 0.7},
		{"You can follow this conversation by subscribing to the comment feed for this post.", "", false, 0.8},
		{"There is no app in the store yet and the whole press team is already shouting about how great it is.", "", false, 0.28},
		{"Posted by: Kit Varga | May 2, 2021 at 03:49 PM", "", true, 0.94},
		{"Post a comment", "", true, 0.87},
	}
	const post, comment = 5, 11
	d, dec := articleRunDoc(t, lines)
	first := d.firstProse()
	if first != post {
		t.Fatalf("first prose %d, want %d", first, post)
	}
	if got := bodyOverComments(d, dec, first, comment); got != post {
		t.Errorf("body %d (%q), want the post's paragraph %d", got, d.blocks[max(got, 0)].text, post)
	}
}
