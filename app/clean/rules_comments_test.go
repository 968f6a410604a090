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
		got := keptText(r)
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
		{"{ 167 comments }", signCount, true},
		{"[2 responses]", signCount, true},
		{"{ the comments }", 0, false},
		{"13 comments:", signCount, true},
		{"53 comments »", signCount, true},
		{"7 comments +", signCount, true},
		{"5 comments so far...", signCount, true},
		{"1 comment, displaying first", signCount, true},
		{"126 comments add a comment", signCount, true},
		{"20 comments post a comment", signCount, true},
		{"3 comments from readers who disagreed", 0, false},
		{"12 commentary pieces", 0, false},
		{"leave a reply", signLeave, true},
		{"by alec on november 21, 2010 at 8:12 am. reply #", signReplyStamp, true},
		{"by bw smith on aug 9, 2012 10:21 am edt up reply actions", signReplyStamp, true},
		{"by jaxon on aug 9, 2012 10:15 am edt", 0, false},
		{"reply to jane on may 3", 0, false},
		{"report abuse", signReply, true},
		{"http://tdhurst.com/ tdhurst", signLinked, true},
		{"http://twitter.com/jnanberg josh nanberg", signLinked, true},
		{"https://example.org/report read the full report.", 0, false},
		{"http://example.org/a, http://example.org/b", 0, false},
		{"http://example.org/report", 0, false},
		{"by jane doe published 09 november 2012 13:50", 0, false},
		{"the minister said: we will reopen the berth.", 0, false},
		{"repairs cost 4.5 million euros", 0, false},
		{"", 0, false},
	} {
		k, _, ok := signOf(c.line, nil)
		if ok != c.ok || ok && k != c.kind {
			t.Errorf("signOf(%q) = %v, %v; want %v, %v", c.line, k, ok, c.kind, c.ok)
		}
	}
}

// TestDatedSignatures: comment software that signs each comment with a name
// and a date in a shape of its own, whatever its words, starts the comment
// section at its first signature; the article above stays whole.
func TestDatedSignatures(t *testing.T) {
	for _, section := range []string{
		// a name and a short date
		"Marta 07 Nov 12\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\n" +
			"John Kowalski 07 Nov 12\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n\n" +
			"Anna 08 Nov 12\n\nAnyone who fishes there can tell you the western wall is in a worse state than the eastern one.\n",
		// a name, "on", a long date and a handle, under a heading in
		// words of its own
		"3 appreciated comments on “Harbour repairs to finish”\n\nMarta Ruiz, on November 7th, 2012 // Twitter: @marta\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\n" +
			"John, on November 7th, 2012 // Twitter: @jk\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n\n" +
			"Anna, on November 8th, 2012 // Twitter: @anna\n\nAnyone who fishes there can tell you the western wall is in a worse state than the eastern one.\n",
		// numbered comments, the name on the next line
		"#1 - Tue Jul 24, 2012 10:14 AM EDT\n\nmarta_r\n\nAbout time too, the outer berth has been closed for far too long and the ferries had to wait outside.\n\n" +
			"#2 - Tue Jul 24, 2012 11:02 AM EDT\n\njk1968\n\nFour million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.\n\n" +
			"#3 - Tue Jul 24, 2012 1:40 PM EDT\n\nAnna\n\nAnyone who fishes there can tell you the western wall is in a worse state than the eastern one.\n",
	} {
		r := Clean(commentsArticle + "\n" + section)
		var kept []string
		for _, b := range r.Blocks {
			if b.Removed == "" {
				kept = append(kept, b.Text())
			}
			if strings.Contains(b.Text(), "invoices") && b.Removed != ReasonComments {
				t.Errorf("a comment is not removed as comments: %q (%q)", b.Text(), b.Removed)
			}
		}
		got := strings.Join(kept, "\n")
		if strings.Contains(got, "About time") || strings.Contains(got, "western wall") || strings.Contains(got, "appreciated") {
			t.Errorf("a comment was kept:\n%s\n\nafter the section\n%s", got, section)
		}
		if !strings.Contains(got, "western arm") || !strings.Contains(got, "cargo ships") {
			t.Errorf("the article lost a paragraph:\n%s", got)
		}
	}
}

// TestDatedLinesNotSignatures: dated lines of one shape that sign no
// comment stay: a schedule (its lines follow each other), a digest that
// cites each article it quotes at length, a blog's posts signed by one
// author, a numbered list of earlier posts, numbered sections.
func TestDatedLinesNotSignatures(t *testing.T) {
	// quoted is three paragraphs of about 90 words each, quoted from an
	// article.
	quoted := func(paper string) string {
		var ps []string
		for _, topic := range []string{"repairs", "berth", "survey"} {
			ps = append(ps, strings.Repeat("The "+paper+" reports that the "+topic+" at the harbour will be finished before the storms, the port authority said on Monday. ", 4))
		}
		return strings.Join(ps, "\n\n")
	}
	pages := map[string]string{
		"schedule": commentsArticle + "\nSeries schedule\n\nGame 1 -- Nov. 5 at Blainville-Boisbriand, Que.\n\nGame 2 -- Nov. 7 at Val-d'Or, Que.\n\n" +
			"Game 3 -- Nov. 8 at Guelph, Ont.\n\nGame 4 -- Nov. 12 at Sarnia, Ont.\n\nThe series starts on Monday, and every game will be shown live on the network in both countries.\n",
		"digest": commentsArticle + "\nMarta Ruiz, Harbour Times, August 7, 2012\n\n" + quoted("Harbour Times") + "\n\n" +
			"John Kowalski, Port Gazette, August 7, 2012\n\n" + quoted("Port Gazette") + "\n\n" +
			"Anna Berg, Coast News, August 8, 2012\n\n" + quoted("Coast News") + "\n",
		"posts": commentsArticle + "\nMarta Ruiz, November 3, 2012\n\nThe ferry company will run two crossings a day instead of four from the first of November, it said.\n\n" +
			"Marta Ruiz, November 4, 2012\n\nThe fish market moves to the old customs shed for the winter while its roof is being repaired.\n\n" +
			"Marta Ruiz, November 5, 2012\n\nThe harbour master retires at the end of the year after thirty years in the job, the city said.\n",
		"archive": commentsArticle + "\nEarlier posts\n\n1. Breakwater cracks found (Mar. 11, 2012)\n\nDivers found cracks in the concrete blocks of the eastern breakwater after the spring survey.\n\n" +
			"2. Outer berth closed (Apr. 2, 2012)\n\nThe authority closed the outer berth while divers inspected the foundations of the wall.\n\n" +
			"3. Repairs funded (May 20, 2012)\n\nThe city and the regional government agreed to share the cost of the repairs between them.\n",
		"sections": commentsArticle + "\n3.1.1 Repairs\n\nThe repairs cost about four million euros, shared between the city and the regional government.\n\n" +
			"3.1.2 Berths\n\nThe outer berth reopens to cargo ships next month, the inner berths stay open all winter.\n\n" +
			"3.1.3 Surveys\n\nFishermen asked for a second survey of the western arm, which took the brunt of the storms.\n",
	}
	for name, page := range pages {
		for _, b := range Clean(page).Blocks {
			if b.Removed == ReasonComments {
				t.Errorf("%s: %q removed as comments", name, b.Text())
			}
		}
	}
}

// TestNoCommentsInNews: no comment section is found in the clean BBC and
// Reuters articles (when the corpora are beside the repository).
func TestNoCommentsInNews(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := loadBBC(t, 0)
	if arts == nil {
		t.Skip(bbcPath + " absent")
	}
	arts = append(arts, loadJSONLTexts(t, reutersCorpus)...)
	found := 0
	for _, a := range arts {
		for _, b := range Clean(a).Blocks {
			if b.Removed == ReasonComments {
				found++
				if found <= 10 {
					t.Errorf("removed as comments: %q", b.Text())
				}
			}
		}
	}
	t.Logf("%d articles, %d blocks removed as comments", len(arts), found)
}

// FuzzSignatureShape: any line gets an answer without a panic, a line with
// a shape holds a name and a date, and a numeric date holds digits only
// between its two separators.
func FuzzSignatureShape(f *testing.F) {
	for _, l := range []string{"Jermaine 07 Nov 12", "#17 - Tue Jul 24, 2012 2:54 PM EDT", "Jamie Wayne, on November 7th, 2012 // Twitter: @jw",
		"3.1.2. Fertility", "4/19/2005", "/1/2/3", "1.2.", "Anna 1 hour, 27 minutes ago.", "(Mar. 11, 2003)", "\xff 1 may"} {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		shape, name, ok := signatureShape(s)
		if ok && (shape == "" || name == "" || !strings.Contains(shape, "N")) {
			t.Errorf("%q: shape %q, name %q", s, shape, name)
		}
		for _, w := range strings.Fields(s) {
			if numericDate(w) && strings.IndexFunc(strings.TrimRight(w, ",;:"), func(r rune) bool {
				return !(r >= '0' && r <= '9' || r == '/' || r == '-' || r == '.')
			}) >= 0 {
				t.Errorf("%q read as a date", w)
			}
		}
	})
}

// TestZeroCommentCount: "0 comments" in an article's header (a page written
// here: three teasers of other stories above it) counts no comments, so it
// heads no comment section: the article under it stays.
func TestZeroCommentCount(t *testing.T) {
	page := `Harbour Council Votes To Rebuild The Old Pier
The city's transport board said on Monday that the ferry timetable would change next month, with fewer crossings at night.
A new school opened in the east of the city on Tuesday, the first to be built there in more than twenty years.
The regional museum will close for repairs in the spring and reopen before the summer, its director said on Wednesday.
Harbour Council Votes To Rebuild The Old Pier
Posted: 6:12 PM Dec 30, 2007
0 comments
The harbour council voted on Thursday to rebuild the old pier, which has been closed to the public since a storm damaged it last winter.
The work will cost about four million euros and take two years, the council said, with the first stage starting in the spring.
Fishermen who moor their boats at the pier said they welcomed the decision but feared the work would drive them away for a season.
The council's leader said a temporary landing would be built for the fishing fleet before the old pier is closed for the works.
`
	r := Clean(page)
	var body []string
	for _, b := range r.Body() {
		body = append(body, b.Text())
	}
	text := strings.Join(body, "\n")
	for _, want := range []string{"The harbour council voted on Thursday", "Fishermen who moor their boats", "a temporary landing would be built"} {
		if !strings.Contains(text, want) {
			t.Errorf("article line %q removed", want)
		}
	}
}

// TestLinkedNameComments: comments signed by a name linked to the
// commenter's site ("http://tdhurst.com/ tdhurst"), as a comment widget
// flattened to text writes them, three or more on the page, go from the
// first, when the page speaks of comments; an article citing sites by
// their addresses keeps them.
func TestLinkedNameComments(t *testing.T) {
	article := `Harbour Council Votes To Rebuild The Old Pier
The harbour council voted on Thursday to rebuild the old pier, which has been closed to the public since a storm damaged it last winter.
The work will cost about four million euros and take two years, the council said, with the first stage starting in the spring.
Fishermen who moor their boats at the pier said they welcomed the decision but feared the work would drive them away for a season.
`
	comments := `http://tdhurst.com/ tdhurst
About time too, the outer berth has been closed for far too long and the ferries had to wait outside.
http://twitter.com/marta_k Marta K
Four million seems a lot for a few cracks, I hope somebody checks the invoices before they are paid.
http://www.example-fishing.org Anna
Anyone who fishes there can tell you the western wall is in a worse state than the eastern one.
blog comments powered by Disqus
`
	text := shownBody(article + comments)
	for _, gone := range []string{"tdhurst", "About time too", "Marta K", "Four million seems", "western wall"} {
		if strings.Contains(text, gone) {
			t.Errorf("comment line %q kept:\n%s", gone, text)
		}
	}
	if !strings.Contains(text, "Fishermen who moor their boats") {
		t.Errorf("article's last line removed:\n%s", text)
	}
	// Each line of the section goes as the comments', whatever the
	// classifier took a signature for (a linked name for the page's
	// footer): "Show removed" says why.
	for _, b := range Clean(article + comments).Blocks {
		if b.Removed != "" && b.Removed != ReasonComments && !strings.Contains(article, b.Text()) {
			t.Errorf("%q removed as %q, want %q", b.Text(), b.Removed, ReasonComments)
		}
	}
	// The same lines where the page speaks of no comments: a list of
	// sources, each with a line about it.
	sources := strings.Replace(comments, "blog comments powered by Disqus\n", "", 1)
	text = shownBody(article + sources)
	for _, kept := range []string{"About time too", "Four million seems", "western wall"} {
		if !strings.Contains(text, kept) {
			t.Errorf("line %q under linked names, no comments spoken of, removed:\n%s", kept, text)
		}
	}
	// Two addresses with their sites' names, each over a sentence about
	// it: the article's own links, not a thread.
	cited := article + `http://www.harbour-council.gov Harbour Council
The council publishes the plans and the costs of the works on its site, with a map of the closed areas.
http://www.ferries.example Island Ferries
The ferry company lists the changed crossings for the months of the works on its timetable page.
`
	text = shownBody(cited)
	for _, kept := range []string{"publishes the plans", "lists the changed crossings"} {
		if !strings.Contains(text, kept) {
			t.Errorf("article line %q removed:\n%s", kept, text)
		}
	}
}

// TestReplyStampedComments: comments each signed "by NAME on DATE TIME" with
// a reply offered go under an open thread's two lines of article too, while
// the article's own byline, of the same shape but offering no reply, stays.
func TestReplyStampedComments(t *testing.T) {
	article := `Harbour Training Camp Open Thread
by Jaxon on Aug 9, 2012 10:15 AM EDT
We have another morning practice at the harbour camp today, starting at half past ten, and I will post what I hear.
So let us keep it going, this is now an open thread for the rest of the day!
`
	comments := `by BusyBee on Aug 9, 2012 10:19 AM EDT reply actions
Got my reaction pictures loaded up in a separate tab, ready for any wild news from the camp.
by BW Smith on Aug 9, 2012 10:21 AM EDT up reply actions
I thought everyone did this or your dues went up at the end of the season?
by MF Harbour on Aug 9, 2012 10:23 AM EDT up reply actions 3 recs
Are the new signings practising yet, or are they still waiting for their papers to clear?
`
	text := shownBody(article + comments)
	for _, gone := range []string{"reaction pictures", "dues went up", "new signings", "BW Smith"} {
		if strings.Contains(text, gone) {
			t.Errorf("comment line %q kept:\n%s", gone, text)
		}
	}
	for _, kept := range []string{"another morning practice", "open thread for the rest"} {
		if !strings.Contains(text, kept) {
			t.Errorf("article line %q removed:\n%s", kept, text)
		}
	}
}
