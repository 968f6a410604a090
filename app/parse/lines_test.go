package parse

import (
	"strings"
	"testing"
)

// TestFlattenedPageLines: a page written one block element a line, without
// blank lines (as a simple scraper flattens HTML, and as the boilerplate
// corpus's "text" holds it), keeps a block for each line: a line that
// starts in lower case is not the line above continued. Hard-wrapped text
// without blank lines (a wire story) is still joined.
func TestFlattenedPageLines(t *testing.T) {
	page := []string{
		"AT DIOR SS13 – HARBOUR NOTES",
		"harbournotes.example About / Contact",
		"AT DIOR SS13",
		"Leelee Sobieski looks like she has walked out of the pages of a vintage magazine in her bright red dress at the show in Paris, and the rest of the front row could not take their eyes off her.",
		"57 Comments",
		"Eva",
		"September 29, 2012, | Permalink",
		"i love this bold trench! great statement",
		"Maria",
	}
	blocks := Parse(strings.Join(page, "\n"))
	if len(blocks) != len(page) {
		var got []string
		for _, b := range blocks {
			got = append(got, b.Text)
		}
		t.Fatalf("%d blocks for %d lines:\n%s", len(blocks), len(page), strings.Join(got, "\n"))
	}
	if blocks[0].Kind != Title || blocks[0].Text != page[0] {
		t.Errorf("title %s %q", blocks[0].Kind, blocks[0].Text)
	}
	wire := "BAHIA COCOA REVIEW\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n" +
		"January and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored,\n" +
		"Comissaria Smith said in its weekly review.\n    The dry period means the temporao will be late this year.\n" +
		"Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos making a cumulative total for the season of 5.93\n" +
		"mln against 5.81 at the same stage last year.\n"
	blocks = Parse(wire)
	if len(blocks) < 2 || !strings.HasPrefix(blocks[1].Text, "Showers continued") || !strings.Contains(blocks[1].Text, "the Bahia cocoa zone") {
		var got []string
		for _, b := range blocks {
			got = append(got, b.Text)
		}
		t.Errorf("the wire story's wrapped lines are not joined:\n%s", strings.Join(got, "\n"))
	}
}

// TestCapitalsHeadlineNotJoined checks that a headline in capitals over a
// hard-wrapped story is a block of its own, however long: the wire's
// headline over its first line, which would otherwise continue it.
func TestCapitalsHeadlineNotJoined(t *testing.T) {
	text := "ARGENTINE GRAIN TALKS DIFFICULT - CENTRAL BANK\n" +
		"The central bank president said negotiations with\n" +
		"creditor banks on the country's private sector foreign debt\n" +
		"were difficult and would not end next week, as the banks had\n" +
		"asked for higher spreads on the loans they would extend.\n"
	bs := Parse(text)
	if len(bs) != 2 || bs[0].Text != "ARGENTINE GRAIN TALKS DIFFICULT - CENTRAL BANK" || !strings.HasPrefix(bs[1].Text, "The central bank president said negotiations with creditor") {
		t.Errorf("blocks %+v", bs)
	}
	// Lines in capitals continue each other.
	if bs := Parse("THE CENTRAL BANK PRESIDENT SAID NEGOTIATIONS WITH\nCREDITOR BANKS ON THE COUNTRY'S PRIVATE SECTOR FOREIGN DEBT\nWERE DIFFICULT AND WOULD NOT END NEXT WEEK, AS THE BANKS\nHAD ASKED FOR HIGHER SPREADS.\n"); len(bs) != 1 {
		t.Errorf("a paragraph in capitals: %d blocks", len(bs))
	}
}

// TestIndentedParagraphsOfWrappedText checks hard-wrapped text whose
// paragraphs open indented, as the newswires wrote it: a line the
// wrapping cut is joined to the next even when that one starts with a
// capital, and an indented line starts a paragraph.
func TestIndentedParagraphsOfWrappedText(t *testing.T) {
	text := "ACME FREIGHT TO MAKE ACQUISITION\n" +
		"Acme Freight Corp said it has\n" +
		"agreed to acquire the parts distributor Bolton and West\n" +
		"Electric Supply Co for an undisclosed amount of cash.\n" +
		"    Bolton and West had sales of about eight mln dlrs in its\n" +
		"most recent year, the company said.\n" +
		"    Acme said it plans further expansion in the Atlanta area.\n"
	var got []string
	for _, b := range Parse(text) {
		got = append(got, b.Text)
	}
	want := []string{
		"ACME FREIGHT TO MAKE ACQUISITION",
		"Acme Freight Corp said it has agreed to acquire the parts distributor Bolton and West Electric Supply Co for an undisclosed amount of cash.",
		"Bolton and West had sales of about eight mln dlrs in its most recent year, the company said.",
		"Acme said it plans further expansion in the Atlanta area.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
}

// TestSiteNameUnderTitleLineNotJoined: a site's name in lower case under
// the page's title line that ends with it, or a site's address alone, does
// not continue the title line; a sentence's next words in lower case do.
func TestSiteNameUnderTitleLineNotJoined(t *testing.T) {
	for _, text := range []string{
		"Greek parliament approves 2027 budget | eKathimerini.com\neKathimerini.com\nGreece's parliament approved the budget.",
		"Greek parliament approves the 2027 budget late on Tuesday\nekathimerini.com\nGreece's parliament approved the budget.",
	} {
		if bs := Parse(text); len(bs) != 3 {
			t.Errorf("%q: %d blocks, want 3: %+v", text, len(bs), bs)
		}
	}
	if bs := Parse("The parliament approved the budget for 2027 with the votes of the\nruling party and its allies."); len(bs) != 1 {
		t.Errorf("a sentence cut by a line break: %d blocks, want 1", len(bs))
	}
}

// TestWireTagBeforeHeadline: a wire's tag in parentheses before a headline
// ("(LEAD) ...", Yonhap's) leaves it headline-shaped; a credit in
// parentheses alone or a dateline's wire is no headline.
func TestWireTagBeforeHeadline(t *testing.T) {
	for s, want := range map[string]bool{
		"(LEAD) N. Korea fires ballistic missile into East Sea: JCS": true,
		"(2nd LD) Exports rise for 10th month on chip demand":        true,
		"(Photo: Reuters)":                      false,
		"(CNN) -- The storm weakened overnight": false,
		"(reuters) police said":                 false,
	} {
		if got := LooksLikeHeadline(s); got != want {
			t.Errorf("LooksLikeHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}
