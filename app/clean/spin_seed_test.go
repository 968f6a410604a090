package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedSwap is a swap in the seed 002 a careful reader can identify: the
// spun word in its context, as scraped, and the words the context should
// read after cleanup.
type seedSwap struct {
	spun, want string
}

// seed002Swaps are the swaps in the body of the seed 002 (the donation
// appeal after it is removed whole), each with its context.
var seed002Swaps = []seedSwap{
	{"arrived successful Moscow", "arrived in Moscow"},
	{"Wednesday to clasp \"strategic\"", "Wednesday to hold \"strategic\""},
	{"The sojourn comes", "The visit comes"},
	{"troops are grooming successful Russia", "troops are training in Russia"},
	{"and could beryllium deployed to combat Ukraine.", "and could be deployed to combat Ukraine."},
	{"to Moscow connected an authoritative sojourn", "to Moscow on an official visit"},
	{"to clasp strategical consultations", "to hold strategic consultations"},
	{"overseas ministry spokeswoman", "foreign ministry spokeswoman"},
	{"We volition pass you", "We will pass you"},
	{"additionally astir the details", "further about the details"},
	{"soldiers were training successful Russia", "soldiers were training in Russia"},
	{"could beryllium deployed to combat Ukraine wrong \"weeks.\"", "could be deployed to combat Ukraine within \"weeks.\""},
	{"posed a important menace to planetary security", "posed a significant threat to global security"},
	{"Moscow person drawn", "Moscow have drawn"},
	{"2022 penetration of Ukraine", "2022 invasion of Ukraine"},
	{"Putin arsenic his country's", "Putin as his country's"},
	{"\"very dangerous,\" portion South Korea said", "\"very dangerous,\" while South Korea said"},
	{"an \"illegal\" determination that posed", "an \"illegal\" move that posed"},
	{"North Korean person Kim Jong Un", "North Korean leader Kim Jong Un"},
	{"voted unanimously past week", "voted unanimously last week"},
	{"either enactment faces", "either party faces"},
}

// seed002Misses are swaps a careful reader can identify that the repair
// leaves as they are, with the word the reader would put back: the spinner
// seen in the wild swaps "person" in for "have", "leader" and "closer", and
// the news model (2.3 million words of BBC, Reuters and web news prose) has
// no pair that tells which one stands here: "drawn closer", "drawn leader",
// "closer since" and "leader since" are all unlisted (none is in the text),
// their class estimates favour "leader" by a little, and "person" as written
// reads no worse than either. The classes of the words two apart (tried in
// the forty-first session, not kept: see the README's spun-text row) make
// "closer" the best reading after "have drawn", but "person" as written
// still reads better than it, and the news text writes no "drawn closer".
// Nor does a countable noun with no determiner (forty-third session): 43%
// of news prose's "person" follow one, but 8% of "leader" and 9% of
// "closer", so it tells "person" from both, not "closer" from "leader".
// They must at least not change into something else.
var seed002Misses = []seedSwap{
	{"drawn person since", "drawn closer since"},
}

// TestSeed002Swaps checks that every swap of the seed 002 listed above is
// undone, and that the ones the repair misses are left alone.
func TestSeed002Swaps(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/002_*.txt")
	if len(files) != 1 {
		t.Fatal("seed 002 missing")
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	r := Clean(string(raw))
	var body []string
	for _, b := range r.Body() {
		body = append(body, b.Text())
	}
	text := strings.Join(body, "\n")
	for _, s := range seed002Swaps {
		if !strings.Contains(string(raw), s.spun) {
			t.Errorf("seed lacks %q", s.spun)
		}
		if !strings.Contains(text, s.want) {
			t.Errorf("%q: cleaned text lacks %q", s.spun, s.want)
		}
	}
	for _, s := range seed002Misses {
		if !strings.Contains(string(raw), s.spun) {
			t.Errorf("seed lacks %q", s.spun)
		}
		if strings.Contains(text, s.want) {
			t.Logf("%q: now repaired to %q: move it to seed002Swaps", s.spun, s.want)
		} else if !strings.Contains(text, s.spun) {
			t.Errorf("%q changed into something else", s.spun)
		}
	}
	if r.Spin < 0.5 {
		t.Errorf("seed 002 scores %.2f, want it shown as spun (0.5 or more)", r.Spin)
	}
}
