package clean

import (
	"strings"
	"testing"
)

// TestIssueListedBoilerplate: a page written here with what issue 13 lists
// as kept by the plain-text cleanup on pages of sites never seen ("Go to
// Contents", "2 min read", "Share this News:", "Read more on the story
// here", "Check Also" over an unrelated teaser, "Your support helps us to
// tell the story" over its appeal, captions with their credits ("(photo
// credit: ... / REUTERS)", "... /VCG Photo"), a hashtag row, "error:
// Content is protected !!", "Leave a Reply", "Back to top button", the
// footer's "Maintain by ..."): each
// goes, the article stays whole, and the title is the headline without the
// site's name, which is the publisher.
func TestIssueListedBoilerplate(t *testing.T) {
	article := []string{
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster for the winter months.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement.",
	}
	gone := []string{
		"Go to Contents", "Skip to content", "2 min read", "Share this News:",
		"Read more on the story here", "Check Also", "Ferry fares to rise in spring as fuel costs climb",
		"Your support helps us to tell the story",
		"Independent journalism costs money. Please consider a donation of any size to keep our reporting free for everyone.",
		"#harbour #strike #ports", "error: Content is protected !!", "Leave a Reply", "Back to top button",
		"REUTERS", "Maintain by Coastal Web Studio", "Workers wait at the gate", "VCG",
	}
	page := strings.Join([]string{
		"Harbour pilots end week-long strike after deal on rosters | Coastal Times",
		"Go to Contents", "Skip to content", "Home", "News", "World", "Business", "Sport", "Opinion",
		"Harbour pilots end week-long strike after deal on rosters",
		"By Mira Santos", "December 2, 2026", "2 min read", "Share this News:", "Facebook", "Twitter", "WhatsApp",
		article[0], article[1],
		"Workers unload containers at the port on Monday. (photo credit: Jan Kowalski / REUTERS)",
		article[2],
		"Read more on the story here",
		"Check Also",
		"Ferry fares to rise in spring as fuel costs climb",
		"Your support helps us to tell the story",
		"Independent journalism costs money. Please consider a donation of any size to keep our reporting free for everyone.",
		"#harbour #strike #ports",
		"error: Content is protected !!",
		"Leave a Reply",
		"Your email address will not be published. Required fields are marked *",
		"Back to top button",
		"Workers wait at the gate of the port in Qingdao, east China's Shandong Province, Dec. 2, 2026. /VCG Photo",
		"Maintain by Coastal Web Studio",
	}, "\n\n")
	body := shownBody(page)
	for _, g := range gone {
		if strings.Contains(body, g) {
			t.Errorf("%q kept:\n%s", g, body)
		}
	}
	for _, a := range article {
		if !strings.Contains(body, a) {
			t.Errorf("article's line %q removed:\n%s", a, body)
		}
	}
	r := Clean(page)
	if r.Title != "Harbour pilots end week-long strike after deal on rosters" || r.Publisher != "Coastal Times" || r.Date != "2026-12-02" {
		t.Errorf("title %q, publisher %q, date %q", r.Title, r.Publisher, r.Date)
	}
}

// TestLineOverHeadline: what issue 13 saw taken for the title on pages of
// sites never seen ("Go to Contents", "Updated at", "In Pictures", "An
// official website of the United States Government"), over a headline
// that tells the story of the first paragraphs: the headline is the title,
// and the line names no publisher. A line over a heading that does not
// tell the story stays the title.
func TestLineOverHeadline(t *testing.T) {
	article := []string{
		"Harbour pilots end week-long strike after deal on rosters",
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster for the winter months.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
	}
	for _, above := range [][]string{
		{"Go to Contents"},
		{"Updated at", "2026-12-02 10:15"},
		{"In Pictures"},
		{"An official website of the United States Government", "Here's how you know"},
	} {
		r := Clean(strings.Join(append(append([]string{}, above...), article...), "\n\n"))
		if r.Title != article[0] || r.Publisher != "" {
			t.Errorf("%q: title %q, publisher %q; want the headline and none", above, r.Title, r.Publisher)
		}
	}
	// A wire's headline in capitals over its results' rows, which share
	// the figures' words with the paragraph under them.
	wire := "HARBOURCORP <HBC> 3RD QTR NET\nShr profit 3.64 dlrs vs profit 1.64 dlrs\n    Net profit 541 mln vs profit 247 mln\n    Nine mths\n" +
		"    Shr loss 1.30 dlrs vs profit 5.11 dlrs\n    NOTE: Net in nine mths includes a provision for\npossible loan losses of 419 mln dlrs vs 132 mln dlrs.\n"
	if r := Clean(wire); r.Title != "HARBOURCORP <HBC> 3RD QTR NET" {
		t.Errorf("title %q, want the wire's headline", r.Title)
	}
	other := append([]string{"Coastal Notebook", "Weekend reading list"}, article[1:]...)
	if r := Clean(strings.Join(other, "\n\n")); r.Title != "Coastal Notebook" {
		t.Errorf("title %q, want the first line: the heading under it tells no story", r.Title)
	}
}

// TestIssueListedPublishers: the publishers issue 13 found never named on
// pages of sites never seen, each on a page written here: a masthead of a
// credit's shape over the headline ("NK News", not a photo's credit with
// the headline for its caption), a wire's tag on a dateline line of its own
// ("/TASS/", "(Yonhap)", not the title), an appeal opening with the paper's
// name, "Published in Dawn".
func TestIssueListedPublishers(t *testing.T) {
	article := []string{
		"Harbour pilots end week-long strike after deal on rosters",
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster for the winter months.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
	}
	for _, c := range []struct {
		above, below []string
		publisher    string
	}{
		{[]string{"Skip to main content", "NK News"}, nil, "NK News"},
		{[]string{"MOSCOW, December 2 /TASS/."}, nil, "TASS"},
		{[]string{"SEOUL, Dec. 2 (Yonhap)"}, nil, "Yonhap"},
		{nil, []string{"The Kyiv Independent is an English-language media outlet. Your support helps us stay independent. Become a member today."}, "The Kyiv Independent"},
		{nil, []string{"The Coastal Times relies on readers like you. Please support our journalism with a donation."}, "The Coastal Times"},
		{nil, []string{"Published in Dawn, December 3rd, 2026"}, "Dawn"},
	} {
		lines := append(append(append([]string{}, c.above...), article...), c.below...)
		r := Clean(strings.Join(lines, "\n\n"))
		if r.Publisher != c.publisher || r.Title != article[0] {
			t.Errorf("%q / %q: publisher %q, title %q; want %q and the headline", c.above, c.below, r.Publisher, r.Title, c.publisher)
		}
	}
}

// TestDatesAndSitesOfLayouts: dates and sites as pages written here in
// current layouts give them: a date in figures and in words glued
// ("12/02/2026December 2, 2026": the words say which is the month), a
// date written with dashes ("02-Dec-2026"), a date in figures with a time
// on a 24-hour clock, which says the day comes first ("02/12/2026 -
// 14:15"), a stamp rendered twice, a
// title line whose last part is a date ("Headline – DW – 12/02/2026"), a
// byline and its stamp split by slashes.
func TestDatesAndSitesOfLayouts(t *testing.T) {
	article := []string{
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
	}
	for _, c := range []struct {
		head            []string
		date, publisher string
	}{
		{[]string{"Harbour pilots end strike after roster deal – DW – 12/02/2026", "Harbour pilots end strike after roster deal", "Mira Santos", "12/02/2026December 2, 2026"}, "2026-12-02", "DW"},
		{[]string{"Harbour pilots end strike after roster deal", "Updated 14:15, 02-Dec-2026"}, "2026-12-02", ""},
		{[]string{"Harbour pilots end strike after roster deal", "Issued on: 02/12/2026 - 14:15"}, "2026-12-02", ""},
		{[]string{"Harbour pilots end strike after roster deal", "By Mira Santos", "Published On 2 Dec 20262 Dec 2026"}, "2026-12-02", ""},
		{[]string{"Harbour pilots end strike after roster deal", "TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 2, 2026, 14:15 IST"}, "2026-12-02", ""},
	} {
		r := Clean(strings.Join(append(append([]string{}, c.head...), article...), "\n\n"))
		if r.Date != c.date || r.Publisher != c.publisher || r.Title != "Harbour pilots end strike after roster deal" {
			t.Errorf("%q: date %q, publisher %q, title %q; want %q, %q and the headline", c.head, r.Date, r.Publisher, r.Title, c.date, c.publisher)
		}
	}
}

// TestStampedBylineAndAuthorBox: a page written here in an independent
// newsroom's layout: the byline run into its stamp ("by Mira Santos
// December 2, 2026 2:15 PM 2 min read") is metadata and gives the date, the
// author box at the end (name, role, a bio naming the writer) goes, and so
// does the appeal that opens with a greeting ("Hey, thank you for reading.").
func TestStampedBylineAndAuthorBox(t *testing.T) {
	article := []string{
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
	}
	page := strings.Join(append(append([]string{"Harbour pilots end strike after roster deal - The Kyiv Independent",
		"Harbour pilots end strike after roster deal", "by Mira Santos December 2, 2026 2:15 PM 2 min read"}, article...),
		"Mira Santos", "Reporter", "Mira Santos is a reporter at the Kyiv Independent covering ports and shipping.",
		"Hey, thank you for reading. We're the Kyiv Independent, and we're on the ground in Ukraine. Please support us so we can keep telling the world the truth.",
		"Support us"), "\n\n")
	r := Clean(page)
	if r.Date != "2026-12-02" {
		t.Errorf("date %q, want 2026-12-02 from the byline", r.Date)
	}
	body := shownBody(page)
	for _, gone := range []string{"by Mira Santos", "Reporter", "is a reporter at", "thank you for reading"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept:\n%s", gone, body)
		}
	}
	for _, a := range article {
		if !strings.Contains(body, a) {
			t.Errorf("article's line %q removed:\n%s", a, body)
		}
	}
}
