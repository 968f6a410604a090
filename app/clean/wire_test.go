package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// wireStory is a wire story as the 1980s newswires wrote it, hard-wrapped,
// under headline in capitals, written here.
func wireStory(headline string) string {
	return headline + `
Acme Freight Corp said it is
seeking a 40 mln dlr revolving credit line from a group of banks
to refinance the debt it took on for its purchase of two barge
lines and of a river terminal at Cairo, Illinois, last year.
    The company said the terms, published in the Federal Register
on Monday, would let it draw on the line until 1990.
    It was published in the Sunday Courier that the banks had
asked for a guarantee.
 Reuter
`
}

// TestWireStory checks that a wire story's headline in capitals, a stock
// ticker or the word "CREDIT" in it, is its title, not joined to the
// wrapped first line below it, nor a breadcrumb, nor a photo's credit;
// that publications its prose names are not its publisher; and that its
// sign-off goes with its own reason.
func TestWireStory(t *testing.T) {
	for _, headline := range []string{
		"ACME FREIGHT <ACFR> ARRANGES REFINANCING",  // a ticker's '>'
		"ACME FREIGHT SEEKS 40 MLN DLR CREDIT LINE", // a credit's word
		"ACME FREIGHT TO REFINANCE DEBT - BANKERS",  // a wire's dash
	} {
		r := Clean(wireStory(headline))
		if r.Title != headline {
			t.Errorf("title %q, want %q", r.Title, headline)
		}
		if r.Publisher != "" {
			t.Errorf("%s: publisher %q, want none (the prose names the Federal Register and the Sunday Courier)", headline, r.Publisher)
		}
		body := r.Body()
		if len(body) == 0 || !strings.HasPrefix(body[0].Text(), "Acme Freight Corp said") {
			t.Fatalf("%s: body starts %q", headline, body)
		}
		if last := r.Blocks[len(r.Blocks)-1]; last.Text() != "Reuter" || last.Removed != ReasonSignoff {
			t.Errorf("%s: the sign-off %q: removed %q, want %q", headline, last.Text(), last.Removed, ReasonSignoff)
		}
	}

	// A company's results under their headline, the wire's table: the
	// headline is the title, not the line of figures above the note.
	results := "ACME FREIGHT CORP <ACFR> 4TH QTR NET\nShr 42 cts vs 76 cts\n    Net 2.3 mln vs 3.3 mln\n    Revs 72.3 mln vs 59.8 mln\n" +
		"    Year\n    Shr 1.48 dlrs vs 2.59 dlrs\n    Net 7.6 mln vs 11.1 mln\n    Revs 261.7 mln vs 224.7 mln\n" +
		"    NOTE: 1985 net includes an extraordinary gain of 1.5 mln dlrs\nor 35 cts a share in the fourth quarter and 5.1 mln dlrs in the\nyear.\n Reuter\n"
	r := Clean(results)
	if r.Title != "ACME FREIGHT CORP <ACFR> 4TH QTR NET" {
		t.Errorf("results: title %q", r.Title)
	}
	// The figures are the story: kept, as lines of text.
	var figures []string
	for _, b := range r.Body() {
		if strings.Contains(b.Text(), " vs ") && b.Kind == "paragraph" {
			figures = append(figures, b.Text())
		}
	}
	if len(figures) != 6 {
		t.Errorf("results: %d lines of figures kept as text, want 6: %q", len(figures), figures)
	}
	// A sign-off run into the last sentence by the wrapping goes, the
	// sentence stays.
	glued := strings.Replace(wireStory("ACME FREIGHT SEEKS CREDIT LINE"), "guarantee.\n Reuter", "guarantee from the parent company and its two\nlargest shareholders. Reuter", 1)
	r = Clean(glued)
	body := r.Body()
	if last := body[len(body)-1].Text(); !strings.HasSuffix(last, "largest shareholders.") {
		t.Errorf("glued sign-off: the last paragraph ends %q", last[max(0, len(last)-40):])
	}
	// A headline's site part that is a date is no site.
	if r := Clean("WEEKLY COMMODITY INDEX - June 29\n\nThe index rose to 1631.4 from 1614.2 a week earlier, the compilers said on Monday.\n"); r.Publisher != "" || !strings.Contains(r.Title, "June 29") {
		t.Errorf("title %q, publisher %q", r.Title, r.Publisher)
	}
	// A sign-off in lower case is no agency's.
	if r := Clean("Harbour fees rise\n\nThe port said fees would rise in May, after talks with the shipping lines.\n\nap\n"); r.Blocks[len(r.Blocks)-1].Removed == ReasonSignoff {
		t.Errorf("lower-case 'ap' removed as a sign-off")
	}
}

// TestReutersTitles checks the titles and publishers of the 10,000
// Reuters-21578 stories (../shared/corpora, read when present): the title
// is the story's headline (the corpus gives it) for 98% of them or more
// (at clean-133, 6,499: a headline over a wrapped first line was joined to
// it, one with a ticker "<ACFR>" read as a breadcrumb, one with "CREDIT"
// or "REUTERS" as a photo's credit; 9,733 at clean-134, when a results
// table's headline was still read as a site's name, its last line of
// figures taken for the headline; 9,914 at clean-135), and no publisher is
// found in the
// prose of more than 10 ("published in the Federal Register", "REUTER
// COMMODITY INDEX - June 29": 16 at clean-133).
func TestReutersTitles(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	f, err := os.Open(reutersCorpus)
	if err != nil {
		t.Skip(reutersCorpus + " absent")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n, right, named := 0, 0, 0
	var wrong []string
	for sc.Scan() {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		r := Clean(a.Text)
		n++
		if strings.Join(strings.Fields(r.Title), " ") == strings.Join(strings.Fields(a.Title), " ") {
			right++
		} else if len(wrong) < 10 {
			wrong = append(wrong, r.Title)
		}
		if r.Publisher != "" {
			named++
		}
	}
	t.Logf("%d stories: titles right %d (%.3f), publishers named %d; some wrong: %q", n, right, float64(right)/float64(n), named, wrong)
	if n < 10000 || right*100 < n*98 || named > 10 {
		t.Errorf("titles right %d of %d (want 98%%), publishers named %d (want at most 10)", right, n, named)
	}
}
