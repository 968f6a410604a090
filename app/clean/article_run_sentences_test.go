package clean

import (
	"strings"
	"testing"
)

// TestArticleRunCountsSentences: a fantasy-football column on a league's
// blog, its sections parted by rules of dashes. Its last two paragraphs,
// six sentences and over a hundred words, were scored up toward the page's
// footer (0.89, 0.83) under a last kept paragraph the classifier only
// doubts, so they went. keepArticleRun counts the
// sentences in them, not the lines, and brings them back; the share row a
// named rule took under them, and the house rules for comments the
// classifier is sure of, stay removed.
func TestArticleRunCountsSentences(t *testing.T) {
	var lines []articleRunLine
	add := func(text, removed string, learned bool, p float32) int {
		lines = append(lines, articleRunLine{text, removed, learned, p})
		return len(lines) - 1
	}
	for _, m := range []string{"Scores", "Schedule", "Teams", "Fantasy", "Video"} {
		add(m, "page header", true, 0.99)
	}
	h := add("Fantasy takeaways: never bench your studs", "", false, 0.3)
	add("Posted by Dale Hartigan on November 6, 2012", ReasonMetadata, false, 0.6)
	add("Every Monday I go through the mailbag and the box scores to find what we should learn from the weekend.", "", false, 0.2)
	add("————————————————————", ReasonShare, false, 0.95)
	add("And finally", "", false, 0.7)
	add("————————————————————", ReasonShare, false, 0.95)
	add("Then there is the quarterback from Lakemont, who threw three interceptions on Sunday.", "", false, 0.5)
	add("Earlier this season I wrote that a bad game from him still beats most starters. He had struggled before and always found a way back.", "", false, 0.75)
	want := []int{
		add("His top target had a quiet day as well, though the fault was mostly the passer's. A long throw in the first quarter missed him by a yard, and a second one sailed out of bounds. Expect him back to normal next week against the weakest secondary in the league, and keep him in your lineup.", "boilerplate", true, 0.89),
		add("You can find me on Twitter most evenings, and I answer questions there until the late games start. Ask away. The sharpest questions end up in Friday's mailbag, along with my answers and a few of the angrier messages from owners who benched the wrong man.", "boilerplate", true, 0.83),
	}
	for _, s := range []string{"Share this:", "Facebook", "Twitter", "Email"} {
		add(s, ReasonShare, false, 0.99)
	}
	add("House rules: keep comments civil and on topic. Moderators take down posts that insult other readers or that advertise.", "boilerplate", true, 0.995)
	d, dec := articleRunDoc(t, lines)
	keepArticleRun(d, h, dec)
	checkBroughtBack(t, d, lines, want)
}

// TestColumnEndKept cleans a fantasy-football column on a league's blog
// (written here in such a blog's layout): its sections parted by rules of
// dashes, its last three paragraphs over the share row, the house rules
// for comments and the footer's links. The classifier removed those three
// paragraphs (their scores climb toward the footer); counted by their
// sentences they are the article's run and come back. The share row, the
// house rules and the footer stay removed.
func TestColumnEndKept(t *testing.T) {
	text := Clean(columnPage).Render()
	for _, kept := range []string{"Just a few weeks ago I wrote", "Check back on Friday for my rankings", "You can find me on Twitter most evenings"} {
		if !strings.Contains(text, kept) {
			t.Errorf("%q lost:\n%s", kept, text)
		}
	}
	for _, gone := range []string{"Share this:", "House rules:", "Posted in: Fantasy", "Privacy Policy"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q kept:\n%s", gone, text)
		}
	}
}

// columnPage is TestColumnEndKept's page, as a scraper writes it: one line
// a block.
const columnPage = `Fantasy takeaways: never bench your studs - Gridiron Weekly Blogs

Skip to main content
Gridiron Weekly
Scores
Schedule
Teams
Players
Fantasy
Video
Blogs
Shop
Sign In
Fantasy takeaways: never bench your studs
Posted by Dale Hartigan on November 6, 2012 - 11:42 AM
Every Monday I go through the mailbag and the box scores to find what we should learn from the weekend. This week the lesson was an old one, and a lot of you learned it the hard way.
————————————————————————————————————————
Big day for the big names
————————————————————————————————————————
My inbox filled up this week with one question: do I start the rookie receiver or the veteran who has gone quiet for two games? My answer rarely changes. You play the veteran and you accept the result.
Sunday showed why. The veteran in Harbor City caught nine passes for 160 yards and two scores, while the rookie who took his place in many lineups finished with one catch for eight yards.
Think of it this way: if the veteran lets you down, the loss is his fault. If he sits on your bench and scores thirty, the loss is yours.
————————————————————————————————————————
Why the pace matters
————————————————————————————————————————
Sunday night taught a second lesson: offenses that skip the huddle run more plays, and more plays mean more points. Ridgeport ran 78 snaps and looked sharper than at any point this year.
————————————————————————————————————————
And finally
————————————————————————————————————————
Then there is the quarterback from Lakemont, who threw three interceptions on Sunday.
Just a few weeks ago I wrote that a bad game from him still beats most starters. He had struggled before and always found a way back. Not this time, and not by a little.
Check back on Friday for my rankings. I will have the full list of starts and sits for week 10. There will be a special look at the tight ends, too. Until then, enjoy the games.
You can find me on Twitter most evenings, and I answer questions there until the late games start. Ask away. The sharpest questions end up in Friday's mailbag, with my answers.
Share this:
Facebook
Twitter
Email
Print
Posted in: Fantasy |
House rules: keep comments civil and on topic. Moderators take down posts that insult other readers or that advertise.
A comment can run up to 1,500 characters and shows up once a moderator has read it.
Gridiron Weekly Blogs
Fantasy
Around the League
Draft Zone
Pro Bowl Ballot
Terms of Service
Privacy Policy
© 2012 Gridiron Weekly. All rights reserved.
`
