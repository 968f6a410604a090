package clean

import (
	"strings"
	"testing"
)

// threadPage is a forum thread in a board's archive layout (written here):
// the board's crumbs, the thread's title, its pages, then posts, each
// under its poster's name and its date, one post quoting another.
const threadPage = `Harbour Talk Boards > Town and Port > Local News > Breakwater repairs, anyone know the dates?

PDA

View Full Version : Breakwater repairs, anyone know the dates?

Pages : 1 [2]

skipper_jo

10-03-2012, 09:14 AM

Does anyone know when the outer berth opens again? The notice on the harbour office door only says that the works run until the autumn.

I keep my boat on the eastern pontoon and the divers have been there every morning this week, so I guess they found more than a few cracks.

harbourwatcher

10-03-2012, 09:40 AM

I keep my boat on the eastern pontoon and the divers have been there every morning this week, so I guess they found more than a few cracks.

They did. A friend on the survey team told me the concrete blocks under the old crane are the worst, and that the berth stays shut until next month.

Marta K

10-03-2012, 10:02 AM

Four million for the repairs, shared between the city and the region. I hope somebody checks the invoices before they are paid.

skipper_jo

10-03-2012, 10:31 AM

Thanks both. Next month it is, then; I will move the boat to the inner basin until the divers are gone.

old salt

10-03-2012, 11:05 AM

Ask for a second survey of the western arm while they are at it, it took the worst of last winter's storms.

vBulletin v3.5.0, Copyright ©2000-2012, Jelsoft Enterprises Ltd.
`

// TestThreadKept: on a page that is a thread of posts, with no article
// above the first, the posts are the page: each post and its poster's
// name stays, a post's quote of an earlier one goes as a repeat; the
// posts' dates go as the comments' signatures they are. Cleaning the
// rendering again keeps it as it is.
func TestThreadKept(t *testing.T) {
	r := Clean(threadPage)
	got := keptText(r)
	for _, want := range []string{"outer berth opens again", "worst of last winter", "checks the invoices",
		"inner basin", "survey team", "harbourwatcher", "Marta K"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q; kept:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "eastern pontoon"); n != 1 {
		t.Errorf("the post and its quote: %d copies kept, want 1", n)
	}
	if strings.Contains(got, "10-03-2012") {
		t.Errorf("a post's date stayed:\n%s", got)
	}
	for _, page := range []string{threadPage, threadPageFull} {
		once := Clean(page).Render()
		if twice := Clean(once).Render(); once != twice {
			t.Errorf("not idempotent:\n%s\n----\n%s", once, twice)
		}
	}
}

// TestCommentsUnderArticleNotThread: the same posts under an article of
// four paragraphs are its comments, and go, the article's own time over
// its headline in their signatures' shape or not.
func TestCommentsUnderArticleNotThread(t *testing.T) {
	_, posts, _ := strings.Cut(threadPage, "Pages : 1 [2]\n")
	for _, page := range []string{
		commentsArticle + "\n" + posts,
		"10-03-2012, 08:05 AM\n\n" + commentsArticle + "\n" + posts,
		"Home\n\n10-03-2012, 08:05 AM\n\n" + commentsArticle + "\n" + posts,
	} {
		r := Clean(page)
		for _, b := range r.Blocks {
			if b.Removed == "" && strings.Contains(b.Text(), "checks the invoices") {
				t.Errorf("a comment under the article stayed: %q", b.Text())
			}
		}
	}
}

// threadPageFull is the thread of threadPage in a board's full layout
// (written here): each post numbered, its poster's rank, join date and
// count of posts, its quote of an earlier post, its buttons.
const threadPageFull = `Harbour Talk Boards - Breakwater repairs, anyone know the dates?

Harbour Talk Boards > Town and Port > Local News

Breakwater repairs, anyone know the dates?

Register | FAQ | Members List | Calendar | Search | Today's Posts

#1

10-03-2012, 09:14 AM

skipper_jo

Junior Member

Join Date: Mar 2009

Posts: 112

Does anyone know when the outer berth opens again? The notice on the harbour office door only says that the works run until the autumn.

I keep my boat on the eastern pontoon and the divers have been there every morning this week, so I guess they found more than a few cracks.

Reply With Quote

#2

10-03-2012, 09:40 AM

harbourwatcher

Senior Member

Join Date: Jun 2006

Posts: 2,418

Quote:

Originally Posted by skipper_jo

I keep my boat on the eastern pontoon and the divers have been there every morning this week, so I guess they found more than a few cracks.

They did. A friend on the survey team told me the concrete blocks under the old crane are the worst, and that the berth stays shut until next month.

Reply With Quote

#3

10-03-2012, 10:02 AM

Marta K

Member

Join Date: Jan 2011

Posts: 540

Four million for the repairs, shared between the city and the region. I hope somebody checks the invoices before they are paid.

Reply With Quote

#4

10-03-2012, 10:31 AM

skipper_jo

Junior Member

Join Date: Mar 2009

Posts: 113

Thanks both. Next month it is, then; I will move the boat to the inner basin until the divers are gone.

Reply With Quote

« Previous Thread | Next Thread »

All times are GMT. The time now is 02:14 PM.

Powered by vBulletin Version 3.8.4, Copyright ©2000-2012, Jelsoft Enterprises Ltd.
`

// TestThreadFurnitureGoes: in a board's full layout the posts stay, and
// the lines each post repeats, its buttons and its poster's counts, go.
func TestThreadFurnitureGoes(t *testing.T) {
	r := Clean(threadPageFull)
	got := keptText(r)
	for _, want := range []string{"outer berth opens again", "survey team", "checks the invoices", "inner basin", "harbourwatcher"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q; kept:\n%s", want, got)
		}
	}
	for _, furniture := range []string{"Reply With Quote", "Join Date", "Posts: 2,418"} {
		if strings.Contains(got, furniture) {
			t.Errorf("kept the posts' %q:\n%s", furniture, got)
		}
	}
}
