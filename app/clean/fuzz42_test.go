package clean

import (
	"strings"
	"testing"
)

// TestTitleOverDeckStays: a headline the page's title line names, over a
// standfirst that shares the lede's words while the headline shares none,
// is the title of the first cleaning and of a cleaning of its rendering,
// where it stands first, set apart by a blank line (dev pages in the
// shape of l3s-gn1's sports brief, "Podium for ..." over its deck). A
// name there ("Evening News Digest") still goes as a label.
func TestTitleOverDeckStays(t *testing.T) {
	in := "Podium at last for Valley - Valley Voice\nValley Voice\nHome\nSport\nPodium at last for Valley\n" +
		"Bronze medal winner Ferrante steps in for injured teammate Hollis\n" +
		"Lucia Ferrante took the bronze medal in the giant slalom on Sunday, two days after her teammate Hollis was injured in training.\n" +
		"The coach said the injured skier would miss the rest of the season.\n" +
		"Contact us\nAbout Valley Voice\n"
	checkIdempotent(t, []idempotentCase{{"title over a deck", in,
		"Podium at last for Valley\n\nBronze medal winner Ferrante steps in for injured teammate Hollis\n\n" +
			"Lucia Ferrante took the bronze medal in the giant slalom on Sunday, two days after her teammate Hollis was injured in training.\n\n" +
			"The coach said the injured skier would miss the rest of the season.\n"}})
}

// TestNameOverHeadlineGoes: a newsletter's name set apart over the
// headline that tells the story is no title (see TestTitleOverDeckStays).
func TestNameOverHeadlineGoes(t *testing.T) {
	in := "Evening Harbour Digest\n\nFerry operator signs deal with the port for night crossings\n\n" +
		"The ferry operator signed a deal with the port on Tuesday to run night crossings from the spring.\n\n" +
		"The port said the crossings would start in April.\n"
	if got := Clean(in).Title; got != "Ferry operator signs deal with the port for night crossings" {
		t.Errorf("title %q", got)
	}
}

// TestPlaceUnderSiteName: a dateline's place under the site's name that
// stands under the title line ("... - Valley Voice" / "Valley Voice" /
// "FENWICK") goes as the rendering's place right under the headline does:
// the line over it is read past the lines removed (FuzzClean
// fa5399014371590a).
func TestPlaceUnderSiteName(t *testing.T) {
	checkIdempotent(t, []idempotentCase{{"place under the site's name",
		"Harbour council approves new ferry pier - Valley Voice\nValley Voice\nFENWICK\n" +
			"The harbour council approved plans for a new ferry pier on Tuesday, ending two years of talks with the operator.\n",
		"Harbour council approves new ferry pier\n\n" +
			"The harbour council approved plans for a new ferry pier on Tuesday, ending two years of talks with the operator.\n"}})
}

// TestWeekdayHeadingNoPlace: a digest's heading for a day ("Tuesday,
// March 3") right under the title is no dateline's place and its day
// ("Manama, Dec. 6"): the rendering of a week's review, whose first
// cleaning kept it under a line the classifier took, keeps it too (dev
// pages in the shape of dragnet/R260).
func TestWeekdayHeadingNoPlace(t *testing.T) {
	in := "Harbour Week in Review\n\nTuesday, March 3\n\nThe ferry operator published its new winter timetable, which adds a late crossing on Fridays.\n\n" +
		"Thursday, March 5\n\nThe council approved the budget for the new pier after a short debate.\n"
	checkIdempotent(t, []idempotentCase{{"a week's review", in, in}})
}

// TestEditorsPickTitle: a text whose title is an editor's pick, its label
// before the headline, keeps it, as the rendering of a page whose title
// line named that headline writes it first (dev pages in the shape of
// dragnet/R299).
func TestEditorsPickTitle(t *testing.T) {
	in := "Editor's Pick: Ten ferry crossings worth the early start\n\n" +
		"Our travel desk picks its favourite crossings of the year, from the harbour's night ferry to the island shuttle.\n\n" +
		"The night ferry leaves the harbour at five and reaches the island before the sun is up.\n"
	checkIdempotent(t, []idempotentCase{{"an editor's pick", in, in}})
}

// TestShareLabelOfHeadline: a share button's label naming the headline
// over it ("Share Ten ferry crossings worth the early start") goes as a
// share widget: a cleaning of the rendering took it for the headline's
// copy and the headline for the page's title line (dev pages in the shape
// of readability/videos-1).
func TestShareLabelOfHeadline(t *testing.T) {
	in := "Ten ferry crossings worth the early start - Harbour Ledger\nHome\nTravel\nTen ferry crossings worth the early start\n" +
		"Our travel desk picks its favourite crossings of the year.\n" +
		"Share Ten ferry crossings worth the early start\n" +
		"The night ferry leaves the harbour at five and reaches the island before the sun is up, with coffee on the upper deck.\n" +
		"The island shuttle runs every hour in summer and twice a day in winter, when the crossing is rougher.\n"
	once := Clean(in).Render()
	if strings.Contains(once, "Share ") {
		t.Errorf("the share label stayed: %q", once)
	}
	if twice := Clean(once).Render(); twice != once {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}

// TestLetterOverTitleNoName: a label of a letter or two over the headline
// goes as labelOverTitle's label unless the headline holds it as a word:
// "A" is no name of "Alabama to open ..." for holding its letter
// (FuzzClean 8a1b73454f37f380, where the rendering wrote it under the
// title and a second cleaning took it for a dateline's place).
func TestLetterOverTitleNoName(t *testing.T) {
	in := "Alabama to open new state park in Baldwin County\nA\nAlabama to open new state park in Baldwin County\n" +
		"The state will open a new park on the bay next spring, the governor said on Tuesday, after buying the land from a timber company.\n"
	once := Clean(in).Render()
	if twice := Clean(once).Render(); twice != once {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}
