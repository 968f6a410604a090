package clean

import (
	"strings"
	"testing"
)

// commentsArticle is an article of four paragraphs (written here).
const commentsArticle = `Harbour repairs to finish before the winter storms

The port authority said on Monday that repairs to the eastern breakwater would be finished before the first winter storms arrive in November.

Engineers found cracks in the concrete blocks after a survey in the spring, and the authority closed the outer berth while divers inspected the foundations.

The repairs cost about four million euros, shared between the city and the regional government, and the berth reopens to cargo ships next month.

Fishermen who moor inside the harbour welcomed the news but asked for a second survey of the western arm, which took the brunt of last year's storms.
`

// TestCommentsRemoved: a comment section under an article goes whole, its
// signatures and its prose, with the reason "comments"; the article stays.
func TestCommentsRemoved(t *testing.T) {
	for _, section := range []string{
		// WordPress
		"3 Responses to “Harbour repairs to finish before the winter storms”\n\nMarta says:\n\nOctober 3, 2012 at 9:14 am\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\nReply\n\nJohn K. says:\n\nOctober 3, 2012 at 11:02 am\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n",
		// TypePad, no heading
		"Posted by: Marta | October 3, 2012 09:14 AM\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\nPosted by: John K. | October 3, 2012 11:02 AM\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n",
		// Disqus-like: names, and the actions under each comment (the
		// section starts at the first: the first comment stays)
		"Reply\n\nJohn K.\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n\nReply\n\nAnna\n\nAbout time too, anyone who fishes there can tell you the western arm is worse than the eastern one.\n\nReply\n",
		// a form's heading first
		"Leave a Reply\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n",
		// Blogger: "Name said...", the comment, its time
		"Marta said...\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\nOctober 3, 2012 9:14 AM\n\nJohn K. said...\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n\nOctober 3, 2012 11:02 AM\n",
	} {
		r := Clean(commentsArticle + "\n" + section)
		var kept []string
		for _, b := range r.Blocks {
			if b.Removed == "" {
				kept = append(kept, b.Text())
			}
		}
		got := strings.Join(kept, "\n")
		if strings.Contains(got, "invoices") || strings.Contains(got, "About time") {
			t.Errorf("a comment was kept:\n%s\n\nafter the section\n%s", got, section)
		}
		if !strings.Contains(got, "western arm") || !strings.Contains(got, "cargo ships") {
			t.Errorf("the article lost a paragraph:\n%s", got)
		}
		found := false
		for _, b := range r.Blocks {
			found = found || b.Removed == ReasonComments && strings.Contains(b.Text(), "invoices")
		}
		if !found {
			t.Errorf("the comment does not go as %q", ReasonComments)
		}
	}
}

// TestBloggerCommentsUnderShortPost: Blogger's signatures ("Name
// said..."), three or more, start the comments under a post of a single
// paragraph too, where other signatures need three paragraphs above them.
func TestBloggerCommentsUnderShortPost(t *testing.T) {
	post := "Next up: pumpkin pie\n\nTomorrow I will show you how to make a pumpkin pie from scratch, crust and all, in time for the holiday.\n\n"
	comments := "Jennifer said...\n\nJust in time, I was looking for a recipe like this one for our family dinner on Thursday!\n\nNovember 11, 2012 11:54 PM\n\n" +
		"Matthew said...\n\nCan you also show us how to make the whipped cream that goes on top of it, please?\n\nNovember 12, 2012 12:10 AM\n\n" +
		"Anna said...\n\nWe made the apple pie from your last video and everybody at the table asked for a second piece.\n\nNovember 12, 2012 8:02 AM\n"
	r := Clean(post + comments)
	for _, b := range r.Blocks {
		text := b.Text()
		switch {
		case strings.Contains(text, "crust and all") && b.Removed != "":
			t.Errorf("the post went: %q (%s)", text, b.Removed)
		case strings.Contains(text, "whipped cream") && b.Removed != ReasonComments:
			t.Errorf("a comment is not removed as comments: %q (%q)", text, b.Removed)
		}
	}
}

// TestCommentsNotPosts: what looks like a signature but signs no comment
// stays: a blog index whose posts its author signs "Posted by", and an
// article that quotes someone with "says:".
func TestCommentsNotPosts(t *testing.T) {
	index := commentsArticle + "\nPosted by Marta Ruiz at 9:14 AM\n\n" +
		"Ferry timetable changes for the winter\n\nThe ferry company will run two crossings a day instead of four from the first of November, it said in a statement.\n\n" +
		"Posted by Marta Ruiz at 4:40 PM\n"
	quote := "Harbour repairs\n\nThe port authority said on Monday that repairs to the eastern breakwater would be finished before the first winter storms arrive.\n\n" +
		"Engineers found cracks in the concrete blocks after a survey in the spring, and the authority closed the outer berth for a while.\n\n" +
		"The repairs cost about four million euros, shared between the city and the regional government, and the berth reopens next month.\n\n" +
		"The harbour master says:\n\nWe will reopen the berth as soon as the divers have finished and the last blocks are in place, not a day later.\n\n" +
		"A fisherman says:\n\nWe have waited a year for this and we will believe it when the first cargo ship ties up at the outer berth again.\n"
	for name, page := range map[string]string{"index": index, "quote": quote} {
		for _, b := range Clean(page).Blocks {
			if b.Removed == ReasonComments {
				t.Errorf("%s: %q removed as comments", name, b.Text())
			}
		}
	}
}

func TestSignOf(t *testing.T) {
	for _, c := range []struct {
		line string
		kind signKind
		ok   bool
	}{
		{"jane doe says:", signSays, true},
		{"posted by: jane | may 3, 2012 4:05 pm", signByColon, true},
		{"posted by jane at 4:05 pm", signByName, true},
		{"october 3, 2012 at 9:14 am", signStamp, true},
		{"03/10/2012 09:14", signStamp, true},
		{"12 responses to “harbour repairs”", signCount, true},
		{"comments (12)", signCount, true},
		{"4 comments", signCount, true},
		{"leave a reply", signLeave, true},
		{"report abuse", signReply, true},
		{"by jane doe published 09 november 2012 13:50", 0, false},
		{"the minister said: we will reopen the berth.", 0, false},
		{"repairs cost 4.5 million euros", 0, false},
		{"", 0, false},
	} {
		k, _, ok := signOf(c.line)
		if ok != c.ok || ok && k != c.kind {
			t.Errorf("signOf(%q) = %v, %v; want %v, %v", c.line, k, ok, c.kind, c.ok)
		}
	}
}
