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
